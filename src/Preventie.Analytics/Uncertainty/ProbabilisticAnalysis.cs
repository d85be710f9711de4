using System.Runtime.InteropServices;
using Preventie.Analytics.Input;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// Probabilistic sensitivity analysis (PSA) of a scenario against its comparator, or of one scenario on its own.
/// <para><b>Method.</b> Draw i (0-based) samples every uncertain parameter from its distribution with its own random
/// stream (<see cref="ParameterSampler"/>: xoshiro256** seeded by SplitMix64 from seed, i and the parameter name;
/// correlated parameters through a Gaussian copula), starting from the point values; scenario and comparator then run
/// on that same vector (common random numbers, <see cref="PairedRun"/>) and every figure comes from the one comparison
/// arithmetic, <see cref="ComparisonLedger"/>. Per draw and payer group: discounted net benefit, nominal net benefit per
/// year, break-even year; zelfredzame life-years gained (discounted and undiscounted); which parameters fed a
/// probability that had to be corrected (clamped). The draws are computed in chunks (<see cref="DrawRunner"/>) and
/// stored in draw order, one column per outcome (draws × outcomes × 8 bytes: at 100,000 draws of a 12-year pair,
/// 132 columns, about 106 MB); after the run each column is summarised on its own thread, reading it in draw order
/// (<see cref="OutcomeAccumulator.Summarise"/> with exact percentiles, <see cref="AcceptabilityCurveAccumulator"/>,
/// <see cref="EvpiAccumulator"/>), so the output is bit-identical for any number of threads. Acceptability and EVPI value the DISCOUNTED life-years. For the PSA cloud the first
/// <see cref="PsaOptions.CloudDraws"/> draws are kept.</para>
/// <para>Without a comparator the groups hold the scenario's absolute figures: <see cref="PayerUncertainty.Costs"/>
/// (total costs per payer), no acceptability, EVPI or break-even.</para>
/// </summary>
public static class ProbabilisticAnalysis
{
    /// <summary>Runs the PSA of a loaded pair (<see cref="ScenarioPair"/>; the comparator may be absent).</summary>
    public static PsaResult Run(ScenarioPair pair, UncertainParameters uncertain, PsaOptions options,
        Action<int>? progress = null, CancellationToken cancellationToken = default) =>
        Run(pair.Scenario, pair.Comparator, uncertain, options, progress, cancellationToken);

