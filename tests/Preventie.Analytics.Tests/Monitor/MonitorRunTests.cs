using Preventie.Analytics.Output;
using Preventie.Analytics.Formatting;
using System.Security.Cryptography;
using System.Text.Json;
using ExcelDataReader;
using Preventie.Analytics.Monitor;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Tests.Monitor;

[CollectionDefinition("MonitorConsole", DisableParallelization = true)]
public sealed class MonitorConsoleCollection;

[Collection("MonitorConsole")]
public class MonitorRunTests
{
    [Fact]
    public void Suppression_rule_hides_small_counts_and_unknowns()
    {
        var s = SmallCountSuppression.Default;
        Assert.Equal("<10", s.Text(7));
        Assert.Equal("<10", s.Text(9.6));
        Assert.Equal(".", s.Text(null));
        Assert.Equal("0", s.Text(0));
        Assert.Equal("10", s.Text(10));
        Assert.Equal("7.445", s.Text(7445));
        Assert.Equal("<10", s.Csv(3));
        Assert.Equal("<10", s.Cell(7).Text);
        Assert.Equal("<10", s.Json(7).GetValue<string>());
        Assert.Null(s.Difference(7445, 7));
        Assert.Equal(5, s.Difference(7445, 7440));
        Assert.Equal("<5", new SmallCountSuppression(5).Text(4));
    }

    private static (int Exit, string Out, string Err) Run(params string[] args) => Tests.Cli.CommandLine.Run(args);

    [Fact]
    public void Update_on_the_shipped_example_recalibrates_and_compares_with_the_previous_run()
    {
        var outDir = Path.Combine(MonitorTestFiles.TempDir(), "run");
        var (exit, output, err) = Run("monitor", "update", "--monitor", MonitorTestFiles.Example, "--previous", MonitorTestFiles.PreviousRun, "--out", outDir);
        Assert.True(exit == 0, err);
        Assert.Contains("illustratief, geen echte Deventer-cijfers", output);
        Assert.Contains("Vergeleken met", output);
        var text = File.ReadAllText(Path.Combine(outDir, MonitorRunOutput.ComparisonMarkdown));
        Assert.Contains("illustratief, geen echte Deventer-cijfers", text);
        Assert.Contains("monitor: gewijzigd", text);
        Assert.Contains("herkalibratie op monitor-voorbeeld-2022-2024.csv", text);
        Assert.Contains("vooral door", text);

        // every output says the data are illustrative
        foreach (var f in new[] { MonitorRunOutput.ResultsCsv, MonitorRunOutput.FitCsv, MonitorRunOutput.ParametersCsv, MonitorRunOutput.ReportHtml, MonitorRunOutput.ResultsJson, RunManifest.FileName })
            Assert.Contains("illustratief, geen echte Deventer-cijfers", File.ReadAllText(Path.Combine(outDir, f)));
        Assert.Contains("illustratief, geen echte Deventer-cijfers", SheetTexts(Path.Combine(outDir, MonitorRunOutput.Workbook), "Resultaten"));
    }

    [Fact]
    public void Without_previous_run_the_comparison_says_there_is_nothing_to_compare()
    {
        var outDir = Path.Combine(MonitorTestFiles.TempDir(), "run");
        var (exit, output, _) = Run("monitor", "bijwerken", "--monitor", MonitorTestFiles.Example, "--uitvoer", outDir);
        Assert.Equal(0, exit);
        Assert.Contains("er is niets om mee te vergelijken", output);
        Assert.Contains("er is niets om mee te vergelijken", File.ReadAllText(Path.Combine(outDir, MonitorRunOutput.ComparisonMarkdown)));
    }

