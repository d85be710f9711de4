using System.Net;
using System.Text.RegularExpressions;

namespace Preventie.Analytics.Html;

/// <summary>
/// How a page gets plotly.js: a <c>&lt;script src&gt;</c> to the pinned CDN (<see cref="Cdn"/>, the default; needs
/// internet when the page is opened) or the whole bundle inlined (<see cref="Inline()"/>; the page works offline).
/// </summary>
public sealed partial class PlotlyScriptSource
{
    private readonly string _scriptTag;

    private PlotlyScriptSource(string description, string scriptTag)
    {
        Description = description;
        _scriptTag = scriptTag;
    }

    /// <summary>plotly.js from its CDN at the pinned version.</summary>
    public static PlotlyScriptSource Cdn { get; } = new(
        "plotly.js " + PlotlyJs.Version + " van internet (" + PlotlyJs.CdnUrl + ")",
        $"<script src=\"{WebUtility.HtmlEncode(PlotlyJs.CdnUrl)}\" charset=\"utf-8\"></script>");

    /// <summary>plotly.js inlined from the local npm package (see <see cref="PlotlyJs.FindLocal()"/>).</summary>
    /// <exception cref="PlotlyJsNotFoundException">The npm package is not installed.</exception>
    public static PlotlyScriptSource Inline() => InlineFrom(PlotlyJs.FindLocal());

    /// <summary>plotly.js inlined from the file at <paramref name="plotlyMinJsPath"/>.</summary>
    public static PlotlyScriptSource InlineFrom(string plotlyMinJsPath)
    {
        var source = File.ReadAllText(plotlyMinJsPath);
        var version = BundleVersion().Match(source[..Math.Min(source.Length, 500)]);
        var name = version.Success ? "plotly.js " + version.Groups[1].Value : "plotly.js";
        return new PlotlyScriptSource(name + ", ingebed in dit bestand (werkt zonder internet)",
            "<script>" + MakeScriptSafe(source) + "</script>");
    }

    /// <summary>Where the page's plotly.js comes from, in Dutch (for run metadata).</summary>
    public string Description { get; }

    /// <summary>The <c>&lt;script&gt;</c> element that loads plotly.js.</summary>
    public string ToScriptTag() => _scriptTag;

    /// <summary>
    /// Makes JavaScript source safe inside a <c>&lt;script&gt;</c> element: <c>&lt;/script</c> would end the element and
    /// <c>&lt;!--</c> can change how the HTML parser finds its end. Both can only occur in strings, regular expressions
    /// and comments, where <c>&lt;\/</c> and <c>\u0021</c> mean the same.
    /// </summary>
    internal static string MakeScriptSafe(string javaScript) =>
        HtmlCommentOpen().Replace(ScriptClose().Replace(javaScript, @"<\/$1"), @"<\u0021--");

    [GeneratedRegex("</(script)", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptClose();

    [GeneratedRegex(@"plotly\.js v(\d+\.\d+\.\d+[^\s*]*)")]
    private static partial Regex BundleVersion();

    [GeneratedRegex("<!--")]
    private static partial Regex HtmlCommentOpen();
}
