using System.Net;

namespace Preventie.Analytics.Reporting;

/// <summary>A paragraph of plain text (HTML-encoded when rendered).</summary>
public sealed record ReportParagraph(string Text) : IReportBlock
{
    /// <inheritdoc />
    public string ToHtml(ReportRenderContext context) => $"<p>{WebUtility.HtmlEncode(Text)}</p>";
}
