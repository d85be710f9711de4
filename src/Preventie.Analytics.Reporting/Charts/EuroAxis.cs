using Preventie.Analytics.Formatting;
using System.Globalization;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Charts;

/// <summary>
/// How a euro axis shows its amounts: whole euros ("€ 350.000") or, when the amounts reach a million, millions
/// ("€ 1,5 mln"). Chart values are divided by <see cref="Divisor"/>. Ticks are written by us (round steps, labels by
/// <see cref="DutchFormat.AxisAmount"/>, never "−0").
/// </summary>
/// <param name="Divisor">1 or 1.000.000.</param>
/// <param name="Min">The smallest amount to cover, in axis units.</param>
/// <param name="Max">The largest amount to cover, in axis units.</param>
public sealed record EuroAxis(double Divisor, double Min, double Max)
{
    /// <summary>True when the axis shows millions.</summary>
    public bool InMillions => Divisor > 1;

    /// <summary>
    /// Millions when the largest absolute amount is at least € 1 million, else whole euros. Set
    /// <paramref name="includeZero"/> for bars (plotly always shows zero for them), not for lines and points.
    /// </summary>
    public static EuroAxis For(IEnumerable<double> amounts, bool includeZero = false)
    {
        var finite = amounts.Where(double.IsFinite).DefaultIfEmpty(0).ToArray();
        var divisor = finite.Max(Math.Abs) >= 1e6 ? 1e6 : 1;
        var (min, max) = (finite.Min(), finite.Max());
        if (includeZero) (min, max) = (Math.Min(0, min), Math.Max(0, max));
        return new EuroAxis(divisor, min / divisor, max / divisor);
    }

    /// <summary>The amounts in axis units.</summary>
    public double[] Scale(IEnumerable<double> amounts) => amounts.Select(a => a / Divisor).ToArray();

    /// <summary>A plotly hover placeholder for a value on this axis, e.g. <c>€ %{x:,.0f}</c> or <c>€ %{y:,.1f} mln</c>
    /// (one decimal for millions, as <see cref="DutchFormat.Amount"/>).</summary>
    public string HoverFormat(string variable) =>
        InMillions ? $"€ %{{{variable}:,.1f}} mln" : $"€ %{{{variable}:,.0f}}";

    /// <summary>
    /// Sets title and ticks on the layout axis <paramref name="axis"/> (e.g. <c>yaxis2</c>): round steps labelled by
    /// <see cref="DutchFormat.AxisAmount"/> ("€ 350.000", "€ 1,5 mln", "€ −0,5 mln"), the same format as tables and text.
    /// </summary>
    public Figure ApplyTo(Figure figure, string axis, string? title = null)
    {
        var f = figure.WithLayout(axis + ".automargin", true);
        if (title is not null) f = f.WithLayout(axis + ".title.text", PlotlyText.Encode(title));
        // round steps over a generous span: plotly shows only the ticks inside the visible range
        var span = Math.Max(Max - Min, Math.Max(Math.Abs(Max), Math.Abs(Min)) * 0.01);
        if (!(span > 0)) span = 1;
        var step = PopulationCharts.NiceStep(span / 6);
        if (!InMillions) step = Math.Max(1, step);
        var first = (long)Math.Floor((Min - span) / step);
        var last = (long)Math.Ceiling((Max + span) / step);
        var ticks = new List<double>();
        for (var k = first; k <= last; k++) ticks.Add(Math.Round(k * step, 9));
        return f.WithLayout(axis + ".tickvals", ticks.ToArray())
            .WithLayout(axis + ".ticktext", ticks.Select(t => DutchFormat.AxisAmount(t, InMillions)).ToArray());
    }
}
