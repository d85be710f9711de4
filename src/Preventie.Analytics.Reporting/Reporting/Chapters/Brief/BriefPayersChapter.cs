using Preventie.Analytics.Analysis;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// Raadsversie, chapter 2 "Wie betaalt, wie wint": per municipal budget (Wmo, Jeugdwet, Participatiewet, preventie), the
/// municipality together, each other payer and all payers together: the extra spending on prevention, the care costs
/// avoided and the net result from the analysis's comparison, with the chance of a net gain from its uncertainty
/// analysis when there is one. A sentence names the shifts between the municipal budgets and the share of the savings
/// that lands outside the municipality; one chart shows the net results.
/// </summary>
public sealed class BriefPayersChapter : IReportChapter<ScenarioAnalysis>
{
    /// <summary>The chapter's heading.</summary>
    public const string Heading = "Wie betaalt, wie wint";

    /// <inheritdoc />
    public ReportSection? Build(ScenarioAnalysis analysis)
    {
        var comparison = analysis.Comparison;
        var section = new ReportSection(Heading)
            .WithTable(Table(analysis));
        if (Shifts(comparison) is { } shifts) section = section.WithParagraph(NoBreak.Amounts(shifts));
        if (WrongPocket(comparison) is { } elsewhere) section = section.WithParagraph(elsewhere);
        return section.WithFigure(Chart(analysis),
            "Groen naar rechts: deze betaler houdt per saldo geld over. Rood naar links: deze betaler legt per saldo geld toe. De bedragen uit de kolom 'Per saldo'.");
    }

    /// <summary>The rows in reading order: the municipal budgets, the municipality together, each other payer group, all payers.</summary>
    public static IReadOnlyList<(string Label, PayerOutcome Outcome)> Rows(ScenarioComparison comparison)
    {
        var payers = comparison.PayerSet;
        var rows = payers.OwnGroup.Members.Select(p => (p.Label, comparison.For(p))).ToList();
        if (payers.OwnGroup.Members.Count > 1) rows.Add(($"{payers.OwnGroup.Label} samen", comparison.For(payers.OwnGroup)));
        rows.AddRange(payers.OtherGroups.Select(g => (comparison.For(g).Label, comparison.For(g))));
        rows.Add(("Alle betalers samen", comparison.Total));
        return rows;
    }

    /// <summary>
    /// The table: per row of <see cref="Rows"/> the investment, the savings and the net result (discounted, from the
    /// comparison) and, with an uncertainty analysis, the share of its outcomes in which that row comes out ahead.
    /// </summary>
    public static ReportTable Table(ScenarioAnalysis analysis)
    {
        var comparison = analysis.Comparison;
        var psa = analysis.Psa;
        var header = new List<string> { "Betaler", "Extra uitgaven", "Minder zorgkosten", "Per saldo" };
        if (psa is not null) header.Add("Kans op voordeel");
        var table = new ReportTable($"Wie betaalt, wie wint, {comparison.Years[0]}–{comparison.Years[^1]}", header.ToArray());
        foreach (var (label, o) in Rows(comparison))
        {
            var cells = new List<ReportCell> { label, ReportCell.Euro(o.InvestmentDiscounted), ReportCell.Euro(o.SavingsDiscounted), ReportCell.Euro(o.NetBenefitDiscounted) };
            if (psa is not null) cells.Add(Chance(psa, o.Code));
            table = table.WithRow(cells.ToArray());
        }
        var note = "Extra uitgaven: wat de betaler meer aan preventie uitgeeft (negatief: een bezuiniging). Minder zorgkosten: wat hij minder aan zorg kwijt is " +
                   "(negatief: meer zorgkosten). Per saldo: minder zorgkosten min extra uitgaven.";
        if (psa is not null) note += " Kans op voordeel: hoe vaak deze betaler er per saldo op vooruitgaat als de onzekere aannames anders uitvallen.";
        // the headline's expected value is the PSA mean; say why the table's point figure differs when it shows
        if (psa is not null && DutchFormat.EuroCompact(psa.Gemeente.NetBenefit.Mean) is var mean && mean != DutchFormat.EuroCompact(comparison.Gemeente.NetBenefitDiscounted))
            note += " De bedragen zijn die van de berekening met de uitgangswaarde van elke aanname; 'naar verwachting' in de kernzin is het " +
                    $"gemiddelde over alle doorgerekende mogelijkheden ({mean} voor de gemeente) en wijkt daarom af.";
        return table.WithNote(note);
    }

