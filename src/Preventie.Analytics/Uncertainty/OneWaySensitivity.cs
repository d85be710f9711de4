using Preventie.Analytics.Input;
using Preventie.Analytics.Simulation;

namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// One-way sensitivity analysis: every uncertain parameter in turn at its low and its high value (the 5th and 95th
/// percentile of its distribution; for a share of a Dirichlet group its marginal percentiles, the other shares of the
/// group rescaled from their point values to keep the group's total; or bounds given by the user, which also admit parameters without a
/// distribution), all other parameters at their point values; scenario and comparator on the same vector. Ranked by
/// the effect on the municipality's and on the total discounted net benefit: the data of a tornado chart.
/// </summary>
public static class OneWaySensitivity
{
    /// <param name="scenario">The scenario (on the city model, or per wijk: then the city's sum over the wijken).</param>
    /// <param name="comparator">The comparator, compiled against the same model.</param>
    /// <param name="uncertain">Parameters with distributions.</param>
    /// <param name="bounds">Optional low/high per parameter name (case-insensitive); these replace the percentiles.</param>
    public static OneWayResult Run(IRunnableScenario scenario, IRunnableScenario comparator, UncertainParameters uncertain,
        IReadOnlyDictionary<string, (double Low, double High)>? bounds = null)
    {
        var set = uncertain.Parameters;
        var given = new Dictionary<string, (double Low, double High)>(bounds ?? new Dictionary<string, (double, double)>(), StringComparer.OrdinalIgnoreCase);
        var unknown = given.Keys.Where(k => set.IndexOf(k) < 0).ToList();
        if (unknown.Count > 0)
            throw new DataValidationException(unknown.Select(k => new DataError("--bereik", null, "parameter", k, "onbekende parameter")));
        var reversed = given.Where(kv => !(kv.Value.Low <= kv.Value.High)).ToList();
        if (reversed.Count > 0)
            throw new DataValidationException(reversed.Select(kv => new DataError("--bereik", null, "parameter", kv.Key,
                $"de lage waarde ({InvalidDistributionException.Show(kv.Value.Low)}) is groter dan de hoge ({InvalidDistributionException.Show(kv.Value.High)})")));

        // each case: name, description, point value, and how to set low/high into a vector
        var cases = new List<(string Name, string Description, double Point, double Low, double High, Action<double[], double> Set)>();
        var point = set.DefaultVector();
        foreach (var (d, index) in uncertain.Scalars)
        {
            var (lo, hi, how) = given.TryGetValue(d.Parameter, out var b) ? (b.Low, b.High, "opgegeven grenzen") : (d.Low, d.High, $"5e/95e percentiel van {d.Describe()}");
            cases.Add((set[index].Name, how, point[index], lo, hi, (v, x) => v[index] = x));
        }
        foreach (var (g, indices) in uncertain.Groups)
            for (var k = 0; k < indices.Length; k++)
            {
                var share = k;
                var name = set[indices[k]].Name;
                var (lo, hi, how) = given.TryGetValue(name, out var b) ? (b.Low, b.High, "opgegeven grenzen")
                    : (g.MarginalQuantile(k, 0.05), g.MarginalQuantile(k, 0.95), $"5e/95e percentiel van aandeel in {g}");
                var pointShares = indices.Select(i => point[i]).ToArray();
                cases.Add((name, how + "; de andere aandelen van de groep schalen mee", point[indices[k]], lo, hi, (v, x) =>
                {
                    var shares = DirichletDistribution.WithShare(pointShares, share, x);
                    for (var j = 0; j < indices.Length; j++) v[indices[j]] = shares[j];
                }));
            }
        var covered = cases.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, b) in given.Where(kv => !covered.Contains(kv.Key)).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var index = set.IndexOf(name);
            cases.Add((set[index].Name, "opgegeven grenzen (parameter zonder verdeling)", point[index], b.Low, b.High, (v, x) => v[index] = x));
        }

        var run = new PairedRun(scenario, comparator);
        run.Run(point);
        var baseGemeente = run.NetBenefitDiscounted(run.Ledger.GemeenteGroup);
        var baseTotal = run.NetBenefitDiscounted(run.Ledger.TotalGroup);
        var vector = new double[point.Length];
        var rows = new List<OneWayRow>();
        foreach (var c in cases)
        {
            point.CopyTo(vector, 0);
            c.Set(vector, c.Low);
            run.Run(vector);
            var gLow = run.NetBenefitDiscounted(run.Ledger.GemeenteGroup);
            var tLow = run.NetBenefitDiscounted(run.Ledger.TotalGroup);
            point.CopyTo(vector, 0);
            c.Set(vector, c.High);
            run.Run(vector);
            rows.Add(new OneWayRow(c.Name, c.Description, c.Point, c.Low, c.High, gLow, run.NetBenefitDiscounted(run.Ledger.GemeenteGroup),
                tLow, run.NetBenefitDiscounted(run.Ledger.TotalGroup)));
        }
        return new OneWayResult(scenario.Shape.Scenario.Name, comparator.Shape.Scenario.Name, baseGemeente, baseTotal, rows);
    }
}
