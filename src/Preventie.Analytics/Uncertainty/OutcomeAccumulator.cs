namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// Collects the values of one outcome, draw by draw, into an <see cref="OutcomeSummary"/>: Welford's running mean and
/// variance (a stream of identical values gives that value exactly), the exact 5th and 95th percentiles
/// (<see cref="SampleQuantiles"/>) and a count of positive values.
/// </summary>
public sealed class OutcomeAccumulator
{
    private readonly SampleQuantiles _values;
    private long _n;
    private double _mean;
    private double _m2;
    private long _positive;

    /// <param name="capacity">Expected number of values (e.g. the number of draws), so the store does not grow.</param>
    public OutcomeAccumulator(int capacity = 64) => _values = new SampleQuantiles(capacity);

    private OutcomeAccumulator(SampleQuantiles values) => _values = values;

    /// <summary>The number of values added so far.</summary>
    public long Count => _n;

    /// <summary>Adds the outcome of one draw.</summary>
    public void Add(double x)
    {
        _values.Add(x);
        Accumulate(x);
    }

    /// <summary>
    /// The summary of the first <paramref name="count"/> values of <paramref name="values"/> in that order — the same
    /// figures, bit for bit, as <see cref="Add"/> for each value followed by <see cref="ToSummary"/> — without copying
    /// them: the array is taken over and reordered by the percentiles. Lets a PSA store its outcomes as columns and
    /// summarise them afterwards, one column per thread.
    /// </summary>
    public static OutcomeSummary Summarise(double[] values, int count)
    {
        var accumulator = new OutcomeAccumulator(SampleQuantiles.Adopt(values, count));
        for (var i = 0; i < count; i++) accumulator.Accumulate(values[i]);
        return accumulator.ToSummary();
    }

    private void Accumulate(double x)
    {
        _n++;
        var delta = x - _mean;
        _mean += delta / _n;
        _m2 += delta * (x - _mean);
        if (x > 0) _positive++;
    }

    /// <summary>The mean, 90% interval, standard deviation and share of positive values of the values so far (NaN without values).</summary>
    public OutcomeSummary ToSummary() => _n == 0
        ? new OutcomeSummary(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0)
        : new OutcomeSummary(_mean, _values.Quantile(0.05), _values.Quantile(0.95), _n > 1 ? Math.Sqrt(Math.Max(0, _m2) / (_n - 1)) : 0,
            (double)_positive / _n, _n);
}
