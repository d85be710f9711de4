using System.Net;
using Preventie.Analytics.Charts;

namespace Preventie.Analytics.Reporting;

/// <summary>A chart in a report with an optional caption (HTML-encoded) under it.</summary>
public sealed record ReportFigure(Figure Figure, string? Caption = null) : IReportBlock
{
    /// <inheritdoc />
    public string ToHtml(ReportRenderContext context)
    {
        var chart = Figure.ToHtmlFragment(context.NextFigureId(), loadPlotlyIfMissing: !context.PageLoadsPlotly);
        var caption = Caption is null ? "" : $"\n<figcaption>{WebUtility.HtmlEncode(Caption)}</figcaption>";
        return $"<figure>\n{chart}{caption}\n</figure>";
    }
}
