using Preventie.Analytics.Input;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Tests.Wijken;

public class NeedModelTests
{
    private static readonly string[] Features = ["x1", "x2"];

    /// <summary>Areas with counts drawn from a KNOWN Poisson model log(rate per 1,000) = b0 + b1·x1 + b2·x2,
    /// large exposures so the estimate is tight; wijk "WK099901" has <paramref name="excess"/> × the rate.</summary>
    private static List<AreaIndicators> Synthetic(int n, double b0, double b1, double b2, double excess = 1.0, int seed = 7)
    {
        var rng = new Random(seed);
        var list = new List<AreaIndicators>();
        for (var i = 0; i < n; i++)
        {
            var wijk = i % 10;
            var x1 = rng.NextDouble();
            var x2 = rng.NextDouble() * 2;
            var pop = 20_000 + rng.Next(20_000);
            var rate = Math.Exp(b0 + b1 * x1 + b2 * x2) * (wijk == 1 ? excess : 1.0);
            var mean = rate * pop / 1000;
            var count = Math.Max(0, Math.Round(mean + Math.Sqrt(mean) * Gauss(rng)));
            var region = $"BU0999{wijk:00}{i / 10 + 1:00}";
            list.Add(new AreaIndicators(region, $"WK0999{wijk:00}",
                new Dictionary<string, double> { ["bevolking"] = pop, ["x1"] = x1, ["x2"] = x2, ["wmo"] = count },
                new Dictionary<string, string> { ["bevolking"] = "synthetisch" }));
        }
        return list;
    }

    private static double Gauss(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());

    private static NeedModelOptions Options => new() { Target = "wmo", Features = Features, Folds = 5, Seed = 3 };

    [Fact]
    public void Areas_the_model_cannot_use_are_listed_with_their_reason_never_dropped_silently()
    {
        var areas = Synthetic(60, 3.0, 0.8, -0.5);
        var gap = areas[5];
        areas[5] = gap with { Values = gap.Values.Where(kv => kv.Key != "x2").ToDictionary(kv => kv.Key, kv => kv.Value) };
        var result = NeedModel.Fit(areas, Options);
        Assert.Equal(59, result.Rows);
        var left = Assert.Single(result.LeftOut);
        Assert.Equal(gap.Region, left.Region);
        Assert.Contains("x2", left.Reason);
        Assert.Contains(result.Summary(), l => l.StartsWith("Niet meegeteld (1 gebied)", StringComparison.Ordinal) && l.Contains(gap.Region));
        Assert.Empty(NeedModel.Fit(Synthetic(60, 3.0, 0.8, -0.5), Options).LeftOut);
    }

    [Fact]
    public void Poisson_regression_recovers_known_coefficients_from_synthetic_data()
    {
        var result = NeedModel.Fit(Synthetic(200, 3.0, 0.8, -0.5), Options);
        Assert.Equal(3.0, result.Poisson.Intercept, 0.05);
        Assert.Equal(0.8, result.Poisson.Slopes[0], 0.05);
        Assert.Equal(-0.5, result.Poisson.Slopes[1], 0.05);
        // a log-linear truth: the Poisson model wins the cross-validation against the trees
        Assert.Equal(NeedModel.PoissonName, result.ChosenLearner);
        Assert.Equal(2, result.CrossValidation.Count);
        Assert.All(result.CrossValidation, c => Assert.True(c.Rmse > 0 && c.Mae > 0 && c.Mae <= c.Rmse + 1e-9));
    }

    [Fact]
    public void Trees_win_when_the_truth_is_a_step_the_log_linear_model_cannot_follow()
    {
        var rng = new Random(11);
        var areas = Enumerable.Range(0, 200).Select(i =>
        {
            var x1 = rng.NextDouble();
            var x2 = rng.NextDouble();
            var pop = 30_000.0;
            var rate = x1 is > 0.4 and < 0.6 ? 150.0 : 20.0; // a bump: not monotone, not log-linear
            return new AreaIndicators($"BU0999{i % 10:00}{i / 10 + 1:00}", $"WK0999{i % 10:00}",
                new Dictionary<string, double> { ["bevolking"] = pop, ["x1"] = x1, ["x2"] = x2, ["wmo"] = Math.Round(rate * pop / 1000) },
                new Dictionary<string, string>());
        }).ToList();
        var result = NeedModel.Fit(areas, Options);
        Assert.Equal(NeedModel.FastTreeName, result.ChosenLearner);
        Assert.True(result.CrossValidation.Single(c => c.Learner == NeedModel.FastTreeName).Rmse
                    < result.CrossValidation.Single(c => c.Learner == NeedModel.PoissonName).Rmse);
    }

    [Fact]
    public void A_wijk_with_more_use_than_its_profile_predicts_is_a_finding_and_the_others_are_not()
    {
        var result = NeedModel.Fit(Synthetic(200, 3.0, 0.8, -0.5, excess: 1.3), Options);
        var excess = result.PerWijk.Single(w => w.Wijk == "WK099901");
        Assert.Equal(1, excess.Finding);
        Assert.InRange(excess.Ratio, 1.2, 1.4); // leave-one-wijk-out: its own excess does not leak into its expectation
        Assert.All(result.PerWijk.Where(w => w.Wijk != "WK099901"), w => Assert.InRange(w.Ratio, 0.9, 1.1));
        Assert.Equal(10, result.PerWijk.Count);
        Assert.Equal(200, result.PerWijk.Sum(w => w.Areas));
    }

    [Fact]
    public void Refuses_too_few_rows_in_Dutch_naming_the_file()
    {
        var ex = Assert.Throws<DataValidationException>(() => NeedModel.Fit(Synthetic(12, 3.0, 0.8, -0.5), Options, "buurten.csv"));
        Assert.Contains("te weinig bruikbare gebieden", ex.Errors[0].Message);
        Assert.Equal("buurten.csv", ex.Errors[0].File);
        Assert.Equal("12", ex.Errors[0].Value);
    }

    [Fact]
    public void Same_data_and_seed_give_the_same_model()
    {
        var a = NeedModel.Fit(Synthetic(100, 3.0, 0.8, -0.5), Options);
        var b = NeedModel.Fit(Synthetic(100, 3.0, 0.8, -0.5), Options);
        Assert.Equal(a.CrossValidation, b.CrossValidation);
        Assert.Equal(a.PerWijk, b.PerWijk);
    }

    [Fact]
    public void Shipped_illustrative_buurten_give_a_need_model_that_finds_the_wijk_with_excess_use()
    {
        var areas = AreaIndicatorFile.Read(Path.Combine(WijkDataTests.WijkDir, "buurtindicatoren-voorbeeld.csv"));
        var result = NeedModel.Fit(areas, new NeedModelOptions());
        Assert.True(result.IsIllustrative);
        // maak-voorbeeld.py puts 30% extra Wmo use in Rivierenwijk (WK015005) only
        Assert.Equal(1, result.PerWijk.Single(w => w.Wijk == "WK015005").Finding);
        Assert.True(result.PerWijk.Single(w => w.Wijk == "WK015005").Ratio > 1.1);
        Assert.DoesNotContain(result.PerWijk, w => w.Wijk != "WK015005" && w.Finding == 1);
        Assert.Equal(areas.Sum(a => a.Get("wmo_maatwerk_clienten")!.Value), result.PerWijk.Sum(w => w.Observed));
    }
}
