using System.Net;
using System.Text;
using Preventie.Analytics.Analysis;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Simulation;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// Renders a "wat als" (<see cref="WhatIfResult"/>): the headline, the net result per payer as in the files and with the
/// change, and a chart of both. The result computes; this formats.
/// </summary>
public static class WhatIfRendering
{
    /// <summary>
    /// "Wat als 'Voorliggende voorzieningen': bereik × 0,5 — in 'Verschuiven naar voorliggend' (2024–2035, contant): de
    /// gemeente houdt er netto € 0,4 mln aan over (zoals in het bestand: € 1,2 mln) …": what the change does to the
    /// municipality, to all payers together and to the year the municipality has earned its investment back.
    /// </summary>
    public static string Headline(this WhatIfResult result)
    {
        var before = result.Original.Comparison;
        var after = result.Changed.Comparison;
        var years = $"{after.Years[0]}–{after.Years[^1]}";
        return $"Wat als {result.Change.Describe()} — in '{after.Scenario.ScenarioName}' ({years}, contant): " +
               $"de gemeente {Net(after.Gemeente.NetBenefitDiscounted)} (zoals in het bestand: {DutchFormat.Euro(before.Gemeente.NetBenefitDiscounted)}); " +
               $"alle betalers samen {DutchFormat.Euro(after.Total.NetBenefitDiscounted)} (was {DutchFormat.Euro(before.Total.NetBenefitDiscounted)}); " +
               $"terugverdiend door de gemeente: {BreakEven(after.Gemeente, after)} (was {BreakEven(before.Gemeente, before)}).";
    }

    /// <summary>Per payer (the municipal budgets apart, so shifts inside the municipality show), the groups and all payers: the net result as in the files, with the change, and the difference.</summary>
    public static ReportTable PayerTable(this WhatIfResult result)
    {
        var before = result.Original.Comparison;
        var after = result.Changed.Comparison;
        var table = new ReportTable($"Wat als: netto resultaat per betaler (contant, {after.Years[0]}–{after.Years[^1]})",
            "Betaler", "Zoals in het bestand", "Wat als", "Verschil", "Terugverdiend (bestand)", "Terugverdiend (wat als)");
        for (var i = 0; i < after.Rows.Count; i++)
        {
            var (was, now) = (before.Rows[i], after.Rows[i]);
            table = table.WithRow(now.Label, ReportCell.Euro(was.NetBenefitDiscounted), ReportCell.Euro(now.NetBenefitDiscounted),
                ReportCell.Euro(now.NetBenefitDiscounted - was.NetBenefitDiscounted), Year(was), Year(now));
        }
        return table.WithSheetName("Wat als per betaler")
            .WithNote($"Wat als {result.Change.Describe()}. Netto = vermeden zorgkosten min investering, contant (teruggerekend naar {after.Years[0]} " +
                      $"met {DutchFormat.Percent(after.DiscountRate, 2)} per jaar). Terugverdiend: het eerste jaar vanaf wanneer het opgetelde netto resultaat positief is en blijft.");
    }

    /// <summary>
    /// With a wijk file: per wijk and for the city (the sum of the wijken) the municipality's and all payers' net result
    /// as in the files and with the change, so a council sees where a "wat als" lands; null without a wijk file.
    /// </summary>
    public static ReportTable? WijkTable(this WhatIfResult result)
    {
        if (result.Original.Wijken is not { } before || result.Changed.Wijken is not { } after) return null;
        var years = result.Changed.Comparison.Years;
        var table = new ReportTable($"Wat als per wijk: netto resultaat (contant, {years[0]}–{years[^1]})",
            "Wijk", "Gemeente (bestand)", "Gemeente (wat als)", "Verschil gemeente", "Alle betalers (bestand)", "Alle betalers (wat als)");
        foreach (var (was, now) in before.Rows.Append(before.City).Zip(after.Rows.Append(after.City)))
            table = table.WithRow(now.Wijk, ReportCell.Euro(was.NetMunicipality), ReportCell.Euro(now.NetMunicipality),
                ReportCell.Euro(now.NetMunicipality - was.NetMunicipality), ReportCell.Euro(was.NetTotal), ReportCell.Euro(now.NetTotal));
        return table.WithSheetName("Wat als per wijk")
            .WithNote($"Wat als {result.Change.Describe()}. De laatste regel is de stad: de som van de wijken, dezelfde bedragen als in de tabel per betaler.");
    }

