using Preventie.Analytics.Formatting;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Preventie.Analytics.Model;
using Preventie.Analytics.Monitor;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Monitor;

/// <summary>
/// Issue 20, the yearly cycle: <c>monitor update</c> writes the calibrated model version as a model folder
/// (<c>model/</c> with <c>model.json</c>); <c>simulate</c>, <c>report</c> and <c>batch</c> run on it through the one
/// loader, and every report and export says which model version it ran on.
/// </summary>
[Collection("MonitorConsole")]
public class CalibratedModelFolderTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => Tests.Cli.CommandLine.Run(args);

    /// <summary>One monitor update on the shipped example, shared by the tests below (it takes a few seconds).</summary>
    private static readonly Lazy<string> UpdateRun = new(() =>
    {
        var dir = Path.Combine(MonitorTestFiles.TempDir(), "run");
        MonitorRunOutput.Write(dir, MonitorUpdate.Run(MonitorTestFiles.Request(MonitorTestFiles.Example)));
        return dir;
    });

    private static string ModelDir => Path.Combine(UpdateRun.Value, CalibratedModelFolder.DirectoryName);

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>The documented id, recomputed here: SHA-256 of the <c>LC_ALL=C sha256sum *.csv</c> listing.</summary>
    private static string Sha256SumListingHash(string directory)
    {
        var names = Directory.GetFiles(directory, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var listing = string.Concat(names.Select(n => $"{Sha256(Path.Combine(directory, n!))}  {n}\n"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(listing)));
    }

    [Fact]
    public void The_model_folder_reproduces_every_figure_the_update_reported_through_simulate_to_the_cent()
    {
        // the update's own figures, as it wrote them (euros rounded to the cent)
        var reported = JsonNode.Parse(File.ReadAllText(Path.Combine(UpdateRun.Value, MonitorRunOutput.ResultsJson)))!["resultaten"]!.AsArray()
            .Where(n => (string)n!["eenheid"]! == ResultLine.Euro && ((string)n["maat"]!).StartsWith("netto_baat", StringComparison.Ordinal))
            .ToLookup(n => (string)n!["scenario"]!);
        Assert.True(ModelFiles.Load(ModelDir).Version!.IsCalibrated);

        var scenarios = Directory.GetFiles(MonitorTestFiles.ScenarioDirectory, "*.yaml").Where(f => Path.GetFileName(f) != "basis.yaml").Order(StringComparer.Ordinal).ToList();
        var compared = 0;
        var differsFromShipped = false;
        foreach (var file in scenarios)
        {
            JsonNode Simulate(params string[] extra)
            {
                var (exit, output, err) = Run(["simulate", "-s", file, "--compare", MonitorTestFiles.Baseline, "--format", "json", .. extra]);
                Assert.True(exit == 0, err);
                return JsonNode.Parse(output)!;
            }
            var calibrated = Simulate("--modelmap", ModelDir);
            var lines = reported[(string)calibrated["scenario"]!].ToList();
            Assert.NotEmpty(lines);
            foreach (var line in lines)
            {
                var payer = calibrated["betalers"]!.AsArray().Single(b => (string)b!["betaler"]! == (string)line!["onderwerp"]!)!;
                var key = (string)line!["maat"]! == "netto_baat_contant" ? "netto_baat_contant" : "netto_baat_nominaal";
                // resultaten.json holds Math.Round(value, 2); the same rounding of simulate's exact figure must give it
                Assert.Equal((double)line["waarde"]!, Math.Round((double)payer[key]!, 2));
                compared++;
            }
            Assert.True((bool)calibrated["model"]!["gekalibreerd"]!);

            // the calibration matters: on the shipped folder the municipality's figure is another one
            var shipped = Simulate();
            Assert.False((bool)shipped["model"]!["gekalibreerd"]!);
            double Gemeente(JsonNode n) => (double)n["betalers"]!.AsArray().Single(b => (string)b!["betaler"]! == "gemeente")!["netto_baat_contant"]!;
            differsFromShipped |= Math.Abs(Gemeente(calibrated) - Gemeente(shipped)) > 1;
        }
        Assert.True(compared >= scenarios.Count * 4, $"{compared} figures compared");
        Assert.True(differsFromShipped);
    }

    [Fact]
    public void Report_on_the_calibrated_folder_names_the_monitor_data_and_the_update_s_figure_on_the_shipped_folder_says_not_calibrated()
    {
        var scenario = Path.Combine(MonitorTestFiles.ScenarioDirectory, "investeringsfonds.yaml");
        var dir = MonitorTestFiles.TempDir();
        var onCalibrated = Path.Combine(dir, "gekalibreerd.html");
        var onShipped = Path.Combine(dir, "standaard.html");
        var (exit, _, err) = Run("report", "-s", scenario, "-c", MonitorTestFiles.Baseline, "-o", onCalibrated, "--cdn", "--parameters", ModelDir);
        Assert.True(exit == 0, err);
        (exit, _, err) = Run("report", "-s", scenario, "-c", MonitorTestFiles.Baseline, "-o", onShipped, "--cdn");
        Assert.True(exit == 0, err);

        var calibrated = File.ReadAllText(onCalibrated);
        var id = ModelVersion.Short(Sha256SumListingHash(ModelDir));
        Assert.Contains($"Model: {id} — gekalibreerd op monitor-voorbeeld-2022-2024.csv, periode 2022–2024 (2024 voorlopig)", calibrated);
        Assert.DoesNotContain("niet gekalibreerd (standaardwaarden)", calibrated);
        // the headline is the update's figure for the municipality (resultaten.json), not the shipped model's
        var gemeente = JsonNode.Parse(File.ReadAllText(Path.Combine(UpdateRun.Value, MonitorRunOutput.ResultsJson)))!["resultaten"]!.AsArray()
            .Single(n => ((string)n!["scenario"]!).StartsWith("Investeringsfonds", StringComparison.Ordinal) && (string)n["onderwerp"]! == "gemeente" && (string)n["maat"]! == "netto_baat_contant")!;
        Assert.Contains($"de gemeente {DutchFormat.EuroCompact((double)gemeente["waarde"]!)}", System.Net.WebUtility.HtmlDecode(calibrated));

        var shipped = File.ReadAllText(onShipped);
        Assert.Contains($"Model: {ModelVersion.Short(Sha256SumListingHash(MonitorTestFiles.ModelDirectory))} — niet gekalibreerd (standaardwaarden)", shipped);
        Assert.DoesNotContain("gekalibreerd op", shipped);
    }

    [Fact]
    public void A_calibration_that_fails_is_written_into_model_json_and_repeated_under_Let_op_by_batch_on_the_folder()
    {
        // the example update ends with warnings (see data/monitor/vorige-run/vergelijking.md); they travel with the folder
        var run = MonitorUpdate.Run(MonitorTestFiles.Request(MonitorTestFiles.Example));
        Assert.NotEmpty(run.Calibration.Warnings);
        var manifest = ModelManifest.ReadIfPresent(ModelDir)!;
        Assert.Equal(run.Calibration.Warnings, manifest.Calibration.Warnings);
        Assert.Contains("LET OP: deze kalibratie is niet te verdedigen", File.ReadAllText(Path.Combine(UpdateRun.Value, MonitorRunOutput.ComparisonMarkdown)));

        var outDir = Path.Combine(MonitorTestFiles.TempDir(), "batch");
        var (exit, output, error) = Run("batch", "--out", outDir, "--psa", "0", "--cdn", "--zonder-pdf", "--parameters", ModelDir);
        Assert.True(exit == 0, error + output);
        // the console, the overview's "Let op" and every scenario report
        Assert.Contains("niet te verdedigen", output + error);
        // a warning on the shared model is printed once, not once per scenario
        var warning = "niet te verdedigen zoals het is: " + manifest.Calibration.Warnings[0];
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Matches(output + error, System.Text.RegularExpressions.Regex.Escape(warning)).Count);
        var overview = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(outDir, "overzicht.html")));
        Assert.Contains("het gekalibreerde model is niet te verdedigen zoals het is", overview);
        var reports = Directory.GetFiles(outDir, "rapport.html", SearchOption.AllDirectories);
        Assert.NotEmpty(reports);
        foreach (var r in reports)
            Assert.Contains("het gekalibreerde model is niet te verdedigen zoals het is", System.Net.WebUtility.HtmlDecode(File.ReadAllText(r)));

        // the shipped (uncalibrated) model carries no such warning
        Assert.Null(ModelManifest.ReadIfPresent(MonitorTestFiles.ModelDirectory));
    }

    [Fact]
    public void The_manifest_names_the_monitor_file_s_hash_and_periods_and_the_base_model()
    {
        var manifest = ModelManifest.ReadIfPresent(ModelDir)!;
        var c = manifest.Calibration;
        var monitor = Assert.Single(c.Monitor);
        Assert.Equal("data/monitor/monitor-voorbeeld-2022-2024.csv", monitor.Path);
        Assert.Equal(Sha256(MonitorTestFiles.Example), monitor.Sha256);
        // the periods as the file writes them (first column), a year provisional when any of its rows is
        var periods = File.ReadLines(MonitorTestFiles.Example).Skip(2).Select(l => l.Split(';')[0]).ToList();
        var expected = periods.Select(p => p.TrimEnd('*')).Distinct().Order()
            .Select(y => periods.Contains(y + "*") ? y + "*" : y).ToList();
        Assert.Equal(["2022", "2023", "2024*"], expected);
        Assert.Equal(expected, monitor.Periods);
        Assert.Equal(Sha256(MonitorTestFiles.CalibrationFile), c.Specification.Sha256);
        Assert.Equal("data/parameters", c.BaseModel.Path);
        Assert.Equal(Sha256SumListingHash(MonitorTestFiles.ModelDirectory), c.BaseModel.Version);
        Assert.False(c.BaseModel.Calibrated);
        Assert.Equal(Sha256SumListingHash(ModelDir), manifest.ModelVersion);
        Assert.Equal(Directory.GetFiles(ModelDir, "*.csv").Length, manifest.Files.Count);
        Assert.All(manifest.Files, f => Assert.Equal(Sha256(Path.Combine(ModelDir, f.Name)), f.Sha256));
        // 23 November 2026, 12:00 UTC is 13:00 in Amsterdam (CET, +01:00)
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 13, 0, 0, TimeSpan.FromHours(1)), c.Created);
        Assert.Equal(TimeSpan.FromHours(1), c.Created.Offset);
        Assert.Equal(["parameters.csv"], c.ChangedFiles);
        Assert.Equal(5, c.Parameters.Count);

        // every other file is a byte copy of the base model's
        foreach (var f in Directory.GetFiles(MonitorTestFiles.ModelDirectory).Select(Path.GetFileName).Where(n => n != "parameters.csv"))
            Assert.Equal(Sha256(Path.Combine(MonitorTestFiles.ModelDirectory, f!)), Sha256(Path.Combine(ModelDir, f!)));
        // the changed rows say on which monitor file and period they rest; the start population is the monitor's 1-1-2024 figure
        var parameters = Preventie.Analytics.Parameters.ParameterFile.Read(Path.Combine(ModelDir, "parameters.csv"));
        foreach (var p in c.Parameters)
            Assert.StartsWith("gekalibreerd op monitor-voorbeeld-2022-2024.csv, periode 2022–2024 (2024 voorlopig)", parameters[parameters.IndexOf(p.Name)].Source);
        var row = File.ReadLines(MonitorTestFiles.Example).Single(l => l.StartsWith("2024;GM0150;bevolking;0-3;", StringComparison.Ordinal));
        Assert.Equal(double.Parse(row.Split(';')[4], CultureInfo.InvariantCulture), parameters[parameters.IndexOf("inwoners_0_3")].Value);
        Assert.StartsWith("monitor monitor-voorbeeld-2022-2024.csv: bevolking 1-1-2024", parameters[parameters.IndexOf("inwoners_0_3")].Source);
    }

    [Fact]
    public void The_run_manifest_and_the_update_s_outputs_name_the_model_version()
    {
        var run = RunManifest.Read(UpdateRun.Value);
        Assert.Equal(Sha256SumListingHash(ModelDir), run.ModelVersion);
        Assert.Equal(Sha256SumListingHash(MonitorTestFiles.ModelDirectory), run.BaseModelVersion);
        var id = ModelVersion.Short(run.ModelVersion!);
        foreach (var f in new[] { MonitorRunOutput.ComparisonMarkdown, MonitorRunOutput.ReportHtml })
            Assert.Contains($"versie {id}", File.ReadAllText(Path.Combine(UpdateRun.Value, f)));
    }

    /// <summary>A copy of the shipped model folder, shared by the property's cases (each restores what it changed).</summary>
    private static readonly Lazy<string> Copy = new(TestModels.CopyDefaultModel);

    [Property(MaxTest = 60)]
    public Property The_version_id_changes_exactly_when_a_model_file_s_content_changes() =>
        Prop.ForAll(Gen.Choose(0, 1_000_000).ToArbitrary(), Gen.Choose(0, 1_000_000).ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (fileSeed, position, kind) =>
        {
            var dir = Copy.Value;
            var original = ModelFolderVersion.Read(dir).Id;
            Assert.Equal(Sha256SumListingHash(dir), original);
            var files = ModelFolderVersion.ModelFileNames(dir);
            var file = Path.Combine(dir, files[fileSeed % files.Count]);
            var bytes = File.ReadAllBytes(file);
            try
            {
                switch (kind)
                {
                    case 0: // one byte changed to another value: the id changes
                        var changed = (byte[])bytes.Clone();
                        var i = position % changed.Length;
                        changed[i] = (byte)(changed[i] ^ (1 + position % 255));
                        File.WriteAllBytes(file, changed);
                        return ModelFolderVersion.Read(dir).Id != original;
                    case 1: // one byte inserted: the id changes
                        var at = position % (bytes.Length + 1);
                        File.WriteAllBytes(file, [.. bytes[..at], (byte)'x', .. bytes[at..]]);
                        return ModelFolderVersion.Read(dir).Id != original;
                    case 2: // the same content written again, a later time stamp: the id stays
                        File.WriteAllBytes(file, bytes);
                        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddDays(1 + position % 100));
                        return ModelFolderVersion.Read(dir).Id == original;
                    default: // a file that is not part of the model (notes, an Excel lock file): the id stays
                        var note = Path.Combine(dir, position % 2 == 0 ? "notities.txt" : "~$" + Path.GetFileName(file));
                        File.WriteAllText(note, "n" + position);
                        try { return ModelFolderVersion.Read(dir).Id == original; }
                        finally { File.Delete(note); }
                }
            }
            finally
            {
                File.WriteAllBytes(file, bytes);
            }
        });

    [Fact]
    public void A_calibrated_folder_edited_afterwards_says_so_and_is_no_longer_calibrated()
    {
        var dir = Path.Combine(MonitorTestFiles.TempDir(), "model");
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(ModelDir)) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        Assert.True(ModelFiles.Load(dir).Version!.IsCalibrated);
        File.AppendAllText(Path.Combine(dir, "kosten.csv"), "\n");
        var version = ModelFiles.Load(dir).Version!;
        Assert.False(version.IsCalibrated);
        Assert.True(version.ChangedSinceCalibration);
        Assert.StartsWith("gewijzigd na de kalibratie op monitor-voorbeeld-2022-2024.csv", version.Description);
    }

    [Fact]
    public void An_unreadable_model_json_is_a_Dutch_error_naming_the_file()
    {
        var dir = TestModels.CopyDefaultModel();
        File.WriteAllText(Path.Combine(dir, ModelManifest.FileName), "{ niet af");
        var ex = Assert.Throws<Preventie.Analytics.Input.DataValidationException>(() => ModelFiles.Load(dir));
        var error = Assert.Single(ex.Errors);
        Assert.EndsWith(ModelManifest.FileName, error.File);
        Assert.Contains("niet leesbaar", error.Message);
    }
}
