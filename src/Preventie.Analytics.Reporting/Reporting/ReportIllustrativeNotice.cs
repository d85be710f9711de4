using System.Net;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// A paragraph that says figures of its chapter rest on illustrative data (example figures or assumptions, not
/// measurements), rendered like a <see cref="ReportParagraph"/>. It is how a report knows it is illustrative: the
/// document collects the <see cref="Subject"/> of every notice (<see cref="ReportDocument.IllustrativeSubjects"/>) for its
/// banners, such as the line at the top of every sheet of its workbook.
/// </summary>
/// <param name="Text">The paragraph as the reader sees it, e.g. "Let op: de wijkcijfers zijn illustratief, geen echte Deventer-cijfers.".</param>
/// <param name="Subject">What is illustrative, as a Dutch noun phrase for a banner: "de wijkcijfers".</param>
public sealed record ReportIllustrativeNotice(string Text, string Subject) : IReportBlock
{
    /// <inheritdoc />
    public string ToHtml(ReportRenderContext context) => $"<p>{WebUtility.HtmlEncode(Text)}</p>";
}
