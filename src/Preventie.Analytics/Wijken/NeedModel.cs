using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Preventie.Analytics.Input;

namespace Preventie.Analytics.Wijken;

/// <summary>
/// Learned need per wijk (ML.NET): predicts care use per 1,000 inhabitants of an area (buurt or wijk) from its
/// indicators. Two learners compete: a Poisson regression (log-linear rate, exposure as example weight — the same
/// likelihood as a Poisson GLM with a log-exposure offset) and a FastTree regression tree ensemble; the one with the
/// lower k-fold cross-validated error (exposure-weighted RMSE of the rate) is chosen and refitted on all rows.
/// The expected use of a wijk is what its profile predicts: the chosen learner is fitted on all OTHER wijken
/// (leave-one-wijk-out) and summed over the wijk's areas, so a wijk's own excess cannot explain itself away.
/// Observed − expected beyond 1.645 × √(φ·expected) (φ = Pearson dispersion of the fit, at least 1) is reported as a
/// finding, not an error. Features are standardised on the training rows; the Poisson coefficients are reported
/// back on the original scale. Single-threaded learners and a seeded fold split: same data and seed, same numbers.
/// </summary>
public static class NeedModel
{
    /// <summary>The Dutch name of the Poisson-regression learner, as reported in the need model's result.</summary>
    public const string PoissonName = "Poisson-regressie";
    /// <summary>The Dutch name of the FastTree (boosted decision trees) learner, as reported in the need model's result.</summary>
    public const string FastTreeName = "FastTree (beslisbomen)";

    private sealed class Row
    {
        public float Label { get; set; }
        public float Weight { get; set; }
        public float[] Features { get; set; } = [];
    }

    private sealed record Data(string[] Regions, string[] Wijken, double[][] X, double[] Count, double[] Exposure)
    {
        public int N => Regions.Length;
        public double Rate(int i) => 1000.0 * Count[i] / Exposure[i];
    }

