namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// Streams one payer's acceptability curve and EVPI curve over a grid of values per zelfredzaam life-year λ:
/// per draw, NB(λ) = net benefit (euro) + λ · life-years gained; counts NB(λ) &gt; 0 and feeds an
/// <see cref="EvpiAccumulator"/> per λ (scenario versus comparator). Memory is fixed by the grid, not by the draws.
/// </summary>
public sealed class AcceptabilityCurveAccumulator
{
    private readonly double[] _values;
    private readonly long[] _accepted;
    private readonly EvpiAccumulator[] _evpi;
    private long _n;

    /// <param name="valuesPerLifeYear">The grid of λ in euro, e.g. 0, 5,000, …, 100,000.</param>
    public AcceptabilityCurveAccumulator(IReadOnlyList<double> valuesPerLifeYear)
    {
        if (valuesPerLifeYear.Count == 0) throw new ArgumentException("At least one value is required.", nameof(valuesPerLifeYear));
        _values = valuesPerLifeYear.ToArray();
        _accepted = new long[_values.Length];
        _evpi = _values.Select(_ => new EvpiAccumulator()).ToArray();
    }

    /// <summary>The grid of values per zelfredzaam life-year λ (euro), one curve point each.</summary>
    public IReadOnlyList<double> ValuesPerLifeYear => _values;

    /// <summary>Adds one draw.</summary>
    /// <param name="netBenefit">The payer's net benefit of the scenario against the comparator, in euro.</param>
    /// <param name="lifeYearsGained">Zelfredzame life-years gained by the scenario against the comparator.</param>
    public void Add(double netBenefit, double lifeYearsGained)
    {
        _n++;
        for (var i = 0; i < _values.Length; i++)
        {
            var nb = netBenefit + _values[i] * lifeYearsGained;
            if (nb > 0) _accepted[i]++;
            _evpi[i].AddIncremental(nb);
        }
    }

    /// <summary>One point per λ: the share of draws with NB(λ) &gt; 0 (NaN before any draw) and the EVPI at λ.</summary>
    public IReadOnlyList<AcceptabilityPoint> ToPoints() =>
        _values.Select((v, i) => new AcceptabilityPoint(v, _n == 0 ? double.NaN : (double)_accepted[i] / _n, _evpi[i].Value)).ToList();

    /// <summary>A grid from 0 to <paramref name="max"/> in <paramref name="steps"/> equal steps (inclusive).</summary>
    public static double[] Grid(double max, int steps)
    {
        if (steps < 1 || !(max > 0)) throw new ArgumentOutOfRangeException(nameof(steps));
        return Enumerable.Range(0, steps + 1).Select(i => max * i / steps).ToArray();
    }
}
