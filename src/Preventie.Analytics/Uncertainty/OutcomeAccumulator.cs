namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// Streams the values of one outcome, draw by draw, into an <see cref="OutcomeSummary"/> in fixed memory:
/// Welford's running mean and variance (a stream of identical values gives that value exactly), two
/// <see cref="StreamingQuantile"/>s for the 5th and 95th percentiles, and a count of positive values.
/// </summary>
public sealed class OutcomeAccumulator
{
    private readonly StreamingQuantile _low;
    private readonly StreamingQuantile _high;
    private long _n;
    private double _mean;
    private double _m2;
    private long _positive;

    public OutcomeAccumulator(int exactCapacity = StreamingQuantile.DefaultExactCapacity)
    {
        _low = new StreamingQuantile(0.05, exactCapacity);
        _high = new StreamingQuantile(0.95, exactCapacity);
    }

    public long Count => _n;

    public void Add(double x)
    {
        _n++;
        var delta = x - _mean;
        _mean += delta / _n;
        _m2 += delta * (x - _mean);
        if (x > 0) _positive++;
        _low.Add(x);
        _high.Add(x);
    }

    public OutcomeSummary ToSummary() => _n == 0
        ? new OutcomeSummary(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0)
        : new OutcomeSummary(_mean, _low.Value, _high.Value, _n > 1 ? Math.Sqrt(Math.Max(0, _m2) / (_n - 1)) : 0,
            (double)_positive / _n, _n);
}
