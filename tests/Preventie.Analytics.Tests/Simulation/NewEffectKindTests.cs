using Preventie.Analytics.Input;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;

namespace Preventie.Analytics.Tests.Simulation;

/// <summary>
/// A new kind of effect is one class: this one, defined only here, moves a transition probability toward a target
/// value, p' = p + reached · (target − p) (<c>type: naar_doel</c>, size in <c>doel</c>). Parser, compiler and engine
/// ask the kind; nothing else in the library knows about it.
/// </summary>
public sealed class TowardTargetEffect : EffectKind
{
    public override string Key => "naar_doel";
    public override string SizeKey => "doel";
    public override string SizeUnit => "doelkans per jaar";
    public override int ApplicationOrder => 2; // after transition changes and route shifts
    public override double Apply(double probability, double reached, double size) => probability + reached * (size - probability);
    public override string? SizeError(double size) => size is >= 0 and <= 1 ? null : "een doelkans moet tussen 0 en 1 liggen";
    public override string Describe(string from, string to) => $"effect naar doelkans {from} → {to}";
}

public class NewEffectKindTests
{
    private static string Yaml(double target) => $$$"""
        naam: Naar doel
        startjaar: 2024
        eindjaar: 2027
        discontovoet: {waarde: 0, aanname: true}
        interventies:
          - naam: Doelprogramma
            doelgroep: alle
            bereik: {waarde: 0.5, bron: test}
            start: 2024
            opbouwjaren: 2
            effecten:
              - {type: naar_doel, van: s0, naar: s1, doel: {waarde: {{{target.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}, aanname: true}}
        """;

    [Fact]
    public void A_kind_defined_in_one_class_runs_a_scenario_to_the_closed_form()
    {
        // s0 → s1 with p = 0.1, 1000 people in 80+ (no ageing out, deaths, births or migration); target 0.3, reach 0.5,
        // ramp-up 2: intensity 1/2 in 2024, then 1. By hand: p'_2024 = 0.1 + 0.5·0.5·(0.3 − 0.1) = 0.15,
        // p' = 0.1 + 0.5·(0.3 − 0.1) = 0.2 from 2025; s0 after four years = 1000 · 0.85 · 0.8³.
        var model = TestModels.Chain(new[,] { { 0, 0.1 }, { 0, 0 } }, TestModels.OnlyIn(InventoryBands.Age80Plus, 1000), [1.0, 0.0]);
        var kind = new TowardTargetEffect();
        var path = TestModels.WriteScenario(Yaml(0.3), "naar-doel.yaml");
        var scenario = ScenarioFile.Load(path, model, EffectKinds.BuiltIn.With(kind));
        Assert.Same(kind, Assert.Single(scenario.Interventions[0].Effects).Kind);
        var result = CompiledScenario.Compile(model, scenario).RunWithTrace();
        double[] expected = [1000, 850, 850 * 0.8, 850 * 0.8 * 0.8, 850 * 0.8 * 0.8 * 0.8];
        for (var t = 0; t <= 4; t++) Assert.Equal(expected[t], result.Count(t, 0), 9);
        Assert.Equal(1000 - expected[4], result.Count(4, 1), 9);
    }

    [Fact]
    public void The_parser_refuses_an_unregistered_kind_and_asks_a_registered_kind_to_validate()
    {
        var model = TestModels.Chain(new[,] { { 0, 0.1 }, { 0, 0 } }, TestModels.OnlyIn(InventoryBands.Age80Plus, 1000), [1.0, 0.0]);
        var path = TestModels.WriteScenario(Yaml(0.3), "naar-doel-onbekend.yaml");
        var unknown = Assert.Throws<DataValidationException>(() => ScenarioFile.Load(path, model));
        Assert.Contains(unknown.Errors, e => e.Message == "onbekend effecttype (geldig: overgang, verschuiving)" && e.Value == "naar_doel");

        var bad = TestModels.WriteScenario(Yaml(1.5), "naar-doel-fout.yaml");
        var invalid = Assert.Throws<DataValidationException>(() => ScenarioFile.Load(bad, model, EffectKinds.BuiltIn.With(new TowardTargetEffect())));
        var error = Assert.Single(invalid.Errors);
        Assert.Equal("interventies[Doelprogramma].effecten.doel", error.Field);
        Assert.Equal("een doelkans moet tussen 0 en 1 liggen", error.Message);
    }

    [Fact]
    public void A_registry_refuses_a_second_kind_with_a_taken_key()
    {
        Assert.Throws<ArgumentException>(() => EffectKinds.BuiltIn.With(new TowardTargetEffect()).With(new TowardTargetEffect()));
        Assert.True(EffectKinds.BuiltIn.TryFind("transitie", out var alias));
        Assert.Same(EffectKind.TransitionChange, alias);
    }
}
