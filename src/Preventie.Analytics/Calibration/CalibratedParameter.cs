namespace Preventie.Analytics.Calibration;

/// <summary>One estimated parameter: its value before and after, the bounds, and the standard error of the fit.</summary>
/// <param name="Name">Parameter name.</param>
/// <param name="Before">Value in the model before the update.</param>
/// <param name="After">Calibrated value.</param>
/// <param name="StandardError">Approximate standard error from the weighted least-squares covariance (NaN when unavailable).</param>
/// <param name="Lower">Lower bound.</param>
/// <param name="Upper">Upper bound.</param>
/// <param name="PreviousSource">The source (or "aanname") of the value before.</param>
/// <param name="Source">"gekalibreerd op &lt;file&gt;, periode &lt;years&gt;, op &lt;date&gt;".</param>
public sealed record CalibratedParameter(
    string Name,
    double Before,
    double After,
    double StandardError,
    double Lower,
    double Upper,
    string PreviousSource,
    string Source)
{
    /// <summary>True when the estimate sits (within 0.1% of the range) on a bound: the data push beyond it.</summary>
    public bool AtBound => (After - Lower) < 1e-3 * (Upper - Lower) || (Upper - After) < 1e-3 * (Upper - Lower);
}