    /// <summary>Side by side per payer: the net result as in the files (grey) and with the change (blue), discounted.</summary>
    public static Figure Chart(this WhatIfResult result)
    {
        var before = result.Original.Comparison;
        var after = result.Changed.Comparison;
        var outcomes = PayerCharts.NetBenefitCategories(after, groupMunicipality: false).Append(after.Total).ToList();
        var labels = outcomes.Select(o => o.Label).ToArray();
        var was = outcomes.Select(o => before.Rows.First(r => r.Label == o.Label).NetBenefitDiscounted).ToArray();
        var now = outcomes.Select(o => o.NetBenefitDiscounted).ToArray();
        var axis = EuroAxis.For(was.Concat(now), includeZero: true);
        var figure = Charts.Chart.Combine(
                Charts.Chart.Bar(labels, axis.Scale(was), name: "Zoals in het bestand", color: ChartPalette.Comparator)
                    .WithTraces(t => t.WithHoverText(outcomes.Select((o, i) => $"{o.Label}, zoals in het bestand: {DutchFormat.Euro(was[i])}"))
                        .WithHoverTemplate("%{hovertext}<extra></extra>")),
                Charts.Chart.Bar(labels, axis.Scale(now), name: "Wat als", color: ChartPalette.Scenario)
                    .WithTraces(t => t.WithHoverText(outcomes.Select((o, i) => $"{o.Label}, wat als: {DutchFormat.Euro(now[i])}"))
                        .WithHoverTemplate("%{hovertext}<extra></extra>")))
            .WithTitle($"Wat als {result.Change.Describe()}: netto resultaat per betaler (contant {after.Years[0]}–{after.Years[^1]})")
            .WithBarMode(BarMode.Group)
            .WithLayout("xaxis.tickangle", "auto")
            .WithLayout("margin.b", 160)     // slanted payer names above the legend
            .WithLegend(horizontal: true)
            .WithSize(null, 480);
        return axis.ApplyTo(figure, "yaxis", "Netto (contant)").WithLayout("yaxis.zeroline", true).WithLayout("yaxis.zerolinewidth", 2);
    }

    /// <summary>The headline as a paragraph, then <see cref="PayerTable"/>, <see cref="WijkTable"/> (with a wijk file) and <see cref="Chart"/>.</summary>
    public static string ToHtml(this WhatIfResult result) =>
        new StringBuilder("<div class=\"wat-als\"><p><strong>").Append(WebUtility.HtmlEncode(result.Headline())).Append("</strong></p>")
            .Append(result.PayerTable().ToHtml()).Append(result.WijkTable()?.ToHtml()).Append(result.Chart().ToHtml()).Append("</div>").ToString();

    private static ReportCell Year(PayerOutcome outcome) =>
        outcome.BreakEvenYear is { } year ? ReportCell.Year(year.Value) : outcome.IsUninvolved ? "–" : "niet binnen looptijd";

    private static string BreakEven(PayerOutcome outcome, ScenarioComparison comparison) =>
        outcome.BreakEvenYear is { } year ? $"in {year}" : outcome.IsUninvolved ? "n.v.t." : $"niet vóór eind {comparison.Years[^1]}";

    private static string Net(double amount) =>
        Math.Abs(amount) < 0.5 ? "speelt quitte"
        : amount > 0 ? $"houdt er netto {DutchFormat.Euro(amount)} aan over"
        : $"legt er netto {DutchFormat.Euro(-amount)} op toe";
}
