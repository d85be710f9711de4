using System.Net;

namespace Preventie.Analytics.Charts;

/// <summary>
/// plotly.js renders trace names, category labels, titles and texts as pseudo-HTML (it interprets tags such as
/// <c>&lt;b&gt;</c> and <c>&lt;br&gt;</c> and decodes entities). Every string that comes from data is therefore
/// HTML-encoded before it enters a figure, so plotly shows it literally; plotly decodes the entities again for display.
/// </summary>
public static class PlotlyText
{
    /// <summary>The HTML-encoded text (<see cref="WebUtility.HtmlEncode(string)"/>); null stays null.</summary>
    public static string? Encode(string? text) => text is null ? null : WebUtility.HtmlEncode(text);

    /// <summary>Encodes every string of a sequence.</summary>
    public static IReadOnlyList<string> EncodeAll(IEnumerable<string> texts) => texts.Select(t => Encode(t)!).ToArray();
}
