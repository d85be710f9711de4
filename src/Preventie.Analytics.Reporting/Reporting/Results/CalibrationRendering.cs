using System.Net;
using System.Text;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Calibration;
using Preventie.Analytics.Monitor;
using Preventie.Analytics.Charts;

namespace Preventie.Analytics.Reporting;

/// <summary>Renders <see cref="CalibrationResult"/> (tables, charts, HTML): the result computes, this formats.</summary>
public static class CalibrationRendering
{
    /// <summary>Parameters table and fit table per indicator; counts suppressed below the threshold, data strings escaped.</summary>
    public static string ToHtml(this CalibrationResult result) => result.ToHtml(SmallCountSuppression.Default);

    /// <summary>A rounded number without a "-0": "12", "-3", "0".</summary>
    private static string Signed(double v, int decimals)
    {
        var r = Math.Round(v, decimals);
        return DutchFormat.Number(r == 0 ? 0 : r, decimals);
    }

    /// <summary>As <see cref="ToHtml(CalibrationResult)"/> with a given suppression rule.</summary>
    public static string ToHtml(this CalibrationResult result, SmallCountSuppression suppression)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? string.Empty);
        var h = new StringBuilder("<div class=\"kalibratie\">");
        if (result.Data.IsIllustrative) h.Append("<p class=\"illustratief\"><strong>Let op: ").Append(E(MonitorData.IllustrativeNotice)).Append(".</strong></p>");
        h.Append("<h3>Kalibratie op ").Append(E(Path.GetFileName(result.Data.File))).Append("</h3><p>")
         .Append(result.ObservationCount).Append(" waargenomen cijfers, ").Append(result.Parameters.Count).Append(" parameters; gewogen kwadratensom ")
         .Append(DutchFormat.Number(result.ObjectiveBefore, 1)).Append(" → ").Append(DutchFormat.Number(result.ObjectiveAfter, 1)).Append(". ")
         .Append(E(result.PopulationNote)).Append("</p>");
        if (result.Warnings.Count > 0)
        {
            h.Append("<div class=\"kalibratie-waarschuwing\" style=\"border:3px solid #b00020;background:#fde7ea;padding:.5em 1em;margin:1em 0\"><p><strong>LET OP: deze kalibratie is niet te verdedigen zoals hij is.</strong> ")
             .Append("Deze waarschuwingen staan ook in model/model.json; elke analyse op dit gekalibreerde model (batch, report) herhaalt ze onder 'Let op'.</p><ul>");
            foreach (var w in result.Warnings) h.Append("<li>").Append(E(w)).Append("</li>");
            h.Append("</ul></div>");
        }
        else h.Append("<p><strong>Geen parameter op een grens en elke indicator binnen zijn ruis.</strong></p>");
        h.Append("<p>").Append(E(result.ObjectiveText)).Append("</p>");
        h.Append("<table><caption>Parameters: schatting, onzekerheid en beoordeling</caption><thead><tr><th>parameter</th><th>was</th><th>nu</th><th>standaardfout</th><th>grenzen</th><th>prior (midden ± spreiding)</th><th>aandeel prior</th><th>beoordeling</th><th>bron</th></tr></thead><tbody>");
        foreach (var p in result.Parameters)
            h.Append("<tr><td>").Append(E(p.Name)).Append("</td><td>").Append(DutchFormat.Number(p.Before, 4)).Append("</td><td>").Append(DutchFormat.Number(p.After, 4))
             .Append(p.AtBound ? " (op de grens)" : "").Append("</td><td>").Append(double.IsFinite(p.StandardError) ? DutchFormat.Number(p.StandardError, 4) : "n.v.t.")
             .Append("</td><td>").Append(DutchFormat.Number(p.Lower, 3)).Append(" – ").Append(DutchFormat.Number(p.Upper, 3))
             .Append("</td><td>").Append(p.Prior is { } pr ? E($"{DutchFormat.Number(pr.Mean, 4)} ± {DutchFormat.Number(pr.Sd, 4)} ({pr.Basis})") : "geen")
             .Append("</td><td>").Append(double.IsFinite(p.PriorShare) ? DutchFormat.Percent(p.PriorShare) : "n.v.t.")
             .Append("</td><td>").Append(E(Verdict(p))).Append("</td><td>").Append(E(p.Source)).Append("</td></tr>");
        h.Append("</tbody></table>");
        h.Append("<table><caption>Indicatoren: volgt het model de cijfers binnen hun ruis? (ruis = √(model + 25/12): Poisson plus afronding op 5)</caption><thead><tr><th>indicator</th><th>cijfers in de fit</th><th>buiten 2× de ruis</th><th>toegestaan door toeval</th><th>grootste afwijking (× ruis)</th><th>beoordeling</th></tr></thead><tbody>");
        foreach (var c in result.NoiseChecks)
            h.Append("<tr><td>").Append(E(c.Label)).Append("</td><td style=\"text-align:right\">").Append(c.Figures).Append("</td><td style=\"text-align:right\">").Append(c.BeyondNoise)
             .Append("</td><td style=\"text-align:right\">").Append(c.ChanceAllowance).Append("</td><td style=\"text-align:right\">").Append(DutchFormat.Number(c.MaxAbsResidual, 1))
             .Append(" (").Append(E(c.Worst.Band)).Append(", ").Append(c.Worst.Year).Append(")</td><td>").Append(c.WithinNoise ? "binnen de ruis" : "<strong>mist de cijfers</strong>").Append("</td></tr>");
        h.Append("</tbody></table>");
        if (result.IdentificationNotes.Count > 0)
        {
            h.Append("<ul>");
            foreach (var n in result.IdentificationNotes) h.Append("<li>").Append(E(n)).Append("</li>");
            h.Append("</ul>");
        }
        h.Append("<table><caption>Waargenomen en gefit per indicator (aantallen onder ").Append(suppression.Threshold).Append(" niet getoond)</caption><thead><tr><th>indicator</th><th>leeftijd</th><th>jaar</th><th>waargenomen</th><th>model</th><th>verschil</th><th>× ruis</th><th>in de fit</th></tr></thead><tbody>");
        foreach (var f in result.Fits)
        {
            var diff = suppression.Difference(f.Observed, f.Fitted);
            h.Append("<tr><td>").Append(E(f.IndicatorLabel)).Append("</td><td>").Append(E(f.Band)).Append("</td><td>").Append(f.Year).Append(f.Provisional ? "*" : "")
             .Append("</td><td style=\"text-align:right\">").Append(E(suppression.Text(f.Observed))).Append("</td><td style=\"text-align:right\">").Append(E(suppression.Text(f.Fitted)))
             .Append("</td><td style=\"text-align:right\">").Append(diff is { } d ? Signed(d, 0) + (f.RelativeResidual is { } rr ? " (" + Signed(rr * 100, 1) + "%)" : "") : ".")
             .Append("</td><td style=\"text-align:right\">").Append(diff is not null && f.StandardisedResidual is { } z ? Signed(z, 1) : ".")
             .Append("</td><td>").Append(f.InObjective ? "ja" : "nee").Append("</td></tr>");
        }
        h.Append("</tbody></table>");
        if (result.NotFittedNotes.Count > 0)
        {
            h.Append("<ul>");
            foreach (var n in result.NotFittedNotes) h.Append("<li>").Append(E(n)).Append("</li>");
            h.Append("</ul>");
        }
        h.Append("</div>");
        return h.ToString();
    }

    /// <summary>Dutch verdict on one parameter: on a bound, poorly identified, or determined by the data.</summary>
    public static string Verdict(CalibratedParameter p) =>
        p.AtBound ? "op de grens: niet te verdedigen"
        : p.PoorlyIdentified ? (double.IsFinite(p.PriorShare) && p.PriorShare > CalibratedParameter.MaxPriorShare
            ? "nauwelijks bepaald door de cijfers (rust op het model)" : "onnauwkeurig bepaald door de cijfers (grote standaardfout)")
        : "bepaald door de cijfers";

    /// <summary>
    /// Per indicator in the objective a chart of observed versus model per band and year, with the model's ± 2-noise band
    /// (<see cref="CalibrationCharts.ObservedVersusModel"/>); counts below the threshold are not drawn.
    /// </summary>
    public static IReadOnlyList<Figure> Charts(this CalibrationResult result, SmallCountSuppression suppression) =>
        result.Fits.Where(f => f.InObjective).GroupBy(f => f.Indicator).Select(g =>
        {
            var fits = g.OrderBy(f => f.Year).ThenBy(f => f.Band, StringComparer.Ordinal).ToList();
            var hidden = fits.Select(f => suppression.Hides(f.Observed) || suppression.Hides(f.Fitted)).ToList();
            return CalibrationCharts.ObservedVersusModel(fits[0].IndicatorLabel,
                fits.Select(f => $"{f.Band} {f.Year}{(f.Provisional ? "*" : "")}").ToList(),
                fits.Select((f, i) => hidden[i] ? null : f.Observed).ToList(),
                fits.Select((f, i) => hidden[i] ? null : f.Fitted).ToList(),
                fits.Select(f => 2 * Math.Sqrt(Math.Max(f.Fitted ?? 0, 0) + IndicatorFit.RoundingVariance)).ToList(),
                result.Data.IsIllustrative);
        }).ToList();
}
