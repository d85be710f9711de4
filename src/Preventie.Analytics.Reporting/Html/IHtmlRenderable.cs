namespace Preventie.Analytics.Html;

/// <summary>
/// An object that renders itself as an HTML fragment: charts, tables and summaries. Notebooks show it as
/// <c>text/html</c> (see <see cref="Reporting.NotebookFormatterSource"/>), and reports embed the fragment.
/// Implementations must HTML-escape every string that comes from data.
/// </summary>
public interface IHtmlRenderable
{
    /// <summary>A self-contained HTML fragment (no &lt;html&gt; or &lt;body&gt;).</summary>
    string ToHtml();
}
