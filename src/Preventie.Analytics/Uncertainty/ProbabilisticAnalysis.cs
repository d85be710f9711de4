using Preventie.Analytics.Charts;
using Preventie.Analytics.Input;
using Preventie.Analytics.Simulation;

namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// Probabilistic sensitivity analysis (PSA) of a scenario against its comparator.
/// <para><b>Method.</b> Draw i (0-based) samples every uncertain parameter from its distribution with its own random
/// stream (<see cref="ParameterSampler"/>: xoshiro256** seeded by SplitMix64 from seed, i and the parameter name),
/// starting from the point values; scenario and comparator then run on that same vector (common random numbers,
/// <see cref="PairedRun"/>). Per draw and payer group: discounted net benefit, nominal net benefit per year,
/// zelfredzame life-years gained, break-even year. The draws are computed in chunks (<see cref="DrawRunner"/>) and
/// streamed in draw order into fixed-size summaries (<see cref="OutcomeAccumulator"/>,
/// <see cref="AcceptabilityCurveAccumulator"/>, <see cref="EvpiAccumulator"/>), so memory does not grow with the
/// number of draws and the output is bit-identical for any number of threads. For the PSA cloud the first
/// <see cref="PsaOptions.CloudDraws"/> draws are kept (municipal versus other payers' discounted net benefit).</para>
/// </summary>
public static class ProbabilisticAnalysis
{
    /// <summary>Runs the PSA. Throws <see cref="DataValidationException"/> (Dutch) for invalid options.</summary>
    /// <param name="scenario">The scenario, compiled against the same model as <paramref name="comparator"/>.</param>
    /// <param name="comparator">The comparator (e.g. the baseline).</param>
    /// <param name="uncertain">The uncertain parameters (e.g. <see cref="UncertainParameters.FromParameterSet"/>).</param>
    /// <param name="options">Draws, seed, threads, value grid, council term.</param>
    /// <param name="progress">Called after each chunk with the number of draws done.</param>
    /// <param name="cancellationToken">Checked between chunks.</param>
    public static PsaResult Run(CompiledScenario scenario, CompiledScenario comparator, UncertainParameters uncertain, PsaOptions options,
        Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var problems = options.Validate().ToList();
        if (problems.Count > 0)
            throw new DataValidationException(problems.Select(m => new DataError("--psa", null, null, null, m)));
        if (!ReferenceEquals(uncertain.Parameters, scenario.Model.Parameters))
            throw new ArgumentException("The uncertain parameters must belong to the scenario's model.", nameof(uncertain));

        var T = scenario.Cycles;
        var G = PayerGroups.Count;
        var perGroup = T + 1;                 // [discounted net benefit, net benefit per year...]
        var lifeYearsAt = G * perGroup;
        var breakEvenAt = lifeYearsAt + 1;    // G flags: break-even by the end of the council term
        var width = breakEvenAt + G;

        var sampler = uncertain.CreateSampler(options.Seed);
        var pointValues = uncertain.Parameters.DefaultVector();
        var capacity = options.ExactQuantileCapacity;
        var netBenefit = Enumerable.Range(0, G).Select(_ => new OutcomeAccumulator(capacity)).ToArray();
        var byYear = Enumerable.Range(0, G * T).Select(_ => new OutcomeAccumulator(capacity)).ToArray();
        var curves = Enumerable.Range(0, G).Select(_ => new AcceptabilityCurveAccumulator(options.ValuesPerLifeYear)).ToArray();
        var breakEven = new long[G];
        var lifeYears = new OutcomeAccumulator(capacity);
        var cloud = new List<PsaDraw>(Math.Min(options.CloudDraws, options.Draws));
        var discountRate = double.NaN;
        var deterministic = new PairedRun(scenario, comparator);
        deterministic.Run(pointValues);

        var runner = new DrawRunner(options.Draws, options.MaxDegreeOfParallelism, options.ChunkSize);
        runner.Run(width,
            () => new Worker(new PairedRun(scenario, comparator), new DrawRandom(), new double[pointValues.Length]),
            (w, draw, outcome) =>
            {
                pointValues.CopyTo(w.Vector, 0);
                sampler.Sample(draw, w.Random, w.Vector);
                var run = w.Run;
                run.Run(w.Vector);
                for (var g = 0; g < G; g++)
                {
                    outcome[g * perGroup] = run.NetBenefitDiscounted(g);
                    for (var t = 0; t < T; t++) outcome[g * perGroup + 1 + t] = run.NetBenefit(g, t);
                    outcome[breakEvenAt + g] = run.BreakEvenYear(g) is { } y && y <= options.CouncilTermEnd ? 1 : 0;
                }
                outcome[lifeYearsAt] = run.SelfReliantYearsGained;
                if (draw == 0) discountRate = run.DiscountRate;
            },
            (draw, outcome) =>
            {
                if (draw < options.CloudDraws)
                {
                    var municipal = outcome[PayerGroups.Gemeente * perGroup];
                    cloud.Add(new PsaDraw(municipal, outcome[PayerGroups.Total * perGroup] - municipal));
                }
                var ly = outcome[lifeYearsAt];
                lifeYears.Add(ly);
                for (var g = 0; g < G; g++)
                {
                    var nb = outcome[g * perGroup];
                    netBenefit[g].Add(nb);
                    curves[g].Add(nb, ly);
                    for (var t = 0; t < T; t++) byYear[g * T + t].Add(outcome[g * perGroup + 1 + t]);
                    if (outcome[breakEvenAt + g] > 0) breakEven[g]++;
                }
            },
            progress, cancellationToken);

        var groups = Enumerable.Range(0, G).Select(g =>
        {
            var points = curves[g].ToPoints();
            return new PayerUncertainty(PayerGroups.Code(g), PayerGroups.Label(g), deterministic.NetBenefitDiscounted(g), netBenefit[g].ToSummary(),
                Enumerable.Range(0, T).Select(t => byYear[g * T + t].ToSummary()).ToList(),
                points, points[0].Evpi, (double)breakEven[g] / options.Draws);
        }).ToList();

        return new PsaResult(scenario.Scenario.Name, comparator.Scenario.Name, scenario.StartYear, T, options, discountRate,
            groups, lifeYears.ToSummary(), Describe(uncertain), cloud);
    }

    private static IReadOnlyList<string> Describe(UncertainParameters uncertain) =>
        uncertain.Scalars.Select(s => s.Distribution.ToString())
            .Concat(uncertain.Groups.Select(g => $"{g.Distribution} over {string.Join(", ", g.Distribution.Parameters)}"))
            .ToList();

    private sealed record Worker(PairedRun Run, DrawRandom Random, double[] Vector);
}
