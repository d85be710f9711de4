using Preventie.Analytics.Formatting;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Uncertainty;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// Several pilot scenarios side by side against the same comparator: who gains what (net benefit per payer group of
/// the model's <c>betalers.csv</c>: the municipality first, then Zvw, Wlz… each in its own column), when the investment is earned back, where the savings land, and one chart. Used by
/// <c>preventie batch</c> for the overview page and by notebook 03. All amounts are discounted (contant) over the horizon.
/// </summary>
public static class ScenarioOverview
{
    /// <summary>Net benefit per payer group per scenario (discounted), plus the municipality's investment.</summary>
    public static ReportTable NetBenefitTable(IReadOnlyList<ScenarioComparison> comparisons) =>
        new ReportTable($"Netto baat per betaler ten opzichte van het basisscenario (contant, {Horizon(comparisons)})",
                new[] { "Scenario", "Investering gemeente" }.Concat(Groups(comparisons).Select(g => g.ShortLabel)).Append("Alle betalers").ToArray())
            .WithRows(comparisons.Select(v => new[] { (ReportCell)v.Scenario.ScenarioName, ReportCell.Euro(v.Gemeente.InvestmentDiscounted) }
                .Concat(v.GroupsAndTotal.Select(o => ReportCell.Euro(o.NetBenefitDiscounted))).ToArray()))
            .WithSheetName("Netto baat per betaler")
            .WithNote("Netto baat = vermeden kosten min extra uitgaven. De effecten van de interventies zijn aannames (data/parameters/parameters.csv).");

    /// <summary>Break-even years, return per euro and self-reliant life-years per scenario.</summary>
    public static ReportTable BreakEvenTable(IReadOnlyList<ScenarioComparison> comparisons) =>
        new ReportTable("Terugverdienjaar en zelfredzame levensjaren", "Scenario", "Terugverdiend: gemeente",
                "Terugverdiend: alle betalers", "Rendement per euro (gemeente)", "Zelfredzame levensjaren")
            .WithRows(comparisons.Select(v => new[]
            {
                (ReportCell)v.Scenario.ScenarioName, BreakEven(v.Gemeente.BreakEvenYear), BreakEven(v.Total.BreakEvenYear),
                v.Gemeente.ReturnPerEuro is { } r ? ReportCell.Euro(r, 2) : "n.v.t. (geen investering)",
                ReportCell.Number(v.SelfReliantYearsGained, 0),
            }))
            .WithSheetName("Terugverdienjaar")
            .WithNote("Rendement per euro = contante besparing van de gemeente per contant geïnvesteerde euro; n.v.t. als de gemeente per saldo niets extra uitgeeft.");

    /// <summary>Where the savings land: per payer group and the share outside the municipality (the wrong pocket).</summary>
    public static ReportTable SavingsTable(IReadOnlyList<ScenarioComparison> comparisons) =>
        new ReportTable("Waar landt de besparing? (contant)",
                new[] { "Scenario" }.Concat(Groups(comparisons).Select(g => g.ShortLabel)).Append("Buiten de gemeente").ToArray())
            .WithRows(comparisons.Select(v => new[] { (ReportCell)v.Scenario.ScenarioName }
                .Concat(v.PayerSet.Groups.Select(g => ReportCell.Euro(v.For(g).SavingsDiscounted)))
                .Append(v.Total.SavingsDiscounted > 0 ? ReportCell.Percent(v.SavingsShareOutsideMunicipality) : "n.v.t.").ToArray()))
            .WithSheetName("Waar landt de besparing")
            .WithNote($"Welk deel van de baten bij {(comparisons.Count == 0 ? "andere betalers" : comparisons[0].PayerSet.OtherGroupsInSentence("of"))} terechtkomt, " +
                      "is in Nederland niet onderzocht: het volgt hier uit aangenomen effecten en kosten per cliënt.");

