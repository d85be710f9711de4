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
/// <param name="Prior">The penalty of the penalised fit (null when the fit was not penalised).</param>
/// <param name="PriorShare">Share of the prior in the information about this parameter at the optimum,
/// 1/sd² ÷ (data information + 1/sd²): near 1 the data hardly inform it and the estimate is mostly the model's value (NaN without prior).</param>
public sealed record CalibratedParameter(
    string Name,
    double Before,
    double After,
    double StandardError,
    double Lower,
    double Upper,
    string PreviousSource,
    string Source,
    ParameterPrior? Prior = null,
    double PriorShare = double.NaN)
{
    /// <summary>Relative standard error above which a parameter counts as poorly identified (0,5: the data cannot say whether it is half or one and a half times the estimate).</summary>
    public const double MaxRelativeStandardError = 0.5;

    /// <summary>Prior share above which the estimate rests more on the model's own value than on the data.</summary>
    public const double MaxPriorShare = 0.5;

    /// <summary>
    /// True when the data cannot identify the parameter: its standard error is unavailable or above
    /// <see cref="MaxRelativeStandardError"/> of the estimate, or the prior carries more than <see cref="MaxPriorShare"/> of its information.
    /// </summary>
    public bool PoorlyIdentified => !double.IsFinite(StandardError) || StandardError > MaxRelativeStandardError * Math.Abs(After)
                                    || (double.IsFinite(PriorShare) && PriorShare > MaxPriorShare);

    /// <summary>True when the estimate sits (within 0.1% of the range) on a bound: the data push beyond it.</summary>
    public bool AtBound => (After - Lower) < 1e-3 * (Upper - Lower) || (Upper - After) < 1e-3 * (Upper - Lower);
}
