using Preventie.Analytics.Html;
using Preventie.Analytics.Formatting;
using System.Net;
using System.Text;
using Markdig;
using Microsoft.DotNet.Interactive.Documents;

namespace Preventie.Analytics.Notebooks;

/// <summary>
/// An executed notebook as one readable HTML page: markdown rendered with Markdig (raw HTML in markdown is escaped),
/// code shown, outputs below it. Text outputs
/// are HTML-escaped; <c>text/html</c> outputs are included as they are (they come from the library's own
/// formatters, which escape data), and plotly.js is loaded in the page head so chart outputs draw: the same pinned
/// version the charts are written for (<see cref="PlotlyJs.Version"/>), from the CDN or inlined for offline use.
/// </summary>
public static class NotebookHtml
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().DisableHtml().Build();

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#1f2933;line-height:1.5}
        h1,h2,h3{line-height:1.25}
        .cell{margin:1rem 0}
        .code{display:flex;gap:.5rem}
        .prompt{flex:0 0 4.5rem;color:#52606d;font-family:ui-monospace,Consolas,monospace;font-size:.85rem;text-align:right;padding-top:.5rem}
        .body{flex:1;min-width:0}
        pre{background:#f5f7fa;border:1px solid #e4e7eb;border-radius:4px;padding:.5rem .75rem;overflow-x:auto;font-size:.85rem;margin:.25rem 0}
        pre.output{background:#fff;border-color:#f0f2f5}
        pre.stderr{background:#fffbea}
        pre.error{background:#ffeeee;border-color:#f5b5b5;color:#8a1c1c}
        .html-output{overflow-x:auto;margin:.25rem 0}
        .status{font-size:.75rem;color:#7b8794}
        .status.failed{color:#c62828;font-weight:bold}
        .status.pending{color:#9aa5b1}
        table{border-collapse:collapse}td,th{border:1px solid #d9e2ec;padding:.2rem .5rem}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        td[style*="text-align:right"]{font-variant-numeric:tabular-nums;white-space:nowrap}
        caption{font-weight:600;padding:.25rem 0}
        p.meta{font-size:.85rem;color:#52606d}
        """;

    /// <summary>
    /// The page for <paramref name="notebook"/> with <paramref name="title"/> in the head and as a heading; plotly.js from
    /// <paramref name="plotly"/> (default: <see cref="PlotlyScriptSource.Cdn"/>, needs internet when opened).
    /// </summary>
    public static string Render(InteractiveDocument notebook, string title, PlotlyScriptSource? plotly = null)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n")
            .Append((plotly ?? PlotlyScriptSource.Cdn).ToScriptTag()).Append('\n')
            .Append("<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<p class=\"status\">Notebook <strong>").Append(WebUtility.HtmlEncode(title)).Append("</strong>")
            .Append(RunSummary(notebook)).Append("</p>\n");

        for (var index = 0; index < notebook.Elements.Count; index++)
        {
            var cell = notebook.Elements[index];
            var anchor = $"cel-{index + 1}";
            if (NotebookDocument.IsMarkdown(cell))
                html.Append("<div class=\"cell markdown\" id=\"").Append(anchor).Append("\">\n").Append(Markdig.Markdown.ToHtml(cell.Contents, Markdown)).Append("</div>\n");
            else
                AppendCode(html, cell, anchor);
        }
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string RunSummary(InteractiveDocument notebook)
    {
        if (!notebook.Metadata.TryGetValue("papermill", out var value) || value is not IDictionary<string, object?> pm) return string.Empty;
        var start = pm.TryGetValue("start_time", out var startValue) ? startValue as string : null;
        var duration = pm.TryGetValue("duration", out var durationValue) && durationValue is double seconds ? seconds : (double?)null;
        var failed = pm.TryGetValue("exception", out var e) && e is true;
        var sb = new StringBuilder();
        if (start is not null)
            sb.Append(" — uitgevoerd ").Append(WebUtility.HtmlEncode(
                DateTimeOffset.TryParse(start, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var started)
                    ? DutchFormat.DateTime(started.ToUniversalTime()) : start)).Append(" UTC");
        if (duration is { } d) sb.Append(" in ").Append(DutchFormat.Number(d, 1)).Append(" s");
        if (failed)
        {
            var cell = notebook.Elements.ToList().FindIndex(c => Status(c) == "failed");
            sb.Append(" — <span class=\"status failed\">mislukt")
                .Append(cell >= 0 ? $" in <a href=\"#cel-{cell + 1}\">cel {cell + 1}</a>" : string.Empty).Append("</span>");
        }
        if (pm.TryGetValue("parameters", out var p) && p is IDictionary<string, object?> { Count: > 0 } parameters)
            sb.Append(" — parameters: ").Append(WebUtility.HtmlEncode(string.Join(", ", parameters.Select(p => $"{p.Key} = {p.Value}"))));
        return sb.ToString();
    }

    private static string? Status(InteractiveDocumentElement cell) =>
        cell.Metadata is { } metadata && metadata.TryGetValue("papermill", out var value) && value is IDictionary<string, object?> pm
        && pm.TryGetValue("status", out var status) ? status as string : null;

    private static void AppendCode(StringBuilder html, InteractiveDocumentElement cell, string anchor)
    {
        var status = Status(cell);
        var prompt = cell.ExecutionOrder > 0 ? $"[{cell.ExecutionOrder}]" : "[ ]";
        html.Append("<div class=\"cell code\" id=\"").Append(anchor).Append("\"><div class=\"prompt\">").Append(prompt).Append("</div><div class=\"body\">\n");
        html.Append("<pre class=\"source\"><code>").Append(WebUtility.HtmlEncode(cell.Contents)).Append("</code></pre>\n");
        foreach (var output in cell.Outputs) AppendOutput(html, output);
        if (status is "failed" or "pending")
            html.Append("<div class=\"status ").Append(status).Append("\">")
                .Append(status == "failed" ? "Deze cel is mislukt." : "Niet uitgevoerd (een eerdere cel is mislukt).").Append("</div>\n");
        html.Append("</div></div>\n");
    }

    private static void AppendOutput(StringBuilder html, InteractiveDocumentOutputElement output)
    {
        switch (output)
        {
            case TextElement text:
                html.Append("<pre class=\"output ").Append(text.Name == "stderr" ? "stderr" : "stdout").Append("\">")
                    .Append(WebUtility.HtmlEncode(text.Text)).Append("</pre>\n");
                break;
            case ErrorElement error:
                html.Append("<pre class=\"error\">").Append(WebUtility.HtmlEncode($"{error.ErrorName}: {error.ErrorValue}"));
                foreach (var line in error.StackTrace.Skip(2)) html.Append('\n').Append(WebUtility.HtmlEncode(line));
                html.Append("</pre>\n");
                break;
            case DisplayElement or ReturnValueElement:
                if (NotebookDocument.Data(output, "text/html") is { } fragment)
                    html.Append("<div class=\"html-output\">").Append(fragment).Append("</div>\n");
                else if (NotebookDocument.Data(output, "image/png") is { } png)
                    html.Append("<img alt=\"\" src=\"data:image/png;base64,").Append(WebUtility.HtmlEncode(png.Trim())).Append("\">\n");
                else if (NotebookDocument.Data(output, "image/svg+xml") is { } svg)
                    html.Append("<div class=\"html-output\">").Append(svg).Append("</div>\n");
                else if (NotebookDocument.Data(output, "text/plain") is { } plain)
                    html.Append("<pre class=\"output\">").Append(WebUtility.HtmlEncode(plain)).Append("</pre>\n");
                break;
        }
    }
}
