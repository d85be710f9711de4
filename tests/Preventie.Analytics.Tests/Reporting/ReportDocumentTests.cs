using Preventie.Analytics.Analysis;
using Preventie.Analytics.Input;
using Preventie.Analytics.Html;
using System.Collections.Immutable;
using System.Text;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Tests.Reporting;

public class ReportDocumentTests
{
    private static readonly DateTimeOffset Date = new(2026, 3, 5, 14, 30, 0, TimeSpan.FromHours(1));

    private static RunMetadata Metadata(params InputFileHash[] files) =>
        new("1.2.3", 42, Date, files.ToImmutableList());

    [Fact]
    public void Numeric_cells_use_Dutch_formats_and_align_right()
    {
        var table = new ReportTable("Kosten", "Betaler", "Bedrag", "Aandeel", "Aantal")
            .WithRow("Gemeente", ReportCell.Euro(1234567.4), ReportCell.Percent(0.125), ReportCell.Number(103415))
            .WithRow("Zvw", ReportCell.Euro(-12000), ReportCell.Percent(0.5, 0), ReportCell.Number(1.5, 1));
        var html = table.ToHtml();

        Assert.Contains("<td class=\"num\">€ 1,2 mln</td>", html);
        Assert.Contains("<td class=\"num\">12,5%</td>", html);
        Assert.Contains("<td class=\"num\">103.415</td>", html);
        Assert.Contains("<td class=\"num\">€ \u221212.000</td>", html);
        Assert.Contains("<td class=\"num\">1,5</td>", html);
        Assert.Contains("<th class=\"num\">Bedrag</th>", html);
        Assert.Contains("<th>Betaler</th>", html);
        Assert.Equal(1234567.4, table.Rows[0][1].Value);
        Assert.Throws<ArgumentException>(() => table.WithRow("te kort"));
    }

    [Fact]
    public void Input_hashes_are_SHA256_of_the_file_bytes()
    {
        var file = Path.Combine(Path.GetTempPath(), $"invoer-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(file, Encoding.ASCII.GetBytes("abc"));
        try
        {
            var hash = InputFileHash.Compute(file);
            // FIPS 180-2 test vector for "abc"
            Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hash.Sha256);
            Assert.Equal(Path.GetFileName(file), hash.FileName);
            var meta = RunMetadata.ForInputs(new[] { file }, seed: 7, Date);
            Assert.Equal(hash, meta.InputFiles.Single());
            Assert.Equal(7, meta.Seed);
            Assert.False(string.IsNullOrWhiteSpace(meta.Version));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static ReportDocument Sample() =>
        new ReportDocument("Preventie in Deventer", Metadata(new InputFileHash("scenario.yaml", new string('a', 64))))
            .WithSubtitle("Scenario tegenover huidig beleid")
            .WithSection(new ReportSection("Conclusie")
                .WithParagraph("De gemeente investeert; de zorgverzekeraar profiteert.")
                .WithBullets(new[] { "Eerste punt", "Tweede punt" })
                .WithFigure(Chart.Line(new[] { 2026, 2027 }, new[] { 1.0, 2.0 }, name: "Gemeente"), "Kosten per jaar")
                .WithFigure(Chart.Bar(new[] { "Zvw" }, new[] { 3.0 })))
            .WithAssumption(new ReportAssumption("Effect op instroom", "12,5%", "Schatting werkgroep"))
            .WithDataSource(new ReportDataSource("Inventarisatie 2022", "Activiteiten", "deventer-2022.csv"));

    [Fact]
    public void Report_renders_sections_assumptions_sources_and_metadata_in_Dutch()
    {
        var html = Sample().ToFullHtml(PlotlyScriptSource.Cdn);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"nl\">", html);
        Assert.Contains("<title>Preventie in Deventer</title>", html);
        Assert.Contains("<h2>Conclusie</h2>", html);
        Assert.Contains("<li>Tweede punt</li>", html);
        Assert.Contains("<div id=\"grafiek-1\"", html);
        Assert.Contains("<div id=\"grafiek-2\"", html);
        Assert.Contains("<figcaption>Kosten per jaar</figcaption>", html);
        Assert.Contains("<h2>Aannamen</h2>", html);
        Assert.Contains("<td>Effect op instroom</td><td>12,5%</td><td>Schatting werkgroep</td>", html);
        Assert.Contains("<h2>Bronnen</h2>", html);
        Assert.Contains("<td>deventer-2022.csv</td>", html);
        Assert.Contains("<td>Seed (startwaarde toeval)</td><td>42</td>", html);
        Assert.Contains("donderdag 5 maart 2026 om 14:30 (Nederlandse tijd)", html); // Europe/Amsterdam, whatever the machine's zone
        Assert.DoesNotContain("UTC", html);
        Assert.Contains("<td>scenario.yaml</td><td>" + new string('a', 64) + "</td>", html);
        Assert.Contains("<style>", html);
        Assert.Contains($"<script src=\"{PlotlyJs.CdnUrl}\"", html);
        // charts draw directly: the page loads plotly.js in its head
        Assert.DoesNotContain("preventieLoadPlotly", html);
    }

    [Fact]
    public void Same_report_gives_the_same_html()
    {
        Assert.Equal(Sample().ToFullHtml(PlotlyScriptSource.Cdn), Sample().ToFullHtml(PlotlyScriptSource.Cdn));
    }

    [Fact]
    public void Notebook_view_loads_plotly_itself_with_unique_ids()
    {
        var report = Sample();
        var a = report.ToHtml();
        Assert.Contains("preventieLoadPlotly", a);
        Assert.DoesNotContain("id=\"grafiek-1\"", a);
        Assert.NotEqual(a, report.ToHtml());
        Assert.Contains(typeof(ReportDocument).GetCustomAttributes(false), x => x is Display.TypeFormatterSourceAttribute);
        Assert.Contains(typeof(ReportTable).GetCustomAttributes(false), x => x is Display.TypeFormatterSourceAttribute);
        Assert.Contains(typeof(Figure).GetCustomAttributes(false), x => x is Display.TypeFormatterSourceAttribute);
    }

    [Fact]
    public void Save_writes_the_whole_file_atomically()
    {
        var dir = Directory.CreateTempSubdirectory("rapport-");
        try
        {
            var path = Path.Combine(dir.FullName, "rapport.html");
            Sample().Save(path, PlotlyScriptSource.Cdn);
            Assert.Equal(Sample().ToFullHtml(PlotlyScriptSource.Cdn), File.ReadAllText(path));
            Assert.Single(Directory.GetFiles(dir.FullName));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Workbook_holds_the_about_sheet_then_the_section_tables_assumptions_and_sources()
    {
        var table = new ReportTable("Kosten", "Betaler", "Bedrag").WithRow("Gemeente", ReportCell.Euro(10));
        var report = Sample().WithSection(new ReportSection("Tabellen").WithTable(table));
        Assert.Equal(new[] { "Kosten", "Parameters die op een aanname rusten", "Gebruikte gegevens" },
            report.Tables().Select(t => t.Caption));

        var path = Path.Combine(Path.GetTempPath(), $"rapport-{Guid.NewGuid():N}.xlsx");
        try
        {
            report.SaveWorkbook(path);
            using var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, false);
            // "Over dit bestand" (with the input files) and a sheet per table
            Assert.Equal(new[] { "Over dit bestand", "Kosten", "Aannamen", "Bronnen" },
                doc.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
