using System.Text.Json;
using Microsoft.Playwright;
using Preventie.Analytics.Tests.Reporting;
using Preventie.Analytics.Tests.Simulation;
using Xunit.Abstractions;

namespace Preventie.Analytics.Tests.Charts;

/// <summary>
/// The README's first command as a council member meets it: <c>preventie batch</c> writes a PDF beside every report,
/// and the overview and a report, opened offline in headless chromium on a wide screen and at the printed width, draw
/// every chart with no text over a chart title; the printed reports and raadsversies show every table cell, the
/// reports leave no page less than a third full except before a chapter, and at the printed width no chart label
/// overlaps another (<see cref="PrintedPages"/>, <see cref="ChartLabels"/>). Screenshots and the output go to out/browser-test/ (a CI artefact).
/// </summary>
[Collection("ReportConsole")]
public sealed class CouncilPagesBrowserTests : IClassFixture<ChromiumFixture>
{
    private readonly ChromiumFixture _chromium;
    private readonly ITestOutputHelper _output;

    public CouncilPagesBrowserTests(ChromiumFixture chromium, ITestOutputHelper output)
    {
        _chromium = chromium;
        _output = output;
    }

    private static string ArtifactDirectory() =>
        Directory.CreateDirectory(Path.Combine(PlotlyJsTests.RepositoryRoot(), "out", "browser-test")).FullName;

    /// <summary>Per chart: the problems with its title (outside the chart, or another text or the toolbar on top of it).</summary>
    private const string TitleProblems = """
        () => Array.from(document.querySelectorAll('.preventie-chart')).map(d => {
          const title = d.querySelector('.gtitle');
          if (!title) return { id: d.id, problems: ['geen titel'] };
          const t = title.getBoundingClientRect();
          const c = d.getBoundingClientRect();
          const problems = [];
          if (t.left < c.left - 1 || t.right > c.right + 1) problems.push('titel valt buiten de grafiek');
          const overlaps = r => Math.min(r.right, t.right) - Math.max(r.left, t.left) > 1 && Math.min(r.bottom, t.bottom) - Math.max(r.top, t.top) > 1;
          for (const el of d.querySelectorAll('text')) {
            if (el.closest('.gtitle') || !el.textContent.trim()) continue;
            const r = el.getBoundingClientRect();
            if (r.width > 0 && overlaps(r)) problems.push('tekst over de titel: ' + el.textContent);
          }
          for (const b of d.querySelectorAll('.modebar-btn')) {
            const r = b.getBoundingClientRect();
            if (r.width > 0 && overlaps(r)) { problems.push(`werkbalk over de titel (knop ${Math.round(r.top - c.top)}-${Math.round(r.bottom - c.top)} px, titel ${Math.round(t.top - c.top)}-${Math.round(t.bottom - c.top)} px)`); break; }
          }
          return { id: d.id, title: title.textContent, problems };
        })
        """;

