using System.Net;

namespace Preventie.Analytics.Html;

/// <summary>
/// The shell of every HTML file we write: a Dutch (<c>lang="nl"</c>) UTF-8 page with inline, print-friendly CSS
/// and plotly.js loaded in the head, so that charts in the body can draw as the page loads.
/// </summary>
public static class HtmlPage
{
    /// <summary>
    /// The inline style sheet: readable on screen; printed (A4) with the header as a title page, no plotly toolbars and
    /// charts and tables not split across pages.
    /// </summary>
    public const string Css = """
        :root { --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --accent: #0b5394; --note: #fff8e1; }
        * { box-sizing: border-box; }
        body { font-family: 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; color: var(--ink);
               max-width: 1100px; margin: 0 auto; padding: 2rem 1.5rem 4rem; line-height: 1.5; font-size: 16px; }
        h1 { color: var(--accent); font-size: 1.9rem; margin: 0 0 .25rem; }
        h2 { color: var(--accent); border-bottom: 2px solid var(--line); padding-bottom: .25rem; margin-top: 2.5rem; }
        h3 { margin-top: 1.75rem; }
        .subtitle { color: var(--muted); margin-top: 0; font-size: 1.1rem; }
        .preventie-chart { margin: 1rem 0 1.5rem; break-inside: avoid; page-break-inside: avoid; }
        figure { margin: 1rem 0 2rem; break-inside: avoid; page-break-inside: avoid; }
        figcaption { color: var(--muted); font-size: .9rem; }
        table { border-collapse: collapse; width: 100%; margin: .75rem 0 1.75rem; font-size: .95rem; break-inside: auto; }
        caption { text-align: left; font-weight: 600; padding: .25rem 0 .5rem; }
        th, td { border-bottom: 1px solid var(--line); padding: .4rem .6rem; text-align: left; vertical-align: top; }
        thead th { border-bottom: 2px solid var(--muted); background: #f5f7fa; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        .assumption { background: var(--note); }
        .tag { display: inline-block; font-size: .75rem; padding: 0 .4rem; border-radius: .6rem; background: #ffe08a; }
        .meta { color: var(--muted); font-size: .9rem; }
        .kernzin { font-size: 1.3rem; font-weight: 600; line-height: 1.4; border-left: 5px solid var(--accent); padding: .25rem 0 .25rem .9rem; margin: 1rem 0; }
        .paginakop { background: #fff3cd; border: 1px solid #d4a400; color: #5c4400; padding: .5rem .75rem; font-weight: 600;
                     font-size: .95rem; margin: 0 0 1rem; }
        code { font-family: Consolas, 'DejaVu Sans Mono', monospace; font-size: .85em; word-break: break-all; }
        @page { size: A4; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          body > header { min-height: 235mm; display: flex; flex-direction: column; justify-content: center;
                          break-after: page; page-break-after: always; }
          body > header h1 { font-size: 26pt; line-height: 1.2; }
          body > header .subtitle { font-size: 14pt; }
          h2 { break-after: avoid; page-break-after: avoid; margin-top: 1.5rem; }
          caption, figcaption, .meta { break-after: avoid; }
          figure, table, .preventie-chart { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          table.smal { font-size: 8pt; }
          table.smal th, table.smal td { padding: .25rem .3rem; }
          a { color: inherit; text-decoration: none; }
          .modebar-container { display: none !important; }
        }
        """;

    /// <summary>
    /// A complete HTML document. <paramref name="title"/> is text (encoded here); <paramref name="bodyHtml"/> is
    /// HTML whose data strings the caller has already encoded; <paramref name="extraCss"/> (our own, never data) follows
    /// <see cref="Css"/>, e.g. the raadsversie's layout.
    /// </summary>
    public static string Render(string title, string bodyHtml, PlotlyScriptSource plotly, string? extraCss = null) =>
        "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
        $"<title>{WebUtility.HtmlEncode(title)}</title>\n<style>\n{Css}\n{extraCss}</style>\n" +
        plotly.ToScriptTag() + "\n</head>\n<body>\n" + bodyHtml + "\n</body>\n</html>\n";
}
