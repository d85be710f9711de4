namespace Preventie.Analytics.Calibration;

/// <summary>
/// Observed versus fitted for one indicator, band (or "totaal") and year. <see cref="Fitted"/> is the model's
/// equivalent (mean number during the year, or the 1 January stock); <see cref="InObjective"/> says whether the
/// figure entered the least-squares objective (band rows are used when a year has them, else the total, never both).
/// </summary>
public sealed record IndicatorFit(
    string Indicator,
    string IndicatorLabel,
    string Band,
    int Year,
    bool Provisional,
    double? Observed,
    double? Fitted,
    bool InObjective)
{
    /// <summary>Observed − fitted, or null when either is missing.</summary>
    public double? Residual => Observed is { } o && Fitted is { } f ? o - f : null;

    /// <summary>Residual relative to the observed value, or null.</summary>
    public double? RelativeResidual => Residual is { } r && Observed is > 0 ? r / Observed.Value : null;
}
