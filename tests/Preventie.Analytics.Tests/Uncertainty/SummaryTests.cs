using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Tests.Uncertainty;

public class SummaryTests
{
    private static double Type7(double[] values, double p)
    {
        var s = values.OrderBy(v => v).ToArray();
        var h = (s.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        return lo >= s.Length - 1 ? s[^1] : s[lo] + (h - lo) * (s[lo + 1] - s[lo]);
    }

    [Theory]
    [InlineData(737)]
    [InlineData(999)]
    [InlineData(1000)]
    [InlineData(1001)]
    [InlineData(1500)]
    [InlineData(100_000)]
    public void Quantiles_are_exact_type_7_at_every_sample_size_no_switch(int n)
    {
        // a skewed sample (lognormal), where an approximation such as P² was off by up to 0.16 sd around 1,500 values
        var d = LogNormalDistribution.FromMuSigma("x", 0, 1.2);
        var r = new DrawRandom(11);
        var x = Enumerable.Range(0, n).Select(_ => d.Sample(r)).ToArray();
        var q = new SampleQuantiles();
        foreach (var v in x) q.Add(v);
        Assert.Equal(Type7(x, 0.05), q.Quantile(0.05));
        Assert.Equal(Type7(x, 0.95), q.Quantile(0.95));
        Assert.Equal(Type7(x, 0.5), q.Quantile(0.5));
    }

    [Fact]
    public void Quantile_of_a_small_hand_checked_case()
    {
        // 1..5 → h = 4·0.05 = 0.2 → 1 + 0.2·(2 − 1) = 1.2; h = 4·0.95 = 3.8 → 4.8
        var small = new SampleQuantiles();
        foreach (var v in new double[] { 5, 3, 1, 4, 2 }) small.Add(v);
        Assert.Equal(1.2, small.Quantile(0.05), 12);
        Assert.Equal(4.8, small.Quantile(0.95), 12);
        Assert.Equal(5, small.Quantile(1));
        Assert.Equal(1, small.Quantile(0));
    }

    [Fact]
    public void Psa_percentiles_do_not_jump_when_draws_are_added()
    {
        // the summary of the first n values equals the exact percentile of those n values, for n across the old switch
        var d = LogNormalDistribution.FromMuSigma("x", 0, 1.2);
        var r = new DrawRandom(5);
        var acc = new OutcomeAccumulator();
        var all = new List<double>();
        for (var i = 1; i <= 2500; i++)
        {
            var v = d.Sample(r);
            acc.Add(v);
            all.Add(v);
            if (i is 990 or 1000 or 1010 or 1500 or 2500)
                Assert.Equal(Type7(all.ToArray(), 0.95), acc.ToSummary().High);
        }
    }

    [Fact]
    public void A_constant_stream_gives_the_constant_exactly()
    {
        const double c = 1234.56789;
        var acc = new OutcomeAccumulator();
        for (var i = 0; i < 5000; i++) acc.Add(c);
        var s = acc.ToSummary();
        Assert.Equal(c, s.Mean);
        Assert.Equal(c, s.Low);
        Assert.Equal(c, s.High);
        Assert.Equal(0, s.StandardDeviation);
        Assert.Equal(1, s.ProbabilityPositive);
    }

    [Fact]
    public void Outcome_summary_matches_direct_computation()
    {
        double[] x = [-3, 1, 4, -1, 5, 9, -2, 6];
        var acc = new OutcomeAccumulator();
        foreach (var v in x) acc.Add(v);
        var s = acc.ToSummary();
        var mean = x.Average();
        Assert.Equal(mean, s.Mean, 12);
        Assert.Equal(Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1)), s.StandardDeviation, 12);
        Assert.Equal(5.0 / 8, s.ProbabilityPositive);
        Assert.Equal(Type7(x, 0.05), s.Low, 12);
        Assert.Equal(Type7(x, 0.95), s.High, 12);
        Assert.Equal(8, s.Draws);
    }

    [Fact]
    public void Evpi_of_a_two_option_toy_problem_equals_the_hand_computation()
    {
        // incremental net benefits −10, 20, 5, −5: E[max(0, x)] = 25/4 = 6.25; max(E[x], 0) = 2.5 → EVPI 3.75
        var e = new EvpiAccumulator();
        foreach (var v in new double[] { -10, 20, 5, -5 }) e.AddIncremental(v);
        Assert.Equal(3.75, e.Value, 12);
        Assert.Equal(1, e.BestOption);
    }

    [Fact]
    public void Evpi_of_a_three_option_toy_problem_equals_the_hand_computation()
    {
        // rows (1,3,2), (4,0,1), (2,2,5): E[max] = (3+4+5)/3 = 4; means 7/3, 5/3, 8/3 → EVPI = 4 − 8/3 = 4/3
        var e = new EvpiAccumulator(3);
        e.Add([1, 3, 2]);
        e.Add([4, 0, 1]);
        e.Add([2, 2, 5]);
        Assert.Equal(4.0 / 3, e.Value, 12);
        Assert.Equal(2, e.BestOption);
    }

    [Fact]
    public void Evpi_is_zero_when_one_option_always_wins()
    {
        var e = new EvpiAccumulator();
        foreach (var v in new double[] { 1, 2, 3 }) e.AddIncremental(v);
        Assert.Equal(0, e.Value);
    }

    [Fact]
    public void Acceptability_curve_counts_draws_with_positive_valued_net_benefit()
    {
        // draws (net benefit, life-years): (−100, 2), (50, −1), (−10, 1)
        var c = new AcceptabilityCurveAccumulator([0, 20, 100]);
        c.Add(-100, 2);
        c.Add(50, -1);
        c.Add(-10, 1);
        var points = c.ToPoints();
        // λ = 0: {−100, 50, −10} → 1/3; λ = 20: {−60, 30, 10} → 2/3; λ = 100: {100, −50, 90} → 2/3
        Assert.Equal(1.0 / 3, points[0].Probability, 12);
        Assert.Equal(2.0 / 3, points[1].Probability, 12);
        Assert.Equal(2.0 / 3, points[2].Probability, 12);
        // EVPI at λ = 0: E[max(0,x)] = 50/3, E[x] = −20 < 0 → 50/3
        Assert.Equal(50.0 / 3, points[0].Evpi, 9);
        // λ = 100: E[max(0,x)] = 190/3, E[x] = 140/3 → 50/3
        Assert.Equal(50.0 / 3, points[2].Evpi, 9);
    }
}
