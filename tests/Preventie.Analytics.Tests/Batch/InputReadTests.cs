using Preventie.Analytics.Input;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Batch;

/// <summary>
/// One analysis, one read: the batch loads its inputs once (<see cref="Analysis.AnalysisInputs"/>) and every output
/// takes them from there. Counted through <see cref="SourceFileScope"/>, which sees every request for a file's bytes.
/// </summary>
[Collection("ReportConsole")]
public class InputReadTests
{
    [Fact]
    public void One_batch_run_reads_each_input_file_once_and_reads_them_all()
    {
        var outDir = Path.Combine(Directory.CreateTempSubdirectory("preventie-reads-").FullName, "uit");
        using var files = SourceFileScope.Begin();
        var (exit, output, error) = Cli.CommandLine.Run("batch", "--out", outDir, "--psa", "20", "--seed", "3", "--cdn", "--zonder-pdf");
        Assert.True(exit == 0, error + output);
        // the long "waar investeren" step reports its parts (issue 23: progress on every long step)
        Assert.Contains("Waar investeren", output);
        Assert.Contains("  beste portefeuille binnen het budget", output);
        Assert.Contains("  welke onzekerheid het meest uitmaakt", output);

        var data = Path.GetFullPath(Path.Combine(TestModels.RepoRoot, "data")) + Path.DirectorySeparatorChar;
        var requests = files.Requests.Where(r => r.Key.StartsWith(data, StringComparison.Ordinal)).ToDictionary(r => r.Key, r => r.Value);
        string D(params string[] parts) => Path.Combine([data, .. parts]);
        var expected = Directory.GetFiles(D("parameters"), "*.csv")
            .Concat(Directory.GetFiles(D("scenarios"), "*.yaml"))
            .Concat(Directory.GetFiles(D("evidence"), "*.csv"))
            .Concat([D("inventory", "deventer-2022-extract.csv"), D("inventory", "deventer-2022-published.csv"), D("inventory", "doelen-mapping.csv"),
                D("monitor", "kalibratie.csv"), D("wijken", "wijken.csv"), D("wijken", "wijkparameters.csv"), D("wijken", "verhuizingen.csv")])
            .Select(Path.GetFullPath).ToList();
        var missing = expected.Where(f => !requests.ContainsKey(f)).ToList();
        Assert.True(missing.Count == 0, "niet gelezen: " + string.Join(", ", missing));
        var twice = requests.Where(r => r.Value != 1).Select(r => $"{Path.GetRelativePath(data, r.Key)} ({r.Value}×)").ToList();
        Assert.True(twice.Count == 0, "meer dan eens gelezen: " + string.Join(", ", twice));
    }

    [Fact]
    public void The_report_metadata_hashes_the_bytes_that_were_parsed()
    {
        // a scope that saw other bytes than the disk now holds: the metadata must show the parsed bytes' hash
        var dir = Directory.CreateTempSubdirectory("preventie-hash-").FullName;
        foreach (var f in Directory.GetFiles(TestModels.DefaultModelDir)) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        var scenario = Path.Combine(TestModels.ScenarioDir, "jonge-kind.yaml");
        var basis = Path.Combine(TestModels.ScenarioDir, "basis.yaml");
        using var files = SourceFileScope.Begin();
        var inputs = Analysis.AnalysisInputs.Load(Analysis.InputPaths.ForPair(dir, scenario, basis));
        var parameters = Path.Combine(dir, "parameters.csv");
        var parsed = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(parameters)));
        File.AppendAllText(parameters, "# later gewijzigd\n");
        var analysis = Analysis.AnalysisRunner.Run(inputs, inputs.Scenarios[0], new Analysis.AnalysisOptions());
        var hash = Assert.Single(analysis.Metadata.InputFiles, h => h.FileName == "parameters.csv");
        Assert.Equal(parsed, hash.Sha256);
    }
}
