using MathNet.Numerics.LinearAlgebra;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Model;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Population;
using Preventie.Analytics.Simulation;

namespace Preventie.Analytics.Tests.Simulation;

/// <summary>The model against closed forms computed here, never against its own earlier output.</summary>
public class ClosedFormTests
{
    /// <summary>Runs the default model for 12 years with the named parameters set to 0 through the parameter vector.</summary>
    private static (ModelDefinition Model, SimulationBuffer Buffer) RunDefaultWithZero(Func<string, bool> zero)
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var compiled = CompiledScenario.Compile(model, TestModels.Plain(12));
        var v = model.Parameters.DefaultVector();
        for (var i = 0; i < v.Length; i++)
            if (zero(model.Parameters[i].Name)) v[i] = 0;
        var buffer = compiled.CreateBuffer();
        compiled.Run(v, buffer);
        return (model, buffer);
    }

    [Fact]
    public void Default_model_conserves_population_without_births_deaths_and_migration()
    {
        var (model, buffer) = RunDefaultWithZero(n => n.StartsWith("sterfte_") || n.StartsWith("migratie_") || n == "geboortecijfer");
        var S = model.States.Count;
        var overleden = model.StateIndex("overleden");
        for (var t = 0; t <= 12; t++)
        {
            var living = Enumerable.Range(0, S).Where(s => s != overleden).Sum(s => buffer.StateCounts[t * S + s]);
            Assert.Equal(103_415, living, 6);
            Assert.Equal(0, buffer.StateCounts[t * S + overleden], 9);
        }
    }

    [Fact]
    public void Default_model_total_including_outflow_is_conserved_with_deaths_but_without_births_and_migration()
    {
        var (model, buffer) = RunDefaultWithZero(n => n.StartsWith("migratie_") || n == "geboortecijfer");
        var S = model.States.Count;
        for (var t = 0; t <= 12; t++)
            Assert.Equal(103_415, Enumerable.Range(0, S).Sum(s => buffer.StateCounts[t * S + s]), 6);
        Assert.True(buffer.StateCounts[12 * S + model.StateIndex("overleden")] > 0);
    }

    [Fact]
    public void Two_state_chain_converges_to_analytic_steady_state()
    {
        const double p = 0.12, q = 0.3;
        var model = TestModels.Chain(new[,] { { 0, p }, { q, 0 } }, TestModels.OnlyIn(InventoryBands.Age28To44, 1000), [1.0, 0.0]);
        var result = CompiledScenario.Compile(model, TestModels.Plain(150)).RunWithTrace();
        var pi = p / (p + q);
        // exact transient: share_B(n) = pi + (b0 - pi)(1 - p - q)^n, b0 = 0
        for (var n = 0; n <= 150; n += 7)
            Assert.Equal(1000 * (pi + (0 - pi) * Math.Pow(1 - p - q, n)), result.Count(n, 1), 9);
        Assert.Equal(1000 * pi, result.Count(150, 1), 9);
        Assert.Equal(1000 * (1 - pi), result.Count(150, 0), 9);
    }

    [Fact]
    public void Three_state_chain_after_n_cycles_equals_matrix_power()
    {
        var p = new[,] { { 0, 0.10, 0.02 }, { 0.25, 0, 0.05 }, { 0.01, 0.03, 0 } };
        // population spread over all bands: ageing keeps the state, so band totals follow the same chain
        double[] pop = [400, 900, 500, 1300, 2300, 2700, 1500, 500];
        double[] shares = [0.8, 0.15, 0.05];
        var model = TestModels.Chain(p, pop, shares);
        const int n = 9;
        var result = CompiledScenario.Compile(model, TestModels.Plain(n)).RunWithTrace();

        var m = Matrix<double>.Build.DenseOfArray(p);
        for (var i = 0; i < 3; i++) m[i, i] = 1 - m.Row(i).Sum();
        var x0 = Vector<double>.Build.DenseOfArray(shares.Select(s => s * pop.Sum()).ToArray());
        var xn = m.Transpose().Power(n) * x0; // row vector x0ᵀ Pⁿ
        for (var s = 0; s < 3; s++) Assert.Equal(xn[s], result.Count(n, s), 8);
        // one band without ageing out (80+): the band itself follows x0ᵀ Pⁿ
        var only80 = CompiledScenario.Compile(TestModels.Chain(p, TestModels.OnlyIn(InventoryBands.Age80Plus, 500), shares), TestModels.Plain(n)).RunWithTrace();
        var y = m.Transpose().Power(n) * Vector<double>.Build.DenseOfArray(shares.Select(s => s * 500).ToArray());
        for (var s = 0; s < 3; s++) Assert.Equal(y[s], only80.Count(n, InventoryBands.Age80Plus, s), 9);
    }

    [Fact]
    public void Constant_cost_stream_discounts_to_annuity_formula()
    {
        const double people = 2500, cost = 4560, r = 0.0225;
        const int T = 12;
        var model = TestModels.Chain(new double[1, 1], TestModels.OnlyIn(InventoryBands.Age80Plus, people), [1.0], costPerState: [cost], payer: TestPayers.GemeenteWmo);
        var result = CompiledScenario.Compile(model, TestModels.Plain(T, r)).RunWithTrace();
        var c = people * cost;
        // annuity-due: first year undiscounted
        var annuity = c * (1 - Math.Pow(1 + r, -T)) / r * (1 + r);
        Assert.Equal(annuity, result.DiscountedCosts(TestPayers.GemeenteWmo), 6);
        for (var t = 0; t < T; t++) Assert.Equal(c, result.Costs(TestPayers.GemeenteWmo, t), 6);
        Assert.Equal(0, result.DiscountedCosts(TestPayers.Wlz));
    }

    [Fact]
    public void Ageing_moves_one_over_band_width_per_year()
    {
        var pop = Enumerable.Repeat(1000.0, 8).ToArray();
        var model = TestModels.Chain(new double[1, 1], pop, [1.0]);
        var result = CompiledScenario.Compile(model, TestModels.Plain(2)).RunWithTrace();
        int[] widths = [4, 9, 5, 10, 17, 20, 15];
        for (var b = 0; b < 8; b++)
        {
            var stay = b < 7 ? 1000 * (1 - 1.0 / widths[b]) : 1000;
            var arrive = b > 0 ? 1000.0 / widths[b - 1] : 0;
            Assert.Equal(stay + arrive, result.Count(1, InventoryBands.All[b], 0), 9);
        }
        Assert.Equal(8000, Enumerable.Range(0, 8).Sum(b => result.Count(2, InventoryBands.All[b], 0)), 9);
    }

    [Fact]
    public void Births_enter_youngest_band_from_living_population_at_start_of_year()
    {
        const double rate = 0.01;
        var model = TestModels.Chain(new[,] { { 0, 0.1 }, { 0.2, 0 } }, TestModels.OnlyIn(InventoryBands.Age28To44, 10_000), [0.7, 0.3], birthRate: rate);
        var result = CompiledScenario.Compile(model, TestModels.Plain(1)).RunWithTrace();
        // births = 1% of 10,000 = 100, split 70/30 by the start shares
        Assert.Equal(70, result.Count(1, InventoryBands.Pregnancy0To3, 0), 9);
        Assert.Equal(30, result.Count(1, InventoryBands.Pregnancy0To3, 1), 9);
    }

    [Fact]
    public void Person_years_use_the_mean_of_begin_and_end_of_the_cycle()
    {
        const double p = 0.2;
        var model = TestModels.Chain(new[,] { { 0, p }, { 0, 0 } }, TestModels.OnlyIn(InventoryBands.Age80Plus, 1000), [1.0, 0.0], costPerState: [0, 100]);
        var result = CompiledScenario.Compile(model, TestModels.Plain(3, 0.0)).RunWithTrace();
        // state 1 holds 0, 200, 360, 488 at points 0..3; cycle costs = 100 × mean of begin and end
        double[] b = [0, 200, 360, 488];
        for (var t = 0; t < 3; t++) Assert.Equal(100 * (b[t] + b[t + 1]) / 2, result.Costs(TestPayers.GemeenteWmo, t), 9);
    }

    [Fact]
    public void Time_varying_transition_applies_only_in_its_years()
    {
        var basis = TestModels.Chain(new double[2, 2], TestModels.OnlyIn(InventoryBands.Age80Plus, 1000), [1.0, 0.0]);
        var p = ValueExpression.Of(0.3);
        var rule = new Preventie.Analytics.Transitions.TransitionRule(0, 1, InventoryBands.Age80Plus, 2025, 2026, p, 0);
        var model = new ModelDefinition(basis.Parameters, basis.States, basis.Demography, basis.BirthRate, basis.StartShares, [rule], basis.Costs, basis.Payers);
        var r = CompiledScenario.Compile(model, TestModels.Plain(4)).RunWithTrace();
        // 2024: nothing; 2025 and 2026: 30% of the remaining; 2027: nothing
        double[] expected = [0, 0, 300, 300 + 700 * 0.3, 300 + 700 * 0.3];
        for (var t = 0; t <= 4; t++) Assert.Equal(expected[t], r.Count(t, 1), 9);
    }

    [Fact]
    public void Lean_run_checks_vector_length_and_buffer_owner()
    {
        var model = TestModels.Chain(new double[1, 1], TestModels.OnlyIn(InventoryBands.Age80Plus, 1), [1.0]);
        var a = CompiledScenario.Compile(model, TestModels.Plain(2));
        var b = CompiledScenario.Compile(model, TestModels.Plain(2));
        Assert.Throws<ArgumentException>(() => a.Run(new double[model.Parameters.Count + 1], a.CreateBuffer()));
        Assert.Throws<ArgumentException>(() => a.Run(model.Parameters.DefaultVector(), b.CreateBuffer()));
    }
}
