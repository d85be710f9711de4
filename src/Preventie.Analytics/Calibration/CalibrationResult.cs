using Preventie.Analytics.Formatting;
using System.Net;
using System.Text;
using Preventie.Analytics.Model;
using Preventie.Analytics.Monitor;

namespace Preventie.Analytics.Calibration;

/// <summary>
/// The outcome of <see cref="ModelCalibrator.Calibrate"/>: the estimated parameters (before, after, standard error),
/// the fit per indicator (observed versus fitted, residuals), the objective before and after, and the recalibrated
/// model (<see cref="Model"/>) to rerun scenarios with. Counts in its rendering (<c>ToHtml()</c>, reporting layer) pass through
/// <see cref="SmallCountSuppression"/>.
/// </summary>
[Display.TypeFormatterSource]
public sealed class CalibrationResult
{
    internal CalibrationResult(MonitorData data, IReadOnlyList<CalibratedParameter> parameters, IReadOnlyList<IndicatorFit> fits,
        double objectiveBefore, double objectiveAfter, int observations, double conditionNumber, ModelDefinition model,
        CalibrationOptions options, string populationNote)
    {
        Data = data; Parameters = parameters; Fits = fits; ObjectiveBefore = objectiveBefore; ObjectiveAfter = objectiveAfter;
        ObservationCount = observations; ConditionNumber = conditionNumber; Model = model; Options = options; PopulationNote = populationNote;
    }

    /// <summary>The monitor data the model was fitted on.</summary>
    public MonitorData Data { get; }
    /// <summary>The estimated parameters: value before and after, standard error and whether it ended on a bound.</summary>
    public IReadOnlyList<CalibratedParameter> Parameters { get; }
    /// <summary>Observed versus fitted for every modelled observation (those in the objective and the others).</summary>
    public IReadOnlyList<IndicatorFit> Fits { get; }
    /// <summary>Weighted sum of squares Σ (obs − model)² / obs with the values before calibration.</summary>
    public double ObjectiveBefore { get; }
    /// <summary>The same after calibration.</summary>
    public double ObjectiveAfter { get; }
    /// <summary>Number of figures in the objective.</summary>
    public int ObservationCount { get; }
    /// <summary>Condition number of the scaled Jacobian at the optimum (identifiability check).</summary>
    public double ConditionNumber { get; }
    /// <summary>The model with the calibrated values (sources "gekalibreerd op ...").</summary>
    public ModelDefinition Model { get; }
    /// <summary>The settings of the calibration (seed and starting points, condition-number limit, minimum years).</summary>
    public CalibrationOptions Options { get; }
    /// <summary>Where the start population of the calibration came from (Dutch).</summary>
    public string PopulationNote { get; }

    /// <summary>
    /// Per indicator: the relative deviation of the fit, Σ |observed − fitted| / Σ observed over the figures in the
    /// objective (so a tiny band does not dominate, as it would in a mean of relative residuals).
    /// </summary>
    public IReadOnlyDictionary<string, double> RelativeDeviation =>
        Fits.Where(f => f.InObjective && f.Residual is not null).GroupBy(f => f.Indicator)
            .ToDictionary(g => g.Key, g => g.Sum(f => Math.Abs(f.Residual!.Value)) / Math.Max(1, g.Sum(f => f.Observed!.Value)));

    /// <summary>Dutch lines on indicators of the file that are shown but not fitted, and why.</summary>
    public IReadOnlyList<string> NotFittedNotes =>
        Data.Observations.Select(o => o.Indicator).Distinct()
            .Where(i => !i.Calibrate)
            .Select(i => i.IsModelled
                ? $"{i.Label} ({i.Code}): vergeleken met het model, niet gebruikt voor de kalibratie."
                : $"{i.Label} ({i.Code}): gecontroleerd, maar het model kent er geen aantal voor (alleen kosten per toestand); niet gefit.")
            .ToList();

    /// <summary>A Dutch text summary: the data, the objective before and after, the condition number and every estimated parameter.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        if (Data.IsIllustrative) sb.AppendLine($"LET OP: {MonitorData.IllustrativeNotice}.");
        sb.AppendLine($"Kalibratie op {Path.GetFileName(Data.File)} ({ObservationCount} cijfers, {Parameters.Count} parameters): doelfunctie {DutchFormat.Number(ObjectiveBefore, 1)} → {DutchFormat.Number(ObjectiveAfter, 1)}, conditiegetal {ConditionNumber:0.#E+0}");
        foreach (var p in Parameters)
            sb.AppendLine($"  {p.Name}: {DutchFormat.Number(p.Before, 4)} → {DutchFormat.Number(p.After, 4)}" + (double.IsFinite(p.StandardError) ? $" (± {DutchFormat.Number(p.StandardError, 4)})" : "") + (p.AtBound ? " [op de grens]" : ""));
        return sb.ToString().TrimEnd();
    }



}
