using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Model;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Population;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Uncertainty;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Tests.Simulation;

/// <summary>
/// Property tests (FsCheck) over random valid models: a chain of 2-4 states with random transition probabilities
/// (each state's outflows below 1), random populations per band and start shares, random costs and horizons.
/// </summary>
public class ModelPropertyTests
{
    /// <summary>A random valid chain model: probabilities, populations, start shares, costs per state (state 0 costs nothing).</summary>
    public sealed record RandomModel(double[,] P, double[] Population, double[] Shares, double[] Costs, int Cycles)
    {
        public ModelDefinition Build() => TestModels.Chain(P, Population, Shares, costPerState: Costs);
        public override string ToString() =>
            $"states {Shares.Length}, cycles {Cycles}, P [{string.Join("; ", Enumerable.Range(0, Shares.Length).Select(i => string.Join(" ", Enumerable.Range(0, Shares.Length).Select(j => P[i, j].ToString("0.###")))))}]";
    }

    private static Gen<double> Unit => Gen.Choose(0, 1000).Select(i => i / 1000.0);

    private static Gen<RandomModel> Models(int minStates = 2, int maxStates = 4) =>
        from n in Gen.Choose(minStates, maxStates)
        from raw in Gen.ArrayOf(Unit, n * n)
        from pop in Gen.ArrayOf(Gen.Choose(0, 20_000).Select(i => (double)i), 8)
        from share in Gen.ArrayOf(Gen.Choose(1, 100).Select(i => (double)i), n)
        from cost in Gen.ArrayOf(Gen.Choose(0, 10_000).Select(i => (double)i), n)
        from cycles in Gen.Choose(1, 25)
        select Make(n, raw, pop, share, cost, cycles);

    private static RandomModel Make(int n, double[] raw, double[] pop, double[] share, double[] cost, int cycles)
    {
        var p = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            // each row's outflows scaled to a random total below 1
            var row = Enumerable.Range(0, n).Where(j => j != i).Select(j => raw[i * n + j]).ToArray();
            var sum = row.Sum();
            var total = raw[i * n + i] * 0.95;
            for (int j = 0, k = 0; j < n; j++)
                if (j != i) p[i, j] = sum > 0 ? row[k++] / sum * total : 0;
        }
        var shares = share.Select(s => s / share.Sum()).ToArray();
        var costs = cost.ToArray();
        costs[0] = 0;
        return new RandomModel(p, pop, shares, costs, cycles);
    }

    private static Intervention Effect(double size, double reach = 1, int to = 1) => new()
    {
        Name = "effect", TargetBands = InventoryBands.All, StartYear = new CalendarYear(2024),
        Reach = new SourcedValue(ValueExpression.Of(reach), "test", false),
        Effects = [new InterventionEffect(EffectKind.TransitionChange, 0, to, new SourcedValue(ValueExpression.Of(size), "test", false))],
    };

    [Property(MaxTest = 150)]
    public Property People_are_conserved_without_births_deaths_or_migration() =>
        Prop.ForAll(Models().ToArbitrary(), m =>
        {
            var r = CompiledScenario.Compile(m.Build(), TestModels.Plain(m.Cycles)).RunWithTrace();
            var start = m.Population.Sum();
            return Enumerable.Range(0, m.Cycles + 1).All(t =>
                Math.Abs(Enumerable.Range(0, m.Shares.Length).Sum(s => r.Count(t, s)) - start) <= 1e-9 * Math.Max(1, start));
        });

    [Property(MaxTest = 100)]
    public Property A_zero_effect_equals_the_comparator_exactly() =>
        Prop.ForAll(Models().ToArbitrary(), Unit.ToArbitrary(), (m, reach) =>
        {
            var model = m.Build();
            var to = m.P[0, 1] > 0 ? 1 : -1;
            if (to < 0) return true; // no transition to change
            var pair = ScenarioPair.From(CompiledScenario.Compile(model, TestModels.Plain(m.Cycles, 0.03, [Effect(0, reach)])),
                CompiledScenario.Compile(model, TestModels.Plain(m.Cycles, 0.03)));
            var cmp = pair.Compare();
            return cmp.Payers.All(o => o.SavingsByYear.All(v => v == 0) && o.InvestmentByYear.All(v => v == 0))
                   && cmp.SelfReliantYearsGained == 0 && cmp.Total.BreakEvenYear is null;
        });

    [Property(MaxTest = 100)]
    public Property A_larger_beneficial_effect_never_lowers_the_savings() =>
        // two states (self-reliant at no cost, needing support at a cost): lowering the inflow more keeps more people
        // self-reliant in every year, so every year's savings and the discounted total can only grow
        Prop.ForAll(Models(2, 2).ToArbitrary(), Unit.ToArbitrary(), Unit.ToArbitrary(), (m, a, b) =>
        {
            var model = m.Build();
            var (small, large) = (-Math.Min(a, b), -Math.Max(a, b));
            var comparator = CompiledScenario.Compile(model, TestModels.Plain(m.Cycles, 0.03));
            ScenarioComparison With(double size) =>
                ScenarioPair.From(CompiledScenario.Compile(model, TestModels.Plain(m.Cycles, 0.03, [Effect(size)])), comparator).Compare();
            var s = With(small).Total;
            var l = With(large).Total;
            var tol = 1e-9 * (m.Population.Sum() * m.Costs.Max() + 1);
            return Enumerable.Range(0, m.Cycles).All(t => l.SavingsByYear[t] >= s.SavingsByYear[t] - tol && s.SavingsByYear[t] >= -tol)
                   && l.SavingsDiscounted >= s.SavingsDiscounted - tol;
        });

    [Property(MaxTest = 40)]
    public Property The_PSA_with_zero_spread_equals_the_deterministic_run() =>
        Prop.ForAll(Models().ToArbitrary(), Gen.Choose(1, 50).ToArbitrary(), (m, draws) =>
        {
            var model = m.Build();
            var to = m.P[0, 1] > 0 ? 1 : -1;
            var effects = to > 0 ? new[] { Effect(-0.3, 0.5) } : [];
            var scenario = CompiledScenario.Compile(model, TestModels.Plain(m.Cycles, 0.03, effects));
            var comparator = CompiledScenario.Compile(model, TestModels.Plain(m.Cycles, 0.03));
            var det = ScenarioPair.From(scenario, comparator).Compare();
            // every parameter gets a distribution without spread (normal with sd 0)
            var set = model.Parameters;
            var uncertain = new UncertainParameters(set, set.All.Select(p => (ParameterDistribution)new NormalDistribution(p.Name, p.Value, 0)));
            var psa = ProbabilisticAnalysis.Run(scenario, comparator, uncertain, new PsaOptions { Draws = draws, MaxDegreeOfParallelism = 2, ChunkSize = 7 });
            var expected = det.Rows.ToList();
            return expected.Select((e, g) => (e, r: psa.Groups[g])).All(x =>
                       x.r.NetBenefit.Mean == x.e.NetBenefitDiscounted && x.r.NetBenefit.Low == x.e.NetBenefitDiscounted
                       && x.r.NetBenefit.High == x.e.NetBenefitDiscounted
                       && Enumerable.Range(0, m.Cycles).All(t => x.r.NetBenefitByYear[t].Mean == x.e.NetBenefitByYear[t]))
                   && psa.SelfReliantYearsGainedDiscounted.Mean == det.SelfReliantYearsGainedDiscounted;
        });
}
