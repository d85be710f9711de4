using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Simulation;

namespace Preventie.Analytics.Tests.Simulation;

/// <summary>Counting method as a scenario setting and one-off transition costs from overgangskosten.csv.</summary>
public class ModelSettingsTests
{
    private static string Basis => Path.Combine(TestModels.ScenarioDir, "basis.yaml");

    [Fact]
    public void Telmethode_is_read_inherited_and_must_match_the_comparator()
    {
        var dir = Path.Combine(Path.GetTempPath(), "preventie-tel-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var begin = TestModels.WriteScenario($"basis: {Basis}\nnaam: begin\ntelmethode: begin\n", "begin.yaml", dir);
        var child = TestModels.WriteScenario("basis: begin.yaml\nnaam: kind\n", "kind.yaml", dir);
        var wrong = TestModels.WriteScenario($"basis: {Basis}\ntelmethode: halverwege\n", "fout.yaml", dir);
        var model = ModelFiles.Load(TestModels.DefaultModelDir);

        Assert.Equal(CountingMethod.Beginning, ScenarioPair.Compile(model, begin).CountingMethod);
        Assert.Equal(CountingMethod.Beginning, ScenarioPair.Compile(model, child).CountingMethod);
        Assert.Equal(CountingMethod.LifeTable, ScenarioPair.Compile(model, Basis).CountingMethod);
        var bad = Assert.Single(Assert.Throws<DataValidationException>(() => ScenarioPair.Compile(model, wrong)).Errors);
        Assert.Equal("telmethode", bad.Field);
        var mismatch = Assert.Throws<DataValidationException>(() => ScenarioPair.Load(model, begin, Basis));
        Assert.Equal("telmethode", Assert.Single(mismatch.Errors).Field);

        // beginning counts the start of each cycle: the first year's person-years are the start population
        var r = ScenarioPair.Compile(model, begin).RunWithTrace();
        Assert.Equal(r.LivingPopulation(0), Enumerable.Range(0, r.States.Count).Where(s => !r.States[s].IsOutflow).Sum(s => r.Buffer.PersonYears[s]), 6);
    }

    [Fact]
    public void Transition_costs_are_read_charged_per_person_entering_and_count_as_care_costs()
    {
        var dir = TestModels.CopyDefaultModel();
        File.AppendAllText(Path.Combine(dir, ModelFiles.ParametersFile), "kosten_wlz_indicatie_test;1000;euro per indicatie;;ja;;;;;;test\n");
        File.AppendAllText(Path.Combine(dir, ModelFiles.TransitionCostsFile), "blijvend_wlz;;rijk;alle;kosten_wlz_indicatie_test\n");
        var with = ModelFiles.Load(dir);
        var without = ModelFiles.Load(TestModels.DefaultModelDir);
        var tc = with.TransitionCosts;
        Assert.NotEmpty(tc);
        Assert.All(tc, c => Assert.Equal(with.StateIndex("blijvend_wlz"), c.To));

        var s = ScenarioPair.Compile(with, Basis).RunWithTrace();
        var plain = ScenarioPair.Compile(without, Basis).RunWithTrace();
        // same population (costs do not change flows); the extra Rijk cost = 1000 × people entering blijvend_wlz by a transition
        for (var t = 0; t < s.Cycles; t++)
        {
            Assert.Equal(plain.Count(t + 1, with.StateIndex("blijvend_wlz")), s.Count(t + 1, with.StateIndex("blijvend_wlz")), 9);
            var extra = s.Costs(TestPayers.Rijk, t) - plain.Costs(TestPayers.Rijk, t);
            Assert.Equal(s.TransitionCosts(TestPayers.Rijk, t), extra, 6);
            Assert.True(extra > 0);
            Assert.Equal(0, s.InterventionCosts(TestPayers.Rijk, t));
        }
    }

    [Fact]
    public void A_transition_cost_into_a_state_nobody_can_enter_is_refused()
    {
        var dir = TestModels.CopyDefaultModel();
        File.AppendAllText(Path.Combine(dir, ModelFiles.TransitionCostsFile), "blijvend_wlz;zelfredzaam;rijk;0-3;kosten_wlz_per_client\nonbekend;;rijk;alle;kosten_wlz_per_client\n");
        var ex = Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir));
        Assert.All(ex.Errors, e => Assert.Equal(ModelFiles.TransitionsFile.Replace("overgangen", "overgangskosten"), Path.GetFileName(e.File)));
        Assert.Equal(2, ex.Errors.Count);
        Assert.Contains(ex.Errors, e => e.Message.Contains("nooit"));
        Assert.Contains(ex.Errors, e => e.Value == "onbekend");
    }
}
