using System.Net;
using System.Text;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Reporting;

/// <summary>Renders <see cref="NeedModelResult"/> (tables, charts, HTML): the result computes, this formats.</summary>
public static class NeedModelRendering
{
    /// <summary>Cross-validated errors of both learners (per 1,000 inhabitants).</summary>
    public static ReportTable CrossValidationTable(this NeedModelResult r) =>
        new ReportTable($"Kruisvalidatie ({r.Options.Folds} delen, {r.Rows} gebieden): fout in {r.Options.Target} per 1.000 inwoners", "model", "RMSE", "MAE", "gem. Poisson-deviantie", "gekozen")
            .WithRows(r.CrossValidation.Select(c => new ReportCell[] { c.Learner, ReportCell.Number(c.Rmse, 2), ReportCell.Number(c.Mae, 2), ReportCell.Number(c.MeanDeviance, 3), c.Learner == r.ChosenLearner ? "ja" : "" }));

    /// <summary>Observed vs expected per wijk; counts below 10 suppressed, the ratio only when both counts may be shown.</summary>
    public static ReportTable PerWijkTable(this NeedModelResult r, WijkSet? wijken = null, SmallCountSuppression? suppression = null)
    {
        var sup = suppression ?? SmallCountSuppression.Default;
        string Name(string code) => wijken is not null && wijken.IndexOf(code) is var i and >= 0 ? wijken.Wijken[i].Name : code;
        ReportCell Count(double v) => sup.Apply(v) is { Value: { } shown } ? ReportCell.Number(shown) : sup.Apply(v).Text!;
        return new ReportTable($"{r.Options.Target}: waargenomen en verwacht per wijk{(r.IsIllustrative ? " (illustratieve cijfers)" : "")}",
                "wijk", "gebieden", "inwoners", "waargenomen", "verwacht", "waargenomen ÷ verwacht", "bevinding")
            .WithRows(r.PerWijk.Select(w => new ReportCell[]
            {
                Name(w.Wijk), ReportCell.Number(w.Areas), Count(w.Population), Count(w.Observed), Count(w.Expected),
                sup.Hides(w.Observed) || sup.Hides(w.Expected) ? sup.SmallText : ReportCell.Number(w.Ratio, 2),
                w.Finding > 0 ? "meer gebruik dan het profiel voorspelt" : w.Finding < 0 ? "minder gebruik dan het profiel voorspelt" : "binnen de toevalsmarge",
            }));
    }

    /// <summary>Observed vs expected per wijk as a bar chart (suppressed counts are not drawn).</summary>
    public static Figure Chart(this NeedModelResult r, WijkSet? wijken = null, SmallCountSuppression? suppression = null)
    {
        var sup = suppression ?? SmallCountSuppression.Default;
        string Name(string code) => wijken is not null && wijken.IndexOf(code) is var i and >= 0 ? wijken.Wijken[i].Name : code;
        return WijkCharts.ObservedVersusExpected(r.PerWijk.Select(w => Name(w.Wijk)).ToList(),
            r.PerWijk.Select(w => sup.Apply(w.Observed).Value).ToList(), r.PerWijk.Select(w => sup.Apply(w.Expected).Value).ToList(), r.Options.Target, r.IsIllustrative);
    }

    /// <summary>
    /// The need model as Dutch HTML: its summary lines, <see cref="CrossValidationTable"/>, <see cref="PerWijkTable"/> and
    /// <see cref="Chart"/>, with wijken by code and the default small-count threshold.
    /// </summary>
    public static string ToHtml(this NeedModelResult r)
    {
        var h = new StringBuilder("<div class=\"behoeftemodel\"><h3>Behoeftemodel per wijk</h3>");
        foreach (var line in r.Summary()) h.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>");
        h.Append(r.CrossValidationTable().ToHtml()).Append(r.PerWijkTable().ToHtml()).Append(r.Chart().ToHtml()).Append("</div>");
        return h.ToString();
    }
}
