using Preventie.Analytics.Formatting;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Simulation;

namespace Preventie.Analytics.Charts;

/// <summary>
/// Charts per payer from a <see cref="ScenarioComparison"/>: costs per year (scenario versus comparator), net benefit
/// per payer including Zvw and Wlz (the wrong-pocket picture) and the cumulative net benefit per year (break-even).
/// Amounts in euros, Dutch formats; own-budget payers that the scenario does not touch are left out, the other payers
/// (Zvw, Wlz…) are always shown.
/// </summary>
public static class PayerCharts
{
    /// <summary>
    /// Costs per payer per year, nominal (care plus interventions): one panel per payer with costs, the scenario as a
    /// solid line and the comparator dashed. With <paramref name="groupMunicipality"/> the four municipal budgets form one panel.
    /// </summary>
    public static Figure CostsPerYear(ScenarioComparison comparison, bool groupMunicipality = false)
    {
        var s = comparison.Scenario;
        var c = comparison.Comparator;
        var years = comparison.Years;
        var groups = CostGroups(comparison.PayerSet, groupMunicipality)
            .Select(g => (g.Label, Scenario: YearCosts(s, g.Payers), Comparator: YearCosts(c, g.Payers)))
            .Where(g => g.Scenario.Concat(g.Comparator).Any(v => Math.Abs(v) >= 0.5))
            .ToList();
        if (groups.Count == 0) groups.Add(("Alle betalers", new double[years.Count], new double[years.Count]));
        var parts = new List<Figure>();
        var axes = new List<EuroAxis>();
        for (var panel = 0; panel < groups.Count; panel++)
        {
            var g = groups[panel];
            var axis = EuroAxis.For(g.Scenario.Concat(g.Comparator));
            axes.Add(axis);
            var p = panel;
            parts.Add(Chart.Line(years, axis.Scale(g.Scenario), name: s.ScenarioName, color: ChartPalette.Scenario)
                .WithTraces(t => SubplotGrid.InPanel(t, p).WithLegendGroup("scenario").WithShowLegend(p == 0).With("line.width", 3)
                    .WithHoverText(g.Scenario.Select(v => $"{g.Label}, {s.ScenarioName}: {DutchFormat.Euro(v)}"))
                    .WithHoverTemplate("%{x}: %{hovertext}<extra></extra>")));
            parts.Add(Chart.Line(years, axis.Scale(g.Comparator), name: c.ScenarioName, color: ChartPalette.Comparator, dash: "dash")
                .WithTraces(t => SubplotGrid.InPanel(t, p).WithLegendGroup("vergelijking").WithShowLegend(p == 0).With("line.width", 2)
                    .WithHoverText(g.Comparator.Select(v => $"{g.Label}, {c.ScenarioName}: {DutchFormat.Euro(v)}"))
                    .WithHoverTemplate("%{x}: %{hovertext}<extra></extra>")));
        }
        var figure = Chart.Combine(parts).WithTitle("Kosten per betaler per jaar (nominaal): scenario tegenover vergelijking");
        for (var panel = 0; panel < groups.Count; panel++)
            figure = axes[panel].ApplyTo(figure.WithLayout(SubplotGrid.XAxis(panel) + ".tickformat", "d")
                .WithLayout(SubplotGrid.XAxis(panel) + ".dtick", years.Count > 6 ? 2 : 1), SubplotGrid.YAxis(panel));
        figure = SubplotGrid.Arrange(figure, groups.Select(g => g.Label).ToArray(), columns: 2);
        return figure.WithLegend(horizontal: true).WithHoverMode("closest");
    }

    /// <summary>
    /// The wrong-pocket picture: per payer the discounted investment (drawn downwards), the avoided care costs (upwards)
    /// and the net benefit (a marker with its amount). A negative investment (money saved on interventions, e.g. a cut
    /// subsidy) shows upwards, negative savings (extra care costs) downwards. Uninvolved own-budget payers are left out; the
    /// other payers are always shown; with <paramref name="groupMunicipality"/> the municipal budgets form one bar.
    /// </summary>
    public static Figure NetBenefitPerPayer(ScenarioComparison comparison, bool groupMunicipality = false)
    {
        var outcomes = NetBenefitCategories(comparison, groupMunicipality);
        var labels = outcomes.Select(o => o.Label).ToArray();
        var investment = outcomes.Select(o => -o.InvestmentDiscounted).ToArray();
        var savings = outcomes.Select(o => o.SavingsDiscounted).ToArray();
        var net = outcomes.Select(o => o.NetBenefitDiscounted).ToArray();
        var axis = EuroAxis.For(investment.Concat(savings).Concat(net), includeZero: true);
        var netTexts = net.Select(v => DutchFormat.EuroCompact(v)).ToArray();
        var figure = Chart.Combine(
                Chart.Bar(labels, axis.Scale(investment), name: "Extra uitgaven aan preventie (omlaag; een bezuiniging omhoog)", color: ChartPalette.Investment)
                    .WithTraces(t => t.WithHoverText(outcomes.Select(o => $"{o.Label}: investering {DutchFormat.Euro(o.InvestmentDiscounted)}"))
                        .WithHoverTemplate("%{hovertext}<extra></extra>")),
                Chart.Bar(labels, axis.Scale(savings), name: "Vermeden zorgkosten (omhoog; extra zorgkosten omlaag)", color: ChartPalette.Savings)
                    .WithTraces(t => t.WithHoverText(outcomes.Select(o => $"{o.Label}: vermeden zorgkosten {DutchFormat.Euro(o.SavingsDiscounted)}"))
                        .WithHoverTemplate("%{hovertext}<extra></extra>")),
                Chart.Scatter(Enumerable.Range(0, labels.Length).Select(i => (double)i), axis.Scale(net), name: "Netto", color: ChartPalette.Net, opacity: 1, markerSize: 12)
                    .WithTraces(t => t.With("x", labels.Select(l => (object?)PlotlyText.Encode(l)).ToArray())
                        .With("mode", "markers+text").With("marker.symbol", "diamond")
                        .WithText(netTexts).With("textposition", "top center").With("textfont.size", 10).With("textfont.shadow", "1px 1px 2px white, -1px -1px 2px white").With("textfont.weight", "bold").With("cliponaxis", false)
                        .WithHoverText(outcomes.Select(o => $"{o.Label}: netto {DutchFormat.Euro(o.NetBenefitDiscounted)}"))
                        .WithHoverTemplate("%{hovertext}<extra></extra>")))
            .WithTitle($"Wie betaalt, wie bespaart: netto baten per betaler (contante waarde {comparison.Years[0]}–{comparison.Years[^1]})")
            .WithBarMode(BarMode.Relative)
            .WithLayout("bargap", 0.35)
            .WithLayout("xaxis.tickvals", labels.Select(l => (object?)PlotlyText.Encode(l)).ToArray())
            .WithLayout("xaxis.ticktext", outcomes.Select(TwoLineLabel).ToArray())
            .WithLayout("xaxis.tickangle", "auto")
            .WithLayout("margin.b", 190)     // slanted two-line payer names above the legend
            .WithLegend(horizontal: true)
            .WithSize(null, 520);
        return axis.ApplyTo(figure, "yaxis", "Bedrag (contant)").WithLayout("yaxis.zeroline", true).WithLayout("yaxis.zerolinewidth", 2);
    }

