namespace Preventie.Analytics.Calibration;

/// <summary>
/// Observed versus fitted for one indicator, band (or "totaal") and year. <see cref="Fitted"/> is the model's
/// equivalent (mean number during the year, or the 1 January stock); <see cref="InObjective"/> says whether the
/// figure entered the least-squares objective (band rows are used when a year has them, else the total, never both).
/// <see cref="LevelVariance"/> is the noise a later year inherits from the first year's figure, whose level the
/// calibration takes from the monitor: (model ÷ model in the first year)² × (model in the first year + 25/12), an upper
/// bound (as if everyone counted in the first year were still counted); 0 for the first year and for totals.
/// </summary>
public sealed record IndicatorFit(
    string Indicator,
    string IndicatorLabel,
    string Band,
    int Year,
    bool Provisional,
    double? Observed,
    double? Fitted,
    bool InObjective,
    double LevelVariance = 0)
{
    /// <summary>Observed − fitted, or null when either is missing.</summary>
    public double? Residual => Observed is { } o && Fitted is { } f ? o - f : null;

    /// <summary>Residual relative to the observed value, or null.</summary>
    public double? RelativeResidual => Residual is { } r && Observed is > 0 ? r / Observed.Value : null;

    /// <summary>Variance of rounding a published count to a multiple of 5 (uniform on ±2,5: 25/12).</summary>
    public const double RoundingVariance = 25.0 / 12.0;

    /// <summary>
    /// The residual in units of the count's noise: (observed − model) / √(model + 25/12 + level variance), Poisson noise of a count
    /// around the model's value plus the rounding of published counts to multiples of 5; null when either is missing.
    /// Beyond ±2 the model misses the figure by more than its noise explains (about 1 in 20 figures by chance).
    /// Includes <see cref="LevelVariance"/>, the first year's noise carried by the start level.
    /// </summary>
    public double? StandardisedResidual => Residual is { } r && Fitted is { } f ? r / Math.Sqrt(Math.Max(f, 0) + RoundingVariance + LevelVariance) : null;
}
