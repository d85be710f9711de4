using Preventie.Analytics.Parameters;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Tests.Wijken;

public class AllocationTests
{
    /// <summary>Continuous optimum of Σ N_i(1 − e^(−c x_i/P_i)) s.t. Σ x_i = X, x ≥ 0 (KKT):
    /// x_i = max(0, P_i/c · ln(c N_i/(P_i λ))), λ by bisection — an independent closed-form computation.</summary>
    private static double[] Kkt(double[] need, double[] pop, double c, double total)
    {
        double[] X(double lambda) => need.Select((n, i) => Math.Max(0, pop[i] / c * Math.Log(c * n / (pop[i] * lambda)))).ToArray();
        double lo = 1e-12, hi = c;
        for (var k = 0; k < 200; k++)
        {
            var mid = Math.Sqrt(lo * hi);
            if (X(mid).Sum() > total) lo = mid; else hi = mid;
        }
        return X(Math.Sqrt(lo * hi));
    }

    [Fact]
    public void Greedy_split_matches_the_KKT_optimum_within_the_grid_step()
    {
        double[] need = [120, 300, 80, 500, 40];
        double[] pop = [2000, 3000, 2500, 6000, 1000];
        var model = new PresenceModel(PersonsPerFte: 400, Effect: 0.15, SavingPerPerson: 4560, CostPerFte: 80_000);
        var greedy = model.Optimal(need, pop, 10, step: 0.01);
        var kkt = Kkt(need, pop, 400, 10);
        Assert.Equal(10, greedy.Sum(), 1e-9);
        Assert.True(kkt.Count(v => v > 0) >= 3); // an interior optimum, not a corner
        for (var i = 0; i < need.Length; i++) Assert.Equal(kkt[i], greedy[i], 0.02);
        Assert.True(model.Helped(need, pop, greedy) >= model.Helped(need, pop, Enumerable.Repeat(2.0, 5).ToArray()));
    }

    [Fact]
    public void Greedy_equals_brute_force_on_a_small_grid()
    {
        double[] need = [50, 10, 200];
        double[] pop = [100, 40, 900];
        var model = new PresenceModel(40, 0.2, 1000, 0);
        var greedy = model.Optimal(need, pop, 3, step: 0.5);
        var best = double.NegativeInfinity;
        for (var a = 0; a <= 6; a++)
            for (var b = 0; a + b <= 6; b++)
                best = Math.Max(best, model.Helped(need, pop, [a * 0.5, b * 0.5, (6 - a - b) * 0.5]));
        Assert.Equal(best, model.Helped(need, pop, greedy), 1e-9);
    }

    [Fact]
    public void Upper_and_lower_bounds_are_respected()
    {
        var x = ConcaveAllocator.Allocate((i, v) => Math.Sqrt(v) * (i + 1), 3, 6, 1, [1, 1, 10]);
        Assert.Equal([1.0, 1.0, 4.0], x);
        var y = ConcaveAllocator.Allocate((i, v) => v * (i + 1), 3, 6, 1, lower: [1, 2, 0]); // linear: the rest to the best area
        Assert.Equal([1.0, 2.0, 3.0], y);
    }

