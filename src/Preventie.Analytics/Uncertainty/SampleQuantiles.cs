namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// Exact quantiles of a sample: every value is kept (8 bytes each; at the PSA's maximum of
/// <see cref="PsaOptions.MaxDraws"/> = 100,000 draws that is 800 KB per outcome) and a quantile is computed from the
/// order statistics by linear interpolation (Hyndman &amp; Fan type 7, R's default and Excel's PERCENTILE.INC):
/// h = (n−1)p, q = x₍⌊h⌋₎ + (h−⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎) with x₍₀₎ the smallest value. No approximation and no switch of
/// method at any number of values. The result does not depend on the order of the values.
/// </summary>
public sealed class SampleQuantiles
{
    private double[] _values = new double[64];
    private int _count;
    private bool _sorted = true;

    /// <summary>Number of values.</summary>
    public int Count => _count;

    /// <summary>Adds a value (NaN is refused).</summary>
    public void Add(double x)
    {
        if (double.IsNaN(x)) throw new ArgumentException("NaN cannot be summarised.", nameof(x));
        if (_count == _values.Length) Array.Resize(ref _values, _values.Length * 2);
        _values[_count++] = x;
        _sorted = false;
    }

    /// <summary>The type-7 quantile at <paramref name="probability"/> in [0, 1]; NaN when empty.</summary>
    public double Quantile(double probability)
    {
        if (!(probability >= 0 && probability <= 1)) throw new ArgumentOutOfRangeException(nameof(probability));
        if (_count == 0) return double.NaN;
        if (!_sorted)
        {
            Array.Sort(_values, 0, _count);
            _sorted = true;
        }
        var h = (_count - 1) * probability;
        var lo = (int)Math.Floor(h);
        if (lo >= _count - 1) return _values[_count - 1];
        return _values[lo] + (h - lo) * (_values[lo + 1] - _values[lo]);
    }
}
