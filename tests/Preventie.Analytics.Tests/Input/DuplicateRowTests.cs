using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Simulation;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Tests.Input;

/// <summary>
/// Issue 22, "duplicates add up": the model adds rows for the same key, so a copied row in <c>kosten.csv</c>,
/// <c>overgangen.csv</c>, <c>overgangskosten.csv</c>, <c>bevolking.csv</c>, <c>startverdeling.csv</c> or
/// <c>correlaties.csv</c> would silently double a cost or a rate. Each is refused naming both rows; and, as a semantic
/// property, duplicating any data row of any model file is either refused or leaves the results identical.
/// </summary>
public class DuplicateRowTests
{
    /// <summary>Copies the first data line of <paramref name="file"/> that starts with <paramref name="prefix"/> to the end of the file; returns both 1-based row numbers.</summary>
    private static (string Dir, int First, int Copy) Duplicate(string file, string prefix)
    {
        var dir = TestModels.CopyDefaultModel();
        var path = Path.Combine(dir, file);
        var lines = File.ReadAllLines(path).ToList();
        var i = lines.FindIndex(l => l.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(i > 0, $"geen regel '{prefix}' in {file}");
        lines.Add(lines[i]);
        File.WriteAllLines(path, lines);
        return (dir, i + 1, lines.Count);
    }

    [Theory]
    [InlineData(ModelFiles.CostsFile, "blijvend_wlz;")]
    [InlineData(ModelFiles.CostsFile, "tijdelijk_maatwerk;gemeente_wmo;")]
    [InlineData(ModelFiles.TransitionsFile, "tijdelijk_maatwerk;zelfredzaam;")]
    [InlineData(ModelFiles.TransitionsFile, "zelfredzaam;tijdelijk_voorliggend;")]
    [InlineData(ModelFiles.PopulationFile, "65-79;")]
    [InlineData(ModelFiles.StartFile, "80+;")]
    [InlineData(ModelFiles.CorrelationsFile, "herstel_voorliggend;herstel_maatwerk;")]
    public void A_copied_row_is_refused_naming_both_rows(string file, string prefix)
    {
        var (dir, first, copy) = Duplicate(file, prefix);
        var ex = Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir));
        var e = Assert.Single(ex.Errors, x => x.Message.Contains("dubbele sleutel"));
        Assert.Equal((file, copy), (Path.GetFileName(e.File), e.Row!.Value));
        Assert.Contains($"rij {first}", e.Message);
        Assert.Contains("één keer", e.Message);
    }

    [Fact]
    public void A_correlation_written_the_other_way_round_is_the_same_pair()
    {
        var dir = TestModels.CopyDefaultModel();
        var path = Path.Combine(dir, ModelFiles.CorrelationsFile);
        File.AppendAllText(path, "herstel_maatwerk;herstel_voorliggend;0,2;;ja;\n");
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir)).Errors);
        Assert.Contains("dubbele sleutel", e.Message);
    }

    [Fact]
    public void A_band_list_that_overlaps_an_earlier_row_is_a_duplicate_too()
    {
        var dir = TestModels.CopyDefaultModel();
        var path = Path.Combine(dir, ModelFiles.CostsFile);
        var lines = File.ReadAllLines(path).ToList();
        var i = lines.FindIndex(l => l.StartsWith("tijdelijk_maatwerk;gemeente_wmo;", StringComparison.Ordinal));
        lines.Add("tijdelijk_maatwerk;gemeente_wmo;65-79;kosten_wmo_per_client");
        File.WriteAllLines(path, lines);
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir)).Errors);
        Assert.Equal((lines.Count, "65-79"), (e.Row!.Value, e.Value));
        Assert.Contains($"rij {i + 1}", e.Message);
        Assert.Contains("leeftijdsgroep 65-79", e.Message);
    }

    [Fact]
    public void A_copied_transition_cost_is_refused_and_one_row_is_counted_once()
    {
        var dir = TestModels.CopyDefaultModel();
        var path = Path.Combine(dir, ModelFiles.TransitionCostsFile);
        File.AppendAllText(path, "blijvend_wlz;;rijk;80+;kosten_wmo_per_client\n");
        var model = ModelFiles.Load(dir);
        Assert.Equal(model.Transitions.Count(r => model.States[r.To].Name == "blijvend_wlz" && r.Band.Code == "80+"), model.TransitionCosts.Count);

        var rows = File.ReadAllLines(path).Length;
        File.AppendAllText(path, "blijvend_wlz;;rijk;80+;kosten_wmo_per_client\n");
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir)).Errors);
        Assert.Equal((ModelFiles.TransitionCostsFile, rows + 1), (Path.GetFileName(e.File), e.Row!.Value));
        Assert.Contains($"rij {rows}", e.Message);
    }

    [Fact]
    public void The_same_transition_for_separate_years_is_legal_but_overlapping_years_are_not()
    {
        var dir = TestModels.CopyDefaultModel();
        var path = Path.Combine(dir, ModelFiles.TransitionsFile);
        var lines = File.ReadAllLines(path).ToList();
        var i = lines.FindIndex(l => l.StartsWith("tijdelijk_maatwerk;zelfredzaam;", StringComparison.Ordinal));
        var cells = lines[i].Split(';');
        string With(string from, string to) => string.Join(';', cells[..3].Append(from).Append(to).Concat(cells[5..]));
        lines[i] = With("", "2026");
        lines.Add(With("2027", ""));
        File.WriteAllLines(path, lines);
        ModelFiles.Load(dir);

        lines[^1] = With("2026", "2030");
        File.WriteAllLines(path, lines);
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir)).Errors);
        Assert.Equal(lines.Count, e.Row);
        Assert.Contains($"rij {i + 1}", e.Message);
    }

    /// <summary>The full trace and every cost stream of the basis scenario up to 2030, as one vector.</summary>
    private static double[] Results(ModelDefinition model)
    {
        var scenario = ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, "basis.yaml"), model) with { EndYear = new CalendarYear(2030) };
        var r = CompiledScenario.Compile(model, scenario).RunWithTrace();
        return r.Trace.Counts.Concat(r.Trace.PersonYears).Concat(r.Buffer.PayerCosts).Concat(r.Buffer.TransitionCosts).Concat(r.Buffer.InterventionCosts).ToArray();
    }

    [Fact]
    public void Duplicating_any_data_row_of_any_model_file_is_refused_or_changes_nothing()
    {
        var baseline = Results(ModelFiles.Load(TestModels.DefaultModelDir));
        var dir = TestModels.CopyDefaultModel();
        var silent = new List<string>();
        var checkedRows = 0;
        foreach (var file in Directory.GetFiles(TestModels.DefaultModelDir, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(dir, file!);
            var original = File.ReadAllLines(path);
            for (var i = 1; i < original.Length; i++)
            {
                if (original[i].Length == 0 || original[i].StartsWith('#')) continue;
                // the copy right after the row and the copy at the end of the file
                foreach (var at in new[] { i + 1, original.Length })
                {
                    var lines = original.ToList();
                    lines.Insert(at, original[i]);
                    File.WriteAllLines(path, lines);
                    checkedRows++;
                    try
                    {
                        var results = Results(ModelFiles.Load(dir));
                        if (!results.SequenceEqual(baseline)) silent.Add($"{file}, rij {i + 1} verdubbeld (kopie op rij {at + 1})");
                    }
                    catch (DataValidationException ex)
                    {
                        Assert.Contains(ex.Errors, e => Path.GetFileName(e.File) == file);
                    }
                }
            }
            File.WriteAllLines(path, original);
        }
        Assert.True(checkedRows > 50, $"slechts {checkedRows} rijen geprobeerd");
        Assert.True(silent.Count == 0, "stil andere uitkomst:\n" + string.Join("\n", silent));
    }
}
