using FsCheck.Xunit;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Model;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Uncertainty;
using Xunit;

namespace Preventie.Analytics.Tests.Simulation;

/// <summary>
/// Speed must not change the numbers: the engine's fast path (<see cref="CompiledScenario.Run(ReadOnlySpan{double}, SimulationBuffer)"/>
/// and the traced run) equals the plain <see cref="ReferenceSimulation"/> to 1e-12 relative — on random valid models
/// (FsCheck) and on every shipped scenario, at the point values and at sampled PSA vectors — including the count and
/// place of corrected probabilities.
/// </summary>
public class FastPathEqualsReferenceTests
{
    private const double Tolerance = 1e-12;

    [Property(MaxTest = 300)]
    public void Fast_path_equals_the_plain_reference_on_random_valid_models(Guid seed)
    {
        var (model, scenario) = RandomModels.Create(seed.GetHashCode());
        var compiled = new CompiledScenario(model, scenario); // not through the compiler: corrected probabilities are wanted here
        var vector = model.Parameters.DefaultVector();
        AssertEqual(ReferenceSimulation.Run(model, scenario, vector), compiled, vector, $"seed {seed.GetHashCode()}");
    }

    public static TheoryData<string> ShippedScenarios() =>
        new(Directory.GetFiles(TestModels.ScenarioDir, "*.yaml").Select(Path.GetFileName).OfType<string>().Order());

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void Fast_path_equals_the_plain_reference_on_every_shipped_scenario_at_point_values_and_sampled_vectors(string file)
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var scenario = ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, file), model);
        var compiled = CompiledScenario.Compile(model, scenario);
        var point = model.Parameters.DefaultVector();
        AssertEqual(ReferenceSimulation.Run(model, scenario, point), compiled, point, file + " (puntwaarden)");

        var sampler = UncertainParameters.FromParameterSet(model.Parameters).CreateSampler(42);
        var random = new DrawRandom();
        for (var draw = 0; draw < 25; draw++)
        {
            var vector = (double[])point.Clone();
            sampler.Sample(draw, random, vector);
            AssertEqual(ReferenceSimulation.Run(model, scenario, vector), compiled, vector, $"{file} (trekking {draw})");
        }
    }

    [Fact]
    public void The_reference_itself_gets_a_hand_computed_two_state_case_right()
    {
        // one band (80+, no ageing) of 1,000 people, 10% a year from s0 to s1 and 30% back; cost 100 in s1 for the Wmo
        var p = new double[2, 2];
        p[0, 1] = 0.1;
        p[1, 0] = 0.3;
        var model = TestModels.Chain(p, TestModels.OnlyIn(InventoryBands.Age80Plus, 1000), [1.0, 0.0], costPerState: [0, 100]);
        var r = ReferenceSimulation.Run(model, TestModels.Plain(2), model.Parameters.DefaultVector());
        // year 1: 1,000 → (900, 100); year 2: (900·0.9 + 100·0.3, 900·0.1 + 100·0.7) = (840, 160)
        Assert.Equal([1000, 0, 900, 100, 840, 160], r.StateCounts);
        // life-table person-years in s1: (0 + 100)/2 = 50, then (100 + 160)/2 = 130; costs 100 per person-year
        Assert.Equal(5_000, r.PayerCosts[0], 9);
        Assert.Equal(13_000, r.PayerCosts[1], 9);
    }

    private static void AssertEqual(ReferenceSimulation.Result expected, CompiledScenario compiled, double[] vector, string what)
    {
        var buffer = compiled.CreateBuffer();
        compiled.Run(vector, buffer);
        Compare(expected.PayerCosts, buffer.PayerCosts, what + ": kosten per betaler");
        Compare(expected.InterventionCosts, buffer.InterventionCosts, what + ": interventiekosten");
        Compare(expected.TransitionCosts, buffer.TransitionCosts, what + ": overgangskosten");
        Compare(expected.StateCounts, buffer.StateCounts, what + ": aantallen per toestand");
        Compare(expected.PersonYears, buffer.PersonYears, what + ": persoonsjaren");
        Assert.True(expected.Clamps == buffer.Clamps, $"{what}: {buffer.Clamps} correcties, referentie {expected.Clamps}");
        Assert.True(expected.ClampedRows.SequenceEqual(buffer.ClampedRows), what + ": gecorrigeerde rijen");

        // the traced run is the same computation
        var traced = compiled.RunWithTrace(vector);
        Compare(expected.PayerCosts, traced.Buffer.PayerCosts, what + ": kosten per betaler (met trace)");
        Compare(expected.StateCounts, traced.Buffer.StateCounts, what + ": aantallen per toestand (met trace)");
    }

    private static void Compare(double[] expected, double[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        var scale = expected.Select(Math.Abs).DefaultIfEmpty(0).Max();
        for (var i = 0; i < expected.Length; i++)
        {
            var allowed = Tolerance * Math.Max(Math.Abs(expected[i]), 1e-3 * scale);
            Assert.True(Math.Abs(expected[i] - actual[i]) <= allowed,
                $"{what}[{i}]: snel {actual[i]:R}, referentie {expected[i]:R} (verschil {Math.Abs(expected[i] - actual[i]):E2})");
        }
    }
}
