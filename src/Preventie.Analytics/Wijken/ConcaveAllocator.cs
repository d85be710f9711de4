namespace Preventie.Analytics.Wijken;

/// <summary>
/// Splits a total over areas to maximise a separable concave objective Σ f_i(x_i) on the grid of multiples of a step
/// (greedy marginal allocation: give each step to the area whose objective rises most). For concave f_i this greedy
/// is optimal on the grid (Gross 1956; Fox 1966: with concave f_i the marginal gains of each area decrease, so the
/// set of the best <c>total/step</c> marginal gains over all areas is exactly what the greedy picks). Ties go to the
/// lowest index, so the result is deterministic. Optional per-area lower bounds (given first, on the grid) and upper
/// bounds; with bounds the greedy stays optimal (the feasible set per area is an interval of grid points).
/// </summary>
public static class ConcaveAllocator
{
    /// <param name="objective">f_i(x): concave and non-decreasing in x for every area i.</param>
    /// <param name="areas">Number of areas.</param>
    /// <param name="total">Amount to split (e.g. fte).</param>
    /// <param name="step">Grid step (e.g. 0.1 fte); total must be a multiple of it (rounded down otherwise).</param>
    /// <param name="upper">Optional upper bound per area.</param>
    /// <param name="lower">Optional lower bound per area (rounded up to the grid); their sum must not exceed the total.</param>
    public static double[] Allocate(Func<int, double, double> objective, int areas, double total, double step, IReadOnlyList<double>? upper = null,
        IReadOnlyList<double>? lower = null)
    {
        if (areas < 1) throw new ArgumentOutOfRangeException(nameof(areas));
        if (step <= 0 || total < 0) throw new ArgumentOutOfRangeException(nameof(step));
        var x = new double[areas];
        var units = (int)Math.Floor(total / step + 1e-9);
        if (lower is not null)
            for (var i = 0; i < areas; i++)
            {
                var k = (int)Math.Ceiling(lower[i] / step - 1e-9);
                x[i] = k * step;
                units -= k;
            }
        if (units < 0) throw new ArgumentException("the lower bounds add up to more than the total", nameof(lower));
        var gain = new double[areas];
        for (var i = 0; i < areas; i++) gain[i] = Gain(i);
        for (var u = 0; u < units; u++)
        {
            var best = -1;
            for (var i = 0; i < areas; i++)
                if (!double.IsNegativeInfinity(gain[i]) && (best < 0 || gain[i] > gain[best])) best = i;
            if (best < 0) break; // every area at its upper bound
            x[best] = (Math.Round(x[best] / step) + 1) * step;
            gain[best] = Gain(best);
        }
        return x;

        double Gain(int i)
        {
            var next = (Math.Round(x[i] / step) + 1) * step;
            if (upper is not null && next > upper[i] + 1e-9) return double.NegativeInfinity;
            return objective(i, next) - objective(i, x[i]);
        }
    }
}
