using Preventie.Analytics.Interventions;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Optimisation;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.ValueOfInformation;

namespace Preventie.Analytics.Charts;

/// <summary>
/// Charts of "waar investeren": the efficient frontier (budget → objective with its 90% band), the portfolio (yearly
/// cost per activity now and in the chosen portfolio) and the EVPPI (what is worth knowing).
/// </summary>
public static class PortfolioCharts
{
    /// <summary>The efficient frontier: per budget the mean of the objective of the best portfolio against the current
    /// one, with the 5th-95th percentile band; a dotted line marks the chosen budget.</summary>
    public static Figure Frontier(IReadOnlyList<FrontierPoint> points, double chosenBudget, PortfolioObjective objective)
    {
        var feasible = points.Where(p => p.Feasible).OrderBy(p => p.Budget).ToList();
        if (feasible.Count == 0) throw new ArgumentException("The frontier has no feasible budget.", nameof(points));
        var budgets = EuroAxis.For(feasible.Select(p => p.Budget).Append(chosenBudget), includeZero: true);
        var euro = objective.IsEuro();
        var values = euro ? EuroAxis.For(feasible.SelectMany(p => new[] { p.P5, p.P95, p.Mean }), includeZero: true) : new EuroAxis(1, 0, 0);
        double[] Y(Func<FrontierPoint, double> f) => feasible.Select(p => f(p) / values.Divisor).ToArray();
        string Value(double v) => euro ? DutchFormat.Euro(v) : DutchFormat.Number(v) + " levensjaren";
        var x = budgets.Scale(feasible.Select(p => p.Budget));
        var figure = Chart.Combine(
                Chart.Line(x, Y(p => p.P5), name: "5e percentiel", color: ChartPalette.Scenario)
                    .WithTraces(t => t.With("line.width", 0).WithShowLegend(false).WithHoverTemplate("<extra></extra>")),
                Chart.Line(x, Y(p => p.P95), name: "90%-interval", color: ChartPalette.Scenario)
                    .WithTraces(t => t.With("line.width", 0).With("fill", "tonexty").With("fillcolor", "rgba(11,83,148,0.18)")
                        .WithHoverTemplate("<extra></extra>")),
                Chart.Line(x, Y(p => p.Mean), name: "Gemiddeld", markers: true, color: ChartPalette.Net)
                    .WithTraces(t => t.With("line.width", 3)
                        .WithHoverText(feasible.Select(p => $"Budget {DutchFormat.Euro(p.Budget)} per jaar (besteed {DutchFormat.Euro(p.CostPerYear)}): gemiddeld {Value(p.Mean)}, 90%-interval {Value(p.P5)} tot {Value(p.P95)}"))
                        .WithHoverTemplate("%{hovertext}<extra></extra>")))
            .WithTitle($"Wat levert elk budget op? Beste portefeuille per budget, {objective.DutchLabel()} t.o.v. huidig beleid")
            .WithLegend(horizontal: true)
            .WithLayout("shapes", new[]
            {
                PlotlyObject.Empty.With("type", "line").With("xref", "x").With("yref", "paper")
                    .With("x0", chosenBudget / budgets.Divisor).With("x1", chosenBudget / budgets.Divisor).With("y0", 0).With("y1", 1)
                    .With("line.color", ChartPalette.Net).With("line.width", 2).With("line.dash", "dot"),
            });
        figure = budgets.ApplyTo(figure, "xaxis", "Budget per jaar voor de activiteiten (stippellijn: gekozen budget)");
        return euro ? values.ApplyTo(figure, "yaxis", objective.DutchLabel()) : figure.WithYAxis("Zelfredzame levensjaren gewonnen", tickFormat: ",.0f");
    }

