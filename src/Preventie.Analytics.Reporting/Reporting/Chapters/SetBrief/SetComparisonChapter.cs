using Preventie.Analytics.Analysis;
using Preventie.Analytics.Formatting;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// Raadsversie of the set, chapter 2 "De scenario's naast elkaar": per scenario what the municipality keeps or pays
/// (expected, with the 90% range and the chance of a net gain), the chance that it breaks even within the council term,
/// and what all payers together keep or pay (expected), all from each scenario's uncertainty analysis; without
/// one, the calculated net results and the break-even year.
/// </summary>
public sealed class SetComparisonChapter : IReportChapter<BatchAnalysis>
{
    /// <summary>The chapter's heading.</summary>
    public const string Heading = "De scenario's naast elkaar";

    /// <inheritdoc />
    public ReportSection? Build(BatchAnalysis analysis) =>
        analysis.Scenarios.Count == 0 ? null : new ReportSection(Heading).WithTable(Table(analysis));

    /// <summary>The table, one row per scenario in the order of the run.</summary>
    public static ReportTable Table(BatchAnalysis analysis)
    {
        var runs = analysis.Scenarios;
        var years = $"{runs[0].Comparison.Years[0]}–{runs[0].Comparison.Years[^1]}";
        if (runs.FirstOrDefault(a => a.Psa is not null)?.Psa is not { } first)
            return new ReportTable($"De scenario's naast elkaar, {years}", "Scenario", "Gemeente per saldo", "Alle betalers per saldo", "Gemeente terugverdiend in")
                .WithRows(runs.Select(a => new ReportCell[]
                {
                    a.Comparison.Scenario.ScenarioName, ReportCell.Euro(a.Comparison.Gemeente.NetBenefitDiscounted), ReportCell.Euro(a.Comparison.Total.NetBenefitDiscounted),
                    a.Comparison.Gemeente.BreakEvenYear is { } y ? ReportCell.Year(y.Value) : "niet vóór " + a.Comparison.Years[^1],
                }))
                .WithNote("Per saldo volgens de berekening met de uitgangswaarden; hoe zeker die bedragen zijn, is niet berekend.");
        var term = $"{first.Options.CouncilTermStart}–{first.Options.CouncilTermEnd}";
        return new ReportTable($"Wat de gemeente per saldo overhoudt, en alle betalers samen, {years}", "Scenario", "Gemeente: naar verwachting", "90%-bandbreedte",
                "Kans op voordeel", $"Kans terugverdiend {term}", "Alle betalers: naar verwachting")
            .WithRows(runs.Select(a => a.Psa is { } p
                ? new ReportCell[]
                {
                    a.Comparison.Scenario.ScenarioName, ReportCell.Euro(p.Gemeente.NetBenefit.Mean), Range(p.Gemeente.NetBenefit.Low, p.Gemeente.NetBenefit.High),
                    ReportCell.Percent(p.Gemeente.NetBenefit.ProbabilityPositive, 0), ReportCell.Percent(p.MunicipalBreakEvenInTerm, 0), ReportCell.Euro(p.Total.NetBenefit.Mean),
                }
                : [a.Comparison.Scenario.ScenarioName, "niet berekend", "", "", "", ""]))
            .WithNote($"Naar verwachting: het gemiddelde. Bandbreedte en kansen gelden voor de gemeente; terugverdienen binnen de raadsperiode {term}. Zie '{CouncilGlossary.Heading}'.");
    }

    /// <summary>The range cell with each amount kept on one line ("€ −1,5 mln" never splits; the line may break at "tot").</summary>
    private static ReportCell Range(double low, double high)
    {
        var cell = ReportCell.EuroRange(low, high);
        return cell with { Text = NoBreak.Amounts(cell.Text) };
    }
}
