using System.Net;
using System.Text;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Reporting;

/// <summary>Renders <see cref="PresenceAllocationResult"/> (tables, charts, HTML): the result computes, this formats.</summary>
public static class PresenceAllocationRendering
{
    /// <summary>Fte per wijk today and optimal, with the 90% interval of the draws' own optimum.</summary>
    public static ReportTable Table(this PresenceAllocationResult r, SmallCountSuppression? suppression = null)
    {
        var sup = suppression ?? SmallCountSuppression.Default;
        ReportCell Count(double v) => sup.Apply(v) is { Value: { } shown } ? ReportCell.Number(shown) : sup.Apply(v).Text!;
        return new ReportTable($"Presentieteams: {DutchFormat.Number(r.PresenceFte, 1)} fte over {r.Wijken.Count} wijken{(r.IsIllustrative ? " (illustratieve cijfers)" : "")}",
                "wijk", "inwoners met behoefte", "fte vandaag", "fte optimaal", "90%-interval optimaal")
            .WithRows(r.Wijken.Select((w, i) => new ReportCell[]
            {
                w.Name, Count(r.Need[i]), ReportCell.Number(r.Today[i], 1), ReportCell.Number(r.Optimal[i], 1),
                $"{DutchFormat.Number(r.OptimalFtePerWijk[i].P05, 1)} – {DutchFormat.Number(r.OptimalFtePerWijk[i].P95, 1)}",
            }));
    }

    /// <summary>Today's and the optimal fte per wijk as a bar chart with the 90% interval.</summary>
    public static Figure Chart(this PresenceAllocationResult r) => WijkCharts.FteSplit(r.Wijken.Select(w => w.Name).ToList(), r.Today, r.Optimal,
        r.OptimalFtePerWijk.Select(s => s.P05).ToList(), r.OptimalFtePerWijk.Select(s => s.P95).ToList(), r.IsIllustrative);

    /// <summary>
    /// The allocation of the presence teams as Dutch HTML: its summary lines, <see cref="Table"/> (default small-count
    /// threshold) and <see cref="Chart"/>.
    /// </summary>
    public static string ToHtml(this PresenceAllocationResult r)
    {
        var h = new StringBuilder("<div class=\"presentieteams\"><h3>Verdeling van de presentieteams</h3>");
        foreach (var line in r.Summary()) h.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>");
        h.Append(r.Table().ToHtml()).Append(r.Chart().ToHtml()).Append("</div>");
        return h.ToString();
    }
}
