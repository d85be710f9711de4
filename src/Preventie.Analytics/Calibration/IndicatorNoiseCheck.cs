namespace Preventie.Analytics.Calibration;

/// <summary>
/// Whether the fit reproduces one indicator's observed figures within their noise: per figure in the objective the
/// standardised residual (<see cref="IndicatorFit.StandardisedResidual"/>); the indicator misses when a figure is off by
/// more than <see cref="Severe"/> noise units, or when more figures are off by more than <see cref="Beyond"/> than chance
/// explains (more than <see cref="ChanceAllowance"/>: 1 in 20, at least one).
/// </summary>
/// <param name="Indicator">Indicator code.</param>
/// <param name="Label">Dutch label.</param>
/// <param name="Figures">Number of its figures in the objective.</param>
/// <param name="BeyondNoise">Number of those with |standardised residual| &gt; <see cref="Beyond"/>.</param>
/// <param name="MaxAbsResidual">Largest |standardised residual|.</param>
/// <param name="Worst">The figure with the largest |standardised residual|.</param>
public sealed record IndicatorNoiseCheck(string Indicator, string Label, int Figures, int BeyondNoise, double MaxAbsResidual, IndicatorFit Worst)
{
    /// <summary>Standardised residual beyond which a figure is missed by more than its noise.</summary>
    public const double Beyond = 2.0;

    /// <summary>Standardised residual beyond which one figure alone makes the indicator miss.</summary>
    public const double Severe = 3.0;

    /// <summary>How many figures may lie beyond <see cref="Beyond"/> by chance: 5% of them, at least one.</summary>
    public int ChanceAllowance => Math.Max(1, (int)Math.Ceiling(0.05 * Figures));

    /// <summary>True when the fit reproduces the indicator within its noise.</summary>
    public bool WithinNoise => MaxAbsResidual <= Severe && BeyondNoise <= ChanceAllowance;

    /// <summary>One check per indicator over its figures in the objective, in order of first appearance.</summary>
    public static IReadOnlyList<IndicatorNoiseCheck> For(IEnumerable<IndicatorFit> fits) =>
        fits.Where(f => f.InObjective && f.StandardisedResidual is not null).GroupBy(f => f.Indicator)
            .Select(g =>
            {
                var worst = g.MaxBy(f => Math.Abs(f.StandardisedResidual!.Value))!;
                return new IndicatorNoiseCheck(g.Key, worst.IndicatorLabel, g.Count(), g.Count(f => Math.Abs(f.StandardisedResidual!.Value) > Beyond),
                    Math.Abs(worst.StandardisedResidual!.Value), worst);
            })
            .ToList();
}
