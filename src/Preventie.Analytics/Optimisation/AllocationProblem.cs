using Google.OrTools.LinearSolver;

namespace Preventie.Analytics.Optimisation;

/// <summary>
/// A separable discrete allocation problem solved exactly as a mixed-integer programme with Google OR-Tools (SCIP):
/// choose one option per <see cref="AllocationItem"/> to maximise the total value, subject to a budget on the total
/// cost, linear requirements (<see cref="LinearRequirement"/>) and an optional chance constraint over sampled
/// scenarios (<see cref="ChanceRequirement"/>). Used for the portfolio of prevention activities (items = activities,
/// options = scales) and reusable for any allocation of one resource over separate units (e.g. fte over wijken:
/// items = wijken, options = fte counts, values = their expected effect).
/// </summary>
public sealed class AllocationProblem
{
    /// <summary>A problem over <paramref name="items"/> with an optional <paramref name="budget"/> on the total cost (null: none).</summary>
    public AllocationProblem(IReadOnlyList<AllocationItem> items, double? budget)
    {
        Items = items;
        Budget = budget;
    }

    /// <summary>The items; exactly one option of each is chosen.</summary>
    public IReadOnlyList<AllocationItem> Items { get; }

    /// <summary>Upper bound on the total cost; null for none.</summary>
    public double? Budget { get; }

    /// <summary>Further linear constraints the choice must meet (added after construction).</summary>
    public List<LinearRequirement> Requirements { get; } = new();

    /// <summary>An optional chance constraint over sampled scenarios (e.g. break-even in enough PSA draws); null for none.</summary>
    public ChanceRequirement? Chance { get; set; }

    /// <summary>Solves the problem (deterministic: SCIP single-threaded).</summary>
    /// <param name="timeLimit">Stop after this long with the best solution found (status <see cref="AllocationStatus.Feasible"/>).</param>
    public AllocationSolution Solve(TimeSpan? timeLimit = null)
    {
        Hosting.NativeAssets.EnsureResolvable(typeof(Solver).Assembly);
        using var solver = Solver.CreateSolver("SCIP") ?? throw new InvalidOperationException(
            "De rekenmodule voor het optimaliseren (OR-Tools, SCIP) is niet beschikbaar: de bijbehorende native bibliotheek kon niet worden geladen. " +
            "Herstel de installatie (dotnet restore) of gebruik een ondersteund platform (Linux, Windows of macOS op x64 of arm64).");
        solver.SetTimeLimit((long)(timeLimit ?? TimeSpan.FromSeconds(30)).TotalMilliseconds);
        var x = new Variable[Items.Count][];
        var objective = solver.Objective();
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            x[i] = new Variable[item.Options];
            var one = solver.MakeConstraint(1, 1, $"een_{i}");
            for (var o = 0; o < item.Options; o++)
            {
                x[i][o] = solver.MakeIntVar(0, item.IsAllowed(o) ? 1 : 0, $"x_{i}_{o}");
                one.SetCoefficient(x[i][o], 1);
                objective.SetCoefficient(x[i][o], item.Value[o]);
            }
        }
        objective.SetMaximization();
        if (Budget is { } budget)
        {
            var c = solver.MakeConstraint(double.NegativeInfinity, budget, "budget");
            for (var i = 0; i < Items.Count; i++)
                for (var o = 0; o < Items[i].Options; o++) c.SetCoefficient(x[i][o], Items[i].Cost[o]);
        }
        foreach (var r in Requirements)
        {
            var c = solver.MakeConstraint(r.Minimum, double.PositiveInfinity, r.Name);
            for (var i = 0; i < Items.Count; i++)
                for (var o = 0; o < Items[i].Options; o++) c.SetCoefficient(x[i][o], r.Coefficients[i][o]);
        }
        if (Chance is { } chance) AddChance(solver, x, chance);

