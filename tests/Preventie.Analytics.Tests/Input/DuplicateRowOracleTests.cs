using Preventie.Analytics.Evidence;
using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Tests.Simulation;
using Preventie.Analytics.Tests.Wijken;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Tests.Input;

/// <summary>
/// Issue 22, the semantic fuzz oracle for the files added since the last round: duplicating any data row of a wijk file
/// (wijken, wijkparameters, verhuizingen, buurt indicators) or an evidence file (effecten, kandidaten, wettelijke taken)
/// is either refused in Dutch naming that file, or leaves every result identical — never a silently different number.
/// </summary>
public class DuplicateRowOracleTests
{
    private static readonly ModelDefinition Model = ModelFiles.Load(TestModels.DefaultModelDir);

    private static string CopyOf(string folder)
    {
        var dir = Directory.CreateTempSubdirectory("preventie-dup-").FullName;
        foreach (var f in Directory.GetFiles(folder)) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        return dir;
    }

    /// <summary>Duplicates every data row of every CSV in a copy of <paramref name="folder"/> (right after it and at the
    /// end) and compares <paramref name="results"/> with the original's; returns the silent changes.</summary>
    private static List<string> SilentChanges(string folder, Func<string, double[]> results, Func<string, bool>? only = null)
    {
        var dir = CopyOf(folder);
        var baseline = results(dir);
        var silent = new List<string>();
        var tried = 0;
        foreach (var file in Directory.GetFiles(dir, "*.csv").Select(Path.GetFileName).Where(f => only?.Invoke(f!) ?? true).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(dir, file!);
            var original = File.ReadAllLines(path);
            var header = Array.FindIndex(original, l => l.Length > 0 && !l.StartsWith('#'));
            for (var i = header + 1; i < original.Length; i++)
            {
                if (original[i].Length == 0 || original[i].StartsWith('#')) continue;
                foreach (var at in new[] { i + 1, original.Length })
                {
                    var lines = original.ToList();
                    lines.Insert(at, original[i]);
                    File.WriteAllLines(path, lines);
                    tried++;
                    try
                    {
                        if (!results(dir).SequenceEqual(baseline)) silent.Add($"{file}, rij {i + 1} verdubbeld (kopie op rij {at + 1})");
                    }
                    catch (DataValidationException ex)
                    {
                        Assert.Contains(ex.Errors, e => Path.GetFileName(e.File) == file);
                    }
                }
            }
            File.WriteAllLines(path, original);
        }
        Assert.True(tried > 10, $"slechts {tried} rijen geprobeerd in {folder}");
        return silent;
    }

    [Fact]
    public void Duplicating_a_row_of_a_wijk_file_is_refused_or_changes_nothing()
    {
        double[] Results(string dir)
        {
            var w = WijkComparison.Load(WijkModel.Load(Model, Path.Combine(dir, "wijken.csv"), Path.Combine(dir, "buurtindicatoren-voorbeeld.csv")),
                Path.Combine(TestModels.ScenarioDir, "wijkpilot.yaml"), Path.Combine(TestModels.ScenarioDir, "basis.yaml"));
            return [.. w.PerWijk.SelectMany(c => c.Rows.Select(r => r.NetBenefitDiscounted)), .. w.CityComparison.Rows.Select(r => r.NetBenefitDiscounted)];
        }
        var silent = SilentChanges(WijkDataTests.WijkDir, Results, f => f is "wijken.csv" or "wijkparameters.csv" or "verhuizingen.csv" or "buurtindicatoren-voorbeeld.csv");
        Assert.True(silent.Count == 0, "stil andere uitkomst:\n" + string.Join("\n", silent));
    }

    [Fact]
    public void Duplicating_a_row_of_an_evidence_file_is_refused_or_changes_nothing()
    {
        double[] Results(string dir)
        {
            // what the rows mean, not where they stand (a copy shifts the row numbers of later rows)
            var e = EvidenceTable.Load(dir, Model);
            var effects = e.Effects.Select(x => $"{x.Activity}|{x.Form}|{x.Kind.Key}|{x.From}|{x.To}|{x.Mean:R}|{x.Level}|{x.StandardDeviation:R}").Order(StringComparer.Ordinal);
            var candidates = e.Candidates.Select(c => $"{c.Activity}|{c.CostPerYear:R}|{c.Payer.Code}|{c.ReachPerYear:R}|{c.StartYear}|{c.RampUpYears}|{c.MaxScale:R}|{c.OnOff}").Order(StringComparer.Ordinal);
            var legal = e.LegalTasks.Select(t => t.Name).Order(StringComparer.Ordinal);
            return [.. string.Join("\n", effects.Concat(candidates).Concat(legal)).Select(ch => (double)ch)];
        }
        var silent = SilentChanges(Path.Combine(TestModels.RepoRoot, "data", "evidence"), Results);
        Assert.True(silent.Count == 0, "stil andere uitkomst:\n" + string.Join("\n", silent));
    }
}
