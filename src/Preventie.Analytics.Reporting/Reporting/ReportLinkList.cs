using System.Collections.Immutable;

namespace Preventie.Analytics.Reporting;

/// <summary>A bulleted list of lines with links, e.g. the overview's list of each scenario's raadsversie and report.</summary>
public sealed record ReportLinkList(ImmutableArray<ReportLinkLine> Lines) : IReportBlock
{
    /// <inheritdoc />
    public string ToHtml(ReportRenderContext context) =>
        "<ul>\n" + string.Concat(Lines.Select(l => $"<li>{l.ToHtml()}</li>\n")) + "</ul>";
}
