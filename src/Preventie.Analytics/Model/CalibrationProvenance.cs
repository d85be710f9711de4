using System.Text.Json.Serialization;

namespace Preventie.Analytics.Model;

/// <summary>
/// Where a calibrated model folder comes from: the model it derives from, the monitor data and calibration
/// specification it was fitted on (with SHA-256 and periods), the fit, and when and with which tool version. Written by
/// <c>preventie monitor update</c> into the folder's <c>model.json</c>; read back into
/// <see cref="ModelVersion.Calibration"/>.
/// </summary>
public sealed record CalibrationProvenance
{
    /// <summary>The model folder the calibration started from, and its version.</summary>
    public required BaseModel BaseModel { get; init; }
    /// <summary>The monitor file(s) the parameters were fitted on.</summary>
    public required IReadOnlyList<MonitorSource> Monitor { get; init; }
    /// <summary>The calibration specification (which parameters, within which bounds).</summary>
    public required SourceFile Specification { get; init; }
    /// <summary>The estimated parameters: before, after, standard error, bounds.</summary>
    public IReadOnlyList<CalibratedValue> Parameters { get; init; } = [];
    /// <summary>Parameters set to an observed value without fitting (the start population per band), with their new value.</summary>
    public IReadOnlyList<ObservedValue> ObservedValues { get; init; } = [];
    /// <summary>Summary of the fit.</summary>
    public required FitSummary Fit { get; init; }
    /// <summary>The model files whose content the calibration changed (the others are copies of the base model's).</summary>
    public IReadOnlyList<string> ChangedFiles { get; init; } = [];
    /// <summary>When the folder was written, Europe/Amsterdam time with its UTC offset.</summary>
    public required DateTimeOffset Created { get; init; }
    /// <summary>The tool and its informational version (with git commit when built from a repository).</summary>
    public required string Tool { get; init; }
    /// <summary>Seed of the calibration's extra starting points.</summary>
    public int Seed { get; init; }
    /// <summary>
    /// Dutch warnings of a calibration that cannot be defended as it stands (a parameter on a bound, an indicator the fit
    /// misses by more than its noise); empty when it passed. Every analysis on the folder repeats them under "Let op".
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// The warnings every analysis on this calibrated model must show: <see cref="Warnings"/>, or, for a folder written
    /// before they were recorded, one per parameter that ended on a bound.
    /// </summary>
    public IReadOnlyList<string> Problems => Warnings.Count > 0 ? Warnings
        : Parameters.Where(p => p.AtBound).Select(p => $"Parameter '{p.Name}' ligt op een grens van de kalibratie ({p.After.ToString("0.####", Formatting.DutchFormat.Culture)}, grenzen {p.Lower.ToString("0.####", Formatting.DutchFormat.Culture)} – {p.Upper.ToString("0.####", Formatting.DutchFormat.Culture)}): de cijfers wijzen verder dan de grens toestaat. Controleer de kalibratie voordat u de uitkomsten gebruikt.").ToList();

    /// <summary>The <see cref="Problems"/> as input warnings naming <paramref name="file"/> (the folder's <c>model.json</c>), for the "Let op" of every analysis on the folder.</summary>
    public IReadOnlyList<Input.DataError> ProblemWarnings(string file) =>
        Problems.Select(w => new Input.DataError(file, null, "kalibratie", null, "het gekalibreerde model is niet te verdedigen zoals het is: " + w)).ToList();
}

/// <summary>The model folder a calibration started from.</summary>
/// <param name="Path">The folder, relative to the repository root (with '/') when it lies in it, otherwise absolute.</param>
/// <param name="Version">Its <see cref="ModelVersion.Id"/>.</param>
/// <param name="Calibrated">True when the base folder was itself a calibrated folder.</param>
public sealed record BaseModel(string Path, string Version, bool Calibrated);

/// <summary>An input file named by path and SHA-256.</summary>
/// <param name="Path">Relative to the repository root (with '/') when it lies in it, otherwise absolute.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of its bytes.</param>
public sealed record SourceFile(string Path, string Sha256);

/// <summary>A monitor file a model was calibrated on.</summary>
/// <param name="Path">Relative to the repository root (with '/') when it lies in it, otherwise absolute.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of its bytes.</param>
/// <param name="Region">CBS region code of its rows (e.g. GM0150).</param>
/// <param name="Periods">Its periods in StatLine style, ascending: "2022", "2023", "2024*" (* = provisional).</param>
/// <param name="Illustrative">True when the file says its figures are illustrative.</param>
public sealed record MonitorSource(string Path, string Sha256, string Region, IReadOnlyList<string> Periods, bool Illustrative)
{
    /// <summary>Dutch: "2022–2024 (2024 voorlopig)", or the years listed when they are not consecutive.</summary>
    [JsonIgnore]
    public string PeriodText => PeriodDescription(Periods);

    /// <summary>Dutch description of StatLine-style year periods: a range for consecutive years, provisional ones named.</summary>
    public static string PeriodDescription(IReadOnlyList<string> periods)
    {
        var years = periods.Select(p => int.TryParse(p.TrimEnd('*'), out var y) ? y : (int?)null).ToList();
        if (years.Count == 0 || years.Any(y => y is null)) return string.Join(", ", periods);
        var sorted = years.Select(y => y!.Value).Distinct().Order().ToList();
        var range = sorted.Count == 1 ? $"{sorted[0]}"
            : sorted[^1] - sorted[0] == sorted.Count - 1 ? $"{sorted[0]}–{sorted[^1]}"
            : string.Join(", ", sorted);
        var provisional = periods.Where(p => p.EndsWith('*')).Select(p => p.TrimEnd('*')).Distinct().ToList();
        return provisional.Count == 0 ? range : $"{range} ({string.Join(", ", provisional)} voorlopig)";
    }
}

/// <summary>One estimated parameter of a calibration.</summary>
/// <param name="Name">Parameter name.</param>
/// <param name="Before">Value in the base model.</param>
/// <param name="After">Calibrated value (the value in the folder's <c>parameters.csv</c>).</param>
/// <param name="StandardError">Approximate standard error; null when unavailable.</param>
/// <param name="Lower">Lower bound of the specification.</param>
/// <param name="Upper">Upper bound of the specification.</param>
/// <param name="AtBound">True when the estimate sits on a bound (the data push beyond it).</param>
public sealed record CalibratedValue(string Name, double Before, double After, double? StandardError, double Lower, double Upper, bool AtBound);

/// <summary>A parameter set to an observed value (e.g. the start population of a band).</summary>
/// <param name="Name">Parameter name.</param>
/// <param name="Before">Value in the base model.</param>
/// <param name="After">Observed value, now in the folder's <c>parameters.csv</c>.</param>
public sealed record ObservedValue(string Name, double Before, double After);

/// <summary>Summary of a calibration's fit.</summary>
/// <param name="Observations">Number of observed figures in the objective.</param>
/// <param name="ObjectiveBefore">Weighted sum of squares with the base model's values.</param>
/// <param name="ObjectiveAfter">The same after calibration.</param>
/// <param name="ConditionNumber">Condition number of the scaled Jacobian at the optimum.</param>
/// <param name="RelativeDeviation">Per indicator: Σ |observed − fitted| / Σ observed.</param>
public sealed record FitSummary(int Observations, double ObjectiveBefore, double ObjectiveAfter, double ConditionNumber, IReadOnlyDictionary<string, double> RelativeDeviation);
