using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Tests.Simulation;
using Preventie.Analytics.Tests.Wijken;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Tests.Input;

/// <summary>
/// Issue 22, "checks in the wrong place": a correlation matrix that is not positive definite is refused when the model
/// loads (not when a PSA runs); a negative per-wijk presence minimum, a presence total of 0 or 1e9 fte are input errors
/// naming the parameter, not an allocation on nonsense or an OutOfMemoryException.
/// </summary>
public class EarlyCheckTests
{
    [Fact]
    public void A_correlation_matrix_that_is_not_positive_definite_is_refused_at_load_time_naming_the_parameters()
    {
        var dir = TestModels.CopyDefaultModel();
        var path = Path.Combine(dir, ModelFiles.CorrelationsFile);
        // a, b, c with a~b 0.9, b~c 0.9, a~c -0.9: each pair legal, together impossible
        File.WriteAllText(path, "parameter1;parameter2;correlatie;bron;aanname\n" +
            "herstel_voorliggend;herstel_maatwerk;0,9;;ja\nherstel_maatwerk;kosten_wmo_per_client;0,9;;ja\nherstel_voorliggend;kosten_wmo_per_client;-0,9;;ja\n");
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir)).Errors);
        Assert.Equal((ModelFiles.CorrelationsFile, "correlatie"), (Path.GetFileName(e.File), e.Field));
        Assert.Contains("herstel_voorliggend", e.Value);
        Assert.Contains("kosten_wmo_per_client", e.Value);
        Assert.Contains("niet positief definiet", e.Message);
    }

    private static string Presence(string name, string value)
    {
        var dir = Path.Combine(Path.GetTempPath(), "preventie-presence-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var lines = File.ReadAllLines(Path.Combine(WijkDataTests.WijkDir, "presentie.csv"));
        var i = Array.FindIndex(lines, l => l.StartsWith(name + ";", StringComparison.Ordinal));
        var cells = lines[i].Split(';');
        cells[1] = value;
        lines[i] = string.Join(';', cells);
        var path = Path.Combine(dir, "presentie.csv");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Theory]
    [InlineData("presentie_minimum_per_wijk", "-1", "0 of meer")]
    [InlineData("presentie_fte_totaal", "1e9", "hoogstens")]
    [InlineData("presentie_fte_totaal", "0", "groter dan 0")]
    [InlineData("presentie_aandeel_vandaag", "0", "aandeel moet groter dan 0")]
    public void Presence_assumptions_out_of_range_are_refused_naming_the_parameter(string name, string value, string rule)
    {
        var set = WijkFile.Read(Path.Combine(WijkDataTests.WijkDir, "wijken.csv"));
        var need = set.Wijken.ToDictionary(w => w.Code, w => 10.0);
        var path = Presence(name, value);
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => PresenceAllocation.Run(set, need, ParameterFile.Read(path), path, draws: 10, seed: 1)).Errors);
        Assert.Equal(name, e.Field);
        Assert.Contains(rule, e.Message);
    }
}
