using Preventie.Analytics.Model;

namespace Preventie.Analytics.Calibration;

/// <summary>
/// Which parameters the yearly monitor update estimates, read from <c>data/monitor/kalibratie.csv</c>
/// (<c>parameter;ondergrens;bovengrens;toelichting</c>). Every name must exist in the model's parameters and its
/// current value must lie within the bounds.
/// </summary>
public sealed class CalibrationSpec
{
    /// <summary>The shipped specification, relative to the repository root.</summary>
    public static readonly string DefaultPath = Path.Combine("data", "monitor", "kalibratie.csv");

    /// <summary>A specification of the parameters to estimate, read from <paramref name="file"/> (null when built in memory).</summary>
    public CalibrationSpec(IReadOnlyList<FreeParameter> parameters, string? file = null)
    {
        Parameters = parameters;
        File = file;
    }

    /// <summary>The parameters the calibration may change, with their bounds.</summary>
    public IReadOnlyList<FreeParameter> Parameters { get; }

    /// <summary>The file it was read from, if any (for messages and the manifest).</summary>
    public string? File { get; }

}
