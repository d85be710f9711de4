namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// Expected value of perfect information for a decision between options, streamed over the draws:
/// EVPI = E[max_d NB_d] − max_d E[NB_d], the most a decision maker should pay to remove all parameter uncertainty
/// before choosing. Only differences between options matter, so a two-option decision (scenario versus comparator)
/// can be fed the incremental net benefit with <see cref="AddIncremental"/> (comparator = 0).
/// Means are Welford running means; the result is clamped at 0 against rounding.
/// </summary>
public sealed class EvpiAccumulator
{
    private readonly double[] _means;
    private double _meanOfMax;
    private long _n;

    /// <param name="options">Number of decision options (at least 2).</param>
    public EvpiAccumulator(int options = 2)
    {
        if (options < 2) throw new ArgumentOutOfRangeException(nameof(options), "A decision needs at least two options.");
        _means = new double[options];
    }

    /// <summary>The number of decision options each draw brings a net benefit for.</summary>
    public int Options => _means.Length;
    /// <summary>The number of draws added so far.</summary>
    public long Count => _n;

    /// <summary>Adds one draw: the net benefit of every option.</summary>
    public void Add(ReadOnlySpan<double> netBenefits)
    {
        if (netBenefits.Length != _means.Length) throw new ArgumentException($"Expected {_means.Length} values.", nameof(netBenefits));
        _n++;
        var max = double.NegativeInfinity;
        for (var d = 0; d < _means.Length; d++)
        {
            _means[d] += (netBenefits[d] - _means[d]) / _n;
            if (netBenefits[d] > max) max = netBenefits[d];
        }
        _meanOfMax += (max - _meanOfMax) / _n;
    }

    /// <summary>Adds one draw of a two-option decision: the scenario's net benefit relative to the comparator.</summary>
    public void AddIncremental(double incrementalNetBenefit)
    {
        if (_means.Length != 2) throw new InvalidOperationException("Incremental input needs a two-option decision.");
        if (BitConverter.DoubleToInt64Bits(_means[0]) != 0) // mixed with Add: take the general path
        {
            Span<double> nb = [0, incrementalNetBenefit];
            Add(nb);
            return;
        }
        // Add([0, x]) written out: the comparator's running mean stays exactly +0 (0 + (0 − 0)/n), so it is not updated
        _n++;
        _means[1] += (incrementalNetBenefit - _means[1]) / _n;
        var max = incrementalNetBenefit > 0 ? incrementalNetBenefit : 0.0;
        _meanOfMax += (max - _meanOfMax) / _n;
    }

    /// <summary>Expected net benefit of each option.</summary>
    public IReadOnlyList<double> ExpectedNetBenefits => _means;

    /// <summary>The option with the highest expected net benefit (the first one on a tie).</summary>
    public int BestOption
    {
        get
        {
            var best = 0;
            for (var d = 1; d < _means.Length; d++)
                if (_means[d] > _means[best]) best = d;
            return best;
        }
    }

    /// <summary>E[max_d NB_d] − max_d E[NB_d] (≥ 0); NaN before any draw.</summary>
    public double Value => _n == 0 ? double.NaN : Math.Max(0, _meanOfMax - _means[BestOption]);
}