    /// <summary>Fits the need model to <paramref name="areas"/> (from <c>AreaIndicatorFile</c>).</summary>
    /// <param name="areas">Areas (buurten or wijken) with the target, exposure and feature indicators.</param>
    /// <param name="options">What to learn (default: Wmo per 1,000 from four area indicators, 5 folds).</param>
    /// <param name="file">The file the areas came from (named in errors).</param>
    /// <exception cref="DataValidationException">Too few usable rows, or no variation in a feature.</exception>
    public static NeedModelResult Fit(IReadOnlyList<AreaIndicators> areas, NeedModelOptions? options = null, string file = "wijkcijfers")
    {
        options ??= new NeedModelOptions();
        var data = Usable(areas, options);
        if (data.N < options.RequiredRows)
            throw new DataValidationException(new DataError(file, null, options.Target, data.N.ToString(),
                $"te weinig bruikbare gebieden voor het behoeftemodel: {data.N}, nodig minstens {options.RequiredRows} " +
                $"(minstens {options.MinimumRows} en 5 per coëfficiënt); gebieden zonder {options.Exposure}, {options.Target} of een van de kenmerken tellen niet mee"));
        for (var j = 0; j < options.Features.Count; j++)
        {
            var col = data.X.Select(r => r[j]).ToArray();
            if (col.Max() - col.Min() < 1e-12)
                throw new DataValidationException(new DataError(file, null, options.Features[j], col[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "dit kenmerk varieert niet tussen de gebieden; laat het weg"));
        }

        Hosting.NativeAssets.EnsureResolvable(typeof(Microsoft.ML.Trainers.FastTree.FastTreeRegressionTrainer).Assembly);
        var ml = new MLContext(options.Seed);
        var folds = FoldOf(data.N, options.Folds, options.Seed);
        var learners = new[] { PoissonName, FastTreeName };
        var cv = new List<CrossValidationScore>();
        var outOfFold = learners.ToDictionary(l => l, _ => new double[data.N]);
        foreach (var learner in learners)
        {
            for (var f = 0; f < options.Folds; f++)
            {
                var train = Enumerable.Range(0, data.N).Where(i => folds[i] != f).ToArray();
                var test = Enumerable.Range(0, data.N).Where(i => folds[i] == f).ToArray();
                if (test.Length == 0) continue;
                var pred = FitAndPredict(ml, learner, data, train, test, options.Seed, out _);
                for (var k = 0; k < test.Length; k++) outOfFold[learner][test[k]] = pred[k];
            }
            cv.Add(Score(learner, data, outOfFold[learner]));
        }
        var best = cv.OrderBy(c => c.Rmse).First().Learner;

        var all = Enumerable.Range(0, data.N).ToArray();
        var fitted = FitAndPredict(ml, best, data, all, all, options.Seed, out var coefficients);
        // Pearson dispersion of the full fit (counts vs fitted counts)
        var pearson = 0.0;
        for (var i = 0; i < data.N; i++)
        {
            var mu = fitted[i] * data.Exposure[i] / 1000.0;
            if (mu > 0) pearson += (data.Count[i] - mu) * (data.Count[i] - mu) / mu;
        }
        var dispersion = Math.Max(1.0, pearson / Math.Max(1, data.N - options.Features.Count - 1));
        Coefficients? poisson = null;
        if (best != PoissonName) FitAndPredict(ml, PoissonName, data, all, all, options.Seed, out poisson);
        else poisson = coefficients;

        // expected per wijk: leave-one-wijk-out with the chosen learner
        var wijkCodes = data.Wijken.Distinct().Order(StringComparer.Ordinal).ToArray();
        var perWijk = new List<WijkNeed>();
        var totalExp = data.Exposure.Sum();
        var totalObs = data.Count.Sum();
        foreach (var w in wijkCodes)
        {
            var inW = Enumerable.Range(0, data.N).Where(i => data.Wijken[i] == w).ToArray();
            var others = Enumerable.Range(0, data.N).Where(i => data.Wijken[i] != w).ToArray();
            var pred = others.Length >= options.Features.Count + 2
                ? FitAndPredict(ml, best, data, others, inW, options.Seed, out _)
                : inW.Select(i => fitted[i]).ToArray();
            var expected = inW.Select((i, k) => pred[k] * data.Exposure[i] / 1000.0).Sum();
            var observed = inW.Sum(i => data.Count[i]);
            var population = inW.Sum(i => data.Exposure[i]);
            var threshold = 1.645 * Math.Sqrt(dispersion * Math.Max(expected, 1e-9));
            perWijk.Add(new WijkNeed(w, inW.Length, population, observed, expected, observed - expected > threshold ? 1 : expected - observed > threshold ? -1 : 0));
        }

        return new NeedModelResult(options, best, cv, data.N, totalObs / totalExp * 1000.0, dispersion, poisson!,
            perWijk, areas.Where(a => a.Sources.Values.Any(s => s.Contains("illustratief", StringComparison.OrdinalIgnoreCase))).Any())
        {
            LeftOut = areas.Select(a => (a.Region, Reason: Unusable(a, options))).Where(x => x.Reason is not null).Select(x => (x.Region, x.Reason!)).ToList(),
        };
    }

    /// <summary>Why <paramref name="a"/> cannot be used (Dutch), or null when it can.</summary>
    private static string? Unusable(AreaIndicators a, NeedModelOptions o)
    {
        var missing = new[] { o.Target }.Concat(o.Features).Where(f => a.Get(f) is null).ToList();
        if (a.Get(o.Exposure) is not > 0) missing.Insert(0, o.Exposure);
        return missing.Count == 0 ? null : $"geen {string.Join(", ", missing)}";
    }

    private static Data Usable(IReadOnlyList<AreaIndicators> areas, NeedModelOptions o)
    {
        var rows = areas.Where(a => a.Get(o.Exposure) is > 0 && a.Get(o.Target) is not null && o.Features.All(f => a.Get(f) is not null)).ToList();
        return new Data(rows.Select(r => r.Region).ToArray(), rows.Select(r => r.Wijk).ToArray(),
            rows.Select(r => o.Features.Select(f => r.Get(f)!.Value).ToArray()).ToArray(),
            rows.Select(r => r.Get(o.Target)!.Value).ToArray(), rows.Select(r => r.Get(o.Exposure)!.Value).ToArray());
    }

    /// <summary>Fold of each row: a seeded permutation dealt round-robin.</summary>
    private static int[] FoldOf(int n, int k, int seed)
    {
        var order = Enumerable.Range(0, n).ToArray();
        new Random(seed).Shuffle(order);
        var fold = new int[n];
        for (var p = 0; p < n; p++) fold[order[p]] = p % k;
        return fold;
    }

    private static CrossValidationScore Score(string learner, Data d, double[] predictedRate)
    {
        double sw = 0, se = 0, ae = 0, dev = 0;
        for (var i = 0; i < d.N; i++)
        {
            var w = d.Exposure[i];
            var e = predictedRate[i] - d.Rate(i);
            sw += w; se += w * e * e; ae += w * Math.Abs(e);
            var mu = Math.Max(predictedRate[i], 1e-9) * d.Exposure[i] / 1000.0;
            var y = d.Count[i];
            dev += 2 * ((y > 0 ? y * Math.Log(y / mu) : 0) - (y - mu));
        }
        return new CrossValidationScore(learner, Math.Sqrt(se / sw), ae / sw, dev / d.N);
    }

    /// <summary>Fits <paramref name="learner"/> on rows <paramref name="train"/> and returns the predicted rate per 1,000
    /// for rows <paramref name="predict"/>; for the Poisson learner also its coefficients on the original scale.</summary>
    private static double[] FitAndPredict(MLContext ml, string learner, Data d, int[] train, int[] predict, int seed, out Coefficients? coefficients)
    {
        var p = d.X[0].Length;
        var mean = new double[p];
        var sd = new double[p];
        for (var j = 0; j < p; j++)
        {
            mean[j] = train.Average(i => d.X[i][j]);
            sd[j] = Math.Sqrt(train.Sum(i => (d.X[i][j] - mean[j]) * (d.X[i][j] - mean[j])) / train.Length);
            if (sd[j] < 1e-12) sd[j] = 1;
        }
        Row ToRow(int i) => new()
        {
            Label = (float)d.Rate(i),
            Weight = (float)(d.Exposure[i] / 1000.0),
            Features = Enumerable.Range(0, p).Select(j => (float)((d.X[i][j] - mean[j]) / sd[j])).ToArray(),
        };
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, p);
        var trainView = ml.Data.LoadFromEnumerable(train.Select(ToRow).ToList(), schema);
        var predictView = ml.Data.LoadFromEnumerable(predict.Select(ToRow).ToList(), schema);
        coefficients = null;
        IDataView scored;
        if (learner == PoissonName)
        {
            var trainer = ml.Regression.Trainers.LbfgsPoissonRegression(new LbfgsPoissonRegressionTrainer.Options
            {
                LabelColumnName = nameof(Row.Label), FeatureColumnName = nameof(Row.Features), ExampleWeightColumnName = nameof(Row.Weight),
                L1Regularization = 0, L2Regularization = 1e-6f, OptimizationTolerance = 1e-10f, NumberOfThreads = 1,
            });
            var model = trainer.Fit(trainView);
            var w = model.Model.Weights.ToArray();
            var orig = new double[p];
            var bias = (double)model.Model.Bias;
            for (var j = 0; j < p; j++) { orig[j] = w[j] / sd[j]; bias -= w[j] * mean[j] / sd[j]; }
            coefficients = new Coefficients(bias, orig);
            scored = model.Transform(predictView);
        }
        else
        {
            var trainer = ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
            {
                LabelColumnName = nameof(Row.Label), FeatureColumnName = nameof(Row.Features), ExampleWeightColumnName = nameof(Row.Weight),
                NumberOfLeaves = 4, NumberOfTrees = 100, MinimumExampleCountPerLeaf = 3, LearningRate = 0.1, NumberOfThreads = 1, Seed = seed,
            });
            scored = trainer.Fit(trainView).Transform(predictView);
        }
        return scored.GetColumn<float>("Score").Select(s => (double)s).ToArray();
    }
}
