using System.Net;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// The one sentence a reader must not miss (the headline of the raadsversie): a paragraph set large, with a bar beside
/// it (HTML-encoded when rendered).
/// </summary>
public sealed record ReportHeadline(string Text) : IReportBlock
{
    /// <inheritdoc />
    public string ToHtml(ReportRenderContext context) => $"<p class=\"kernzin\">{WebUtility.HtmlEncode(Text)}</p>";
}
