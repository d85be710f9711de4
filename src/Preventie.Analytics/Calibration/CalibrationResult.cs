using System.Net;
using System.Text;
using Preventie.Analytics.Model;
using Preventie.Analytics.Monitor;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Calibration;

/// <summary>
/// The outcome of <see cref="ModelCalibrator.Calibrate"/>: the estimated parameters (before, after, standard error),
/// the fit per indicator (observed versus fitted, residuals), the objective before and after, and the recalibrated
/// model (<see cref="Model"/>) to rerun scenarios with. Counts in <see cref="ToHtml()"/> pass through
/// <see cref="SmallCountSuppression"/>.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class CalibrationResult : IHtmlRenderable
{
    internal CalibrationResult(MonitorData data, IReadOnlyList<CalibratedParameter> parameters, IReadOnlyList<IndicatorFit> fits,
        double objectiveBefore, double objectiveAfter, int observations, double conditionNumber, ModelDefinition model,
        CalibrationOptions options, string populationNote)
    {
        Data = data; Parameters = parameters; Fits = fits; ObjectiveBefore = objectiveBefore; ObjectiveAfter = objectiveAfter;
        ObservationCount = observations; ConditionNumber = conditionNumber; Model = model; Options = options; PopulationNote = populationNote;
    }

    public MonitorData Data { get; }
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

    public override string ToString()
    {
        var sb = new StringBuilder();
        if (Data.IsIllustrative) sb.AppendLine($"LET OP: {MonitorData.IllustrativeNotice}.");
        sb.AppendLine($"Kalibratie op {Path.GetFileName(Data.File)} ({ObservationCount} cijfers, {Parameters.Count} parameters): doelfunctie {DutchFormat.Number(ObjectiveBefore, 1)} → {DutchFormat.Number(ObjectiveAfter, 1)}, conditiegetal {ConditionNumber:0.#E+0}");
        foreach (var p in Parameters)
            sb.AppendLine($"  {p.Name}: {DutchFormat.Number(p.Before, 4)} → {DutchFormat.Number(p.After, 4)}" + (double.IsFinite(p.StandardError) ? $" (± {DutchFormat.Number(p.StandardError, 4)})" : "") + (p.AtBound ? " [op de grens]" : ""));
        return sb.ToString().TrimEnd();
    }

    /// <summary>Parameters table and fit table per indicator; counts suppressed below the threshold, data strings escaped.</summary>
    public string ToHtml() => ToHtml(SmallCountSuppression.Default);

    /// <summary>A rounded number without a "-0": "12", "-3", "0".</summary>
    private static string Signed(double v, int decimals)
    {
        var r = Math.Round(v, decimals);
        return DutchFormat.Number(r == 0 ? 0 : r, decimals);
    }

    /// <summary>As <see cref="ToHtml()"/> with a given suppression rule.</summary>
    public string ToHtml(SmallCountSuppression suppression)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? string.Empty);
        var h = new StringBuilder("<div class=\"kalibratie\">");
        if (Data.IsIllustrative) h.Append("<p class=\"illustratief\"><strong>Let op: ").Append(E(MonitorData.IllustrativeNotice)).Append(".</strong></p>");
        h.Append("<h3>Kalibratie op ").Append(E(Path.GetFileName(Data.File))).Append("</h3><p>")
         .Append(ObservationCount).Append(" waargenomen cijfers, ").Append(Parameters.Count).Append(" parameters; gewogen kwadratensom ")
         .Append(DutchFormat.Number(ObjectiveBefore, 1)).Append(" → ").Append(DutchFormat.Number(ObjectiveAfter, 1)).Append(". ")
         .Append(E(PopulationNote)).Append("</p>");
        h.Append("<table><thead><tr><th>parameter</th><th>was</th><th>nu</th><th>standaardfout</th><th>grenzen</th><th>bron</th></tr></thead><tbody>");
        foreach (var p in Parameters)
            h.Append("<tr><td>").Append(E(p.Name)).Append("</td><td>").Append(DutchFormat.Number(p.Before, 4)).Append("</td><td>").Append(DutchFormat.Number(p.After, 4))
             .Append(p.AtBound ? " (op de grens)" : "").Append("</td><td>").Append(double.IsFinite(p.StandardError) ? DutchFormat.Number(p.StandardError, 4) : "n.v.t.")
             .Append("</td><td>").Append(DutchFormat.Number(p.Lower, 3)).Append(" – ").Append(DutchFormat.Number(p.Upper, 3)).Append("</td><td>").Append(E(p.Source)).Append("</td></tr>");
        h.Append("</tbody></table>");
        h.Append("<table><caption>Waargenomen en gefit per indicator (aantallen onder ").Append(suppression.Threshold).Append(" niet getoond)</caption><thead><tr><th>indicator</th><th>leeftijd</th><th>jaar</th><th>waargenomen</th><th>model</th><th>verschil</th><th>in de fit</th></tr></thead><tbody>");
        foreach (var f in Fits)
        {
            var diff = suppression.Difference(f.Observed, f.Fitted);
            h.Append("<tr><td>").Append(E(f.IndicatorLabel)).Append("</td><td>").Append(E(f.Band)).Append("</td><td>").Append(f.Year).Append(f.Provisional ? "*" : "")
             .Append("</td><td style=\"text-align:right\">").Append(E(suppression.Text(f.Observed))).Append("</td><td style=\"text-align:right\">").Append(E(suppression.Text(f.Fitted)))
             .Append("</td><td style=\"text-align:right\">").Append(diff is { } d ? Signed(d, 0) + (f.RelativeResidual is { } rr ? " (" + Signed(rr * 100, 1) + "%)" : "") : ".")
             .Append("</td><td>").Append(f.InObjective ? "ja" : "nee").Append("</td></tr>");
        }
        h.Append("</tbody></table>");
        if (NotFittedNotes.Count > 0)
        {
            h.Append("<ul>");
            foreach (var n in NotFittedNotes) h.Append("<li>").Append(E(n)).Append("</li>");
            h.Append("</ul>");
        }
        h.Append("</div>");
        return h.ToString();
    }
}
