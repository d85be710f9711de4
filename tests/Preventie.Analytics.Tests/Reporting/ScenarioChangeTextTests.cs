using System.Text.RegularExpressions;
using Preventie.Analytics.Model;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Reporting;

/// <summary>The report's text about a scenario's amounts comes from the scenario's values, and every toelichting on an
/// assumption stands beside it in the assumptions table.</summary>
public class ScenarioChangeTextTests
{
    private static string CopyOfScenarioDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "preventie-scn-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(TestModels.ScenarioDir, "*.yaml")) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        return dir;
    }

    private static string ConclusionOf(string scenarioFile, string basisFile)
    {
        var (_, _, cmp) = ScenarioPair.Load(TestModels.DefaultModelDir, scenarioFile, basisFile).Run();
        return string.Join("\n", ConclusionChapter.Conclusion(cmp!));
    }

    [Fact]
    public void Halving_the_wmo_amount_halves_it_in_the_report_text()
    {
        var dir = CopyOfScenarioDir();
        var file = Path.Combine(dir, "verschuiven-naar-voorliggend.yaml");
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var wmo = model.Payers["gemeente_wmo"].Label;

        var original = ConclusionOf(file, Path.Combine(dir, "basis.yaml"));
        Assert.Contains($"€ 500.000 per jaar ({wmo})", original);

        var yaml = File.ReadAllText(file);
        Assert.Contains("bedrag: {waarde: 500000,", yaml);
        File.WriteAllText(file, yaml.Replace("bedrag: {waarde: 500000,", "bedrag: {waarde: 250000,"));
        var halved = ConclusionOf(file, Path.Combine(dir, "basis.yaml"));
        Assert.Contains($"€ 250.000 per jaar ({wmo})", halved);
        Assert.DoesNotContain("500.000", halved);
    }

    [Fact]
    public void The_change_text_names_start_ramp_up_end_and_fade_out_from_the_values()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var scenario = ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, "wijkpilot.yaml"), model);
        var basis = ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, "basis.yaml"), model);
        var pilot = Assert.Single(scenario.Interventions, i => i.Name == "Wijkpilot");
        var scenarioRun = CompiledScenario.Compile(model, scenario).RunWithTrace();
        var basisRun = CompiledScenario.Compile(model, basis).RunWithTrace();
        var text = ScenarioChangeText.Describe(scenarioRun, basisRun);
        Assert.Contains($"Wijkpilot: nieuw vanaf {pilot.StartYear}", text);
        Assert.Contains($"gefinancierd tot en met {pilot.EndYear}", text);
        Assert.Contains($"daarna dooft het effect uit in {pilot.FadeOutYears} jaar", text);
        // unchanged basis activities are not mentioned; a scenario against itself changes nothing
        Assert.DoesNotContain("Preventiesubsidies jeugd", text);
        Assert.Equal("", ScenarioChangeText.Describe(basisRun, basisRun));
    }

    [Fact]
    public void No_shipped_description_writes_an_amount_by_hand()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        foreach (var file in Directory.GetFiles(TestModels.ScenarioDir, "*.yaml"))
        {
            var scenario = ScenarioFile.Load(file, model);
            foreach (var text in scenario.Interventions.Select(i => i.Description).Append(scenario.Description).OfType<string>())
                Assert.False(Regex.IsMatch(text, @"€\s*[0-9]"), $"{Path.GetFileName(file)}: '{text}' noemt een bedrag; dat hoort uit de waarden te komen");
        }
    }

    [Fact]
    public void Every_toelichting_on_an_assumption_is_in_the_assumptions_table()
    {
        var dir = CopyOfScenarioDir();
        var path = TestModels.WriteScenario("""
            naam: met toelichting
            basis: basis.yaml
            interventies:
              - naam: Nieuw
                doelgroep: alle
                bereik: {waarde: 0.1, aanname: true, toelichting: "tien procent volgens de werkgroep"}
                start: 2025
                kosten:
                  - betaler: gemeente_preventie
                    bedrag: {waarde: 1000, aanname: true}
                    toelichting: "één fte-uur per week"
                effecten:
                  - {type: overgang, van: zelfredzaam, naar: tijdelijk_maatwerk, verandering: {parameter: effect_wijkpilot_instroom, toelichting: "als in de wijkpilot"}}
            """, "toelichting.yaml", dir);
        var (_, _, cmp) = ScenarioPair.Load(TestModels.DefaultModelDir, path, Path.Combine(dir, "basis.yaml")).Run();
        var rows = CouncilReport.Assumptions(cmp!);
        Assert.Contains(rows, r => r.Parameter.EndsWith("Nieuw: bereik", StringComparison.Ordinal) && r.Rationale.Contains("tien procent volgens de werkgroep"));
        Assert.Contains(rows, r => r.Parameter.Contains("Nieuw: kosten", StringComparison.Ordinal) && r.Rationale.Contains("één fte-uur per week"));
        Assert.Contains(rows, r => r.Parameter.Contains("Nieuw: ", StringComparison.Ordinal) && r.Rationale.Contains("als in de wijkpilot"));

        // and the shipped ones
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var shipped = ScenarioPair.Load(TestModels.DefaultModelDir, Path.Combine(TestModels.ScenarioDir, "stoppen-en-opschalen.yaml"),
            Path.Combine(TestModels.ScenarioDir, "basis.yaml")).Run().Comparison!;
        var notes = ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, "stoppen-en-opschalen.yaml"), model).Interventions
            .SelectMany(i => i.Costs.Select(c => c.AmountPerYear).Concat(i.Effects.Select(e => e.Size)).Append(i.Reach))
            .Where(v => v.IsAssumption && v.Note is not null).Select(v => v.Note!).ToList();
        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.Contains(CouncilReport.Assumptions(shipped), r => r.Rationale.Contains(n)));
    }
}
