using System.Collections.Immutable;
using System.Net;

namespace Preventie.Analytics.Reporting;

/// <summary>A bulleted list of plain-text items (HTML-encoded when rendered).</summary>
public sealed record ReportBulletList(ImmutableArray<string> Items) : IReportBlock
{
    /// <inheritdoc />
    public string ToHtml(ReportRenderContext context) =>
        "<ul>\n" + string.Concat(Items.Select(i => $"<li>{WebUtility.HtmlEncode(i)}</li>\n")) + "</ul>";
}
