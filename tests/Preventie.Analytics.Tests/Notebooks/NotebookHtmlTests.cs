using Preventie.Analytics.Html;
using Microsoft.DotNet.Interactive.Documents;
using Preventie.Analytics.Notebooks;

namespace Preventie.Analytics.Tests.Notebooks;

public class NotebookHtmlTests
{
    [Fact]
    public void Page_renders_markdown_escapes_text_keeps_formatter_html_and_loads_plotly()
    {
        var code = NotebookDocument.CodeCell("Console.WriteLine(\"<b>\");");
        code.Outputs.Add(new TextElement("<script>alert('x')</script> & co\n", "stdout"));
        code.Outputs.Add(new DisplayElement(new Dictionary<string, object>
        {
            ["text/plain"] = "grafiek",
            ["text/html"] = "<div id=\"g\"></div><script>Plotly.newPlot('g',[])</script>",
        }));
        code.Outputs.Add(new ErrorElement("mis <fout>", "System.Exception", new[] { "kop", "regel", "stack <1>" }));
        var nb = NotebookDocument.Create(new[]
        {
            NotebookDocument.MarkdownCell("# Kop & titel\n\nTekst met **vet**, *schuin* en `code<x>`.\n\n- een\n- twee\n\n1. eerste\n\n<img src=x onerror=alert(1)>\n\n| Financier | Bedrag |\n|---|--:|\n| Wmo & Jeugd | € 1.000 |"),
            code,
        });

        var html = NotebookHtml.Render(nb, "Proef <1>");

        Assert.Contains("<title>Proef &lt;1&gt;</title>", html);
        // The page loads the same pinned plotly.js version the charts are written for (package.json), before any chart.
        Assert.Contains("<script src=\"https://cdn.plot.ly/plotly-" + PlotlyJs.Version + ".min.js\"", html);
        Assert.Equal("4.1.2", PlotlyJs.Version);
        Assert.True(html.IndexOf("cdn.plot.ly/plotly-", StringComparison.Ordinal) < html.IndexOf("Plotly.newPlot", StringComparison.Ordinal));
        Assert.Contains("<h1>Kop &amp; titel</h1>", html);
        Assert.Contains("<strong>vet</strong>", html);
        Assert.Contains("<em>schuin</em>", html);
        Assert.Contains("<code>code&lt;x&gt;</code>", html);
        Assert.Contains("<ul>\n<li>een</li>\n<li>twee</li>\n</ul>", html);
        Assert.Contains("<ol>\n<li>eerste</li>\n</ol>", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co", html);
        Assert.Contains("<div id=\"g\"></div><script>Plotly.newPlot('g',[])</script>", html);
        Assert.DoesNotContain("<pre class=\"output\">grafiek</pre>", html);
        Assert.Contains("System.Exception: mis &lt;fout&gt;", html);
        Assert.Contains("stack &lt;1&gt;", html);
        var table = html.Replace("\n", "");
        Assert.Contains("<thead><tr><th>Financier</th><th style=\"text-align: right;\">Bedrag</th></tr></thead>", table);
        Assert.Contains("<tr><td>Wmo &amp; Jeugd</td><td style=\"text-align: right;\">€ 1.000</td></tr>", table);
    }

    [Fact]
    public void Markdown_list_items_continue_on_the_next_line_and_emphasis_may_span_lines()
    {
        var html = NotebookHtml.Render(NotebookDocument.Create(new[] { NotebookDocument.MarkdownCell(
            "- **eerste** punt dat\n  doorloopt op de volgende regel\n- tweede punt\nzonder inspringen (lazy)\n\nEen alinea met **vet dat over\neen regelovergang** loopt.") }), "x");

        Assert.Contains("<ul>\n<li><strong>eerste</strong> punt dat\ndoorloopt op de volgende regel</li>\n<li>tweede punt\nzonder inspringen (lazy)</li>\n</ul>", html);
        Assert.Contains("<p>Een alinea met <strong>vet dat over\neen regelovergang</strong> loopt.</p>", html);
    }

    [Fact]
    public void Page_can_inline_plotly_for_offline_use()
    {
        var bundle = Path.Combine(Path.GetTempPath(), "preventie-nb-html-" + Guid.NewGuid().ToString("N") + ".js");
        File.WriteAllText(bundle, "/* plotly.js v9.9.9 */ window.Plotly = {}; var s = '</script>';");
        try
        {
            var html = NotebookHtml.Render(NotebookDocument.Create(Array.Empty<InteractiveDocumentElement>()), "offline", PlotlyScriptSource.InlineFrom(bundle));

            Assert.DoesNotContain("cdn.plot.ly", html);
            Assert.Contains("window.Plotly = {}; var s = '<\\/script>';", html);
        }
        finally
        {
            File.Delete(bundle);
        }
    }

    [Fact]
    public void Failed_run_links_to_the_failing_cell()
    {
        var ok = NotebookDocument.CodeCell("1", "a");
        var bad = NotebookDocument.CodeCell("throw", "b");
        bad.Metadata!["papermill"] = new Dictionary<string, object?> { ["status"] = "failed" };
        var nb = NotebookDocument.Create(new[] { NotebookDocument.MarkdownCell("# x"), ok, bad });
        nb.Metadata["papermill"] = new Dictionary<string, object?> { ["exception"] = true };

        var html = NotebookHtml.Render(nb, "x");

        Assert.Contains("mislukt in <a href=\"#cel-3\">cel 3</a>", html);
        Assert.Contains("<div class=\"cell code\" id=\"cel-3\">", html);
        Assert.Contains("Deze cel is mislukt.", html);
    }
}
