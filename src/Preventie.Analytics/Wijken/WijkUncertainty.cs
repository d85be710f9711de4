using Preventie.Analytics.Simulation;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Wijken;

/// <summary>The uncertainty of one wijk's (or the city's) result over the PSA draws.</summary>
/// <param name="NetTotal">Discounted net benefit of all payers: mean and 90% interval.</param>
/// <param name="NetMunicipality">Discounted net benefit of the municipality: mean and 90% interval.</param>
/// <param name="ProbabilityPositive">Share of draws with a positive net benefit for all payers.</param>
public sealed record WijkOutcomeUncertainty(DrawSummary NetTotal, DrawSummary NetMunicipality, double ProbabilityPositive);

/// <summary>
/// The PSA per wijk: each draw samples the one shared parameter vector (the city's parameters plus the wijken's own,
/// with the project's seeded sampler: same seed, same numbers), runs scenario and comparator in every wijk on it
/// (common random numbers) and compares them with <see cref="ComparisonLedger"/> — the same arithmetic as the
/// deterministic comparison. The city is the sum over the wijken within each draw.
/// </summary>
public static class WijkUncertainty
{
    /// <summary>Per wijk (in wijk order) and, last, for the city.</summary>
    public static IReadOnlyList<WijkOutcomeUncertainty> Run(WijkScenario scenario, WijkScenario comparator, int draws, ulong seed)
    {
        if (!ReferenceEquals(scenario.Model, comparator.Model)) throw new ArgumentException("scenario and comparator must be compiled on the same wijk model");
        if (draws < 1) throw new ArgumentOutOfRangeException(nameof(draws));
        var n = scenario.PerWijk.Count;
        var model = scenario.PerWijk[0].Model;
        var sampler = UncertainParameters.For(model).CreateSampler(seed); // the city PSA's sampler, correlations included
        var sb = scenario.PerWijk.Select(c => c.CreateBuffer()).ToArray();
        var cb = comparator.PerWijk.Select(c => c.CreateBuffer()).ToArray();
        var ledger = new ComparisonLedger(scenario.PerWijk[0].Cycles, scenario.PerWijk[0].StartYear, model.States, model.Payers);
        var total = new double[n + 1, draws];
        var municipal = new double[n + 1, draws];
        var point = model.Parameters.DefaultVector();
        var vector = new double[point.Length];
        var random = new DrawRandom();
        for (var d = 0; d < draws; d++)
        {
            point.CopyTo(vector, 0);
            sampler.Sample(d, random, vector);
            var rate = scenario.PerWijk[0].DiscountRate(vector);
            scenario.Run(vector, sb); // every wijk, in lock-step when people move between wijken
            comparator.Run(vector, cb);
            for (var i = 0; i < n; i++)
            {
                ledger.Compute(sb[i], cb[i], rate);
                total[i, d] = ledger.NetBenefitDiscounted(ledger.TotalGroup);
                municipal[i, d] = ledger.NetBenefitDiscounted(ledger.GemeenteGroup);
                total[n, d] += total[i, d];
                municipal[n, d] += municipal[i, d];
            }
        }
        return Enumerable.Range(0, n + 1).Select(i =>
        {
            var t = Enumerable.Range(0, draws).Select(d => total[i, d]).ToArray();
            var m = Enumerable.Range(0, draws).Select(d => municipal[i, d]).ToArray();
            return new WijkOutcomeUncertainty(DrawSummary.Of(t), DrawSummary.Of(m), t.Count(v => v > 0) / (double)draws);
        }).ToList();
    }
}
