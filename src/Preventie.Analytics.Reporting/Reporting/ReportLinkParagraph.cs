namespace Preventie.Analytics.Reporting;

/// <summary>A paragraph that holds a link, e.g. "De volledige berekening staat in de bijlage (rapport.html): …".</summary>
public sealed record ReportLinkParagraph(ReportLinkLine Line) : IReportBlock
{
    /// <inheritdoc />
    public string ToHtml(ReportRenderContext context) => $"<p>{Line.ToHtml()}</p>";
}