    /// <summary>The portfolio: per activity funded now or in the chosen portfolio, its yearly municipal cost now and
    /// chosen (horizontal bars, largest chosen on top); "(aanname)" marks activities resting on assumptions.</summary>
    public static Figure Portfolio(IReadOnlyList<PortfolioLine> lines, IReadOnlyList<Portfolio.Candidate> candidates)
    {
        var shown = lines.Where(l => l.Scale > 0 || l.CurrentScale > 0).OrderByDescending(l => l.CostPerYear).ThenBy(l => l.Activity, StringComparer.Ordinal).ToList();
        if (shown.Count == 0) throw new ArgumentException("Nothing is funded now or in the portfolio.", nameof(lines));
        double Now(PortfolioLine l) => l.CurrentScale * candidates.Single(c => c.Name == l.Activity).CostPerYear;
        var axis = EuroAxis.For(shown.SelectMany(l => new[] { l.CostPerYear, Now(l) }), includeZero: true);
        var labels = shown.Select(l => l.Activity + (l.IsAssumption ? " (aanname)" : "")).ToArray();
        var figure = Chart.Combine(
                Chart.Bar(labels, shown.Select(l => Now(l) / axis.Divisor), name: "Nu", orientation: Orientation.Horizontal, color: "#999999")
                    .WithTraces(t => t.WithHoverText(shown.Select(l => $"{l.Activity}: nu {DutchFormat.Euro(Now(l))} per jaar (schaal {DutchFormat.Number(l.CurrentScale, 2)})"))
                        .WithHoverTemplate("%{hovertext}<extra></extra>")),
                Chart.Bar(labels, shown.Select(l => l.CostPerYear / axis.Divisor), name: "Gekozen", orientation: Orientation.Horizontal, color: ChartPalette.Scenario)
                    .WithTraces(t => t.WithHoverText(shown.Select(l => $"{l.Activity}: gekozen {DutchFormat.Euro(l.CostPerYear)} per jaar (schaal {DutchFormat.Number(l.Scale, 2)}){(l.IsStopped ? ", stoppen" : "")}"))
                        .WithHoverTemplate("%{hovertext}<extra></extra>")))
            .WithTitle("Portefeuille: kosten per jaar per activiteit, nu en gekozen")
            .WithBarMode(BarMode.Group)
            .WithYAxis(reversed: true)
            .WithLegend(horizontal: true)
            .WithSize(null, Math.Max(360, 160 + 44 * shown.Count));
        return axis.ApplyTo(figure, "xaxis", "Kosten per jaar voor de gemeente");
    }

    /// <summary>The EVPPI of one payer group: the <paramref name="maxBars"/> largest parameters and groups as horizontal
    /// bars, the EVPI as a dotted line.</summary>
    public static Figure Evppi(EvppiResult evppi, string payerGroup, string payerLabel, int maxBars = 12)
    {
        var ranked = evppi.For(payerGroup, true).Where(e => e.Name != DecisionEvppi.AllParameters)
            .Concat(evppi.For(payerGroup, false)).OrderByDescending(e => e.Value).ThenBy(e => e.Name, StringComparer.Ordinal).Take(maxBars).ToList();
        var evpi = evppi.Evpi[payerGroup];
        var axis = EuroAxis.For(ranked.Select(e => e.Value).Append(evpi), includeZero: true);
        var labels = ranked.Select(e => (e.IsGroup ? "groep: " : "") + e.Name).ToArray();
        var figure = Chart.Bar(labels, ranked.Select(e => e.Value / axis.Divisor), name: "Waarde van betere informatie", orientation: Orientation.Horizontal, color: ChartPalette.Net)
                .WithTraces(t => t.WithHoverText(ranked.Select(e => $"{(e.IsGroup ? "groep: " : "")}{e.Name}: {DutchFormat.Euro(e.Value)}"))
                    .WithHoverTemplate("%{hovertext}<extra></extra>"))
            .WithTitle($"Wat is het meten waard? Waarde van betere informatie, {payerLabel} (alle onzekerheid samen {DutchFormat.Euro(evpi)}, stippellijn)")
            .WithYAxis(reversed: true)
            .WithLayout("shapes", new[]
            {
                PlotlyObject.Empty.With("type", "line").With("xref", "x").With("yref", "paper")
                    .With("x0", evpi / axis.Divisor).With("x1", evpi / axis.Divisor).With("y0", 0).With("y1", 1)
                    .With("line.color", ChartPalette.Scenario).With("line.width", 2).With("line.dash", "dot"),
            })
            .WithSize(null, Math.Max(360, 160 + 36 * ranked.Count));
        // on two lines: the labels leave the bars a narrow plot area, and a title centred under it must stay inside the chart
        return axis.ApplyTo(figure, "xaxis").WithLayout("xaxis.title.text",
            PlotlyText.Encode("Verwachte waarde van perfecte informatie") + "<br>" + PlotlyText.Encode("(euro, hele bevolking)"));
    }
}
