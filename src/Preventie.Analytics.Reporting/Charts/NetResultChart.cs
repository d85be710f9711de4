using Preventie.Analytics.Formatting;

namespace Preventie.Analytics.Charts;

/// <summary>
/// Who gains, who pays, as horizontal bars: one bar per row (a payer, a municipal budget, a total) with its net result.
/// Gains and losses are two traces whose legend names say where their bars point — "Houdt geld over (balk naar
/// rechts)" holds only amounts ≥ 0, "Legt geld toe (balk naar links)" only amounts ≤ 0 — so a label can never point the
/// wrong way, whatever the signs of the investment and the savings. Each bar carries its amount.
/// </summary>
public static class NetResultChart
{
    /// <summary>The legend name of the bars of amounts ≥ 0.</summary>
    public const string GainName = "Houdt geld over (balk naar rechts)";

    /// <summary>The legend name of the bars of amounts ≤ 0.</summary>
    public const string LossName = "Legt geld toe (balk naar links)";

    /// <summary>The chart of <paramref name="rows"/> (label and net amount in euro, top to bottom) under <paramref name="title"/>.</summary>
    public static Figure Build(IReadOnlyList<(string Label, double Net)> rows, string title, string axisTitle = "Per saldo")
    {
        if (rows.Count == 0) throw new ArgumentException("At least one row is needed.", nameof(rows));
        var labels = rows.Select(r => r.Label).ToArray();
        var axis = EuroAxis.For(rows.Select(r => r.Net), includeZero: true);
        static double Rounded(double v) => Math.Abs(v) < 0.5 ? 0 : v;
        var gains = rows.Select(r => Rounded(r.Net) > 0 ? r.Net : 0).ToArray();
        var losses = rows.Select(r => Rounded(r.Net) < 0 ? r.Net : 0).ToArray();
        Figure Bars(double[] values, string name, string colour, bool showZero) =>
            Chart.Bar(labels, axis.Scale(values), name: name, orientation: Orientation.Horizontal, color: colour,
                    texts: rows.Select((r, i) => values[i] != 0 || (showZero && Rounded(r.Net) == 0) ? DutchFormat.Amount(r.Net) : ""))
                .WithTraces(t => t.With("textposition", "outside").With("cliponaxis", false).With("textfont.size", 11)
                    .WithHoverText(rows.Select(r => $"{r.Label}: per saldo {DutchFormat.Amount(r.Net)}"))
                    .WithHoverTemplate("%{hovertext}<extra></extra>"));
        // room beside the longest bars for their amounts; ticks over that whole range (round steps, few enough to stay level)
        var span = Math.Max(axis.Max - axis.Min, 1e-9);
        var range = new[] { axis.Min - (axis.Min < 0 ? 0.3 : 0.05) * span, axis.Max + (axis.Max > 0 ? 0.3 : 0.05) * span };
        var ticks = axis with { Min = range[0], Max = range[1] };
        var figure = Chart.Combine(Bars(gains, GainName, ChartPalette.Savings, showZero: true), Bars(losses, LossName, ChartPalette.Investment, showZero: false))
            .WithTitle(title)
            .WithBarMode(BarMode.Relative)
            .WithLayout("bargap", 0.3)
            .WithYAxis(reversed: true)
            .WithLegend(horizontal: true)
            .WithLayout("margin.t", 70)
            .WithLayout("margin.b", 105)     // tick labels, the axis title and the two legend rows
            .WithSize(null, 155 + 26 * rows.Count);
        return ticks.ApplyTo(figure, "xaxis", axisTitle)
            .WithLayout("xaxis.range", range)
            .WithLayout("xaxis.zeroline", true).WithLayout("xaxis.zerolinewidth", 2);
    }
}
