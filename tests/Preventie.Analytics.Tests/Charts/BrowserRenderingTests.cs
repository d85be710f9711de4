using Preventie.Analytics.Html;
using System.Text.Json;
using Microsoft.Playwright;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Reporting;
using Xunit.Abstractions;

namespace Preventie.Analytics.Tests.Charts;

/// <summary>
/// Opens generated reports (plotly.js inlined from npm) in headless Debian chromium. Network access other than the
/// report file itself is blocked and recorded, so the report must work offline. Artifacts (the HTML files and a
/// full-page screenshot) go to out/browser-test/ in the repository root.
/// </summary>
public sealed class BrowserRenderingTests : IClassFixture<ChromiumFixture>
{
    private readonly ChromiumFixture _chromium;
    private readonly ITestOutputHelper _output;

    public BrowserRenderingTests(ChromiumFixture chromium, ITestOutputHelper output)
    {
        _chromium = chromium;
        _output = output;
    }

    private static string ArtifactDirectory() =>
        Directory.CreateDirectory(Path.Combine(PlotlyJsTests.RepositoryRoot(), "out", "browser-test")).FullName;

    /// <summary>An opened page plus everything it logged and every request that tried to leave the file.</summary>
    private sealed record OpenedPage(IPage Page, List<string> Errors, List<string> ExternalRequests, List<string> Dialogs);

