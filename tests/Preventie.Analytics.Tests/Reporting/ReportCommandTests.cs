using Preventie.Analytics.Html;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Tests.Charts;
using Preventie.Analytics.Tests.Simulation;
using static Preventie.Analytics.Tests.CouncilReportSamples;

namespace Preventie.Analytics.Tests.Reporting;

[CollectionDefinition("ReportConsole", DisableParallelization = true)]
public sealed class ReportConsoleCollection;

/// <summary><c>preventie report</c> through the real command line, with Console.Out/Error redirected.</summary>
[Collection("ReportConsole")]
public class ReportCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => Cli.CommandLine.Run(args);

    private static string TempDir() => Directory.CreateTempSubdirectory("preventie-rapport-").FullName;

    [PlotlyFact]
    public void Report_on_the_pilot_writes_an_offline_html_and_a_workbook_with_the_expected_sheets()
    {
        var dir = TempDir();
        var html = Path.Combine(dir, "rapport.html");
        var xlsx = Path.Combine(dir, "rapport.xlsx");
        var (exit, output, error) = Run("report", "--scenario", PilotFile, "--compare", BasisFile, "--out", html, "--xlsx", xlsx);
        Assert.True(exit == 0, error);
        Assert.Contains("Rapport geschreven naar", output);
        var text = File.ReadAllText(html);
        Assert.StartsWith("<!DOCTYPE html>", text);
        Assert.Contains("<html lang=\"nl\">", text);
        Assert.DoesNotContain(PlotlyJs.CdnUrl, text);               // offline: plotly.js inlined
        Assert.True(text.Length > 1_000_000, $"only {text.Length} characters: plotly.js not inlined?");
        Assert.Contains("Preventie: wat levert &#39;Verschuiven naar voorliggend&#39; op, en voor wie?", text);

        using var doc = SpreadsheetDocument.Open(xlsx, false);
        var sheets = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(new[]
        {
            "Over dit bestand",                 // issue 23: title, scenarios, model version, seed, draws, date, input hashes
            "Resultaat per betaler",
            "Netto per jaar nominaal",
            "Netto per jaar contant",
            "Gemeentebudgetten per jaar",
            "Levensjaren per behoefte",
            "Zelfredzame levensverwachting",    // issue 10: self-reliant life expectancy per band
            "Kosten per jaar scenario",         // appendix: scenario and comparator, whole words (issue 23)
            "Kosten per jaar vergelijking",
            "Aannamen",
            "Bronnen",
        }, sheets);
    }

    [Fact]
    public void Cdn_variant_links_the_pinned_plotly_and_psa_adds_its_charts()
    {
        var html = Path.Combine(TempDir(), "rapport.html");
        var (exit, output, error) = Run("rapport", "-s", PilotFile, "-c", BasisFile, "-o", html, "--cdn", "--psa", "200", "--seed", "7");
        Assert.True(exit == 0, error);
        Assert.DoesNotContain("nog niet beschikbaar", output + error);
        Assert.DoesNotContain("Let op", output);
        var text = File.ReadAllText(html);
        Assert.Contains($"<script src=\"{PlotlyJs.CdnUrl}\"", text);
        Assert.True(text.Length < 1_000_000);
        Assert.Contains("200 trekkingen (PSA), seed 7", text);
        Assert.Contains("200 keer doorgerekend", text);
        Assert.Equal(8, System.Text.RegularExpressions.Regex.Matches(text, "class=\"preventie-chart\"").Count); // 5 + tornado, cloud, acceptability
        // no progress bar in a redirected run: standard error holds only the scenario's one warning (the PSA mean of
        // effect_verschuiven_instroom, see ScenarioPlausibilityTests)
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("Waarschuwing (toegestaan, maar ongebruikelijk):", lines[0]);
        Assert.StartsWith("- parameters.csv, kolom 'verdeling', waarde 'driehoek(", lines[1]);
        Assert.Contains("parameter 'effect_verschuiven_instroom'", lines[1]);
    }

    [Fact]
    public void Negative_seed_and_too_many_draws_are_refused_in_Dutch_with_exit_2()
    {
        var html = Path.Combine(TempDir(), "rapport.html");
        var (exit, _, error) = Run("report", "-s", PilotFile, "-c", BasisFile, "-o", html, "--cdn", "--psa", "100001", "--seed", "-3");
        Assert.Equal(2, exit);
        Assert.Contains("de seed moet 0 of groter zijn", error);
        Assert.Contains("het aantal trekkingen moet tussen 1 en 100.000 liggen", error);
        Assert.False(File.Exists(html));
    }

    [Fact]
    public void Bad_scenario_gives_a_Dutch_error_exit_2_and_no_files()
    {
        var bad = TestModels.WriteScenario(
            $"naam: Fout\nbasis: '{BasisFile}'\ninterventies:\n  - naam: Nieuw\n    vorm: selectief\n    doelgroep: alle\n    bereik: 0.5\n    start: 2025\n", "fout.yaml");
        var dir = TempDir();
        var html = Path.Combine(dir, "rapport.html");
        var xlsx = Path.Combine(dir, "rapport.xlsx");
        var (exit, _, error) = Run("report", "--scenario", bad, "--compare", BasisFile, "--out", html, "--xlsx", xlsx, "--cdn");
        Assert.Equal(2, exit);
        Assert.Contains("Fout in de invoer", error);
        Assert.Contains("fout.yaml", error);
        Assert.Contains("waarde zonder bron", error);
        Assert.Contains("Er is niets weggeschreven.", error);
        Assert.False(File.Exists(html));
        Assert.False(File.Exists(xlsx));
        Assert.Empty(Directory.GetFiles(dir));
    }

    [Fact]
    public void Missing_file_and_bad_options_are_reported_together_in_Dutch()
    {
        var dir = TempDir();
        var (exit, _, error) = Run("report", "-s", Path.Combine(dir, "bestaat-niet.yaml"), "-c", BasisFile, "-o", Path.Combine(dir, "rapport.html"), "--cdn");
        Assert.Equal(2, exit);
        Assert.Contains("scenariobestand niet gevonden", error);

        (exit, _, error) = Run("report", "-s", PilotFile, "-c", BasisFile, "-o", Path.Combine(dir, "rapport.pdf"), "--psa", "0", "--xlsx", Path.Combine(dir, "t.csv"));
        Assert.Equal(2, exit);
        Assert.Contains("3 fouten in de invoer", error);
        Assert.Contains("het aantal trekkingen moet tussen 1 en 100.000 liggen", error);
        Assert.Contains("op .html eindigt", error);
        Assert.Contains("op .xlsx eindigen", error);
        Assert.Empty(Directory.GetFiles(dir));
    }

    [BrowserFact]
    public void Pdf_option_prints_the_report_beside_the_html()
    {
        var dir = TempDir();
        var (html, pdf) = (Path.Combine(dir, "rapport.html"), Path.Combine(dir, "rapport.pdf"));
        var (exit, output, error) = Run("report", "-s", PilotFile, "-c", BasisFile, "-o", html, "--pdf", pdf);
        Assert.True(exit == 0, error);
        Assert.Contains("PDF geschreven naar", output);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 4));
        Assert.True(PdfReportTests.PageCount(pdf) >= 8);
    }

    [Fact]
    public void Without_chromium_the_pdf_is_skipped_with_a_Dutch_install_hint_and_the_html_is_still_written()
    {
        var dir = TempDir();
        var (html, pdf) = (Path.Combine(dir, "rapport.html"), Path.Combine(dir, "rapport.pdf"));
        var previous = Environment.GetEnvironmentVariable(Analytics.Reporting.Pdf.PdfPrinter.ChromiumVariable);
        Environment.SetEnvironmentVariable(Analytics.Reporting.Pdf.PdfPrinter.ChromiumVariable, "/bestaat/niet/chromium");
        try
        {
            var (exit, _, error) = Run("report", "-s", PilotFile, "-c", BasisFile, "-o", html, "--pdf", pdf, "--cdn");
            Assert.Equal(1, exit);
            Assert.Contains("Geen PDF gemaakt: de browser Chromium is niet gevonden", error);
            Assert.Contains("sudo apt-get install chromium", error);
            Assert.Contains("Het HTML-rapport is wel geschreven", error);
            Assert.True(File.Exists(html));
            Assert.False(File.Exists(pdf));

            // batch: the reports are written without PDFs, exit 0
            var outDir = Path.Combine(dir, "uit");
            (exit, var output, error) = Cli.CommandLine.Run("batch", "--out", outDir, "--psa", "0", "--cdn");
            Assert.True(exit == 0, error);
            Assert.Contains("apt-get install chromium", error);
            Assert.Contains("De rapporten worden zonder PDF geschreven.", error);
            Assert.True(File.Exists(Path.Combine(outDir, "wijkpilot", "rapport.html")));
            Assert.Empty(Directory.GetFiles(outDir, "rapport.pdf", SearchOption.AllDirectories));
            Assert.DoesNotContain("rapport.pdf", output);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Analytics.Reporting.Pdf.PdfPrinter.ChromiumVariable, previous);
        }
    }

    [Fact]
    public void Pdf_option_must_name_a_pdf_file()
    {
        var dir = TempDir();
        var (exit, _, error) = Run("report", "-s", PilotFile, "-c", BasisFile, "-o", Path.Combine(dir, "r.html"), "--pdf", Path.Combine(dir, "r.docx"));
        Assert.Equal(2, exit);
        Assert.Contains("het PDF-bestand moet op .pdf eindigen", error);
        Assert.Empty(Directory.GetFiles(dir));
    }
}