    /// <summary>The chart: the net result of every row of <see cref="Rows"/>, gains to the right, losses to the left.</summary>
    public static Figure Chart(ScenarioAnalysis analysis)
    {
        var comparison = analysis.Comparison;
        return NetResultChart.Build(Rows(comparison).Select(r => (r.Label, r.Outcome.NetBenefitDiscounted)).ToList(),
            $"Per saldo per betaler, {comparison.Years[0]}–{comparison.Years[^1]}");
    }

    /// <summary>
    /// "Binnen de gemeente verschuift geld tussen de budgetten: er blijft geld over bij Wmo (€ 2,1 mln); er is extra geld
    /// nodig voor Jeugdwet (€ 1,3 mln) en preventiebudget (€ 3,0 mln)." — budgets that move by less than € 1.000 or 1% of
    /// the largest move left out; null when no budget gains or none loses (the table says it then).
    /// </summary>
    public static string? Shifts(ScenarioComparison comparison)
    {
        var budgets = comparison.PayerSet.OwnGroup.Members.Select(p => (Name: BudgetName(p), Net: comparison.For(p).NetBenefitDiscounted)).ToList();
        // a budget that moves by less than € 1.000 or 1% of the largest move is no shift worth a councillor's attention
        var threshold = Math.Max(1000, 0.01 * budgets.Select(b => Math.Abs(b.Net)).DefaultIfEmpty(0).Max());
        var gains = budgets.Where(b => b.Net >= threshold).OrderByDescending(b => b.Net).Select(b => $"{b.Name} ({DutchFormat.Amount(b.Net)})").ToList();
        var losses = budgets.Where(b => b.Net <= -threshold).OrderBy(b => b.Net).Select(b => $"{b.Name} ({DutchFormat.Amount(-b.Net)})").ToList();
        if (gains.Count == 0 || losses.Count == 0) return null;
        return $"Binnen de gemeente verschuift geld tussen de budgetten: er blijft geld over bij {DutchList.Join(gains)}; " +
               $"er is extra geld nodig voor {DutchList.Join(losses)}. Het totaal van de gemeente verbergt dat.";
    }

    /// <summary>"Van alle zorgkosten die wegvallen, komt 35% terecht buiten de gemeente: …" when care costs are avoided; else null.</summary>
    public static string? WrongPocket(ScenarioComparison comparison)
    {
        if (comparison.Total.SavingsDiscounted < 0.5) return null;
        var share = comparison.SavingsShareOutsideMunicipality;
        if (share < 0.005) return "Alle zorgkosten die wegvallen, vallen weg bij de gemeente zelf.";
        var where = comparison.PayerSet.OtherGroups.Where(g => comparison.For(g).SavingsDiscounted >= 0.5)
            .OrderByDescending(g => comparison.For(g).SavingsDiscounted).Select(g => g.InSentence).ToList();
        return $"Van alle zorgkosten die wegvallen, komt {DutchFormat.Percent(share, 0)} terecht buiten de gemeente" +
               (where.Count > 0 ? $", bij {DutchList.Join(where)}" : "") +
               ": de gemeente betaalt (een deel van) de preventie, een ander bespaart.";
    }

    /// <summary>The municipal budget's own name: "Wmo" from "Gemeente – Wmo", else the short label.</summary>
    public static string BudgetName(Payer p) =>
        p.Label.StartsWith(p.GroupLabel + " – ", StringComparison.Ordinal) ? p.Label[(p.GroupLabel.Length + 3)..] : p.ShortLabel;

    private static ReportCell Chance(PsaResult psa, string code) =>
        psa.Groups.FirstOrDefault(g => g.Code == code) is { IsUninvolved: false } g ? ReportCell.Percent(g.NetBenefit.ProbabilityPositive, 0) : "–";
}