    private async Task<OpenedPage> OpenAsync(ReportDocument report, string fileName)
    {
        BrowserTestEnvironment.Require();
        var path = Path.Combine(ArtifactDirectory(), fileName);
        report.Save(path, PlotlyScriptSource.InlineFrom(BrowserTestEnvironment.PlotlyPath!));

        var context = await _chromium.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1200, Height = 900 },
            Locale = "nl-NL",
        });
        var page = await context.NewPageAsync();
        var opened = new OpenedPage(page, new(), new(), new());
        page.Console += (_, msg) =>
        {
            if (msg.Type == "error") opened.Errors.Add("console: " + msg.Text);
            else if (msg.Type == "warning") _output.WriteLine("console warning: " + msg.Text);
        };
        page.PageError += (_, error) => opened.Errors.Add("page error: " + error);
        page.Dialog += async (_, dialog) =>
        {
            opened.Dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal)) await route.ContinueAsync();
            else
            {
                opened.ExternalRequests.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        // every chart container gets plotly's SVG root when it has drawn
        await page.WaitForFunctionAsync(
            "() => Array.from(document.querySelectorAll('.preventie-chart')).every(d => d.querySelector('.main-svg'))",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        return opened;
    }

    [BrowserFact]
    public async Task Report_opens_offline_with_every_chart_drawn_and_no_errors()
    {
        var figures = SampleCharts.All();
        var opened = await OpenAsync(SampleCharts.Report(figures), "voorbeeldrapport.html");
        var page = opened.Page;

        var charts = await page.EvaluateAsync<JsonElement>("""
            () => Array.from(document.querySelectorAll('.preventie-chart')).map(d => ({
              id: d.id,
              svgs: d.querySelectorAll('.main-svg').length,
              traces: (d._fullData || []).length,
              width: d.getBoundingClientRect().width
            }))
            """);
        Assert.Equal(figures.Count, charts.GetArrayLength());
        for (var i = 0; i < figures.Count; i++)
        {
            var c = charts[i];
            Assert.Equal($"grafiek-{i + 1}", c.GetProperty("id").GetString());
            Assert.True(c.GetProperty("svgs").GetInt32() >= 1, $"grafiek-{i + 1} has no SVG");
            Assert.Equal(figures[i].Traces.Count, c.GetProperty("traces").GetInt32());
            Assert.True(c.GetProperty("width").GetDouble() > 300);
        }

        // Dutch numbers in the browser: euro ticks with thousands dots (layout.separators ",.")
        var ticks = await page.EvaluateAsync<string[]>(
            "() => Array.from(document.querySelectorAll('#grafiek-1 .ytick text')).map(t => t.textContent)");
        _output.WriteLine("y ticks of chart 1: " + string.Join(" | ", ticks));
        Assert.NotEmpty(ticks);
        Assert.All(ticks, t => Assert.Matches(@"^€ \d{1,3}(\.\d{3})*$", t));
        Assert.Contains(ticks, t => t.Contains('.'));

        // the Dutch locale is registered and active
        Assert.Equal("nl", await page.EvaluateAsync<string>("() => document.getElementById('grafiek-1')._context.locale"));
        var buttons = await page.EvaluateAsync<string[]>(
            "() => Array.from(document.querySelectorAll('#grafiek-1 .modebar-btn')).map(b => b.getAttribute('data-title'))");
        _output.WriteLine("toolbar: " + string.Join(" | ", buttons));
        Assert.Contains("Grafiek downloaden als png", buttons);
        Assert.Contains("Inzoomen", buttons);
        Assert.DoesNotContain(buttons, b => b.Contains("Share", StringComparison.OrdinalIgnoreCase));

        var screenshot = Path.Combine(ArtifactDirectory(), "voorbeeldrapport.png");
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(png.Length > 50_000, $"screenshot only {png.Length} bytes");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png.Take(4));
        _output.WriteLine($"screenshot: {screenshot} ({png.Length} bytes)");
        for (var i = 1; i <= figures.Count; i++)
        {
            var chartPng = await page.Locator($"#grafiek-{i}").ScreenshotAsync(new LocatorScreenshotOptions
            {
                Path = Path.Combine(ArtifactDirectory(), $"grafiek-{i}.png"),
            });
            Assert.True(chartPng.Length > 5_000, $"grafiek-{i}.png only {chartPng.Length} bytes");
        }

        Assert.Empty(opened.Errors);
        Assert.Empty(opened.ExternalRequests);
        Assert.Empty(opened.Dialogs);
    }

    /// <summary>
    /// plotly.js's own validator (unknown attributes are reported with code "schema", bad values with "value"), plus
    /// config keys and trace types checked against Plotly.PlotSchema.get().
    /// </summary>
    private const string SchemaCheck = """
        json => {
          const f = JSON.parse(json);
          const schema = Plotly.PlotSchema.get();
          const errors = (Plotly.validate(f.data, f.layout) || []).map(e => e.code + ': ' + e.msg);
          for (const k of Object.keys(f.config)) if (!(k in schema.config)) errors.push('config: unknown ' + k);
          for (const t of f.data) if (!(t.type in schema.traces)) errors.push('trace type: unknown ' + t.type);
          return errors;
        }
        """;

    [BrowserFact]
    public async Task Every_figure_uses_only_attributes_in_the_plotly_schema()
    {
        var figures = SampleCharts.All().Concat(HtmlEscapingTests.HostileReportFigures()).ToList();
        var opened = await OpenAsync(SampleCharts.Report(SampleCharts.All()), "schema.html");

        for (var i = 0; i < figures.Count; i++)
        {
            var errors = await opened.Page.EvaluateAsync<string[]>(SchemaCheck, figures[i].ToJson());
            Assert.True(errors.Length == 0, $"figure {i + 1}: " + string.Join("; ", errors));
        }

        // the check can fail: a misspelt trace attribute, layout attribute and config key are all reported
        var broken = Chart.Line(new[] { 1 }, new[] { 1.0 })
            .WithTraces(t => t.With("colour", "red"))
            .WithLayout("xaxis.tickprefixx", "€ ")
            .WithConfig("displayLogo", false);
        var brokenErrors = await opened.Page.EvaluateAsync<string[]>(SchemaCheck, broken.ToJson());
        _output.WriteLine("control: " + string.Join(" | ", brokenErrors));
        Assert.Contains(brokenErrors, e => e.Contains("colour"));
        Assert.Contains(brokenErrors, e => e.Contains("tickprefixx"));
        Assert.Contains(brokenErrors, e => e.Contains("displayLogo"));
        Assert.Empty(opened.Errors);
    }

    [BrowserFact]
    public async Task Hostile_strings_are_shown_as_text_and_never_run()
    {
        var opened = await OpenAsync(HtmlEscapingTests.HostileReport(out var figureCount), "vijandig.html");
        var page = opened.Page;

        Assert.Null(await page.EvaluateAsync<object?>("() => window.__pwned ?? null"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('img').length"));
        Assert.Equal(1 + figureCount, await page.EvaluateAsync<int>("() => document.querySelectorAll('script').length"));
        Assert.Equal(HtmlEscapingTests.Payload, await page.EvaluateAsync<string>("() => document.title"));
        Assert.Equal(HtmlEscapingTests.Payload, await page.EvaluateAsync<string>("() => document.querySelector('h1').textContent"));
        var cells = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('td')).map(t => t.textContent)");
        Assert.Contains(HtmlEscapingTests.ImgPayload, cells);
        Assert.Contains(HtmlEscapingTests.Payload, cells);

        // plotly shows the names literally (it decodes our HTML entities for display only)
        var legend = await page.EvaluateAsync<string[]>(
            "() => Array.from(document.querySelectorAll('#grafiek-1 .legendtext')).map(t => t.textContent)");
        Assert.Contains(HtmlEscapingTests.Payload, legend);
        Assert.Contains(HtmlEscapingTests.ImgPayload, legend);
        Assert.Contains(HtmlEscapingTests.PlotlyMarkupPayload, legend);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('.preventie-chart a').length"));
        var ticks = await page.EvaluateAsync<string[]>(
            "() => Array.from(document.querySelectorAll('#grafiek-1 .xtick text')).map(t => t.textContent)");
        Assert.Contains("Geïndiceerd & zo", ticks);
        Assert.Contains(HtmlEscapingTests.Payload, ticks);
        Assert.Contains(HtmlEscapingTests.PlotlyMarkupPayload, ticks);

        Assert.Empty(opened.Dialogs);
        Assert.Empty(opened.Errors);
        Assert.Empty(opened.ExternalRequests);
    }

    [BrowserFact]
    public async Task Notebook_fragments_draw_offline_with_the_sessions_copy_of_plotly()
    {
        BrowserTestEnvironment.Require();
        // a kernel session whose notebook folder lies in the repository: the first chart carries the npm copy
        var session = new NotebookPlotly(() => new[] { Path.Combine(PlotlyJsTests.RepositoryRoot(), "notebooks") });
        var first = SampleCharts.CostsPerPayer().ToHtmlFragment("nb-1", session);
        var later = SampleCharts.Coverage().ToHtmlFragment("nb-2", session);
        var orphan = SampleCharts.Coverage().ToHtmlFragment("nb-3", session);
        // a notebook output page as Jupyter's classic front end makes it: no plotly.js, and an AMD module loader
        // (require.js) that a UMD bundle would register with instead of setting window.Plotly. The later chart comes
        // first, as when outputs render out of order: it waits for the copy.
        const string head = "<script>window.define = function () { throw new Error('define gebruikt'); }; window.define.amd = {};</script>";
        var page = await OpenNotebookPageAsync("notebook.html", head, later + first);
        await page.Page.WaitForFunctionAsync(
            "() => ['nb-1', 'nb-2'].every(id => document.getElementById(id).querySelector('.main-svg'))",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        Assert.Empty(page.Errors);
        Assert.Empty(page.ExternalRequests);
        await page.Page.Context.CloseAsync();

        // a page that lost the session's copy (the first output cleared) says so instead of staying blank
        var lost = await OpenNotebookPageAsync("notebook-zonder-plotly.html", "", orphan);
        Assert.Equal(NotebookPlotly.SessionCopyNotice, (await lost.Page.TextContentAsync("#nb-3"))!.Trim());
        Assert.Empty(lost.Errors);
        Assert.Empty(lost.ExternalRequests);
        await lost.Page.Context.CloseAsync();
    }

    private async Task<OpenedPage> OpenNotebookPageAsync(string fileName, string head, string body)
    {
        var path = Path.Combine(ArtifactDirectory(), fileName);
        File.WriteAllText(path, "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">" + head + "</head><body>" + body + "</body></html>");
        var context = await _chromium.Browser!.NewContextAsync();
        var page = await context.NewPageAsync();
        var opened = new OpenedPage(page, new(), new(), new());
        page.Console += (_, msg) => { if (msg.Type == "error") opened.Errors.Add("console: " + msg.Text); };
        page.PageError += (_, e) => opened.Errors.Add("page error: " + e);
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal)) await route.ContinueAsync();
            else
            {
                opened.ExternalRequests.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return opened;
    }

    [BrowserFact]
    public async Task Domain_charts_are_valid_plotly_and_each_draws_an_SVG()
    {
        var figures = DomainChartSamples.All();
        var opened = await OpenAsync(DomainChartSamples.Report(figures), "domeingrafieken.html");
        var page = opened.Page;
        var svgs = await page.EvaluateAsync<int[]>(
            "() => Array.from(document.querySelectorAll('.preventie-chart')).map(d => d.querySelectorAll('.main-svg').length)");
        Assert.Equal(figures.Count, svgs.Length);
        for (var i = 0; i < figures.Count; i++)
        {
            Assert.True(svgs[i] >= 1, $"{figures[i].Name} has no SVG");
            var errors = await page.EvaluateAsync<string[]>(SchemaCheck, figures[i].Figure.ToJson());
            Assert.True(errors.Length == 0, $"{figures[i].Name}: " + string.Join("; ", errors));
            var png = await page.Locator($"#grafiek-{i + 1}").ScreenshotAsync(new LocatorScreenshotOptions
            {
                Path = Path.Combine(ArtifactDirectory(), $"domein-{figures[i].Name}.png"),
            });
            Assert.True(png.Length > 5_000, $"{figures[i].Name}: screenshot only {png.Length} bytes");
        }
        Assert.Empty(opened.Errors);
        Assert.Empty(opened.ExternalRequests);
    }

    [BrowserFact]
    public async Task Council_report_on_the_pilot_with_psa_opens_offline_with_every_chart_drawn_and_valid()
    {
        var report = CouncilReportSamples.PilotWithPsa();
        var opened = await OpenAsync(report, "raadsrapport.html");
        var page = opened.Page;
        var charts = await page.EvaluateAsync<int[]>(
            "() => Array.from(document.querySelectorAll('.preventie-chart')).map(d => d.querySelectorAll('.main-svg').length)");
        var figures = report.Sections.SelectMany(s => s.Blocks).OfType<ReportFigure>().ToList();
        // net per payer, cumulative, costs per year, pyramid, need tiers; tornado, PSA cloud, acceptability curves
        Assert.Equal(8, figures.Count);
        Assert.Equal(figures.Count, charts.Length);
        Assert.All(charts, n => Assert.True(n >= 1));
        for (var i = 0; i < figures.Count; i++)
        {
            var errors = await page.EvaluateAsync<string[]>(SchemaCheck, figures[i].Figure.ToJson());
            Assert.True(errors.Length == 0, $"grafiek-{i + 1}: " + string.Join("; ", errors));
        }
        var uncertaintyCharts = await page.EvaluateAsync<int[]>("""
            () => Array.from(document.querySelectorAll('h2')).filter(h => h.textContent === 'Hoe zeker is dit?')
                .flatMap(h => Array.from(h.closest('section')?.querySelectorAll('.preventie-chart') ?? []))
                .map(d => d.querySelectorAll('.main-svg').length)
            """);
        Assert.Equal(3, uncertaintyCharts.Length);
        Assert.All(uncertaintyCharts, n => Assert.True(n >= 1));
        for (var i = 5; i < 8; i++)
        {
            var chartPng = await page.Locator($"#grafiek-{i + 1}").ScreenshotAsync(new LocatorScreenshotOptions
            {
                Path = Path.Combine(ArtifactDirectory(), $"raadsrapport-onzekerheid-{i - 4}.png"),
            });
            Assert.True(chartPng.Length > 5_000, $"grafiek-{i + 1}: screenshot only {chartPng.Length} bytes");
        }
        var headings = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('h2')).map(h => h.textContent)");
        // the pilot (verschuiven-naar-voorliggend) has one legal but unusual value, so its report says so (ScenarioPlausibilityTests)
        Assert.Equal(new[] { "Conclusie", "Let op: ongebruikelijke invoer", "Wie betaalt, wie bespaart", "Per jaar", "Inwoners en hun behoefte aan ondersteuning",
            "Hoe zeker is dit?", "Bijlage: kosten per betaler per jaar", "Begrippen", "Aannamen", "Bronnen", "Verantwoording" }, headings);

        var screenshot = Path.Combine(ArtifactDirectory(), "raadsrapport.png");
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(png.Length > 100_000, $"screenshot only {png.Length} bytes");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png.Take(4));
        // the same page in parts of 1.800 pixels, for reading the report as images
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        for (var (y, part) = (0, 1); y < height; y += 1800, part++)
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(ArtifactDirectory(), $"raadsrapport-deel-{part}.png"), FullPage = true,
                Clip = new Clip { X = 0, Y = y, Width = 1200, Height = Math.Min(1800, height - y) },
            });
        _output.WriteLine($"screenshot: {screenshot} ({png.Length} bytes)");
        Assert.Empty(opened.Errors);
        Assert.Empty(opened.ExternalRequests);
        Assert.Empty(opened.Dialogs);
    }

    [BrowserFact]
    public async Task Council_report_shows_a_hostile_scenario_name_as_text()
    {
        var report = CouncilReportSamples.Hostile();
        var opened = await OpenAsync(report, "raadsrapport-vijandig.html");
        var page = opened.Page;
        Assert.Null(await page.EvaluateAsync<object?>("() => window.__pwned ?? null"));
        Assert.Contains(CouncilReportSamples.HostileName, await page.EvaluateAsync<string>("() => document.querySelector('h1').textContent"));
        Assert.Contains(CouncilReportSamples.HostileName, await page.EvaluateAsync<string>("() => document.title"));
        var legend = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('.legendtext')).map(t => t.textContent)");
        Assert.Contains(CouncilReportSamples.HostileName, legend);
        Assert.Empty(opened.Dialogs);
        Assert.Empty(opened.Errors);
        Assert.Empty(opened.ExternalRequests);
    }
}
