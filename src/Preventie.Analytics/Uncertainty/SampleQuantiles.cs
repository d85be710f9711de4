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
    private double[] _values;
    private int _count;
    private bool _sorted = true;
    private int _selections;

    /// <summary>An empty sample with room for <paramref name="capacity"/> values before it grows.</summary>
    public SampleQuantiles(int capacity = 64) => _values = new double[Math.Max(1, capacity)];

    private SampleQuantiles(double[] values, int count)
    {
        _values = values;
        _count = count;
        _sorted = false;
    }

    /// <summary>
    /// A sample over the first <paramref name="count"/> entries of <paramref name="values"/>, without copying: the
    /// array then belongs to the sample (quantiles reorder it). NaN is refused, as in <see cref="Add"/>.
    /// </summary>
    internal static SampleQuantiles Adopt(double[] values, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, values.Length);
        for (var i = 0; i < count; i++)
            if (double.IsNaN(values[i])) throw new ArgumentException("NaN cannot be summarised.", nameof(values));
        return new SampleQuantiles(values, count);
    }

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

    /// <summary>
    /// The type-7 quantile at <paramref name="probability"/> in [0, 1]; NaN when empty. The two order statistics it
    /// needs are found by selection (O(n), the values are partly reordered); from the third quantile of the same
    /// values on, they are sorted once instead.
    /// </summary>
    public double Quantile(double probability)
    {
        if (!(probability >= 0 && probability <= 1)) throw new ArgumentOutOfRangeException(nameof(probability));
        if (_count == 0) return double.NaN;
        var h = (_count - 1) * probability;
        var lo = (int)Math.Floor(h);
        if (!_sorted && ++_selections > 2)
        {
            Array.Sort(_values, 0, _count);
            _sorted = true;
        }
        if (_sorted)
        {
            if (lo >= _count - 1) return _values[_count - 1];
            return _values[lo] + (h - lo) * (_values[lo + 1] - _values[lo]);
        }
        var span = _values.AsSpan(0, _count);
        var low = Select(span, lo);
        if (lo >= _count - 1) return low;
        // after selection everything right of lo is ≥ x₍lo₎: the next order statistic is their minimum
        var next = span[lo + 1];
        for (var i = lo + 2; i < span.Length; i++)
            if (span[i] < next) next = span[i];
        return low + (h - lo) * (next - low);
    }

    /// <summary>
    /// Places the k-th smallest value (0-based) at index k, smaller-or-equal values left of it and greater-or-equal
    /// right of it, and returns it (quickselect with a median-of-three pivot; falls back to sorting the remaining range
    /// when the partitioning degenerates, so the worst case stays O(n log n)).
    /// </summary>
    private static double Select(Span<double> a, int k)
    {
        var left = 0;
        var right = a.Length - 1;
        var budget = 2 * (64 - ulong.LeadingZeroCount((ulong)a.Length)) + 8;
        while (right > left)
        {
            if (--budget < 0)
            {
                a[left..(right + 1)].Sort();
                return a[k];
            }
            // median of three as the pivot, moved to the right end
            var mid = left + (right - left) / 2;
            if (a[mid] < a[left]) (a[mid], a[left]) = (a[left], a[mid]);
            if (a[right] < a[left]) (a[right], a[left]) = (a[left], a[right]);
            if (a[mid] < a[right]) (a[mid], a[right]) = (a[right], a[mid]);
            var pivot = a[right];
            // Hoare-style partition of [left, right) around the pivot
            var i = left - 1;
            var j = right;
            while (true)
            {
                while (a[++i] < pivot) { }
                while (j > left && pivot < a[--j]) { }
                if (i >= j) break;
                (a[i], a[j]) = (a[j], a[i]);
            }
            (a[i], a[right]) = (a[right], a[i]);
            // a[i] is now in its final place
            if (k == i) return a[i];
            if (k < i) right = i - 1;
            else left = i + 1;
        }
        return a[k];
    }
}
