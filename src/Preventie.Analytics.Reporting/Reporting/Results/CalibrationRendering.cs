using System.Net;
using System.Text;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Calibration;
using Preventie.Analytics.Monitor;

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
        h.Append("<table><thead><tr><th>parameter</th><th>was</th><th>nu</th><th>standaardfout</th><th>grenzen</th><th>bron</th></tr></thead><tbody>");
        foreach (var p in result.Parameters)
            h.Append("<tr><td>").Append(E(p.Name)).Append("</td><td>").Append(DutchFormat.Number(p.Before, 4)).Append("</td><td>").Append(DutchFormat.Number(p.After, 4))
             .Append(p.AtBound ? " (op de grens)" : "").Append("</td><td>").Append(double.IsFinite(p.StandardError) ? DutchFormat.Number(p.StandardError, 4) : "n.v.t.")
             .Append("</td><td>").Append(DutchFormat.Number(p.Lower, 3)).Append(" – ").Append(DutchFormat.Number(p.Upper, 3)).Append("</td><td>").Append(E(p.Source)).Append("</td></tr>");
        h.Append("</tbody></table>");
        h.Append("<table><caption>Waargenomen en gefit per indicator (aantallen onder ").Append(suppression.Threshold).Append(" niet getoond)</caption><thead><tr><th>indicator</th><th>leeftijd</th><th>jaar</th><th>waargenomen</th><th>model</th><th>verschil</th><th>in de fit</th></tr></thead><tbody>");
        foreach (var f in result.Fits)
        {
            var diff = suppression.Difference(f.Observed, f.Fitted);
            h.Append("<tr><td>").Append(E(f.IndicatorLabel)).Append("</td><td>").Append(E(f.Band)).Append("</td><td>").Append(f.Year).Append(f.Provisional ? "*" : "")
             .Append("</td><td style=\"text-align:right\">").Append(E(suppression.Text(f.Observed))).Append("</td><td style=\"text-align:right\">").Append(E(suppression.Text(f.Fitted)))
             .Append("</td><td style=\"text-align:right\">").Append(diff is { } d ? Signed(d, 0) + (f.RelativeResidual is { } rr ? " (" + Signed(rr * 100, 1) + "%)" : "") : ".")
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
}
