using Preventie.Analytics.Notebooks;

namespace Preventie.Analytics.Tests.Notebooks;

public class NotebookHtmlTests
{
    [Fact]
    public void Page_renders_markdown_escapes_text_keeps_formatter_html_and_loads_plotly()
    {
        var code = NotebookCell.Code("Console.WriteLine(\"<b>\");");
        code.AddOutput(NotebookOutput.Stream("stdout", "<script>alert('x')</script> & co\n"));
        code.AddOutput(NotebookOutput.DisplayData(new Dictionary<string, string>
        {
            ["text/plain"] = "grafiek",
            ["text/html"] = "<div id=\"g\"></div><script>Plotly.newPlot('g',[])</script>",
        }));
        code.AddOutput(NotebookOutput.Error("System.Exception", "mis <fout>", new[] { "kop", "regel", "stack <1>" }));
        var nb = Notebook.Create(new[]
        {
            NotebookCell.Markdown("# Kop & titel\n\nTekst met **vet**, *schuin* en `code<x>`.\n\n- een\n- twee\n\n1. eerste\n\n<img src=x onerror=alert(1)>\n\n| Financier | Bedrag |\n|---|--:|\n| Wmo & Jeugd | € 1.000 |"),
            code,
        });

        var html = NotebookHtml.Render(nb, "Proef <1>");

        Assert.Contains("<title>Proef &lt;1&gt;</title>", html);
        Assert.Contains("<script src=\"https://cdn.plot.ly/plotly-2.35.2.min.js\"", html);
        Assert.True(html.IndexOf("plotly-2.35.2", StringComparison.Ordinal) < html.IndexOf("Plotly.newPlot", StringComparison.Ordinal));
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
        Assert.Contains("<thead><tr><th>Financier</th><th>Bedrag</th></tr></thead>", html);
        Assert.Contains("<tr><td>Wmo &amp; Jeugd</td><td>€ 1.000</td></tr>", html);
    }

    [Fact]
    public void Failed_run_links_to_the_failing_cell()
    {
        var ok = NotebookCell.Code("1", "a");
        var bad = NotebookCell.Code("throw", "b");
        bad.Metadata["papermill"] = new System.Text.Json.Nodes.JsonObject { ["status"] = "failed" };
        var nb = Notebook.Create(new[] { NotebookCell.Markdown("# x"), ok, bad });
        nb.Metadata["papermill"] = new System.Text.Json.Nodes.JsonObject { ["exception"] = true };

        var html = NotebookHtml.Render(nb, "x");

        Assert.Contains("mislukt in <a href=\"#cel-3\">cel 3</a>", html);
        Assert.Contains("<div class=\"cell code\" id=\"cel-3\">", html);
        Assert.Contains("Deze cel is mislukt.", html);
    }
}
