using Preventie.Analytics.Html;
using System.Diagnostics;
using System.Net;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Reporting.Pdf;
using Preventie.Analytics.Tests.Charts;

namespace Preventie.Analytics.Tests.Reporting;

/// <summary>
/// The council report printed to PDF by headless Debian chromium and read back with poppler-utils (pdfinfo, pdftotext,
/// pdftoppm): A4, title page, page numbers, the conclusion's text, every chart drawn. A control report without plotly.js
/// shows that the chart check fails when charts do not draw. Artifacts go to out/pdf-test/.
/// </summary>
public sealed class PdfReportTests
{
    private static string ArtifactDirectory() =>
        Directory.CreateDirectory(Path.Combine(PlotlyJsTests.RepositoryRoot(), "out", "pdf-test")).FullName;

    /// <summary>Runs a poppler tool and returns its standard output.</summary>
    internal static string Poppler(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException(tool + " did not start");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)}: {error}");
        return output;
    }

    /// <summary>Text without any white space, so that line breaks of pdftotext do not matter.</summary>
    internal static string Squeeze(string text) => new(WebUtility.HtmlDecode(text).Where(c => !char.IsWhiteSpace(c)).ToArray());

    internal static int PageCount(string pdf) =>
        int.Parse(Poppler("pdfinfo", pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim());

    /// <summary>
    /// The clearly coloured pixels (not white, grey or black; the pale yellow of a missing-chart notice does not count)
    /// of one page rendered by pdftoppm at 72 dpi (1 pixel = 1 point), between <paramref name="fromY"/> and
    /// <paramref name="toY"/> points from the top of the page.
    /// </summary>
    private static int ColouredPixels(string pdf, int page, double fromY = 0, double toY = double.MaxValue)
    {
        var prefix = Path.Combine(ArtifactDirectory(), $"pixels-{Guid.NewGuid():N}");
        Poppler("pdftoppm", "-r", "72", "-f", page.ToString(), "-l", page.ToString(), "-singlefile", pdf, prefix);
        var bytes = File.ReadAllBytes(prefix + ".ppm");
        File.Delete(prefix + ".ppm");
        // binary PPM: "P6\n<w> <h>\n255\n" then RGB
        var offset = 0;
        var fields = new List<string>();
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)bytes[offset])) offset++;
            var start = offset;
            while (!char.IsWhiteSpace((char)bytes[offset])) offset++;
            fields.Add(System.Text.Encoding.ASCII.GetString(bytes, start, offset - start));
        }
        offset++;
        Assert.Equal("P6", fields[0]);
        int width = int.Parse(fields[1]), height = int.Parse(fields[2]);
        var coloured = 0;
        for (var y = Math.Max(0, (int)fromY); y < Math.Min(height, toY); y++)
            for (var x = 0; x < width; x++)
            {
                var i = offset + 3 * (y * width + x);
                int r = bytes[i], g = bytes[i + 1], b = bytes[i + 2];
                if (Math.Max(r, Math.Max(g, b)) - Math.Min(r, Math.Min(g, b)) > 40) coloured++;
            }
        return coloured;
    }

    /// <summary>Where on the page (points from the top) the words <paramref name="line"/> start, from pdftotext -bbox; null when absent.</summary>
    private static double? TopOf(string pdf, int page, string line)
    {
        var words = System.Text.RegularExpressions.Regex.Matches(
                Poppler("pdftotext", "-bbox", "-f", page.ToString(), "-l", page.ToString(), pdf, "-"),
                "<word xMin=\"[^\"]+\" yMin=\"([^\"]+)\" xMax=\"[^\"]+\" yMax=\"[^\"]+\">([^<]*)</word>")
            .Select(m => (Y: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Word: WebUtility.HtmlDecode(m.Groups[2].Value)))
            .ToList();
        var wanted = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4).ToList();
        for (var i = 0; i + wanted.Count <= words.Count; i++)
            if (wanted.Select((w, k) => words[i + k].Word == w).All(ok => ok)) return words[i].Y;
        return null;
    }

    private static IReadOnlyList<string> PageTexts(string pdf, int pages) =>
        Enumerable.Range(1, pages).Select(p => Poppler("pdftotext", "-f", p.ToString(), "-l", p.ToString(), "-layout", pdf, "-")).ToList();

    /// <summary>The title lines of a figure as plotly shows them.</summary>
    private static IEnumerable<string> TitleLines(Figure figure) =>
        ((string)figure.Layout.Get("title.text")!).Split("<br>").Select(l => WebUtility.HtmlDecode(l));

    [BrowserFact]
    public async Task Council_report_prints_to_an_A4_pdf_with_title_page_page_numbers_conclusion_and_every_chart()
    {
        BrowserTestEnvironment.Require();
        var report = CouncilReportSamples.PilotWithPsa();
        var html = Path.Combine(ArtifactDirectory(), "raadsrapport.html");
        var pdf = Path.Combine(ArtifactDirectory(), "raadsrapport.pdf");
        report.Save(html, PlotlyScriptSource.InlineFrom(BrowserTestEnvironment.PlotlyPath!));
        var figures = report.Sections.SelectMany(s => s.Blocks).OfType<ReportFigure>().Select(f => f.Figure).ToList();

        PdfResult result;
        await using (var printer = await PdfPrinter.StartAsync(BrowserTestEnvironment.ChromiumPath))
            result = await printer.PrintAsync(html, pdf, report.Title);
        Assert.Equal(figures.Count, result.Charts);
        Assert.Equal(figures.Count, result.ChartsDrawn);

        var info = Poppler("pdfinfo", pdf);
        Assert.Matches(@"Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)", info);
        var pages = PageCount(pdf);
        Assert.InRange(pages, 10, 40);
        var texts = PageTexts(pdf, pages);

        // title page: title, scenario, date; the conclusion starts on page 2
        Assert.Contains(Squeeze("Verschuiven naar voorliggend"), Squeeze(texts[0]));
        Assert.Contains(Squeeze("Gemaakt op donderdag 5 maart 2026"), Squeeze(texts[0]));
        Assert.DoesNotContain("Conclusie", texts[0]);
        Assert.Contains("Conclusie", texts[1]);
        // page numbers on every page
        for (var p = 1; p <= pages; p++) Assert.Contains($"pagina {p} van {pages}", texts[p - 1]);

        // the conclusion's text, every sentence
        var all = Squeeze(string.Concat(texts));
        var conclusion = report.Sections.First(s => s.Heading == "Conclusie").Blocks;
        var sentences = conclusion.OfType<ReportBulletList>().SelectMany(b => b.Items)
            .Concat(conclusion.OfType<ReportParagraph>().Select(p => p.Text)).Concat(conclusion.OfType<ReportHeadline>().Select(h => h.Text)).ToList();
        Assert.True(sentences.Count >= 6, $"only {sentences.Count} sentences in the conclusion");
        foreach (var line in sentences)
            Assert.Contains(Squeeze(line), all);

        // every chart drew: its title is printed (plotly writes it as SVG text), the area below it has colour, no notice
        Assert.DoesNotContain(Squeeze(Figure.MissingPlotlyNotice), all);
        foreach (var figure in figures)
        {
            var lines = TitleLines(figure).ToList();
            var page = Enumerable.Range(0, pages).FirstOrDefault(p => lines.All(l => Squeeze(texts[p]).Contains(Squeeze(l))), -1) + 1;
            Assert.True(page > 0, $"chart title not printed: {string.Join(" / ", lines)}");
            var top = TopOf(pdf, page, lines[0]);
            Assert.True(top is not null, $"title '{lines[0]}' not located on page {page}");
            var height = figure.Layout.Get("height") is int h ? h : Figure.DefaultHeight;
            var coloured = ColouredPixels(pdf, page, top!.Value, top.Value + Math.Min(height, PdfPrinter.MaxChartHeightPx) * 0.75);
            Console.WriteLine($"{lines[0]}: page {page}, {coloured} coloured pixels");
            Assert.True(coloured > 150, $"chart '{lines[0]}' on page {page}: only {coloured} coloured pixels");
        }
        Poppler("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "6", pdf, Path.Combine(ArtifactDirectory(), "raadsrapport-pagina"));
    }

    [BrowserFact]
    public async Task Without_plotly_the_pdf_says_so_at_every_chart_and_the_chart_check_fails()
    {
        BrowserTestEnvironment.Require();
        var report = CouncilReportSamples.Pilot();
        var noPlotly = Path.Combine(ArtifactDirectory(), "geen-plotly.js");
        File.WriteAllText(noPlotly, "/* geen plotly.js */");
        var html = Path.Combine(ArtifactDirectory(), "zonder-plotly.html");
        var pdf = Path.Combine(ArtifactDirectory(), "zonder-plotly.pdf");
        report.Save(html, PlotlyScriptSource.InlineFrom(noPlotly));
        var figures = report.Sections.SelectMany(s => s.Blocks).OfType<ReportFigure>().Select(f => f.Figure).ToList();

        PdfResult result;
        await using (var printer = await PdfPrinter.StartAsync(BrowserTestEnvironment.ChromiumPath))
            result = await printer.PrintAsync(html, pdf, report.Title);
        Assert.Equal(figures.Count, result.Charts);
        Assert.Equal(0, result.ChartsDrawn);
        var all = Squeeze(string.Concat(PageTexts(pdf, PageCount(pdf))));
        var notices = 0;
        for (var i = all.IndexOf(Squeeze(Figure.MissingPlotlyNotice), StringComparison.Ordinal); i >= 0;
             i = all.IndexOf(Squeeze(Figure.MissingPlotlyNotice), i + 1, StringComparison.Ordinal)) notices++;
        Assert.Equal(figures.Count, notices);
        Assert.DoesNotContain(figures, f => TitleLines(f).All(l => all.Contains(Squeeze(l))));
    }

    [Fact]
    public async Task Missing_chromium_is_reported_in_Dutch_with_the_install_command()
    {
        var ex = await Assert.ThrowsAsync<ChromiumNotFoundException>(() => PdfPrinter.StartAsync("/bestaat/niet/chromium"));
        Assert.Contains("apt-get install chromium", ex.Message);
        Assert.Contains(PdfPrinter.ChromiumVariable, ex.Message);
    }
}