        var status = solver.Solve();
        var result = status switch
        {
            Solver.ResultStatus.OPTIMAL => AllocationStatus.Optimal,
            Solver.ResultStatus.FEASIBLE => AllocationStatus.Feasible,
            Solver.ResultStatus.INFEASIBLE => AllocationStatus.Infeasible,
            _ => AllocationStatus.Unknown,
        };
        var choice = new int[Items.Count];
        if (result is not (AllocationStatus.Optimal or AllocationStatus.Feasible)) return new AllocationSolution(result, choice, double.NaN, double.NaN);
        double value = 0, cost = 0;
        for (var i = 0; i < Items.Count; i++)
        {
            var best = 0;
            for (var o = 1; o < Items[i].Options; o++)
                if (x[i][o].SolutionValue() > x[i][best].SolutionValue()) best = o;
            choice[i] = best;
            value += Items[i].Value[best];
            cost += Items[i].Cost[best];
        }
        return new AllocationSolution(result, choice, value, cost);
    }

    /// <summary>The value and cost of a given choice, and whether it satisfies every constraint (tolerance 1e-6 relative).</summary>
    public bool Satisfies(int[] choice)
    {
        double Sum(Func<int, int, double> f) => Enumerable.Range(0, Items.Count).Sum(i => f(i, choice[i]));
        var tol = 1e-6;
        if (Enumerable.Range(0, Items.Count).Any(i => !Items[i].IsAllowed(choice[i]))) return false;
        if (Budget is { } b && Sum((i, o) => Items[i].Cost[o]) > b + tol * Math.Max(1, Math.Abs(b))) return false;
        foreach (var r in Requirements)
            if (Sum((i, o) => r.Coefficients[i][o]) < r.Minimum - tol * Math.Max(1, Math.Abs(r.Minimum))) return false;
        if (Chance is { } c)
        {
            var holding = 0;
            for (var s = 0; s < c.Scenarios; s++)
            {
                var ok = true;
                for (var row = 0; row < c.Rows && ok; row++)
                {
                    var k = s * c.Rows + row;
                    ok = Sum((i, o) => c.Coefficients[i][o][k]) >= c.Minimum[k] - tol * Math.Max(1, Math.Abs(c.Minimum[k]));
                }
                if (ok) holding++;
            }
            if (holding < c.MinimumScenarios) return false;
        }
        return true;
    }

    private void AddChance(Solver solver, Variable[][] x, ChanceRequirement chance)
    {
        var count = solver.MakeConstraint(chance.MinimumScenarios, double.PositiveInfinity, chance.Name);
        for (var s = 0; s < chance.Scenarios; s++)
        {
            Variable? z = null;
            for (var row = 0; row < chance.Rows; row++)
            {
                var k = s * chance.Rows + row;
                var lowest = 0.0;
                for (var i = 0; i < Items.Count; i++)
                {
                    var min = double.PositiveInfinity;
                    for (var o = 0; o < Items[i].Options; o++)
                        if (Items[i].IsAllowed(o)) min = Math.Min(min, chance.Coefficients[i][o][k]);
                    lowest += double.IsPositiveInfinity(min) ? 0 : min;
                }
                var bigM = chance.Minimum[k] - lowest;
                if (bigM <= 0) continue; // this row holds whatever is chosen
                z ??= solver.MakeIntVar(0, 1, $"z_{s}");
                // Σ a·x ≥ min − M(1 − z)  ⇔  Σ a·x − M·z ≥ min − M
                var c = solver.MakeConstraint(chance.Minimum[k] - bigM, double.PositiveInfinity, $"kans_{s}_{row}");
                for (var i = 0; i < Items.Count; i++)
                    for (var o = 0; o < Items[i].Options; o++) c.SetCoefficient(x[i][o], chance.Coefficients[i][o][k]);
                c.SetCoefficient(z, -bigM);
            }
            if (z is null) count.SetLb(count.Lb() - 1); // a scenario that always holds counts without a binary
            else count.SetCoefficient(z, 1);
        }
    }
}