    /// <summary>
    /// Cumulative net benefit per year (nominal, the budget view) for the municipality, each other payer group (Zvw, Wlz…)
    /// and all payers: where a line crosses zero for good, that payer has earned its investment back.
    /// </summary>
    public static Figure CumulativeNetBenefit(ScenarioComparison comparison)
    {
        var series = comparison.PayerSet.Groups.Select(g => (Label: comparison.For(g).Label, Color: ChartPalette.For(g), Yearly: comparison.For(g).NetBenefitByYear))
            .Append((Label: comparison.Total.Label, Color: ChartPalette.Total, Yearly: comparison.Total.NetBenefitByYear)).ToList();
        var cumulative = series.Select(x => (x.Label, x.Color, Values: Cumulate(x.Yearly))).ToList();
        var axis = EuroAxis.For(cumulative.SelectMany(x => x.Values));
        var figure = Chart.Combine(cumulative.Select(x =>
                Chart.Line(comparison.Years, axis.Scale(x.Values), name: x.Label, markers: true, color: x.Color,
                        dash: x.Color == ChartPalette.Total ? "dot" : null)
                    .WithTraces(t => t.WithHoverText(x.Values.Select((v, i) => $"{x.Label}, t/m {comparison.Years[i]}: {DutchFormat.Euro(v)}"))
                        .WithHoverTemplate("%{hovertext}<extra></extra>"))))
            .WithTitle("Opgeteld netto resultaat per betaler (nominaal): boven nul = terugverdiend")
            .WithXAxis(tickFormat: "d")
            .WithLayout("xaxis.dtick", 1)
            .WithLegend(horizontal: true);
        return axis.ApplyTo(figure, "yaxis", "Netto baten tot en met dat jaar").WithLayout("yaxis.zeroline", true).WithLayout("yaxis.zerolinewidth", 2);
    }

    /// <summary>The outcomes <see cref="NetBenefitPerPayer"/> shows, in order.</summary>
    public static IReadOnlyList<PayerOutcome> NetBenefitCategories(ScenarioComparison comparison, bool groupMunicipality)
    {
        var list = new List<PayerOutcome>();
        if (groupMunicipality) list.Add(comparison.Gemeente);
        foreach (var payer in comparison.PayerSet.All)
        {
            if (groupMunicipality && payer.IsOwnBudget) continue;
            var o = comparison.For(payer);
            // the other pockets are always shown, so the chart shows where nothing lands as well
            if (!o.IsUninvolved || !payer.IsOwnBudget) list.Add(o);
        }
        return list;
    }

    /// <summary>A payer label on two lines at " – " or " (" ("Gemeente" / "Wmo"), each part encoded.</summary>
    private static string TwoLineLabel(PayerOutcome outcome)
    {
        var label = outcome.Label;
        foreach (var separator in new[] { " – ", " (" })
        {
            var i = label.IndexOf(separator, StringComparison.Ordinal);
            if (i <= 0) continue;
            var rest = separator == " (" ? label[(i + 1)..] : label[(i + separator.Length)..];
            return PlotlyText.Encode(label[..i]) + "<br>" + PlotlyText.Encode(rest);
        }
        return PlotlyText.Encode(label)!;
    }

    private static IEnumerable<(string Label, Payer[] Payers)> CostGroups(PayerSet payers, bool groupMunicipality)
    {
        if (groupMunicipality) yield return (payers.Rows.Label(payers.Rows.Gemeente), payers.OwnGroup.Members.ToArray());
        foreach (var p in payers.All)
            if (!groupMunicipality || !p.IsOwnBudget) yield return (p.Label, new[] { p });
    }

    private static double[] YearCosts(SimulationResult result, Payer[] payers) =>
        Enumerable.Range(0, result.Cycles).Select(t => payers.Sum(p => result.Costs(p, t))).ToArray();

    private static double[] Cumulate(double[] values)
    {
        var result = new double[values.Length];
        var sum = 0.0;
        for (var i = 0; i < values.Length; i++) result[i] = sum += values[i];
        return result;
    }
}
