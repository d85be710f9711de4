using System.Text.Json;
using Preventie.Analytics.Cli.Commands;
using Preventie.Analytics.Input;
using Preventie.Analytics.Tests.Simulation;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Tests.Uncertainty;

public class UncertaintyCommandTests
{
    private static readonly string Pilot = Path.Combine(TestModels.ScenarioDir, "wijkpilot.yaml");
    private static readonly string Basis = Path.Combine(TestModels.ScenarioDir, "basis.yaml");

    private static string Table(int threads)
    {
        var writer = new StringWriter();
        var code = SimulatePsa.Execute(Pilot, Basis, null, "table", TestModels.DefaultModelDir,
            new PsaOptions { Draws = 300, Seed = 1, MaxDegreeOfParallelism = threads }, BadInputTests.QuietConsole(writer));
        Assert.Equal(0, code);
        return writer.ToString();
    }

    [Fact]
    public void Simulate_psa_prints_Dutch_per_payer_intervals_twice_the_same_on_one_and_two_threads()
    {
        var first = Table(2);
        Assert.Equal(first, Table(2));
        Assert.Equal(first, Table(1));
        Assert.Contains("300 trekkingen, seed 1", first);
        Assert.Contains("Gemeente (totaal)", first);
        Assert.Contains("Wlz (zorgkantoor)", first);
        Assert.Contains("Kans dat de gemeente uiterlijk in 2030 quitte speelt", first);
        Assert.Contains("Zelfredzame levensjaren gewonnen", first);
        Assert.Matches(@"\d+,\d%", first); // Dutch percentages
    }

    [Fact]
    public void Simulate_psa_json_is_clean_and_writes_files()
    {
        var stdout = new StringWriter();
        var outDir = Path.Combine(Path.GetTempPath(), "preventie-psa-" + Guid.NewGuid().ToString("N"));
        try
        {
            var code = SimulatePsa.Execute(Pilot, Basis, outDir, "json", TestModels.DefaultModelDir,
                new PsaOptions { Draws = 50, Seed = 3 }, BadInputTests.QuietConsole(), stdout);
            Assert.Equal(0, code);
            using var doc = JsonDocument.Parse(stdout.ToString());
            Assert.Equal(50, doc.RootElement.GetProperty("trekkingen").GetInt32());
            Assert.Equal(10, doc.RootElement.GetProperty("betalers").GetArrayLength());
            foreach (var f in new[] { "psa.json", "psa-betalers.csv", "psa-per-jaar.csv", "psa-aanvaardbaarheid.csv" })
                Assert.True(File.Exists(Path.Combine(outDir, f)), f);
            Assert.Equal(stdout.ToString().TrimEnd(), File.ReadAllText(Path.Combine(outDir, "psa.json")).TrimEnd());
        }
        finally
        {
            if (Directory.Exists(outDir)) Directory.Delete(outDir, true);
        }
    }

    [Fact]
    public void Psa_without_a_comparator_gives_absolute_totals_and_too_many_draws_is_a_Dutch_input_error()
    {
        var console = new StringWriter();
        Assert.Equal(0, SimulatePsa.Execute(Pilot, null, null, "table", TestModels.DefaultModelDir,
            new PsaOptions { Draws = 10 }, BadInputTests.QuietConsole(console)));
        Assert.Contains("zonder vergelijking", console.ToString());
        Assert.Contains("Totale kosten", console.ToString());
        var tooMany = Assert.Throws<DataValidationException>(() => SimulatePsa.Execute(Pilot, Basis, null, "table", TestModels.DefaultModelDir,
            new PsaOptions { Draws = 100_001 }, BadInputTests.QuietConsole()));
        Assert.Contains("100.000", tooMany.Message);
    }

    [Fact]
    public void Sensitivity_csv_is_ranked_and_bounds_are_parsed_in_Dutch_notation()
    {
        var stdout = new StringWriter();
        var code = SensitivityCommand.Execute(Pilot, Basis, ["discontovoet=0:0,04"], 10, "csv", null, TestModels.DefaultModelDir,
            BadInputTests.QuietConsole(), stdout);
        Assert.Equal(0, code);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("rang_gemeente;rang_totaal;parameter;", lines[0]);
        Assert.StartsWith("1;", lines[1]);
        Assert.Contains(lines, l => l.Contains(";discontovoet;0,0225;0;0,04;"));
        var bounds = SensitivityCommand.ParseBounds(["a=1,5:2", "b=-0,1:0,2"]);
        Assert.Equal((1.5, 2.0), bounds["a"]);
        Assert.Equal((-0.1, 0.2), bounds["b"]);
        var ex = Assert.Throws<DataValidationException>(() => SensitivityCommand.ParseBounds(["x=1", "y"]));
        Assert.Equal(2, ex.Errors.Count);
    }
}
