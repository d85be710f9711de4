using Preventie.Analytics.Formatting;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Uncertainty;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Charts;

/// <summary>
/// Charts of the uncertainty analysis over plain inputs (so they do not depend on how the analysis is computed): the
/// tornado of a one-way sensitivity analysis, the PSA cloud of municipal versus other payers' net benefit, and the
/// acceptability curves.
/// </summary>
public static class UncertaintyCharts
{
    /// <summary>
    /// The tornado: per parameter (labelled by its Dutch description, the code in the hover) a bar from the base outcome to the outcome at its low value (orange) and one to the
    /// outcome at its high value (blue), widest swing on top, at most <paramref name="maxBars"/> bars, and a vertical
    /// line at the base outcome.
    /// </summary>
    public static Figure Tornado(IEnumerable<TornadoBar> bars, double baseOutcome,
        string outcomeLabel = "Netto baten gemeente (contant)", int maxBars = 12)
    {
        var ranked = bars.OrderByDescending(b => b.Swing).ThenBy(b => b.Parameter, StringComparer.Ordinal).Take(maxBars).ToList();
        var labels = ranked.Select(b => b.Parameter).ToArray();
        var axis = EuroAxis.For(ranked.SelectMany(b => new[] { b.OutcomeAtLow, b.OutcomeAtHigh }).Append(baseOutcome));
        var baseScaled = baseOutcome / axis.Divisor;
        var bases = Enumerable.Repeat(baseScaled, ranked.Count).ToArray();
        static string Input(string? value) => value is null ? "" : $" ({value})";
        static string Name(TornadoBar b) => b.Code is null || b.Code == b.Parameter ? b.Parameter : $"{b.Parameter} [{b.Code}]";
        var figure = Chart.Combine(
                Chart.Bar(labels, ranked.Select(b => (b.OutcomeAtLow - baseOutcome) / axis.Divisor), name: "Lage waarde",
                        orientation: Orientation.Horizontal, color: "#e69138", barBase: bases)
                    .WithTraces(t => t.WithHoverText(ranked.Select(b => $"{Name(b)}, lage waarde{Input(b.LowValue)}: {DutchFormat.Euro(b.OutcomeAtLow)}"))
                        .WithHoverTemplate("%{hovertext}<extra></extra>")),
                Chart.Bar(labels, ranked.Select(b => (b.OutcomeAtHigh - baseOutcome) / axis.Divisor), name: "Hoge waarde",
                        orientation: Orientation.Horizontal, color: "#0b5394", barBase: bases)
                    .WithTraces(t => t.WithHoverText(ranked.Select(b => $"{Name(b)}, hoge waarde{Input(b.HighValue)}: {DutchFormat.Euro(b.OutcomeAtHigh)}"))
                        .WithHoverTemplate("%{hovertext}<extra></extra>")))
            .WithTitle($"Gevoeligheid: {outcomeLabel} als één parameter laag of hoog is")
            .WithBarMode(BarMode.Overlay)
            .WithYAxis(reversed: true)
            .WithLegend(horizontal: true)
            .WithLayout("shapes", new[]
            {
                PlotlyObject.Empty.With("type", "line").With("xref", "x").With("yref", "paper")
                    .With("x0", baseScaled).With("x1", baseScaled).With("y0", 0).With("y1", 1)
                    .With("line.color", ChartPalette.Net).With("line.width", 2).With("line.dash", "dot"),
            })
            .WithSize(null, Math.Max(360, 200 + 40 * ranked.Count));
        // the base value by its dotted line (an axis title this long would be cut off beside long parameter names)
        figure = figure.WithLayout("margin.t", (figure.Layout.Get("margin.t") is int top ? top : 60) + 18).WithLayout("annotations", new[]
        {
            PlotlyObject.Empty.With("text", PlotlyText.Encode($"basiswaarde {DutchFormat.Amount(baseOutcome)}"))
                .With("xref", "x").With("yref", "paper").With("x", baseScaled).With("y", 1)
                .With("xanchor", "center").With("yanchor", "bottom").With("showarrow", false).With("font.size", 11),
        });
        return axis.ApplyTo(figure, "xaxis", outcomeLabel);
    }