    /// <summary>
    /// How sure each scenario's result is: the probabilistic analysis per scenario (same seed for all) — chance that the
    /// municipality and all payers together come out ahead, the municipality's 90% interval and its chance to break even
    /// within the council term.
    /// </summary>
    public static ReportTable UncertaintyTable(IReadOnlyList<(ScenarioComparison Comparison, PsaResult Psa)> runs)
    {
        var term = runs.Count == 0 ? "" : $" {runs[0].Psa.Options.CouncilTermStart}-{runs[0].Psa.Options.CouncilTermEnd}";
        return new ReportTable(runs.Count == 0 ? "Hoe zeker is het?" : $"Hoe zeker is het? ({DutchFormat.Number(runs[0].Psa.Draws)} doorgerekende mogelijkheden per scenario)",
                "Scenario", "Kans gemeente > 0", "Gemeente 5%", "Gemeente 95%", "Kans alle betalers > 0", "Kans terugverdiend" + term)
            .WithRows(runs.Select(r => new[]
            {
                (ReportCell)r.Comparison.Scenario.ScenarioName, ReportCell.Percent(r.Psa.Gemeente.NetBenefit.ProbabilityPositive, 0),
                ReportCell.Euro(r.Psa.Gemeente.NetBenefit.Low), ReportCell.Euro(r.Psa.Gemeente.NetBenefit.High),
                ReportCell.Percent(r.Psa.Total.NetBenefit.ProbabilityPositive, 0), ReportCell.Percent(r.Psa.MunicipalBreakEvenInTerm, 0),
            }))
            .WithSheetName("Hoe zeker is het")
            .WithNote("Kans = aandeel van de doorgerekende mogelijkheden waarin de netto baat (contant) positief is; 5% en 95% = grenzen van het 90%-interval " +
                      "van de netto baat van de gemeente. De spreiding komt uit de verdelingen in data/parameters/parameters.csv en is zelf een aanname.");
    }

    /// <summary>Stacked bars: net benefit per payer group for each scenario (discounted).</summary>
    public static Figure NetBenefitChart(IReadOnlyList<ScenarioComparison> comparisons)
    {
        var names = comparisons.Select(v => v.Scenario.ScenarioName).ToList();
        var groups = Groups(comparisons).Select(g => (Name: g.Label, Colour: ChartPalette.For(g), Net: (Func<ScenarioComparison, double>)(v => v.For(g).NetBenefitDiscounted)))
            .ToArray();
        // the axis covers the stacked bars: per scenario the sum of the gains and the sum of the losses
        var axis = EuroAxis.For(comparisons.SelectMany(v => new[]
        {
            groups.Sum(g => Math.Max(0, g.Net(v))), groups.Sum(g => Math.Min(0, g.Net(v))),
        }), includeZero: true);
        // horizontal bars: long scenario names stay readable on the category axis
        var figure = Chart.Combine(groups.Select(g => Chart.Bar(names, axis.Scale(comparisons.Select(g.Net)), name: g.Name, orientation: Orientation.Horizontal, color: g.Colour)
                    .WithTraces(t => t.WithHoverText(comparisons.Select(v => $"{v.Scenario.ScenarioName}, {g.Name}: {DutchFormat.Amount(g.Net(v))}"))
                        .WithHoverTemplate("%{hovertext}<extra></extra>"))).ToArray())
            .WithBarMode(BarMode.Relative)
            .WithTitle($"Netto baat per betaler en scenario (contant, {Horizon(comparisons)})")
            .WithYAxis(reversed: true)
            .WithLegend(horizontal: true)
            .WithLayout("margin.l", 260)
            .WithSize(null, 160 + 48 * comparisons.Count);
        return axis.ApplyTo(figure, "xaxis", "netto baat").WithLayout("xaxis.zeroline", true);
    }

    /// <summary>The payer groups of the scenarios (one model, so the first comparison's), own budget first.</summary>
    private static IReadOnlyList<PayerGroup> Groups(IReadOnlyList<ScenarioComparison> comparisons) =>
        comparisons.Count == 0 ? [] : comparisons[0].PayerSet.Groups;

    private static ReportCell BreakEven(CalendarYear? year) => year is { } y ? ReportCell.Year(y.Value) : "niet binnen horizon";

    private static string Horizon(IReadOnlyList<ScenarioComparison> comparisons) =>
        comparisons.Count == 0 ? "" : $"{comparisons[0].Years[0]}-{comparisons[0].Years[^1]}";
}