    private async Task CheckPage(string path, int width, string screenshot)
    {
        var context = await _chromium.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = "nl-NL",
        });
        try
        {
            var page = await context.NewPageAsync();
            var external = new List<string>();
            var errors = new List<string>();
            page.PageError += (_, e) => errors.Add(e);
            await context.RouteAsync("**/*", async route =>
            {
                if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal)) await route.ContinueAsync();
                else
                {
                    external.Add(route.Request.Url);
                    await route.AbortAsync();
                }
            });
            await page.GotoAsync(new Uri(path).AbsoluteUri);
            await page.WaitForFunctionAsync(
                "() => Array.from(document.querySelectorAll('.preventie-chart')).every(d => d.dataset.getekend === 'ja' || d.dataset.getekend === 'nee')",
                null, new PageWaitForFunctionOptions { Timeout = 60_000 });
            var drawn = await page.EvaluateAsync<string[]>(
                "() => Array.from(document.querySelectorAll('.preventie-chart')).map(d => d.dataset.getekend)");
            Assert.NotEmpty(drawn);
            Assert.All(drawn, d => Assert.Equal("ja", d));
            Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('.preventie-chart-notice').length"));

            var charts = await page.EvaluateAsync<JsonElement>(TitleProblems);
            foreach (var chart in charts.EnumerateArray())
            {
                var problems = chart.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
                _output.WriteLine($"{Path.GetFileName(path)} @ {width}px, {chart.GetProperty("id").GetString()}: " +
                                  (problems.Count == 0 ? "ok" : string.Join("; ", problems)));
                Assert.True(problems.Count == 0, $"{Path.GetFileName(path)} at {width}px, {chart.GetProperty("id").GetString()}: {string.Join("; ", problems)}");
            }
            var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactDirectory(), screenshot), FullPage = true });
            Assert.True(png.Length > 50_000);
            Assert.Empty(external);
            Assert.Empty(errors);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task Batch_writes_a_pdf_beside_every_report_and_the_pages_draw_offline_without_text_over_a_title()
    {
        BrowserTestEnvironment.Require();
        var outDir = Path.Combine(ArtifactDirectory(), "raadsrapportage");
        var (exit, output, error) = Cli.CommandLine.Run("batch", "--out", outDir, "--psa", "50");
        Assert.True(exit == 0, error + output);
        Assert.Contains("rapport.pdf", output);

        var pilots = Directory.GetFiles(TestModels.ScenarioDir, "*.yaml").Select(Path.GetFileNameWithoutExtension).Where(n => n != "basis").ToList();
        foreach (var slug in pilots)
        {
            var pdf = Path.Combine(outDir, slug!, "rapport.pdf");
            Assert.True(File.Exists(pdf), $"{slug}/rapport.pdf missing");
            var pages = PdfReportTests.PageCount(pdf);
            Assert.InRange(pages, 8, 40);
            var text = PdfReportTests.Poppler("pdftotext", "-layout", pdf, "-");
            Assert.Contains($"pagina {pages} van {pages}", text);
            Assert.Contains("Conclusie", text);

            // print that never clips: every table cell printed, in the report (the wijk table's uncertainty columns
            // included) and the raadsversie; no page of the report less than a third full except before a chapter
            var source = File.ReadAllText(Path.Combine(outDir, slug!, "rapport.html"));
            var cells = PrintedPages.TableCells(source);
            Assert.Contains(cells, c => c.StartsWith("90%-interval netto alle betalers", StringComparison.Ordinal));
            var missing = PrintedPages.MissingCells(pdf, cells);
            Assert.True(missing.Count == 0, $"{slug}/rapport.pdf: {missing.Count} of {cells.Count} cells not printed: {string.Join(" | ", missing.Take(20))}");
            var brief = Path.Combine(outDir, slug!, "raadsversie.pdf");
            var briefCells = PrintedPages.TableCells(File.ReadAllText(Path.ChangeExtension(brief, ".html")));
            missing = PrintedPages.MissingCells(brief, briefCells);
            Assert.True(missing.Count == 0, $"{slug}/raadsversie.pdf: {missing.Count} of {briefCells.Count} cells not printed: {string.Join(" | ", missing.Take(20))}");
            var thin = PrintedPages.ThinPages(pdf, PrintedPages.Chapters(source), source.Contains(Analytics.Reporting.Pdf.PdfPrinter.BannerAttribute, StringComparison.Ordinal));
            Assert.True(thin.Count == 0, $"{slug}/rapport.pdf: {string.Join("; ", thin)}");
        }
        PdfReportTests.Poppler("pdftoppm", "-r", "60", "-png", Path.Combine(outDir, "wijkpilot", "rapport.pdf"), Path.Combine(ArtifactDirectory(), "rapport-wijkpilot-pagina"));

        // charts sized for A4: at the printed width no label over another, over a neighbouring panel or outside its chart
        foreach (var file in new[] { Path.Combine(outDir, "overzicht.html"), Path.Combine(outDir, "wijkpilot", "rapport.html"), Path.Combine(outDir, "wijkpilot", "raadsversie.html") })
            foreach (var (id, title, problems) in await ChartLabels.AsPrinted(_chromium.Browser!, file))
            {
                _output.WriteLine($"{Path.GetFileName(file)} as printed, {id} '{title}': {(problems.Count == 0 ? "ok" : string.Join("; ", problems))}");
                Assert.True(problems.Count == 0, $"{file} as printed, {id} '{title}': {string.Join("; ", problems)}");
            }

        await CheckPage(Path.Combine(outDir, "overzicht.html"), 1200, "overzicht.png");
        await CheckPage(Path.Combine(outDir, "overzicht.html"), 680, "overzicht-a4-breed.png");
        await CheckPage(Path.Combine(outDir, "wijkpilot", "rapport.html"), 1200, "rapport-wijkpilot.png");
        await CheckPage(Path.Combine(outDir, "wijkpilot", "rapport.html"), 680, "rapport-wijkpilot-a4-breed.png");
    }
}