    /// <summary>
    /// The PSA cloud: one point per draw, the municipality's net benefit across, the other payers' up, with the zero
    /// lines, the mean as a diamond and, in the title, the share of draws in which the municipality comes out ahead.
    /// </summary>
    public static Figure Cloud(IReadOnlyList<PsaDraw> draws)
    {
        if (draws.Count == 0) throw new ArgumentException("At least one draw is needed.", nameof(draws));
        var xAxis = EuroAxis.For(draws.Select(d => d.MunicipalNetBenefit));
        var yAxis = EuroAxis.For(draws.Select(d => d.OtherPayersNetBenefit));
        var municipalPositive = (double)draws.Count(d => d.MunicipalNetBenefit > 0) / draws.Count;
        var othersPositive = (double)draws.Count(d => d.OtherPayersNetBenefit > 0) / draws.Count;
        var meanX = draws.Average(d => d.MunicipalNetBenefit);
        var meanY = draws.Average(d => d.OtherPayersNetBenefit);
        var figure = Chart.Combine(
                Chart.Scatter(xAxis.Scale(draws.Select(d => d.MunicipalNetBenefit)), yAxis.Scale(draws.Select(d => d.OtherPayersNetBenefit)),
                        name: $"Trekkingen ({DutchFormat.Number(draws.Count)})", color: ChartPalette.Scenario, opacity: 0.35, markerSize: 5)
                    .WithTraces(t => t.WithHoverTemplate($"Gemeente: {xAxis.HoverFormat("x")}; andere betalers: {yAxis.HoverFormat("y")}<extra></extra>")),
                Chart.Scatter(new[] { meanX / xAxis.Divisor }, new[] { meanY / yAxis.Divisor }, name: "Gemiddelde", color: ChartPalette.Net, opacity: 1, markerSize: 14)
                    .WithTraces(t => t.With("marker.symbol", "diamond")
                        .WithHoverText(new[] { $"Gemiddelde: gemeente {DutchFormat.Euro(meanX)}, andere betalers {DutchFormat.Euro(meanY)}" })
                        .WithHoverTemplate("%{hovertext}<extra></extra>")))
            .WithTitle($"Onzekerheid: de gemeente wint in {DutchFormat.Percent(municipalPositive, 0)} van de doorgerekende mogelijkheden, de andere betalers in {DutchFormat.Percent(othersPositive, 0)}")
            .WithLegend(horizontal: true)
            .WithSize(null, 520);
        figure = xAxis.ApplyTo(figure, "xaxis", "Netto baten gemeente (contant)");
        figure = yAxis.ApplyTo(figure, "yaxis", "Netto baten andere betalers (contant)");
        return figure.WithLayout("xaxis.zeroline", true).WithLayout("xaxis.zerolinewidth", 2)
            .WithLayout("yaxis.zeroline", true).WithLayout("yaxis.zerolinewidth", 2);
    }

    /// <summary>
    /// Acceptability curves: per payer or group the probability (0-100%) that the scenario pays off against the value
    /// put on one zelfredzaam life-year gained (0 = money only). <paramref name="payers"/> (the model's) colours the
    /// payers and groups by their codes (<see cref="ChartPalette.ForCode"/>).
    /// </summary>
    public static Figure AcceptabilityCurves(IEnumerable<AcceptabilitySeries> series, PayerSet? payers = null)
    {
        var list = series.ToList();
        if (list.Count == 0) throw new ArgumentException("At least one curve is needed.", nameof(series));
        foreach (var s in list)
            if (s.ValuesPerLifeYear.Count != s.Probabilities.Count)
                throw new ArgumentException($"Curve '{s.Label}' has {s.ValuesPerLifeYear.Count} values but {s.Probabilities.Count} probabilities.", nameof(series));
        var axis = EuroAxis.For(list.SelectMany(s => s.ValuesPerLifeYear));
        var figure = Chart.Combine(list.Select(s =>
                Chart.Line(axis.Scale(s.ValuesPerLifeYear), s.Probabilities.Select(p => p * 100), name: s.Label, color: ChartPalette.ForCode(s.Code, payers))
                    .WithTraces(t => t.With("line.width", 3)
                        .WithHoverText(s.ValuesPerLifeYear.Select((v, i) => $"{s.Label}: bij {DutchFormat.Euro(v)} per zelfredzaam levensjaar {DutchFormat.Percent(s.Probabilities[i], 0)} kans dat het loont"))
                        .WithHoverTemplate("%{hovertext}<extra></extra>"))))
            .WithTitle("Kans dat het scenario loont, naar de waarde van een zelfredzaam levensjaar")
            .WithYAxis("Kans dat het loont", tickFormat: ",.0f", tickSuffix: "%")
            .WithLayout("yaxis.range", new[] { 0, 100 })
            // the x axis' first label ("€ 0") below the y axis' lowest ("0%") in the corner, not on it
            .WithLayout("xaxis.ticklabelstandoff", 10)
            .WithLegend(horizontal: true);
        return axis.ApplyTo(figure, "xaxis", "Waarde van één gewonnen zelfredzaam levensjaar");
    }
}
