using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.ValueOfInformation;

/// <summary>
/// Value of information for a choice between two options — keep the current portfolio (incremental net benefit 0) or
/// adopt the chosen one (incremental net benefit INB per draw).
/// <para>EVPI = mean(max(0, INB)) − max(0, mean(INB)). EVPPI of a parameter subset φ (Strong, Oakley and Brennan 2014):
/// regress INB on φ (<see cref="Metamodel"/>), giving ĝ(φ) ≈ E[INB | φ], then
/// EVPPI = mean(max(0, ĝ)) − max(0, mean(ĝ)). When the metamodel is no better than the mean (out-of-fold R² ≤ 0) the
/// subset carries no detectable information and its EVPPI is 0.</para>
/// </summary>
public static class Evppi
{
    /// <summary>
    /// Expected value of perfect information for the two-option choice, in draw order through the PSA's own
    /// <see cref="EvpiAccumulator"/>, so the same draws give the same EVPI as <see cref="ProbabilisticAnalysis"/>
    /// (clamped at 0 against rounding; NaN without draws).
    /// </summary>
    public static double Evpi(IReadOnlyList<double> incremental)
    {
        var accumulator = new EvpiAccumulator();
        foreach (var v in incremental) accumulator.AddIncremental(v);
        return accumulator.Value;
    }

    /// <summary>EVPPI from fitted conditional expectations: the EVPI formula (<see cref="Evpi"/>) applied to them.</summary>
    public static double FromConditionalExpectations(IReadOnlyList<double> fitted) => Evpi(fitted);

    /// <summary>EVPPI of the columns <paramref name="columns"/> of <paramref name="parameters"/> ([draw][parameter]).</summary>
    public static (double Value, double RSquared) Estimate(double[][] parameters, IReadOnlyList<int> columns, double[] incremental, Metamodel.Settings? settings = null)
    {
        var fit = Metamodel.Fit(parameters, columns, incremental, settings);
        return (fit.RSquared <= 0 ? 0 : FromConditionalExpectations(fit.Predictions), fit.RSquared);
    }
}
