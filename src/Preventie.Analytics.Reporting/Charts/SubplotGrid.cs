using System.Globalization;

namespace Preventie.Analytics.Charts;

/// <summary>
/// Small multiples: panels in a plotly.js <c>layout.grid</c> (rows top to bottom, each panel its own axes), each with a
/// title above it. Panel <c>i</c> (0-based) uses axes <c>x{i+1}</c>/<c>y{i+1}</c> (plotly writes the first as <c>x</c>/<c>y</c>).
/// </summary>
internal static class SubplotGrid
{
    /// <summary>The trace reference of panel <paramref name="panel"/>'s x axis: "x", "x2"…</summary>
    public static string XRef(int panel) => panel == 0 ? "x" : "x" + (panel + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The trace reference of panel <paramref name="panel"/>'s y axis: "y", "y2"…</summary>
    public static string YRef(int panel) => panel == 0 ? "y" : "y" + (panel + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The layout key of panel <paramref name="panel"/>'s x axis: "xaxis", "xaxis2"…</summary>
    public static string XAxis(int panel) => "xaxis" + (panel == 0 ? "" : (panel + 1).ToString(CultureInfo.InvariantCulture));

    /// <summary>The layout key of panel <paramref name="panel"/>'s y axis: "yaxis", "yaxis2"…</summary>
    public static string YAxis(int panel) => "yaxis" + (panel == 0 ? "" : (panel + 1).ToString(CultureInfo.InvariantCulture));

    /// <summary>Puts <paramref name="trace"/> in panel <paramref name="panel"/>.</summary>
    public static Trace InPanel(Trace trace, int panel) =>
        panel == 0 ? trace : trace.With("xaxis", XRef(panel)).With("yaxis", YRef(panel));

    /// <summary>Height in pixels of a panel title (bold text above each panel).</summary>
    public const int PanelTitleHeight = 26;

    /// <summary>
    /// Lays out <paramref name="titles"/>.Count panels in <paramref name="columns"/> columns with the (plain-text) titles
    /// above them and a height of <paramref name="panelHeight"/> pixels per row plus room for title and legend.
    /// </summary>
    public static Figure Arrange(Figure figure, IReadOnlyList<string> titles, int columns, int panelHeight = 260,
        IEnumerable<PlotlyObject>? extraAnnotations = null)
    {
        var panels = titles.Count;
        columns = Math.Max(1, Math.Min(columns, panels));
        var rows = (panels + columns - 1) / columns;
        var f = figure
            .WithLayout("grid.rows", rows)
            .WithLayout("grid.columns", columns)
            .WithLayout("grid.pattern", "independent")
            .WithLayout("grid.roworder", "top to bottom")
            // side by side: room between the panels for the right panel's y tick labels ("€ 31,5 mln") at the printed width
            .WithLayout("grid.xgap", columns > 1 ? 0.4 : 0.15)
            .WithLayout("grid.ygap", rows > 1 ? 0.35 : 0.2)
            .WithLayout("height", rows * panelHeight + 160)
            // room for the panel titles of the first row below the chart title
            .WithLayout("margin.t", (figure.Layout.Get("margin.t") is int top ? top : 60) + PanelTitleHeight);
        var annotations = titles.Select((t, i) => PlotlyObject.Empty
                .With("text", "<b>" + PlotlyText.Encode(t) + "</b>")
                .With("xref", XRef(i) + " domain").With("yref", YRef(i) + " domain")
                .With("x", 0.5).With("y", 1.0).With("xanchor", "center").With("yanchor", "bottom")
                .With("yshift", 4)
                .With("showarrow", false))
            .Concat(extraAnnotations ?? Enumerable.Empty<PlotlyObject>())
            .ToArray();
        return f.WithLayout("annotations", annotations);
    }
}
