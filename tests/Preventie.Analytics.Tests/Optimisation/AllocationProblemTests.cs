using Preventie.Analytics.Optimisation;

namespace Preventie.Analytics.Tests.Optimisation;

public class AllocationProblemTests
{
    /// <summary>Every combination of options, checked by hand-written arithmetic: the independent reference.</summary>
    private static (double Value, int[]? Choice) BruteForce(AllocationProblem p)
    {
        var best = double.NegativeInfinity;
        int[]? bestChoice = null;
        var choice = new int[p.Items.Count];
        void Recurse(int i)
        {
            if (i == p.Items.Count)
            {
                if (!p.Satisfies(choice)) return;
                var v = Enumerable.Range(0, choice.Length).Sum(k => p.Items[k].Value[choice[k]]);
                if (v > best + 1e-9) { best = v; bestChoice = (int[])choice.Clone(); }
                return;
            }
            for (var o = 0; o < p.Items[i].Options; o++) { choice[i] = o; Recurse(i + 1); }
        }
        Recurse(0);
        return (best, bestChoice);
    }

    [Fact]
    public void Linear_independent_toy_funds_in_the_order_of_return_per_euro()
    {
        // scales 0, 0.5, 1, 1.5, 2 of four activities costing 100 per unit scale, with linear returns per euro 3, 2, 1.5, 0.5:
        // with a budget of 500 the optimum fills by return per euro: A at 2 (200), B at 2 (200), C at 1 (100), D at 0.
        double[] perEuro = [3, 2, 1.5, 0.5];
        double[] scales = [0, 0.5, 1, 1.5, 2];
        var items = perEuro.Select((r, i) => new AllocationItem($"act{i}", scales.Select(s => 100 * s).ToArray(),
            scales.Select(s => r * 100 * s).ToArray())).ToList();
        var solution = new AllocationProblem(items, 500).Solve();
        Assert.Equal(AllocationStatus.Optimal, solution.Status);
        Assert.Equal([4, 4, 2, 0], solution.Choice);
        Assert.Equal(3 * 200 + 2 * 200 + 1.5 * 100, solution.Objective, 6);
        Assert.Equal(500, solution.Cost, 6);
    }

    [Fact]
    public void On_off_knapsack_where_greedy_by_ratio_is_wrong_gets_the_true_optimum()
    {
        // ratios: a 1.5 (cost 100), b 2.5 (200), c 1.5 (300), d 1.0 (400); budget 500: greedy b, a (then c does not fit) = 650,
        // optimum b + c = 950
        double[] cost = [100, 200, 300, 400];
        double[] value = [150, 500, 450, 400];
        var items = cost.Select((c, i) => new AllocationItem($"x{i}", [0, c], [0, value[i]])).ToList();
        var solution = new AllocationProblem(items, 500).Solve();
        Assert.Equal([0, 1, 1, 0], solution.Choice);
        Assert.Equal(950, solution.Objective, 6);
    }

    [Fact]
    public void Must_fund_options_and_floors_hold_and_match_brute_force_on_random_instances()
    {
        var rng = new Random(7);
        for (var trial = 0; trial < 25; trial++)
        {
            var n = rng.Next(2, 5);
            var items = Enumerable.Range(0, n).Select(i =>
            {
                var options = rng.Next(2, 4);
                var cost = Enumerable.Range(0, options).Select(o => o * rng.Next(50, 150) * 1.0).ToArray();
                var val = Enumerable.Range(0, options).Select(o => o == 0 ? 0 : rng.Next(-100, 300) * 1.0).ToArray();
                bool[]? allowed = rng.NextDouble() < 0.2 ? Enumerable.Range(0, options).Select(o => o > 0).ToArray() : null;
                return new AllocationItem($"i{i}", cost, val, allowed);
            }).ToList();
            var problem = new AllocationProblem(items, rng.Next(100, 500));
            var floor = items.Select(it => Enumerable.Range(0, it.Options).Select(_ => rng.Next(-50, 100) * 1.0).ToArray()).ToArray();
            problem.Requirements.Add(new LinearRequirement("vloer", floor, rng.Next(-50, 100)));
            // a chance constraint over 6 scenarios with one row each
            var scen = 6;
            var coef = items.Select(it => Enumerable.Range(0, it.Options).Select(_ => Enumerable.Range(0, scen).Select(_ => rng.Next(-50, 50) * 1.0).ToArray()).ToArray()).ToArray();
            problem.Chance = new ChanceRequirement("kans", scen, 1, coef, Enumerable.Range(0, scen).Select(_ => rng.Next(-30, 30) * 1.0).ToArray(), rng.Next(0, 5));

            var (best, bestChoice) = BruteForce(problem);
            var solution = problem.Solve();
            if (bestChoice is null)
            {
                Assert.Equal(AllocationStatus.Infeasible, solution.Status);
                continue;
            }
            Assert.True(solution.HasSolution, $"trial {trial}");
            Assert.True(problem.Satisfies(solution.Choice), $"trial {trial}: solution violates a constraint");
            Assert.Equal(best, solution.Objective, 6);
        }
    }

    [Fact]
    public void Budget_below_the_must_fund_cost_is_infeasible()
    {
        var items = new List<AllocationItem> { new("vast", [0, 300], [0, 10], [false, true]), new("vrij", [0, 100], [0, 5]) };
        Assert.Equal(AllocationStatus.Infeasible, new AllocationProblem(items, 200).Solve().Status);
    }

    [Fact]
    public void Chance_constraint_needing_more_scenarios_than_any_choice_reaches_is_infeasible_and_a_reachable_one_is_met()
    {
        // one on/off item; scenario s holds when the chosen option's coefficient ≥ 0: "on" holds in scenarios 0 and 1 of 3,
        // "off" in none
        var items = new List<AllocationItem> { new("a", [0, 10], [0, 5]) };
        double[][][] coef = [[[-1, -1, -1], [1, 1, -1]]];
        var problem = new AllocationProblem(items, 100) { Chance = new ChanceRequirement("kans", 3, 1, coef, [0, 0, 0], 3) };
        Assert.Equal(AllocationStatus.Infeasible, problem.Solve().Status);
        problem.Chance = problem.Chance with { MinimumScenarios = 2 };
        var solution = problem.Solve();
        Assert.Equal([1], solution.Choice);
        Assert.True(problem.Satisfies(solution.Choice));
    }
}
