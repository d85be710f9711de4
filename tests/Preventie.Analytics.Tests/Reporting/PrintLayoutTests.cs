using Microsoft.Playwright;
using Preventie.Analytics.Analysis;
using Preventie.Analytics.Html;
using Preventie.Analytics.Output;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Reporting.Pdf;
using Preventie.Analytics.Tests.Charts;
using Xunit.Abstractions;

namespace Preventie.Analytics.Tests.Reporting;

/// <summary>
/// Print that never clips: the council report printed to PDF shows the text of every table cell and has no page less than a third full except before a chapter (<see cref="PrintedPages"/>).
/// Controls printed without <see cref="PdfPrinter"/>'s layout show that both checks find a clipped table and a page
/// left nearly empty. Artifacts go to out/pdf-test/.
/// </summary>
public sealed class PrintLayoutTests
{
    private readonly ITestOutputHelper _output;

    public PrintLayoutTests(ITestOutputHelper output) => _output = output;

    private static string ArtifactDirectory() =>
        Directory.CreateDirectory(Path.Combine(PlotlyJsTests.RepositoryRoot(), "out", "pdf-test")).FullName;

    private static async Task Print(string html, string pdf, string title)
    {
        await using var printer = await PdfPrinter.StartAsync(BrowserTestEnvironment.ChromiumPath);
        await printer.PrintAsync(html, pdf, title);
    }

    /// <summary>A report with one table of <paramref name="columns"/> columns of distinct amounts in full (not to be wrapped) under a short paragraph.</summary>
    private static ReportDocument WideTableReport(int columns)
    {
        var table = new ReportTable("Een brede tabel", ["wijk", .. Enumerable.Range(1, columns - 1).Select(c => $"kolom {c} met een kop")]);
        for (var r = 0; r < 8; r++)
            table = table.WithRow([$"Wijk {r}", .. Enumerable.Range(1, columns - 1).Select(c => ReportCell.Euro(-123_456.0 * (r + 1) - 1_000 * c))]);
        return new ReportDocument("Brede tabel", new RunMetadata("test", null, DateTimeOffset.UnixEpoch, []))
            .WithSection(new ReportSection("Tabel").WithParagraph("Een korte inleiding.").WithTable(table));
    }

    [BrowserFact]
    public async Task Printed_council_report_shows_every_table_cell_and_no_page_is_less_than_a_third_full_except_before_a_chapter()
    {
        BrowserTestEnvironment.Require();
        var report = CouncilReportSamples.PilotWithPsa();
        var html = Path.Combine(ArtifactDirectory(), "afdruk-raadsrapport.html");
        var pdf = Path.Combine(ArtifactDirectory(), "afdruk-raadsrapport.pdf");
        report.Save(html, PlotlyScriptSource.InlineFrom(BrowserTestEnvironment.PlotlyPath!));
        await Print(html, pdf, report.Title);
        var source = File.ReadAllText(html);

        // every cell of every table is printed
        var cells = PrintedPages.TableCells(source);
        Assert.True(cells.Count > 100, $"only {cells.Count} cells");
        var missing = PrintedPages.MissingCells(pdf, cells);
        Assert.True(missing.Count == 0, $"{missing.Count} of {cells.Count} cells not printed: {string.Join(" | ", missing.Take(20))}");

        var chapters = PrintedPages.Chapters(source);
        Assert.Contains("Hoe zeker is dit?", chapters);
        var thin = PrintedPages.ThinPages(pdf, chapters, report.IsIllustrative);
        var fill = PrintedPages.Fill(pdf, report.IsIllustrative);
        _output.WriteLine(string.Join(", ", fill.Select((f, i) => $"{i + 1}: {f:P0}")));
        Assert.True(thin.Count == 0, string.Join("; ", thin));
        PdfReportTests.Poppler("pdftoppm", "-r", "60", "-png", pdf, Path.Combine(ArtifactDirectory(), "afdruk-raadsrapport"));
    }

