using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Preventie.Analytics.ValueOfInformation;

/// <summary>
/// The regression of the nonparametric EVPPI method of Strong, Oakley and Brennan (2014): the incremental net benefit
/// per draw regressed on the draws of a subset of the parameters with ML.NET's gradient-boosted trees (FastTree), a
/// flexible smoother in place of the paper's GAM. To keep the fit honest the predictions are made out of fold (2 folds,
/// draws alternating), so noise that a tree memorises does not count as information; the out-of-fold R² states the fit.
/// Deterministic: fixed seed, one thread per fit.
/// </summary>
public static class Metamodel
{
    /// <summary>Trees per fit (default 100), leaves per tree (8), minimum draws per leaf (20), learning rate (0,1).</summary>
    public sealed record Settings(int Trees = 100, int Leaves = 8, int MinimumPerLeaf = 20, double LearningRate = 0.1, int Seed = 20240101);

    private sealed class Row
    {
        public float[] Features = [];
        public float Label;
    }

    /// <summary>Fits the conditional expectation of <paramref name="y"/> given the columns <paramref name="columns"/>
    /// of <paramref name="x"/> ([draw][parameter]).</summary>
    public static MetamodelFit Fit(double[][] x, IReadOnlyList<int> columns, double[] y, Settings? settings = null)
    {
        settings ??= new Settings();
        var n = y.Length;
        var mean = y.Average();
        var sd = Math.Sqrt(y.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, n - 1));
        if (sd == 0 || n < 4 || columns.Count == 0) return new MetamodelFit(Enumerable.Repeat(mean, n).ToArray(), 0);
        // standardise inputs and label so single precision loses nothing
        var k = columns.Count;
        var mu = new double[k];
        var sigma = new double[k];
        for (var j = 0; j < k; j++)
        {
            mu[j] = x.Average(r => r[columns[j]]);
            sigma[j] = Math.Sqrt(x.Sum(r => Math.Pow(r[columns[j]] - mu[j], 2)) / Math.Max(1, n - 1));
            if (sigma[j] == 0) sigma[j] = 1;
        }
        Row ToRow(int i) => new()
        {
            Features = Enumerable.Range(0, k).Select(j => (float)((x[i][columns[j]] - mu[j]) / sigma[j])).ToArray(),
            Label = (float)((y[i] - mean) / sd),
        };
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, k);
        Hosting.NativeAssets.EnsureResolvable(typeof(FastTreeRegressionTrainer).Assembly);
        var ml = new MLContext(settings.Seed);
        var predictions = new double[n];
        for (var fold = 0; fold < 2; fold++)
        {
            var train = Enumerable.Range(0, n).Where(i => i % 2 != fold).Select(ToRow).ToList();
            var test = Enumerable.Range(0, n).Where(i => i % 2 == fold).ToList();
            var trainer = ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
            {
                LabelColumnName = nameof(Row.Label),
                FeatureColumnName = nameof(Row.Features),
                NumberOfTrees = settings.Trees,
                NumberOfLeaves = settings.Leaves,
                MinimumExampleCountPerLeaf = Math.Min(settings.MinimumPerLeaf, Math.Max(1, train.Count / 4)),
                LearningRate = settings.LearningRate,
                NumberOfThreads = 1,
                Seed = settings.Seed,
            });
            var model = trainer.Fit(ml.Data.LoadFromEnumerable(train, schema));
            var scored = model.Transform(ml.Data.LoadFromEnumerable(test.Select(ToRow), schema));
            var scores = scored.GetColumn<float>("Score").ToArray();
            for (var i = 0; i < test.Count; i++) predictions[test[i]] = mean + sd * scores[i];
        }
        var sse = 0.0;
        var sst = 0.0;
        for (var i = 0; i < n; i++)
        {
            sse += (y[i] - predictions[i]) * (y[i] - predictions[i]);
            sst += (y[i] - mean) * (y[i] - mean);
        }
        return new MetamodelFit(predictions, 1 - sse / sst);
    }
}
