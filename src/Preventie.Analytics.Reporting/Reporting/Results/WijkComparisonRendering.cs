using System.Net;
using System.Text;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Reporting;

/// <summary>Renders <see cref="WijkComparison"/> (tables, charts, HTML): the result computes, this formats.</summary>
public static class WijkComparisonRendering
{
    /// <summary>Bar chart per wijk: discounted net benefit for the municipality and for all payers.</summary>
    public static Figure Chart(this WijkComparison wijken)
    {
        var names = wijken.Rows.Select(r => r.Wijk).ToArray();
        var years = wijken.PerWijk[0].Years;
        var fig = Charts.Chart.Combine(
                Charts.Chart.Bar(names, wijken.Rows.Select(r => r.NetMunicipality), name: "Gemeente", color: ChartPalette.Investment),
                Charts.Chart.Bar(names, wijken.Rows.Select(r => r.NetTotal), name: "Alle betalers", color: ChartPalette.Net))
            .WithTitle($"Netto baten per wijk (contante waarde {years[0]}–{years[^1]}){(wijken.IsIllustrative ? " — illustratieve wijkcijfers" : "")}")
            .WithBarMode(BarMode.Group)
            .WithYAxis("Netto baten", tickFormat: ",.0f", tickPrefix: "€ ")
            .WithLegend(horizontal: true);
        return fig;
    }

    /// <summary>The table per wijk plus the city row, with small counts suppressed.</summary>
    public static ReportTable Table(this WijkComparison wijken, SmallCountSuppression? suppression = null)
    {
        var sup = suppression ?? SmallCountSuppression.Default;
        string[] header = ["wijk", "inwoners", "investering (contant)", "vermeden zorgkosten (contant)", "netto gemeente", "netto alle betalers", "zelfredzame levensjaren", "maatwerk eind (scenario)", "maatwerk eind (vergelijking)", "verschil maatwerk"];
        var need = wijken.Model.Need is not null;
        if (need) header = [.. header, "behoefte (stad = 1)"];
        if (wijken.Uncertainty is not null) header = [.. header, "90%-interval netto alle betalers", "kans netto alle betalers > 0"];
        var t = new ReportTable(
            $"Effect per wijk: {wijken.ScenarioName} tegenover {wijken.ComparatorName}{(wijken.IsIllustrative ? " (illustratieve wijkcijfers)" : "")}" +
            (wijken.Uncertainty is null ? "" : $"; onzekerheid over {DutchFormat.Number(wijken.Draws)} doorgerekende mogelijkheden"), header);
        ReportCell Count(double? v) => sup.Apply(v) is { Value: { } shown } ? ReportCell.Number(shown) : sup.Apply(v).Text!;
        var all = wijken.Rows.Append(wijken.City).ToList();
        for (var i = 0; i < all.Count; i++)
        {
            var r = all[i];
            List<ReportCell> cells = [r.Wijk, Count(r.Inhabitants), ReportCell.Euro(r.InvestmentDiscounted), ReportCell.Euro(r.SavingsDiscounted),
                ReportCell.Euro(r.NetMunicipality), ReportCell.Euro(r.NetTotal), ReportCell.Number(r.SelfReliantYearsGained),
                Count(r.IndicatedScenario), Count(r.IndicatedComparator),
                sup.Difference(r.IndicatedScenario, r.IndicatedComparator) is { } d && !sup.Hides(Math.Abs(d)) ? ReportCell.Number(d) : sup.SmallText];
            if (need) cells.Add(i < wijken.Rows.Count ? ReportCell.Number(wijken.Model.NeedFactor[i], 2) : ReportCell.Number(1, 2));
            if (wijken.Uncertainty is { } u)
            {
                cells.Add(ReportCell.EuroRange(u[i].NetTotal.P05, u[i].NetTotal.P95));
                cells.Add(ReportCell.Percent(u[i].ProbabilityPositive, 0));
            }
            t = t.WithRow([.. cells]);
        }
        return t.WithSheetName("Effect per wijk");
    }

    /// <summary>
    /// The section "Per wijk" as HTML: the illustrative notice and the note on the need factor when they apply, then
    /// <see cref="Table"/> (default small-count threshold) and <see cref="Chart"/>.
    /// </summary>
    public static string ToHtml(this WijkComparison wijken)
    {
        var h = new StringBuilder();
        h.Append("<section class=\"wijken\"><h2>Per wijk</h2>");
        if (wijken.IsIllustrative) h.Append("<p><strong>").Append(WebUtility.HtmlEncode(WijkSet.IllustrativeNote)).Append("</strong></p>");
        if (wijken.NeedNote() is { } needNote) h.Append("<p>").Append(WebUtility.HtmlEncode(needNote)).Append("</p>");
        h.Append(wijken.Table().ToHtml()).Append(wijken.Chart().ToHtml()).Append("</section>");
        return h.ToString();
    }
}
