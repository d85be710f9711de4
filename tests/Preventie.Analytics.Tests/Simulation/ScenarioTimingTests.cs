using System.Text.RegularExpressions;
using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Plausibility;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Tests.Simulation;

/// <summary>Scenarios compute what they say: the year their description names is the year the model starts to count
/// their change, and a ramp-up before the model's first year is refused (effect and cost counted consistently).</summary>
public class ScenarioTimingTests
{
    public static TheoryData<string> Scenarios() =>
        new(Directory.GetFiles(TestModels.ScenarioDir, "*.yaml").Select(Path.GetFileName).OfType<string>());

    /// <summary>The year a description states: the one after "vanaf" when it says so, else the first year it names; null
    /// when it names none.</summary>
    private static int? StatedYear(string? description)
    {
        if (description is null) return null;
        var from = Regex.Match(description, @"\bvanaf\s+(20\d\d)\b", RegexOptions.IgnoreCase);
        if (from.Success) return int.Parse(from.Groups[1].Value);
        var any = Regex.Match(description, @"\b(20\d\d)\b");
        return any.Success ? int.Parse(any.Groups[1].Value) : null;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void First_effective_year_of_every_shipped_scenario_is_the_year_its_description_states(string file)
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var scenario = ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, file), model);
        var basis = ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, "basis.yaml"), model);
        var first = CompiledScenario.Compile(model, scenario).FirstYearDifferentFrom(CompiledScenario.Compile(model, basis));
        var stated = StatedYear(scenario.Description);
        if (file == "basis.yaml")
        {
            Assert.Null(first);
            Assert.Null(stated);
            return;
        }
        Assert.NotNull(stated);
        Assert.Equal(new CalendarYear(stated!.Value), first);
    }

    [Fact]
    public void First_differing_year_is_the_first_year_with_nonzero_intensity_of_a_new_intervention()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var path = TestModels.WriteScenario("""
            naam: nieuw
            basis: basis.yaml
            interventies:
              - naam: Nieuw
                doelgroep: alle
                bereik: {waarde: 0.1, aanname: true}
                start: 2027
                opbouwjaren: 3
                kosten:
                  - {betaler: gemeente_preventie, bedrag: {waarde: 1000, aanname: true}}
                effecten:
                  - {type: overgang, van: zelfredzaam, naar: tijdelijk_maatwerk, verandering: {waarde: -0.1, aanname: true}}
            """, "nieuw.yaml", CopyOfScenarioDir());
        var basis = CompiledScenario.Compile(model, ScenarioFile.Load(Path.Combine(Path.GetDirectoryName(path)!, "basis.yaml"), model));
        var compiled = CompiledScenario.Compile(model, ScenarioFile.Load(path, model));
        Assert.Equal(new CalendarYear(2027), compiled.FirstYearDifferentFrom(basis));
        Assert.Null(basis.FirstYearDifferentFrom(basis));
        // without a comparator: the basis's own activities are effective from the first model year
        Assert.Equal(new CalendarYear(2024), basis.FirstYearDifferentFrom(null));
    }

    [Fact]
    public void A_ramp_up_that_starts_before_the_first_model_year_is_refused_naming_file_field_and_years()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var path = TestModels.WriteScenario("""
            naam: te vroeg
            startjaar: 2024
            interventies:
              - naam: Fonds
                doelgroep: alle
                bereik: {waarde: 0.1, aanname: true}
                start: 2023
                opbouwjaren: 2
                kosten:
                  - {betaler: gemeente_preventie, bedrag: {waarde: 1000, aanname: true}}
            """);
        var ex = Assert.Throws<DataValidationException>(() => ScenarioFile.Load(path, model));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("interventies[Fonds].start", error.Field);
        Assert.Equal("2023", error.Value);
        Assert.Contains("vóór het eerste modeljaar 2024", error.Message);
        Assert.Contains("de kosten van 2023 niet", error.Message);
    }

    [Theory]
    [InlineData(2018, 2)]  // ramp-up finished in 2019: fully running in 2024
    [InlineData(2023, 0)]  // no ramp-up: fully running from its start
    [InlineData(2024, 3)]  // starts in the first model year
    public void An_intervention_fully_running_by_the_first_model_year_or_starting_in_it_is_accepted(int start, int ramp)
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var path = TestModels.WriteScenario($"""
            naam: loopt al
            interventies:
              - naam: Lopend
                doelgroep: alle
                bereik: {"{"}waarde: 0.1, aanname: true{"}"}
                start: {start}
                opbouwjaren: {ramp}
            """);
        var scenario = ScenarioFile.Load(path, model);
        var iv = Assert.Single(scenario.Interventions);
        // cost and effect agree: in 2024 the intensity is the ramp-up level reached by then (closed form)
        var expected = ramp <= 1 ? 1.0 : Math.Min(1.0, (2024 - start + 1) / (double)ramp);
        Assert.Equal(expected, iv.Intensity(new CalendarYear(2024)), 12);
    }

    [Fact]
    public void A_changed_intervention_that_starts_before_the_first_model_year_is_warned()
    {
        // the old stoppen-en-opschalen: the doubled programme "vanaf 2025" written with start 2021 and no ramp-up
        var dir = CopyOfScenarioDir();
        var path = TestModels.WriteScenario("""
            naam: oud
            basis: basis.yaml
            omschrijving: Verdubbel vroegsignalering schulden vanaf 2025.
            interventies:
              - naam: Vroegsignalering schulden
                doelgroep: [18-27, 28-44, 45-64]
                bereik: {parameter: 2*bereik_vroegsignalering_schulden}
                start: 2021
                kosten:
                  - {betaler: gemeente_participatiewet, bedrag: {waarde: 550000, aanname: true}}
                effecten:
                  - {type: overgang, van: zelfredzaam, naar: tijdelijk_maatwerk, verandering: {parameter: effect_vroegsignalering_schulden}}
                  - {type: overgang, van: zelfredzaam, naar: tijdelijk_voorliggend, verandering: {parameter: effect_vroegsignalering_schulden}}
            """, "oud.yaml", dir);
        var pair = ScenarioPair.Load(TestModels.DefaultModelDir, path, Path.Combine(dir, "basis.yaml"));
        Assert.Equal(new CalendarYear(2024), pair.Scenario.FirstYearDifferentFrom(pair.Comparator));
        var warning = Assert.Single(pair.Warnings, w => w.Field == "interventies[Vroegsignalering schulden].start");
        Assert.Equal("2021", warning.Value);
        Assert.Contains("vanaf 2024 volledig mee", warning.Message);

        // the shipped scenarios have no such warning
        foreach (var file in Directory.GetFiles(TestModels.ScenarioDir, "*.yaml"))
        {
            var shipped = ScenarioPair.Load(TestModels.DefaultModelDir, file, Path.Combine(TestModels.ScenarioDir, "basis.yaml"));
            Assert.DoesNotContain(shipped.Warnings, w => w.Field?.EndsWith("].start", StringComparison.Ordinal) == true);
        }
    }

    [Fact]
    public void Stoppen_en_opschalen_pays_and_counts_the_doubled_programme_from_2025_only()
    {
        var pair = ScenarioPair.Load(TestModels.DefaultModelDir, Path.Combine(TestModels.ScenarioDir, "stoppen-en-opschalen.yaml"),
            Path.Combine(TestModels.ScenarioDir, "basis.yaml"));
        var cmp = pair.Compare();
        // 2024 exactly as the basis: no investment difference, no saving
        Assert.All(cmp.Payers, o => Assert.Equal(0, o.InvestmentByYear[0], 6));
        Assert.All(cmp.Payers, o => Assert.Equal(0, o.SavingsByYear[0], 6));
        // from 2025: the freed € 250.000 (preventie) goes to vroegsignalering (participatiewet: 550.000 − 300.000)
        Assert.Equal(-250_000, cmp.For(TestPayers.GemeentePreventie).InvestmentByYear[1], 6);
        Assert.Equal(250_000, cmp.For(TestPayers.GemeenteParticipatiewet).InvestmentByYear[1], 6);
    }

    [Fact]
    public void The_doubled_reach_moves_with_todays_reach_in_every_draw()
    {
        // one quantity that scales another is written as an expression of it, so the PSA cannot draw a "doubled"
        // programme that reaches fewer people than today's (with two independent parameters: 17% of draws)
        var pair = ScenarioPair.Load(TestModels.DefaultModelDir, Path.Combine(TestModels.ScenarioDir, "stoppen-en-opschalen.yaml"),
            Path.Combine(TestModels.ScenarioDir, "basis.yaml"));
        var today = pair.Scenario.Scenario.Interventions.Single(i => i.Name == "Vroegsignalering schulden").Reach.Expression;
        var doubled = pair.Scenario.Scenario.Interventions.Single(i => i.Name == "Vroegsignalering schulden (opgeschaald)").Reach.Expression;
        var sampler = Preventie.Analytics.Uncertainty.UncertainParameters.For(pair.Model).CreateSampler(20240101);
        var point = pair.Model.Parameters.DefaultVector();
        var vector = new double[point.Length];
        var random = new Preventie.Analytics.Uncertainty.DrawRandom();
        var spread = new List<double>();
        for (var draw = 0; draw < 2_000; draw++)
        {
            point.CopyTo(vector, 0);
            sampler.Sample(draw, random, vector);
            Assert.Equal(2 * today.Evaluate(vector), doubled.Evaluate(vector), 15);
            spread.Add(today.Evaluate(vector));
        }
        Assert.True(spread.Max() - spread.Min() > 0.1, "het bereik varieert niet in de trekkingen: de test zegt dan niets");
    }

    private static string CopyOfScenarioDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "preventie-scn-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(TestModels.ScenarioDir, "*.yaml")) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        return dir;
    }
}
