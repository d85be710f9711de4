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
        CalibrationOptions options, string populationNote, double dispersion = 1.0, double penaltyAfter = 0.0)
    {
        Dispersion = dispersion; PenaltyAfter = penaltyAfter;
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
    /// The dispersion φ of the counts around the model, estimated as the weighted sum of squares per degree of freedom
    /// (at least 1): the data term of the penalised fit is divided by it (quasi-Poisson), so a model that misses the data
    /// by more than Poisson noise does not claim more precision than its scatter shows and the prior keeps its weight.
    /// 1 for an unpenalised fit.
    /// </summary>
    public double Dispersion { get; }
    /// <summary>The prior penalty Σ ((value − model value) / sd)² at the optimum (0 without priors).</summary>
    public double PenaltyAfter { get; }
    /// <summary>True when the fit was penalised with priors centred on the model's values.</summary>
    public bool Penalised => Parameters.Any(p => p.Prior is not null);

    /// <summary>Dutch statement of the objective the fit minimised (for the run folder, the report and the README).</summary>
    public string ObjectiveText => Penalised
        ? $"Doelfunctie: Σ (waargenomen − model)² / waargenomen / φ + Σ ((parameter − modelwaarde) / spreiding)². Het eerste deel is de Poisson-afwijking van de cijfers, gedeeld door de spreidingsfactor φ = {DutchFormat.Number(Dispersion, 2)} (gewogen kwadratensom per vrijheidsgraad, minstens 1); het tweede deel is een normale prior per parameter rond de waarde in het model, met als spreiding de standaardafwijking van zijn verdeling in parameters.csv (zonder verdeling: {DutchFormat.Number(ParameterPrior.DefaultRelativeSpread * 100, 0)}% van de waarde). Zo blijft een parameter waarover de cijfers weinig zeggen dicht bij de modelwaarde in plaats van naar een grens te lopen."
        : "Doelfunctie: Σ (waargenomen − model)² / waargenomen (Poisson), zonder prior.";

    /// <summary>Per indicator: whether the fit reproduces its figures within their noise (<see cref="IndicatorNoiseCheck"/>).</summary>
    public IReadOnlyList<IndicatorNoiseCheck> NoiseChecks => IndicatorNoiseCheck.For(Fits);

    /// <summary>
    /// Dutch warnings of a calibration that cannot be defended as it stands: a parameter on a bound, an indicator the fit
    /// misses by more than its noise. Empty when the calibration passes. <c>monitor update</c> prints them, writes them
    /// into the calibrated model folder's <c>model.json</c>, and every later analysis on that folder repeats them under "Let op".
    /// </summary>
    public IReadOnlyList<string> Warnings
    {
        get
        {
            var list = new List<string>();
            foreach (var p in Parameters.Where(p => p.AtBound))
            {
                var which = p.After - p.Lower < p.Upper - p.After ? "ondergrens" : "bovengrens";
                list.Add($"Parameter '{p.Name}' ligt op de {which} ({DutchFormat.Number(p.After, 4)}): de cijfers wijzen verder dan de grens toestaat{(Penalised ? ", ook met de prior rond de modelwaarde" : "")}. Controleer de monitorcijfers, de modelstructuur of de grenzen in kalibratie.csv voordat u de uitkomsten gebruikt.");
            }
            foreach (var c in NoiseChecks.Where(c => !c.WithinNoise))
            {
                var w = c.Worst;
                var s = SmallCountSuppression.Default;
                list.Add($"De kalibratie mist {c.Label} ({c.Indicator}): {c.BeyondNoise} van de {c.Figures} cijfers wijken meer dan {DutchFormat.Number(IndicatorNoiseCheck.Beyond, 0)} keer hun ruis af van het model (toegestaan door toeval: {c.ChanceAllowance}); het grootst bij {w.Band} in {w.Year}: waargenomen {s.Text(w.Observed)}, model {s.Text(w.Fitted)} ({DutchFormat.Number(c.MaxAbsResidual, 1)} keer de ruis). Het model volgt deze cijfers niet; de uitkomsten voor deze groep zijn onzeker.");
            }
            return list;
        }
    }

    /// <summary>Dutch notes on parameters the data hardly identify (<see cref="CalibratedParameter.PoorlyIdentified"/>): not a failure, but their value rests on the model rather than on the monitor.</summary>
    public IReadOnlyList<string> IdentificationNotes =>
        Parameters.Where(p => p.PoorlyIdentified && !p.AtBound).Select(p =>
            $"Parameter '{p.Name}' wordt nauwelijks door de cijfers bepaald (standaardfout {(double.IsFinite(p.StandardError) ? DutchFormat.Number(p.StandardError, 4) : "onbekend")} bij waarde {DutchFormat.Number(p.After, 4)}" +
            (double.IsFinite(p.PriorShare) ? $"; de prior levert {DutchFormat.Number(p.PriorShare * 100, 0)}% van de informatie" : "") +
            (double.IsFinite(p.PriorShare) && p.PriorShare > CalibratedParameter.MaxPriorShare
                ? "): de waarde rust vooral op het model, niet op de monitor."
                : "): de cijfers bepalen hem, maar onnauwkeurig; de onzekerheidsanalyse rekent met die standaardfout.")).ToList();

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
        foreach (var w in Warnings) sb.AppendLine("LET OP: " + w);
        return sb.ToString().TrimEnd();
    }



}
