using System.Collections.Immutable;
using System.Net;
using System.Text;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// One line with links: a text, its links and what follows them, e.g. "Wijkpilot: raadsversie · volledig rapport" in a
/// <see cref="ReportLinkList"/>, or a sentence with a link as a <see cref="ReportLinkParagraph"/>.
/// </summary>
/// <param name="Text">What comes before the links, e.g. the scenario's name.</param>
/// <param name="Links">The links, in order, separated by " · ".</param>
/// <param name="Separator">Between the text and the links (": " unless given).</param>
/// <param name="After">After the links, e.g. ")." to close a sentence.</param>
public sealed record ReportLinkLine(string Text, ImmutableArray<ReportLink> Links, string Separator = ": ", string After = "")
{
    /// <summary>The line as HTML: the texts encoded, each link an <c>&lt;a&gt;</c> whose path segments are escaped.</summary>
    public string ToHtml()
    {
        var sb = new StringBuilder(WebUtility.HtmlEncode(Text));
        if (Links.Length > 0) sb.Append(WebUtility.HtmlEncode(Separator));
        sb.Append(string.Join(" · ", Links.Select(l =>
            $"<a href=\"{WebUtility.HtmlEncode(EscapePath(l.Href))}\">{WebUtility.HtmlEncode(l.Label)}</a>")));
        return sb.Append(WebUtility.HtmlEncode(After)).ToString();
    }

    /// <summary>The line as plain text, each link by its label.</summary>
    public string ToText() => Text + (Links.Length > 0 ? Separator : "") + string.Join(" · ", Links.Select(l => l.Label)) + After;

    /// <summary>A relative path with each segment escaped ("mijn map/a.html" → "mijn%20map/a.html"); a URL with a scheme as it is.</summary>
    private static string EscapePath(string href) =>
        href.Contains("://", StringComparison.Ordinal) ? href : string.Join('/', href.Split('/').Select(Uri.EscapeDataString));
}
