using Preventie.Analytics.Evidence;
using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Input;

/// <summary>Issue 22, magnitudes in the evidence folder: an effect of +5000%, an sd of a million or an activity costing
/// € 10^15 a year is a unit or typing error, refused in Dutch naming file, row, column and value.</summary>
public class EvidenceMagnitudeTests
{
    private static readonly ModelDefinition Model = ModelFiles.Load(TestModels.DefaultModelDir);

    private static string EvidenceDir => Path.Combine(TestModels.RepoRoot, "data", "evidence");

    /// <summary>A copy of the shipped evidence folder with field <paramref name="field"/> of the first data row of
    /// <paramref name="file"/> replaced by <paramref name="value"/>.</summary>
    private static DataError RefusedWith(string file, string field, string value)
    {
        var dir = Directory.CreateTempSubdirectory("preventie-evidence-").FullName;
        foreach (var f in Directory.GetFiles(EvidenceDir)) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        var path = Path.Combine(dir, file);
        var lines = File.ReadAllLines(path);
        var header = Array.FindIndex(lines, l => !l.StartsWith('#'));
        var columns = lines[header].Split(';');
        var row = Array.FindIndex(lines, header + 1, l => !l.StartsWith('#') && l.Length > 0);
        var cells = lines[row].Split(';');
        cells[Array.IndexOf(columns, field)] = value;
        lines[row] = string.Join(';', cells);
        File.WriteAllLines(path, lines);
        var ex = Assert.Throws<DataValidationException>(() => EvidenceTable.Load(dir, Model));
        var error = Assert.Single(ex.Errors);
        Assert.EndsWith(file, error.File);
        Assert.Equal(field, error.Field);
        Assert.Equal(value, error.Value);
        return error;
    }

    [Fact]
    public void An_effect_of_plus_5000_percent_is_refused() =>
        Assert.Contains("onmogelijk groot", RefusedWith(EvidenceTable.EffectsFile, "effect", "50").Message);

    [Fact]
    public void An_sd_of_a_million_is_refused() =>
        Assert.Contains("hoogstens", RefusedWith(EvidenceTable.EffectsFile, "sd", "1000000").Message);

    [Fact]
    public void A_candidate_costing_10_to_the_15_a_year_is_refused() =>
        Assert.Contains("gemeentebegroting", RefusedWith("kandidaten.csv", "kosten per jaar", "1000000000000000").Message);

    [Fact]
    public void The_shipped_evidence_loads() => Assert.NotEmpty(EvidenceTable.Load(EvidenceDir, Model).Effects);
}
