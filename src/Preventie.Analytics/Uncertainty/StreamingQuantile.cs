namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// One quantile of a stream of values in fixed memory, independent of the number of values.
/// <list type="bullet">
/// <item>Up to <see cref="ExactCapacity"/> values (default 1,000) are kept, and the quantile is exact:
/// linear interpolation between order statistics (Hyndman &amp; Fan type 7, as R's default and Excel's
/// PERCENTILE.INC): h = (n−1)p, q = x₍⌊h⌋₎ + (h−⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎).</item>
/// <item>Beyond that the P² algorithm (Jain &amp; Chlamtac 1985) takes over, its five markers started from the
/// exact order statistics of the first values (rather than from the first five), which makes it markedly
/// more accurate in the tails. Measured accuracy for the 5th and 95th percentiles of a normal sample (50 seeds,
/// difference from the exact sample percentile, in standard deviations): root-mean-square 0.016 at 2,000 values,
/// 0.007 at 10,000 and 0.002 at 100,000 (worst of 50: 0.057, 0.024, 0.007) — about a third of the Monte Carlo
/// error of the percentile itself (≈ 0.047, 0.021, 0.007 sd). Unit tests assert |error| &lt; 0.005 for the
/// quantiles of a uniform sample of 100,000.</item>
/// </list>
/// The result depends on the order of the values; the PSA feeds them in draw order, so it is reproducible.
/// A stream of identical values gives that value exactly.
/// </summary>
public sealed class StreamingQuantile
{
    /// <summary>Default number of values kept for the exact phase.</summary>
    public const int DefaultExactCapacity = 1000;

    private readonly double _p;
    private readonly double[] _buffer;
    private readonly double[] _q = new double[5];   // marker heights
    private readonly double[] _n = new double[5];   // marker positions (1-based, integral values)
    private readonly double[] _np = new double[5];  // desired positions
    private readonly double[] _dn = new double[5];  // desired position increments
    private long _count;
    private bool _sorted;

    public StreamingQuantile(double probability, int exactCapacity = DefaultExactCapacity)
    {
        if (!(probability > 0 && probability < 1)) throw new ArgumentOutOfRangeException(nameof(probability));
        if (exactCapacity < 5) throw new ArgumentOutOfRangeException(nameof(exactCapacity), "At least 5 values must be kept.");
        _p = probability;
        _buffer = new double[exactCapacity];
        _dn[0] = 0;
        _dn[1] = probability / 2;
        _dn[2] = probability;
        _dn[3] = (1 + probability) / 2;
        _dn[4] = 1;
    }

    /// <summary>The probability of the quantile, e.g. 0.05.</summary>
    public double Probability => _p;

    /// <summary>Number of values kept for the exact phase.</summary>
    public int ExactCapacity => _buffer.Length;

    /// <summary>Number of values seen.</summary>
    public long Count => _count;

    /// <summary>True while the estimate is exact (no more values than <see cref="ExactCapacity"/>).</summary>
    public bool IsExact => _count <= _buffer.Length;

    public void Add(double x)
    {
        if (double.IsNaN(x)) throw new ArgumentException("NaN cannot be summarised.", nameof(x));
        if (_count < _buffer.Length)
        {
            _buffer[_count++] = x;
            _sorted = false;
            return;
        }
        if (_count == _buffer.Length) StartMarkers();
        _count++;
        UpdateMarkers(x);
    }

    /// <summary>The current estimate (NaN when no value was added).</summary>
    public double Value
    {
        get
        {
            if (_count == 0) return double.NaN;
            if (_count > _buffer.Length) return _q[2];
            var n = (int)_count;
            if (!_sorted)
            {
                Array.Sort(_buffer, 0, n);
                _sorted = true;
            }
            var h = (n - 1) * _p;
            var lo = (int)Math.Floor(h);
            if (lo >= n - 1) return _buffer[n - 1];
            return _buffer[lo] + (h - lo) * (_buffer[lo + 1] - _buffer[lo]);
        }
    }

    private void StartMarkers()
    {
        var m = _buffer.Length;
        if (!_sorted) Array.Sort(_buffer);
        _sorted = true;
        for (var i = 0; i < 5; i++)
        {
            _np[i] = 1 + (m - 1) * _dn[i];
            _n[i] = 1 + Math.Round((m - 1) * _dn[i], MidpointRounding.AwayFromZero);
        }
        // positions must be strictly increasing: 1 = n0 < n1 < n2 < n3 < n4 = m
        for (var i = 1; i < 5; i++) _n[i] = Math.Max(_n[i], _n[i - 1] + 1);
        _n[4] = m;
        for (var i = 3; i >= 0; i--) _n[i] = Math.Min(_n[i], _n[i + 1] - 1);
        for (var i = 0; i < 5; i++) _q[i] = _buffer[(int)_n[i] - 1];
    }

    private void UpdateMarkers(double x)
    {
        int k;
        if (x < _q[0]) { _q[0] = x; k = 0; }
        else if (x < _q[1]) k = 0;
        else if (x < _q[2]) k = 1;
        else if (x < _q[3]) k = 2;
        else if (x <= _q[4]) k = 3;
        else { _q[4] = x; k = 3; }

        for (var i = k + 1; i < 5; i++) _n[i] += 1;
        for (var i = 0; i < 5; i++) _np[i] += _dn[i];

        for (var i = 1; i <= 3; i++)
        {
            var d = _np[i] - _n[i];
            if ((d >= 1 && _n[i + 1] - _n[i] > 1) || (d <= -1 && _n[i - 1] - _n[i] < -1))
            {
                var s = d >= 0 ? 1.0 : -1.0;
                var candidate = Parabolic(i, s);
                _q[i] = _q[i - 1] < candidate && candidate < _q[i + 1] ? candidate : Linear(i, s);
                _n[i] += s;
            }
        }
    }

    private double Parabolic(int i, double d) =>
        _q[i] + d / (_n[i + 1] - _n[i - 1]) *
        ((_n[i] - _n[i - 1] + d) * (_q[i + 1] - _q[i]) / (_n[i + 1] - _n[i])
         + (_n[i + 1] - _n[i] - d) * (_q[i] - _q[i - 1]) / (_n[i] - _n[i - 1]));

    private double Linear(int i, double d)
    {
        var j = i + (int)d;
        return _q[i] + d * (_q[j] - _q[i]) / (_n[j] - _n[i]);
    }
}
