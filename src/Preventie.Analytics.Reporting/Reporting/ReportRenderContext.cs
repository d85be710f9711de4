namespace Preventie.Analytics.Reporting;

/// <summary>
/// State while one report renders: numbers the charts (<c>grafiek-1</c>, <c>grafiek-2</c>…, so the same report
/// gives the same HTML) and says whether charts must load plotly.js themselves (notebook) or the page has it (file).
/// </summary>
public sealed class ReportRenderContext
{
    private int _figures;

    /// <summary>A context for one rendering; <paramref name="pageLoadsPlotly"/> as <see cref="PageLoadsPlotly"/>.</summary>
    public ReportRenderContext(bool pageLoadsPlotly) => PageLoadsPlotly = pageLoadsPlotly;

    /// <summary>True when the page's head loads plotly.js (a report file); false in a notebook.</summary>
    public bool PageLoadsPlotly { get; }

    /// <summary>Prefix for element ids; unique per notebook output so that two outputs never share ids.</summary>
    public string IdPrefix { get; init; } = "grafiek";

    /// <summary>The next chart's element id.</summary>
    public string NextFigureId() => $"{IdPrefix}-{++_figures}";

    /// <summary>How many charts have been rendered.</summary>
    public int FigureCount => _figures;
}
