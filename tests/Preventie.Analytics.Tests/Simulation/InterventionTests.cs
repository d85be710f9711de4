using Preventie.Analytics.Costs;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Model;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Population;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Tests.Simulation;

public class InterventionTests
{
    [Fact]
    public void Zero_effect_intervention_without_costs_equals_comparator_exactly()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var basis = Path.Combine(TestModels.ScenarioDir, "basis.yaml");
        var path = TestModels.WriteScenario(name: "nul.yaml", yaml: $$$"""
            naam: Nul-effect
            basis: {{{basis}}}
            interventies:
              - naam: Niets
                doelgroep: alle
                bereik: {waarde: 0.7, aanname: true}
                start: 2024
                effecten:
                  - {type: overgang, van: zelfredzaam, naar: tijdelijk_maatwerk, verandering: {waarde: 0, aanname: true}}
                  - {type: verschuiving, van: tijdelijk_maatwerk, naar: tijdelijk_voorliggend, aandeel: {waarde: 0, aanname: true}}
            """);
        var s = CompiledScenario.Compile(model, ScenarioFile.Load(path, model)).RunWithTrace();
        var c = CompiledScenario.Compile(model, ScenarioFile.Load(basis, model)).RunWithTrace();
        Assert.Equal(c.Buffer.StateCounts, s.Buffer.StateCounts);
        Assert.Equal(c.Buffer.PayerCosts, s.Buffer.PayerCosts);
        Assert.Equal(c.Trace.Counts, s.Trace.Counts);
        var cmp = ScenarioComparison.Create(s, c);
        Assert.All(cmp.Payers, o => Assert.Equal(0, o.NetBenefitDiscounted));
        Assert.Null(cmp.Total.BreakEvenYear);
        Assert.Equal(0, cmp.SelfReliantYearsGained);
    }

    [Fact]
    public void Intervention_costs_fall_in_funded_years_and_discount_from_year_one()
    {
        const double r = 0.03;
        var model = TestModels.Chain(new double[1, 1], TestModels.OnlyIn(InventoryBands.Age80Plus, 100), [1.0]);
        var iv = new Intervention
        {
            Name = "fonds", TargetBands = InventoryBands.All, Reach = SourcedValue.One, StartYear = new CalendarYear(2023), EndYear = new CalendarYear(2025),
            Costs = [new InterventionCost(TestPayers.GemeentePreventie, new SourcedValue(ValueExpression.Of(1_000_000), "test", false))],
        };
        var result = CompiledScenario.Compile(model, TestModels.Plain(5, r, [iv])).RunWithTrace();
        double[] expected = [1e6, 1e6, 0, 0, 0]; // 2024, 2025 funded; the fund ends after 2025
        for (var t = 0; t < 5; t++) Assert.Equal(expected[t], result.Costs(TestPayers.GemeentePreventie, t));
        Assert.Equal(1e6 + 1e6 / (1 + r), result.DiscountedCosts(TestPayers.GemeentePreventie), 6);
    }

    [Fact]
    public void Intensity_ramps_up_and_fades_out_linearly_over_exactly_the_given_years()
    {
        // by hand: ramp-up 2 → 1/2, 1; fade-out 4 after 2027 → 4/5, 3/5, 2/5, 1/5 in 2028-2031, then 0
        var iv = new Intervention { Name = "x", TargetBands = InventoryBands.All, Reach = SourcedValue.One, StartYear = new CalendarYear(2025), EndYear = new CalendarYear(2027), RampUpYears = 2, FadeOutYears = 4 };
        double[] expected = [0, 0.5, 1, 1, 0.8, 0.6, 0.4, 0.2, 0, 0];
        for (var y = 2024; y <= 2033; y++) Assert.Equal(expected[y - 2024], iv.Intensity(new CalendarYear(y)), 15);
        // fade-out 0 stops at once; 1 gives exactly one year at half the level; 3 gives 3/4, 1/2, 1/4
        Assert.Equal(0, (iv with { FadeOutYears = 0 }).Intensity(new CalendarYear(2028)));
        Assert.Equal(0.5, (iv with { FadeOutYears = 1 }).Intensity(new CalendarYear(2028)));
        Assert.Equal(0, (iv with { FadeOutYears = 1 }).Intensity(new CalendarYear(2029)));
        Assert.Equal([0.75, 0.5, 0.25, 0], CalendarYear.Range(new(2028), new(2031)).Select(y => (iv with { FadeOutYears = 3 }).Intensity(y)).ToArray());
        // fading from a level the ramp-up had not completed: ramp 4 stopped after its first year (1/4), fade-out 1 → 1/8
        var shortLived = iv with { EndYear = new CalendarYear(2025), RampUpYears = 4, FadeOutYears = 1 };
        Assert.Equal([0.25, 0.125, 0], CalendarYear.Range(new(2025), new(2027)).Select(shortLived.Intensity).ToArray());
        // the number of years with a non-zero intensity after funding stops equals the fade-out years
        for (var f = 0; f <= 6; f++)
            Assert.Equal(f, CalendarYear.Range(new(2028), new(2047)).Count(y => (iv with { FadeOutYears = f }).Intensity(y) > 0));
    }

    [Fact]
    public void Transition_change_scales_probability_by_reach_and_effect()
    {
        const double p = 0.1, reach = 0.4, change = -0.5;
        var model = TestModels.Chain(new[,] { { 0, p }, { 0, 0 } }, TestModels.OnlyIn(InventoryBands.Age80Plus, 1000), [1.0, 0.0]);
        var iv = new Intervention
        {
            Name = "x", TargetBands = [InventoryBands.Age80Plus], StartYear = new CalendarYear(2024),
            Reach = new SourcedValue(ValueExpression.Of(reach), "t", false),
            Effects = [new InterventionEffect(EffectKind.TransitionChange, 0, 1, new SourcedValue(ValueExpression.Of(change), "t", false))],
        };
        var result = CompiledScenario.Compile(model, TestModels.Plain(2, 0, [iv])).RunWithTrace();
        var pEff = p * (1 + reach * change); // 0.08
        Assert.Equal(1000 * (1 - Math.Pow(1 - pEff, 2)), result.Count(2, 1), 9);
    }

    [Fact]
    public void Route_shift_adds_reach_times_share_to_the_transition()
    {
        var model = TestModels.Chain(new double[2, 2], TestModels.OnlyIn(InventoryBands.Age80Plus, 1000), [0.0, 1.0]);
        var iv = new Intervention
        {
            Name = "x", TargetBands = InventoryBands.All, StartYear = new CalendarYear(2024),
            Reach = new SourcedValue(ValueExpression.Of(0.5), "t", false),
            NeighbourhoodShare = new SourcedValue(ValueExpression.Of(0.2), "t", false),
            Effects = [new InterventionEffect(EffectKind.RouteShift, 1, 0, new SourcedValue(ValueExpression.Of(0.3), "t", false))],
        };
        var result = CompiledScenario.Compile(model, TestModels.Plain(1, 0, [iv])).RunWithTrace();
        Assert.Equal(1000 * 0.5 * 0.2 * 0.3, result.Count(1, 0), 9);
    }

    [Fact]
    public void Scenario_and_comparator_share_parameter_indices_for_common_random_numbers()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var s = CompiledScenario.Compile(model, ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, "verschuiven-naar-voorliggend.yaml"), model));
        var c = CompiledScenario.Compile(model, ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, "basis.yaml"), model));
        Assert.Equal(s.ParameterCount, c.ParameterCount);
        var v = model.Parameters.DefaultVector();
        var bs = s.CreateBuffer();
        var bc = c.CreateBuffer();
        // raise the Wlz cost: both runs see it, so the Wlz cost difference scales exactly
        s.Run(v, bs); c.Run(v, bc);
        var diff1 = bc.DiscountedCosts(TestPayers.Wlz, 0.0225) - bs.DiscountedCosts(TestPayers.Wlz, 0.0225);
        // the Wlz pays the gross cost minus the residents' own contribution (a transfer): double both
        v[model.Parameters.IndexOf("kosten_wlz_per_client")] *= 2;
        v[model.Parameters.IndexOf("eigen_bijdrage_wlz")] *= 2;
        s.Run(v, bs); c.Run(v, bc);
        var diff2 = bc.DiscountedCosts(TestPayers.Wlz, 0.0225) - bs.DiscountedCosts(TestPayers.Wlz, 0.0225);
        Assert.NotEqual(0, diff1);
        Assert.Equal(2 * diff1, diff2, 6);
    }

    [Fact]
    public void Repeated_runs_with_same_vector_give_identical_results()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var s = CompiledScenario.Compile(model, ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, "wijkpilot.yaml"), model));
        var buffer = s.CreateBuffer();
        var v = model.Parameters.DefaultVector();
        s.Run(v, buffer);
        var first = buffer.PayerCosts.ToArray();
        s.Run(v, buffer);
        Assert.Equal(first, buffer.PayerCosts);
        Assert.Equal(first, s.RunWithTrace().Buffer.PayerCosts);
    }
}
