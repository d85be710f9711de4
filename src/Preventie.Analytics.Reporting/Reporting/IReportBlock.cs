namespace Preventie.Analytics.Reporting;

/// <summary>A piece of a report section: a paragraph, a list, a table or a figure.</summary>
public interface IReportBlock
{
    /// <summary>The block as HTML; every data string is encoded.</summary>
    string ToHtml(ReportRenderContext context);
}
