using System.Text;

namespace Preventie.Analytics.Charts;

/// <summary>
/// plotly.js renders trace names, category labels, titles and texts as pseudo-HTML: it interprets tags such as
/// <c>&lt;b&gt;</c>, <c>&lt;br&gt;</c> and <c>&lt;a href&gt;</c> and decodes a few entities. Every string that comes
/// from data is therefore encoded before it enters a figure, so that no tag can form and plotly shows the text
/// literally. Only <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> are encoded (as <c>&amp;amp;</c>, <c>&amp;lt;</c>,
/// <c>&amp;gt;</c>): plotly decodes exactly these back for display, whereas it would show e.g. <c>&amp;quot;</c>
/// literally. Quotes need no encoding: plotly writes text into SVG as text nodes, and the figure JSON escapes them.
/// </summary>
public static class PlotlyText
{
    /// <summary>The encoded text; null stays null.</summary>
    public static string? Encode(string? text)
    {
        if (text is null || text.IndexOfAny(Special) < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            sb.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => c.ToString() });
        return sb.ToString();
    }

    /// <summary>Encodes every string of a sequence.</summary>
    public static IReadOnlyList<string> EncodeAll(IEnumerable<string> texts) => texts.Select(t => Encode(t)!).ToArray();

    private static readonly char[] Special = { '&', '<', '>' };
}