    /// <summary>Runs the PSA. Throws <see cref="DataValidationException"/> (Dutch) for invalid options.</summary>
    /// <param name="scenario">The scenario, compiled against the same model as <paramref name="comparator"/> (on the city
    /// model, or per wijk on one wijk model: then every figure is the city's sum over the wijken).</param>
    /// <param name="comparator">The comparator (e.g. the baseline), or null for absolute totals of the scenario.</param>
    /// <param name="uncertain">The uncertain parameters (for a loaded model <see cref="UncertainParameters.For"/>, correlations included).</param>
    /// <param name="options">Draws, seed, threads, value grid, council term.</param>
    /// <param name="progress">Called after each chunk with the number of draws done.</param>
    /// <param name="cancellationToken">Checked between chunks.</param>
    public static PsaResult Run(IRunnableScenario scenario, IRunnableScenario? comparator, UncertainParameters uncertain, PsaOptions options,
        Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var problems = options.Validate().ToList();
        if (problems.Count > 0)
            throw new DataValidationException(problems.Select(m => new DataError("--psa", null, null, null, m)));
        if (!ReferenceEquals(uncertain.Parameters, scenario.VectorModel.Parameters))
            throw new ArgumentException("The uncertain parameters must belong to the scenario's model.", nameof(uncertain));

        var shape = scenario.Shape;
        var T = shape.Cycles;
        var rows = shape.Model.Payers.Rows;
        var G = rows.Count;
        var P = uncertain.Parameters.Count;
        var perGroup = T + 1;                 // [discounted net benefit, net benefit per year...]
        var lifeYearsAt = G * perGroup;       // undiscounted, discounted
        var breakEvenAt = lifeYearsAt + 2;    // G flags: break-even by the end of the council term
        var clampAt = breakEvenAt + G;        // 1 flag: any probability corrected in this draw
        var clampParameterAt = clampAt + 1;   // P flags: parameter fed a corrected probability
        var width = clampParameterAt + P;
        var compare = comparator is not null;

        var sampler = uncertain.CreateSampler(options.Seed);
        var pointValues = uncertain.Parameters.DefaultVector();
        // every summarised outcome is stored as a column in draw order (outcome index k = column k) and summarised
        // after the run, one column per thread: the same arithmetic in the same order as a streamed summary
        var N = options.Draws;
        var columns = new double[lifeYearsAt + 2][];
        for (var k = 0; k < columns.Length; k++) columns[k] = new double[N];
        var breakEven = new long[G];
        var clampedDraws = 0L;
        var clampedByParameter = new long[P];
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
                outcome[lifeYearsAt + 1] = run.SelfReliantYearsGainedDiscounted;
                if (run.Clamps > 0)
                {
                    outcome[clampAt] = 1;
                    run.MarkClampedParameters(outcome.Slice(clampParameterAt, P));
                }
                if (draw == 0) discountRate = run.DiscountRate;
            },
            (draw, outcome) =>
            {
                if (draw < options.CloudDraws)
                {
                    var municipal = outcome[rows.Gemeente * perGroup];
                    cloud.Add(new PsaDraw(municipal, outcome[rows.Total * perGroup] - municipal));
                }
                for (var k = 0; k < columns.Length; k++) columns[k][draw] = outcome[k];
                for (var g = 0; g < G; g++)
                    if (outcome[breakEvenAt + g] > 0) breakEven[g]++;
                if (outcome[clampAt] > 0)
                {
                    clampedDraws++;
                    for (var p = 0; p < P; p++)
                        if (outcome[clampParameterAt + p] > 0) clampedByParameter[p]++;
                }
            },
            progress, cancellationToken);

        // acceptability and EVPI per group (they read the columns in draw order), then the summaries (which reorder
        // them). A column of exact zeros (+0, e.g. a payer the pair does not touch) is summarised once and its result
        // shared by the other all-zero columns: the same function of the same values.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = runner.DegreeOfParallelism, CancellationToken = cancellationToken };
        var zero = columns.Select(c => MemoryMarshal.Cast<double, long>(c.AsSpan()).IndexOfAnyExcept(0L) < 0).ToArray();
        var curves = new IReadOnlyList<AcceptabilityPoint>[G];
        if (compare)
        {
            var firstZero = Enumerable.Range(0, G).FirstOrDefault(g => zero[g * perGroup], -1);
            Parallel.For(0, G, parallel, g =>
            {
                if (zero[g * perGroup] && g != firstZero) return;
                var curve = new AcceptabilityCurveAccumulator(options.ValuesPerLifeYear);
                var nb = columns[g * perGroup];
                var ly = columns[lifeYearsAt + 1];
                for (var i = 0; i < N; i++) curve.Add(nb[i], ly[i]);
                curves[g] = curve.ToPoints();
            });
            for (var g = 0; g < G; g++)
                if (zero[g * perGroup]) curves[g] = curves[firstZero];
        }
        var summaries = new OutcomeSummary[columns.Length];
        var firstZeroColumn = Array.IndexOf(zero, true);
        Parallel.For(0, columns.Length, parallel, k =>
        {
            if (!zero[k] || k == firstZeroColumn) summaries[k] = OutcomeAccumulator.Summarise(columns[k], N);
        });
        for (var k = 0; k < columns.Length; k++)
            if (zero[k]) summaries[k] = summaries[firstZeroColumn];

        var groups = Enumerable.Range(0, G).Select(g =>
        {
            var nb = summaries[g * perGroup];
            var years = Enumerable.Range(0, T).Select(t => summaries[g * perGroup + 1 + t]).ToList();
            if (!compare)
                return new PayerUncertainty(rows.Code(g), rows.Label(g), deterministic.NetBenefitDiscounted(g), nb, years,
                    [], double.NaN, double.NaN)
                {
                    Costs = OutcomeSummary.Negate(nb),
                    CostsByYear = years.Select(OutcomeSummary.Negate).ToList(),
                    PointCosts = -deterministic.NetBenefitDiscounted(g),
                };
            var points = curves[g];
            return new PayerUncertainty(rows.Code(g), rows.Label(g), deterministic.NetBenefitDiscounted(g), nb, years,
                points, points[0].Evpi, (double)breakEven[g] / options.Draws)
            {
                PointBreakEvenYear = deterministic.BreakEvenYear(g),
            };
        }).ToList();

        var clamping = Enumerable.Range(0, P).Where(p => clampedByParameter[p] > 0)
            .Select(p => new ClampedParameter(uncertain.Parameters[p].Name, clampedByParameter[p])).ToList();
        return new PsaResult(shape.Scenario.Name, comparator?.Shape.Scenario.Name, shape.StartYear, T, options, discountRate,
            rows, groups, summaries[lifeYearsAt], Describe(uncertain), cloud)
        {
            SelfReliantYearsGainedDiscounted = summaries[lifeYearsAt + 1],
            PointSelfReliantYearsGained = deterministic.SelfReliantYearsGained,
            PointSelfReliantYearsGainedDiscounted = deterministic.SelfReliantYearsGainedDiscounted,
            ClampedDraws = clampedDraws,
            ClampedParameters = clamping,
        };
    }

    private static IReadOnlyList<string> Describe(UncertainParameters uncertain) =>
        uncertain.Scalars.Select(s => s.Distribution.ToString())
            .Concat(uncertain.Groups.Select(g => $"{g.Distribution} over {string.Join(", ", g.Distribution.Parameters)}"))
            .Concat(uncertain.Copulas.Select(c => CopulaText(c.Copula)))
            .ToList();

    private static string CopulaText(GaussianCopula copula)
    {
        var m = copula.Marginals;
        var pairs = new List<string>();
        for (var i = 0; i < m.Count; i++)
            for (var j = i + 1; j < m.Count; j++)
                if (copula.Correlation[i, j] != 0)
                    pairs.Add($"{m[i].Parameter} ~ {m[j].Parameter}: {copula.Correlation[i, j].ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}");
        return $"{copula} (correlaties {string.Join("; ", pairs)})";
    }

    private sealed record Worker(PairedRun Run, DrawRandom Random, double[] Vector);
}
