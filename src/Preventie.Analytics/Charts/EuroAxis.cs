using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Charts;

/// <summary>
/// How a euro axis shows its amounts: whole euros ("€ 350.000") or, when the amounts reach a million, millions with one
/// decimal ("€ 1,5 mln"). Chart values are divided by <see cref="Divisor"/>; hover texts give the exact amount in
/// whole euros (<see cref="DutchFormat.Euro(double)"/>).
/// </summary>
/// <param name="Divisor">1 or 1.000.000.</param>
/// <param name="TickFormat">d3 format of the ticks (plotly applies the Dutch separators).</param>
/// <param name="TickSuffix">"" or " mln".</param>
public sealed record EuroAxis(double Divisor, string TickFormat, string TickSuffix)
{
    /// <summary>Whole euros.</summary>
    public static EuroAxis Euros { get; } = new(1, ",.0f", "");

    /// <summary>Millions of euros.</summary>
    public static EuroAxis Millions { get; } = new(1e6, ",.1~f", " mln");

    /// <summary>Millions when the largest absolute amount is at least € 1 million, else whole euros.</summary>
    public static EuroAxis For(IEnumerable<double> amounts) =>
        amounts.Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(0).Max() >= 1e6 ? Millions : Euros;

    /// <summary>The amounts in axis units.</summary>
    public double[] Scale(IEnumerable<double> amounts) => amounts.Select(a => a / Divisor).ToArray();

    /// <summary>Sets title, tick format, "€ " prefix and suffix on the layout axis <paramref name="axis"/> (e.g. <c>yaxis2</c>).</summary>
    public Figure ApplyTo(Figure figure, string axis, string? title = null)
    {
        var f = figure.WithLayout(axis + ".tickformat", TickFormat).WithLayout(axis + ".tickprefix", "€ ");
        if (TickSuffix.Length > 0) f = f.WithLayout(axis + ".ticksuffix", TickSuffix);
        if (title is not null) f = f.WithLayout(axis + ".title.text", PlotlyText.Encode(title));
        return f.WithLayout(axis + ".automargin", true);
    }
}
