using System.Globalization;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Charts;

/// <summary>
/// Factory for plotly.js figures in the spirit of Plotly.NET: each method returns a one-trace <see cref="Figure"/>
/// that <see cref="Combine(Figure[])"/> merges and the figure's <c>With…</c> methods style:
/// <code>
/// Chart.Combine(
///         Chart.Bar(years, municipality, name: "Gemeente"),
///         Chart.Bar(years, zvw, name: "Zvw"))
///     .WithBarMode(BarMode.Relative)
///     .WithTitle("Netto baten per betaler")
///     .WithYAxis("Netto baten", tickFormat: ",.0f", tickPrefix: "€ ");
/// </code>
/// Category and name strings are data: they are HTML-encoded (see <see cref="PlotlyText"/>).
/// </summary>
public static class Chart
{
    /// <summary>
    /// A line (plotly <c>scatter</c>, mode <c>lines</c> or <c>lines+markers</c>); <c>dash</c> is plotly's
    /// <c>line.dash</c>: <c>"solid"</c>, <c>"dash"</c>, <c>"dot"</c>…
    /// </summary>
    public static Figure Line<TX>(IEnumerable<TX> x, IEnumerable<double> y, string? name = null, bool markers = false,
        string? color = null, string? dash = null)
    {
        var trace = NewTrace("scatter", name)
            .With("x", Values(x)).With("y", y.ToArray())
            .With("mode", markers ? "lines+markers" : "lines");
        if (color is not null) trace = trace.WithColor(color);
        if (dash is not null) trace = trace.With("line.dash", dash);
        return new Figure(new[] { trace });
    }

    /// <summary>A point cloud (plotly <c>scatter</c>, mode <c>markers</c>), e.g. the probabilistic sensitivity analysis.</summary>
    public static Figure Scatter(IEnumerable<double> x, IEnumerable<double> y, string? name = null, double markerSize = 6,
        double opacity = 0.6, string? color = null, IEnumerable<string>? texts = null)
    {
        var trace = NewTrace("scatter", name)
            .With("x", x.ToArray()).With("y", y.ToArray())
            .With("mode", "markers")
            .With("marker.size", markerSize)
            .With("marker.opacity", opacity);
        if (color is not null) trace = trace.WithColor(color);
        if (texts is not null) trace = trace.WithText(texts);
        return new Figure(new[] { trace });
    }

    /// <summary>
    /// Bars: one value per category. <see cref="Orientation.Horizontal"/> puts the categories on the y axis (tornado,
    /// population pyramid); <paramref name="barBase"/> sets where each bar starts (tornado bars around a base case).
    /// </summary>
    public static Figure Bar<TCategory>(IEnumerable<TCategory> categories, IEnumerable<double> values, string? name = null,
        Orientation orientation = Orientation.Vertical, string? color = null, IEnumerable<double>? barBase = null,
        IEnumerable<string>? texts = null)
    {
        var horizontal = orientation == Orientation.Horizontal;
        var trace = NewTrace("bar", name)
            .With(horizontal ? "y" : "x", Values(categories))
            .With(horizontal ? "x" : "y", values.ToArray());
        if (color is not null) trace = trace.WithColor(color);
        if (horizontal) trace = trace.With("orientation", "h");
        if (barBase is not null) trace = trace.With("base", barBase.ToArray());
        if (texts is not null) trace = trace.WithText(texts);
        return new Figure(new[] { trace });
    }

    /// <summary>
    /// One band of a stacked area chart (plotly <c>scatter</c> with <c>stackgroup</c>): combine several with the
    /// same <paramref name="stackGroup"/> and they stack in the order given.
    /// </summary>
    public static Figure StackedArea<TX>(IEnumerable<TX> x, IEnumerable<double> y, string? name = null,
        string stackGroup = "stapel", string? color = null)
    {
        var trace = NewTrace("scatter", name)
            .With("x", Values(x)).With("y", y.ToArray())
            .With("mode", "lines")
            .With("stackgroup", PlotlyText.Encode(stackGroup));
        if (color is not null) trace = trace.WithColor(color).With("fillcolor", color);
        return new Figure(new[] { trace });
    }

    /// <summary>
    /// A heatmap: <paramref name="z"/>[row][column] with rows along <paramref name="y"/> and columns along
    /// <paramref name="x"/> (e.g. inventory coverage: goals × age bands). NaN cells stay empty. <c>colorScale</c> is
    /// a plotly colour scale name such as <c>"Viridis"</c> or <c>"RdBu"</c> (default: white for 0 to dark blue for
    /// the maximum, so empty cells stand out); <c>zRange</c> fixes the
    /// values at the ends of the scale (plotly uses both ends or neither).
    /// </summary>
    public static Figure Heatmap<TX, TY>(IEnumerable<TX> x, IEnumerable<TY> y, IEnumerable<IEnumerable<double>> z,
        string? name = null, string? colorScale = null, (double Min, double Max)? zRange = null,
        string? colorBarTitle = null)
    {
        var xs = Values(x);
        var ys = Values(y);
        var rows = z.Select(r => r.ToArray()).ToArray();
        if (rows.Length != ys.Length)
            throw new ArgumentException($"Heatmap has {ys.Length} row labels but {rows.Length} rows.", nameof(z));
        if (rows.Any(r => r.Length != xs.Length))
            throw new ArgumentException($"Every heatmap row needs {xs.Length} values, one per column label.", nameof(z));
        var trace = NewTrace("heatmap", name)
            .With("x", xs).With("y", ys).With("z", rows)
            .With("colorscale", colorScale ?? (object)LightToDarkBlue)
            .With("hoverongaps", false);
        if (zRange is var (lo, hi)) trace = trace.With("zmin", lo).With("zmax", hi);
        // the title beside the bar, not above it where the top tick label would run into it
        if (colorBarTitle is not null) trace = trace.With("colorbar.title.text", PlotlyText.Encode(colorBarTitle)).With("colorbar.title.side", "right");
        return new Figure(new[] { trace });
    }

    /// <summary>All traces of <paramref name="figures"/> in one figure; later layouts and configs override earlier ones.</summary>
    public static Figure Combine(params Figure[] figures) => Combine((IEnumerable<Figure>)figures);

    /// <summary>See <see cref="Combine(Figure[])"/>.</summary>
    public static Figure Combine(IEnumerable<Figure> figures)
    {
        var list = figures.ToList();
        if (list.Count == 0) throw new ArgumentException("Combine needs at least one figure.", nameof(figures));
        return list[0].Combine(list.Skip(1).ToArray());
    }

    private static readonly object[][] LightToDarkBlue =
    {
        new object[] { 0.0, "#f7fbff" }, new object[] { 0.25, "#c6dbef" }, new object[] { 0.5, "#6baed6" },
        new object[] { 0.75, "#2171b5" }, new object[] { 1.0, "#08306b" },
    };

    private static Trace NewTrace(string type, string? name)
    {
        var trace = new Trace(type, PlotlyObject.Empty);
        return name is null ? trace : trace.WithName(name);
    }

    /// <summary>Axis values: strings are HTML-encoded, dates written as ISO dates, numbers kept.</summary>
    private static object?[] Values<T>(IEnumerable<T> values) => values.Select(v => (object?)(v switch
    {
        null => null,
        string s => PlotlyText.Encode(s),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double or float or int or long or decimal or short => v,
        CalendarYear y => y.Value, // a numeric axis, as for plain years
        Enum e => PlotlyText.Encode(e.ToString()),
        _ => PlotlyText.Encode(Convert.ToString(v, CultureInfo.InvariantCulture)),
    })).ToArray();
}
