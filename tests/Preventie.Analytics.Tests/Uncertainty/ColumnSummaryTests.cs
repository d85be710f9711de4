using FsCheck.Xunit;
using Preventie.Analytics.Uncertainty;
using Xunit;

namespace Preventie.Analytics.Tests.Uncertainty;

/// <summary>
/// The PSA stores outcomes as columns and summarises them after the run; that must give exactly (bit for bit) what
/// summarising the same values streamed in draw order gives, and the selection-based percentiles must equal the
/// order statistics of a full sort.
/// </summary>
public class ColumnSummaryTests
{
    [Property(MaxTest = 200)]
    public void A_column_summary_equals_the_streamed_summary_bit_for_bit(double[] raw, bool ties)
    {
        var values = raw.Where(v => !double.IsNaN(v) && !double.IsInfinity(v)).Select(v => ties ? Math.Round(v % 5) : v).ToArray();
        var streamed = new OutcomeAccumulator();
        foreach (var v in values) streamed.Add(v);
        var expected = streamed.ToSummary();
        var actual = OutcomeAccumulator.Summarise((double[])values.Clone(), values.Length);
        Assert.Equal(Bits(expected.Mean), Bits(actual.Mean));
        Assert.Equal(Bits(expected.StandardDeviation), Bits(actual.StandardDeviation));
        Assert.Equal(expected.ProbabilityPositive, actual.ProbabilityPositive);
        Assert.Equal(expected.Draws, actual.Draws);
        if (values.Length == 0) return;
        var sorted = values.Order().ToArray();
        Assert.Equal(Type7(sorted, 0.05), actual.Low);
        Assert.Equal(Type7(sorted, 0.95), actual.High);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(21)]
    [InlineData(100_000)]
    public void Selection_finds_the_same_order_statistics_as_sorting_with_many_equal_values(int n)
    {
        // a column of an uninvolved payer: mostly zeros, a few values
        var r = new Random(n);
        var values = Enumerable.Range(0, n).Select(_ => r.NextDouble() < 0.9 ? 0.0 : r.Next(-3, 4)).ToArray();
        var q = new SampleQuantiles();
        foreach (var v in values) q.Add(v);
        var sorted = values.Order().ToArray();
        foreach (var p in new[] { 0.05, 0.95, 0.5, 0.0, 1.0 })
            Assert.Equal(Type7(sorted, p), q.Quantile(p));
    }

    [Fact]
    public void A_column_with_NaN_is_refused_as_in_the_streamed_summary()
    {
        Assert.Throws<ArgumentException>(() => OutcomeAccumulator.Summarise([1, double.NaN, 2], 3));
    }

    [Property(MaxTest = 100)]
    public void Incremental_EVPI_equals_the_general_two_option_form_bit_for_bit(double[] raw)
    {
        var values = raw.Where(double.IsFinite).ToArray();
        var incremental = new EvpiAccumulator();
        var general = new EvpiAccumulator();
        foreach (var v in values)
        {
            incremental.AddIncremental(v);
            general.Add([0, v]);
        }
        Assert.Equal(Bits(general.Value), Bits(incremental.Value));
        Assert.Equal(general.ExpectedNetBenefits.Select(Bits), incremental.ExpectedNetBenefits.Select(Bits));
    }

    private static long Bits(double v) => BitConverter.DoubleToInt64Bits(v);

    private static double Type7(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        return lo >= sorted.Length - 1 ? sorted[^1] : sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }
}
