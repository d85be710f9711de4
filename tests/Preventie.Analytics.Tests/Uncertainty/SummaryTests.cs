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

    [Fact]
    public void Quantile_is_exact_while_the_values_fit_the_buffer()
    {
        var r = new DrawRandom(11);
        var x = Enumerable.Range(0, 737).Select(_ => r.NextDouble() * 100).ToArray();
        var q5 = new StreamingQuantile(0.05);
        var q95 = new StreamingQuantile(0.95);
        foreach (var v in x)
        {
            q5.Add(v);
            q95.Add(v);
        }
        Assert.True(q5.IsExact);
        Assert.Equal(Type7(x, 0.05), q5.Value, 12);
        Assert.Equal(Type7(x, 0.95), q95.Value, 12);
        // a hand-checked small case: 1..5 → h = 4·0.05 = 0.2 → 1.2
        var small = new StreamingQuantile(0.05);
        foreach (var v in new double[] { 5, 3, 1, 4, 2 }) small.Add(v);
        Assert.Equal(1.2, small.Value, 12);
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.5)]
    [InlineData(0.95)]
    public void P2_quantile_of_a_uniform_sample_is_within_half_a_percentage_point(double p)
    {
        // Uniform(0,1): the true quantile is p. Stated accuracy: |error| < 0.005 at 100,000 values.
        var r = new DrawRandom(7);
        var q = new StreamingQuantile(p);
        for (var i = 0; i < 100_000; i++) q.Add(r.NextDouble());
        Assert.False(q.IsExact);
        Assert.InRange(q.Value, p - 0.005, p + 0.005);
    }

    [Fact]
    public void P2_tail_quantiles_of_a_normal_sample_are_within_two_hundredths_of_a_standard_deviation()
    {
        var d = new NormalDistribution("x", 1000, 250);
        var r = new DrawRandom(9);
        var lo = new StreamingQuantile(0.05);
        var hi = new StreamingQuantile(0.95);
        for (var i = 0; i < 50_000; i++)
        {
            var v = d.Sample(r);
            lo.Add(v);
            hi.Add(v);
        }
        Assert.InRange(lo.Value, d.Low - 0.02 * 250 * 2, d.Low + 0.02 * 250 * 2); // sampling error ≈ 0.01 sd plus estimator error
        Assert.InRange(hi.Value, d.High - 0.02 * 250 * 2, d.High + 0.02 * 250 * 2);
    }

    [Fact]
    public void A_constant_stream_gives_the_constant_exactly_in_both_phases()
    {
        const double c = 1234.56789;
        var acc = new OutcomeAccumulator(exactCapacity: 10);
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