    [Fact]
    public void Manifest_hashes_match_the_input_files()
    {
        var run = MonitorUpdate.Run(MonitorTestFiles.Request(MonitorTestFiles.Example));
        var outDir = Path.Combine(MonitorTestFiles.TempDir(), "run");
        MonitorRunOutput.Write(outDir, run);
        var manifest = RunManifest.Read(outDir);
        Assert.Equal(2024, manifest.Seed);
        Assert.Contains(manifest.Inputs, i => i.Role == "monitor");
        Assert.Contains(manifest.Inputs, i => i.Role == "model/parameters.csv");
        Assert.Contains(manifest.Inputs, i => i.Role == "scenario/basis.yaml");
        foreach (var input in manifest.Inputs)
        {
            // paths inside the repository are stored relative to its root
            Assert.False(Path.IsPathRooted(input.Path), input.Path);
            var full = Path.Combine(MonitorTestFiles.RepoRoot, input.Path);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(full))), input.Sha256);
        }
        Assert.Equal("data/monitor/monitor-voorbeeld-2022-2024.csv", manifest.Inputs.Single(i => i.Role == "monitor").Path);
        var calibrated = manifest.Parameters.Where(p => p.Calibrated).ToList();
        Assert.Equal(5, calibrated.Count);
        Assert.All(calibrated, p => Assert.StartsWith("gekalibreerd op monitor-voorbeeld-2022-2024.csv, periode 2022–2024 (2024 voorlopig), op 2026-11-23", p.Source));

        // the run's parameters.csv reads back as a model parameter file with exactly the values used
        var used = Preventie.Analytics.Parameters.ParameterFile.Read(Path.Combine(outDir, MonitorRunOutput.ParametersCsv));
        Assert.Equal(manifest.Parameters.Select(p => (p.Name, p.Value)), used.All.Select(p => (p.Name, p.Value)));
        Assert.Equal(run.Model.Parameters.All.Select(p => p.Distribution?.Kind), used.All.Select(p => p.Distribution?.Kind));
    }

    [Fact]
    public void Rerun_with_the_same_inputs_moves_nothing()
    {
        var first = MonitorUpdate.Run(MonitorTestFiles.Request(MonitorTestFiles.Example));
        var dir = Path.Combine(MonitorTestFiles.TempDir(), "run");
        MonitorRunOutput.Write(dir, first);
        var second = MonitorUpdate.Run(MonitorTestFiles.Request(MonitorTestFiles.Example, previous: dir));
        var cmp = second.Comparison!;
        Assert.All(cmp.Inputs, i => Assert.Equal("ongewijzigd", i.Kind));
        Assert.Empty(cmp.Parameters);                 // same seed, same numbers
        Assert.DoesNotContain(cmp.Results, RunComparison.Moved);
    }

    [Fact]
    public void Comparison_attributes_the_youth_care_cost_change_to_the_youth_incidence()
    {
        // Last year's run on last year's file, then this year's: only the monitor file differs. Youth incidence only
        // acts on the 0-17 bands, so the change in the baseline's Jeugdwet costs must come mainly from incidentie_jeugd.
        var previousDir = Path.Combine(MonitorTestFiles.TempDir(), "vorige-run");
        MonitorRunOutput.Write(previousDir, MonitorUpdate.Run(MonitorTestFiles.Request(MonitorTestFiles.PreviousExample)));
        var run = MonitorUpdate.Run(MonitorTestFiles.Request(MonitorTestFiles.Example, previous: previousDir));
        var cmp = run.Comparison!;
        Assert.Equal("gewijzigd", cmp.Inputs.Single(i => i.Role == "monitor").Kind);
        // last year's provisional 2023 Wmo total (7.100, "2023*") is now final (7.245, "2023"): a revision of +145
        var wmo = cmp.Revisions!.Single(r => r.Indicator == "wmo_maatwerk_clienten" && r.Band == "totaal" && r.Year == 2023);
        Assert.True(wmo.PreviousPeriod.IsProvisional);
        Assert.False(wmo.CurrentPeriod.IsProvisional);
        Assert.Equal(145, wmo.Delta);
        Assert.Contains(cmp.Parameters, p => p.Name == "incidentie_jeugd" && p.Cause.StartsWith("herkalibratie op monitor-voorbeeld-2022-2024.csv"));
        var jeugd = cmp.Results.Single(r => r.Current.Scenario == "Basis (huidig beleid)" && r.Current.Subject == "gemeente_jeugdwet" && r.Current.Measure == "kosten_contant");
        Assert.True(RunComparison.Moved(jeugd));
        var main = jeugd.Contributions.MaxBy(c => Math.Abs(c.Amount))!;
        Assert.Equal("incidentie_jeugd", main.Cause);
        Assert.True(Math.Abs(main.Amount) > 0.5 * Math.Abs(jeugd.Delta!.Value));
    }

    [Fact]
    public void Bad_monitor_file_exits_2_and_writes_nothing()
    {
        var bad = MonitorTestFiles.WriteCsv("slecht.csv", "perioden;regio;indicator;leeftijd;waarde\n2023;GM0150;onzin;totaal;5\n");
        var outDir = Path.Combine(MonitorTestFiles.TempDir(), "run");
        var (exit, _, err) = Run("monitor", "update", "--monitor", bad, "--out", outDir);
        Assert.Equal(2, exit);
        Assert.Contains("slecht.csv, rij 2, kolom 'indicator', waarde 'onzin': onbekende indicator", err);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void A_count_of_7_never_appears_in_excel_html_or_csv()
    {
        // The example's Wlz 0-3 figures (5 observed in 2023 and 2024, modelled values below 10) must be suppressed.
        var text = File.ReadAllText(MonitorTestFiles.Example).Replace("2023;GM0150;wlz_clienten;0-3;5;", "2023;GM0150;wlz_clienten;0-3;7;");
        var file = MonitorTestFiles.WriteCsv("monitor-met-7.csv", text);
        var run = MonitorUpdate.Run(MonitorTestFiles.Request(file));
        var outDir = Path.Combine(MonitorTestFiles.TempDir(), "run");
        MonitorRunOutput.Write(outDir, run);

        var small = run.Calibration.Fits.Where(f => f.Indicator == "wlz_clienten" && f.Band == "0-3" && f.Year == 2023).Single();
        Assert.Equal(7, small.Observed);

        // Excel: the row of Wlz 0-3 2023 in the calibration sheet shows "<10" and no number below 10
        var rows = SheetRows(Path.Combine(outDir, MonitorRunOutput.Workbook), "Kalibratie");
        var row = rows.Single(r => r[0] == "Cliënten met Wlz-zorg" && r[1] == "0-3" && r[2] == "2023");
        Assert.Equal("<10", row[3]);
        Assert.DoesNotContain(rows.SelectMany(r => r.Skip(3).Take(2)), c => double.TryParse(c, System.Globalization.CultureInfo.InvariantCulture, out var v) && v > 0 && v < 10);

        // HTML: the same row shows &lt;10 in the observed cell, never 7
        var html = File.ReadAllText(Path.Combine(outDir, MonitorRunOutput.ReportHtml));
        var start = html.IndexOf($"<td>{System.Net.WebUtility.HtmlEncode("Cliënten met Wlz-zorg")}</td><td>0-3</td><td>2023</td>", StringComparison.Ordinal);
        Assert.True(start >= 0);
        var htmlRow = html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
        Assert.Contains(">&lt;10<", htmlRow);
        Assert.DoesNotContain(">7<", htmlRow);

        // CSV
        var csvRow = File.ReadAllLines(Path.Combine(outDir, MonitorRunOutput.FitCsv)).Single(l => l.StartsWith("wlz_clienten;0-3;2023;"));
        Assert.Equal("wlz_clienten;0-3;2023;nee;<10", string.Join(';', csvRow.Split(';').Take(5)));
    }

    private static List<string[]> SheetRows(string path, string sheet)
    {
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var rows = new List<string[]>();
        do
        {
            if (reader.Name != sheet) continue;
            while (reader.Read())
                rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) is double d ? d.ToString(System.Globalization.CultureInfo.InvariantCulture) : reader.GetValue(i)?.ToString() ?? "").ToArray());
        } while (reader.NextResult());
        return rows;
    }

    private static string SheetTexts(string path, string sheet) => string.Join("\n", SheetRows(path, sheet).Select(r => string.Join(";", r)));
}