    [BrowserFact]
    public async Task A_table_wider_than_the_page_is_split_into_column_groups_that_repeat_the_key_column()
    {
        BrowserTestEnvironment.Require();
        var report = WideTableReport(13);
        var html = Path.Combine(ArtifactDirectory(), "brede-tabel.html");
        var pdf = Path.Combine(ArtifactDirectory(), "brede-tabel.pdf");
        report.Save(html, PlotlyScriptSource.InlineFrom(BrowserTestEnvironment.PlotlyPath!));
        await Print(html, pdf, report.Title);

        var table = report.Sections.Single().Blocks.OfType<ReportTable>().Single();
        var cells = table.Header.Concat(table.Rows.SelectMany(r => r.Select(c => c.Text))).ToList();
        Assert.Equal(13 * 9, cells.Count);
        Assert.Empty(PrintedPages.MissingCells(pdf, cells));
        Assert.Empty(PrintedPages.MissingCells(pdf, PrintedPages.TableCells(File.ReadAllText(html))));
        // in parts, each with the key column: "Wijk 0" as often as there are parts
        var text = PrintedPages.Squeeze(PdfReportTests.Poppler("pdftotext", "-raw", pdf, "-"));
        var parts = System.Text.RegularExpressions.Regex.Matches(text, @"\(deel(\d)van(\d)\)").Select(m => m.Groups[2].Value).Distinct().ToList();
        var count = int.Parse(Assert.Single(parts), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(count, 2, 6);
        Assert.Equal(count, System.Text.RegularExpressions.Regex.Matches(text, "Wijk0").Count);

        // control: the same page printed as the browser lays it out loses the columns beyond the page
        var plain = Path.Combine(ArtifactDirectory(), "brede-tabel-zonder-opmaak.pdf");
        await PrintPlain(html, plain);
        var lost = PrintedPages.MissingCells(plain, cells);
        Assert.NotEmpty(lost);
        Assert.Contains(lost, c => c.StartsWith("kolom 12", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task A_page_left_nearly_empty_before_something_that_is_not_a_chapter_is_found()
    {
        BrowserTestEnvironment.Require();
        var html = Path.Combine(ArtifactDirectory(), "lege-pagina.html");
        var body = "<main><section><h2>Hoofdstuk</h2><p>Een korte alinea.</p>" +
                   "<p style=\"break-before: page\">Een alinea op een nieuwe pagina, zonder nieuw hoofdstuk.</p>" +
                   "<p>Nog een.</p></section><section><h2 style=\"break-before: page\">Volgend hoofdstuk</h2><p>Tekst.</p></section></main>";
        AtomicOutput.WriteText(html, HtmlPage.Render("Lege pagina", body, PlotlyScriptSource.InlineFrom(BrowserTestEnvironment.PlotlyPath!)));
        var pdf = Path.Combine(ArtifactDirectory(), "lege-pagina.pdf");
        await PrintPlain(html, pdf);
        Assert.Equal(3, PdfReportTests.PageCount(pdf));
        var thin = PrintedPages.ThinPages(pdf, ["Hoofdstuk", "Volgend hoofdstuk"], banner: false);
        // page 1 is nearly empty before a page that does not start a chapter; page 2 is, before one that does (allowed)
        Assert.Equal("pagina 1", Assert.Single(thin)[..8]);
    }

    /// <summary>Prints <paramref name="html"/> as chromium lays it out, with the report's margins but none of <see cref="PdfPrinter"/>'s layout.</summary>
    private static async Task PrintPlain(string html, string pdf)
    {
        using var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserTestEnvironment.ChromiumPath, Headless = true, Args = ["--no-sandbox", "--disable-gpu"],
        });
        try
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = PdfPrinter.ContentWidthPx, Height = 1000 } });
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            await page.GotoAsync(new Uri(html).AbsoluteUri);
            await page.PdfAsync(new PagePdfOptions
            {
                Path = pdf, Format = "A4", PrintBackground = true,
                Margin = new Margin { Top = "15mm", Bottom = "18mm", Left = "15mm", Right = "15mm" },
            });
        }
        finally
        {
            await browser.CloseAsync();
        }
    }
}