    [Fact]
    public void Presence_allocation_on_the_illustrative_data_beats_todays_even_split_with_its_uncertainty()
    {
        var set = WijkFile.Read(Path.Combine(WijkDataTests.WijkDir, "wijken.csv"));
        var areas = AreaIndicatorFile.Read(Path.Combine(WijkDataTests.WijkDir, "buurtindicatoren-voorbeeld.csv"));
        var need = NeedModel.Fit(areas, new NeedModelOptions());
        var perWijk = need.PerWijk.ToDictionary(w => w.Wijk, w => w.Observed);
        var r = PresenceAllocation.Run(set, perWijk, ParameterFile.Read(Path.Combine(WijkDataTests.WijkDir, "presentie.csv")), Path.Combine(WijkDataTests.WijkDir, "presentie.csv"), draws: 200, seed: 1, dispersion: need.Dispersion);
        Assert.Equal(9, r.Wijken.Count);
        Assert.Equal(10, r.PresenceFte, 1e-9); // 50/50 of 20 fte (seed 003)
        Assert.Equal(10, r.Optimal.Sum(), 1e-9);
        Assert.All(r.Today, t => Assert.Equal(10.0 / 9, t, 1e-12));
        Assert.True(r.HelpedOptimal >= r.HelpedToday);
        Assert.All(r.Optimal, x => Assert.True(x >= 0.5 - 1e-9)); // presentie_minimum_per_wijk
        // the first fte helps in proportion to the need RATE: the wijk with the highest rate gets the most fte
        var rate = r.Need.Select((n, i) => n / r.Wijken[i].Inhabitants).ToArray();
        Assert.Equal(Array.IndexOf(rate, rate.Max()), Array.IndexOf(r.Optimal.ToArray(), r.Optimal.Max()));
        Assert.InRange(r.ProbabilityBetter, 0, 1);
        Assert.True(r.GainHelped.P05 <= r.GainHelped.Mean && r.GainHelped.Mean <= r.GainHelped.P95);
        Assert.True(r.IsIllustrative);
        var again = PresenceAllocation.Run(set, perWijk, ParameterFile.Read(Path.Combine(WijkDataTests.WijkDir, "presentie.csv")), Path.Combine(WijkDataTests.WijkDir, "presentie.csv"), draws: 200, seed: 1, dispersion: need.Dispersion);
        Assert.Equal(r.GainEuro, again.GainEuro);
    }
}

/// <summary>The OR-Tools LP (<see cref="PiecewiseLinearAllocator"/>) against the independent greedy reference
/// (<see cref="ConcaveAllocator"/>) on the same breakpoint grid.</summary>
public class PiecewiseLinearAllocatorTests
{
    [Fact]
    public void The_LP_split_equals_the_greedy_split_on_random_presence_problems()
    {
        var random = new Random(20241202);
        for (var trial = 0; trial < 40; trial++)
        {
            var n = random.Next(2, 11);
            var need = Enumerable.Range(0, n).Select(_ => random.NextDouble() * 800).ToArray();
            var pop = Enumerable.Range(0, n).Select(_ => 1000 + random.NextDouble() * 12_000).ToArray();
            var model = new PresenceModel(100 + random.NextDouble() * 700, 0.05 + random.NextDouble() * 0.3, 4560, 80_000);
            var total = Math.Round(1 + random.NextDouble() * 20, 1);
            var minimum = random.NextDouble() < 0.5 ? 0 : Math.Min(0.5, Math.Floor(total / n * 10) / 10);
            var lp = model.Optimal(need, pop, total, 0.1, minimum);
            var greedy = ConcaveAllocator.Allocate((i, x) => model.Helped(need[i], pop[i], x), n, total, 0.1,
                lower: minimum > 0 ? Enumerable.Repeat(minimum, n).ToArray() : null);
            var a = model.Helped(need, pop, lp);
            var b = model.Helped(need, pop, greedy);
            Assert.Equal(b, a, Math.Max(1e-9, 1e-9 * b)); // objective within 1e-9 relative
            Assert.Equal(greedy.Sum(), lp.Sum(), 1e-9);
            Assert.Equal(greedy, lp); // the same split on the grid (random data: no ties)
            Assert.All(lp, x => Assert.True(x >= minimum - 1e-9));
        }
    }

    [Fact]
    public void The_LP_respects_upper_and_lower_bounds_like_the_reference()
    {
        Func<int, double, double> sqrt = (i, v) => Math.Sqrt(v) * (i + 1);
        Assert.Equal(ConcaveAllocator.Allocate(sqrt, 3, 6, 1, [1, 1, 10]), PiecewiseLinearAllocator.Allocate(sqrt, 3, 6, 1, [1, 1, 10]));
        Assert.Equal([1.0, 1.0, 4.0], PiecewiseLinearAllocator.Allocate(sqrt, 3, 6, 1, [1, 1, 10]));
        Assert.Equal([1.0, 2.0, 3.0], PiecewiseLinearAllocator.Allocate((i, v) => v * (i + 1), 3, 6, 1, lower: [1, 2, 0]));
        Assert.Equal([1.0, 1.0, 1.0], PiecewiseLinearAllocator.Allocate(sqrt, 3, 6, 1, [1, 1, 1])); // bounds below the total: as much as they allow
        Assert.Throws<ArgumentException>(() => PiecewiseLinearAllocator.Allocate(sqrt, 2, 1, 0.5, lower: [1, 1]));
    }
}
