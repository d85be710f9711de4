using Google.OrTools.LinearSolver;

namespace Preventie.Analytics.Wijken;

/// <summary>
/// Splits a total over areas to maximise a separable concave objective Σ f_i(x_i) as a linear programme solved with
/// Google OR-Tools (GLOP, the optimiser's solver library; see <see cref="Optimisation.AllocationProblem"/>). Each f_i is
/// replaced by its piecewise-linear inner approximation through the breakpoints lower_i, lower_i + step, …: one variable
/// y_ik ∈ [0, step] per segment with the segment's slope (f_i(b_k+1) − f_i(b_k)) / step as objective coefficient,
/// x_i = lower_i + Σ_k y_ik, and Σ_i x_i = total. Because f_i is concave the slopes decrease, so the LP fills each
/// area's segments in order and its optimum equals the best split on the grid of breakpoints; a basic (vertex)
/// solution has at most one partly filled segment, and since the total and the bounds lie on the grid that segment is
/// empty or full, so the LP's split lies on the grid. <see cref="ConcaveAllocator"/> (greedy marginal allocation) solves
/// the same problem independently and serves as the reference in the tests. The split is rounded to the grid (GLOP's
/// tolerances are far below a step).
/// </summary>
public static class PiecewiseLinearAllocator
{
    /// <param name="objective">f_i(x): concave and non-decreasing in x for every area i.</param>
    /// <param name="areas">Number of areas.</param>
    /// <param name="total">Amount to split (e.g. fte); rounded down to a multiple of <paramref name="step"/>.</param>
    /// <param name="step">Distance between breakpoints (e.g. 0.1 fte).</param>
    /// <param name="upper">Optional upper bound per area.</param>
    /// <param name="lower">Optional lower bound per area (rounded up to the grid); their sum must not exceed the total.</param>
    public static double[] Allocate(Func<int, double, double> objective, int areas, double total, double step, IReadOnlyList<double>? upper = null,
        IReadOnlyList<double>? lower = null)
    {
        if (areas < 1) throw new ArgumentOutOfRangeException(nameof(areas));
        if (step <= 0 || total < 0) throw new ArgumentOutOfRangeException(nameof(step));
        var units = (int)Math.Floor(total / step + 1e-9);
        var start = new int[areas];
        for (var i = 0; i < areas; i++)
        {
            start[i] = lower is null ? 0 : (int)Math.Ceiling(lower[i] / step - 1e-9);
            units -= start[i];
        }
        if (units < 0) throw new ArgumentException("the lower bounds add up to more than the total", nameof(lower));

        Hosting.NativeAssets.EnsureResolvable(typeof(Solver).Assembly);
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools GLOP solver not available");
        var sum = solver.MakeConstraint(0, 0, "totaal");
        var goal = solver.Objective();
        var segments = new Variable[areas][];
        var room = 0;
        for (var i = 0; i < areas; i++)
        {
            var max = upper is null ? units : Math.Clamp((int)Math.Floor(upper[i] / step + 1e-9) - start[i], 0, units);
            room += max;
            segments[i] = new Variable[max];
            var previous = objective(i, start[i] * step);
            for (var k = 0; k < max; k++)
            {
                var next = objective(i, (start[i] + k + 1) * step);
                var y = segments[i][k] = solver.MakeNumVar(0, 1, $"y_{i}_{k}"); // in units of one step
                goal.SetCoefficient(y, next - previous);
                sum.SetCoefficient(y, 1);
                previous = next;
            }
        }
        // as much of the total as the upper bounds allow (the greedy reference stops there too)
        sum.SetBounds(Math.Min(units, room), Math.Min(units, room));
        goal.SetMaximization();
        var status = solver.Solve();
        if (status != Solver.ResultStatus.OPTIMAL) throw new InvalidOperationException($"OR-Tools GLOP found no optimal split ({status})");
        var x = new double[areas];
        for (var i = 0; i < areas; i++)
        {
            var filled = segments[i].Sum(y => y.SolutionValue());
            x[i] = (start[i] + Math.Round(filled)) * step;
        }
        return x;
    }
}
