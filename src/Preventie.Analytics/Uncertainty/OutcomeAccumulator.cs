namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// Collects the values of one outcome, draw by draw, into an <see cref="OutcomeSummary"/>: Welford's running mean and
/// variance (a stream of identical values gives that value exactly), the exact 5th and 95th percentiles
/// (<see cref="SampleQuantiles"/>) and a count of positive values.
/// </summary>
public sealed class OutcomeAccumulator
{
    private readonly SampleQuantiles _values = new();
    private long _n;
    private double _mean;
    private double _m2;
    private long _positive;

    public long Count => _n;

    public void Add(double x)
    {
        _n++;
        var delta = x - _mean;
        _mean += delta / _n;
        _m2 += delta * (x - _mean);
        if (x > 0) _positive++;
        _values.Add(x);
    }

    public OutcomeSummary ToSummary() => _n == 0
        ? new OutcomeSummary(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0)
        : new OutcomeSummary(_mean, _values.Quantile(0.05), _values.Quantile(0.95), _n > 1 ? Math.Sqrt(Math.Max(0, _m2) / (_n - 1)) : 0,
            (double)_positive / _n, _n);
}
