using Preventie.Analytics.Formatting;
using System.Net;
using System.Text;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// Dutch text and HTML of the engine's results (<see cref="SimulationResult"/>, <see cref="ScenarioComparison"/>,
/// <see cref="PsaResult"/>, <see cref="OneWayResult"/>): the formatting lives here, with the renderers, so Simulation
/// and Uncertainty compute and never format. Notebooks show these through <see cref="NotebookFormatterSource"/>.
/// Every string from data is HTML-escaped.
/// </summary>
public static class ResultRendering
{
    // ---------------------------------------------------------------- SimulationResult

    /// <summary>One Dutch line: scenario, years, inhabitants alive at the end of the horizon and total nominal costs of all payers.</summary>
    public static string Text(SimulationResult r) =>
        $"Simulatie '{r.ScenarioName}', {r.StartYear}-{r.StartYear + r.Cycles - 1}: {DutchFormat.Number(r.LivingPopulation(r.Cycles))} inwoners aan het eind, totale kosten {DutchFormat.EuroCompact(r.Payers.All.Sum(p => Enumerable.Range(0, r.Cycles).Sum(t => r.Costs(p, t))))} (nominaal)";

    /// <summary>Two tables: people per state at each time point, and nominal costs per payer per year.</summary>
    public static string Html(SimulationResult r)
    {
        var h = new StringBuilder();
        h.Append("<div class=\"simulatie\"><h3>Simulatie: ").Append(WebUtility.HtmlEncode(r.ScenarioName)).Append("</h3>");
        h.Append("<table><caption>Inwoners per toestand (1 januari; laatste kolom = eind horizon)</caption><thead><tr><th>toestand</th>");
        for (var p = 0; p <= r.Cycles; p++) h.Append("<th>").Append(r.StartYear + p).Append("</th>");
        h.Append("</tr></thead><tbody>");
        for (var s = 0; s < r.States.Count; s++)
        {
            h.Append("<tr><td>").Append(WebUtility.HtmlEncode(r.States[s].Label)).Append("</td>");
            for (var p = 0; p <= r.Cycles; p++) h.Append("<td style=\"text-align:right\">").Append(DutchFormat.Number(r.Count(p, s))).Append("</td>");
            h.Append("</tr>");
        }
        h.Append("</tbody></table><table><caption>Kosten per betaler per jaar (nominaal)</caption><thead><tr><th>betaler</th>");
        foreach (var y in r.Years) h.Append("<th>").Append(y).Append("</th>");
        h.Append("</tr></thead><tbody>");
        foreach (var payer in r.Payers.All)
        {
            h.Append("<tr><td>").Append(WebUtility.HtmlEncode(payer.Label)).Append("</td>");
            for (var t = 0; t < r.Cycles; t++) h.Append("<td style=\"text-align:right\">").Append(DutchFormat.Euro(r.Costs(payer, t))).Append("</td>");
            h.Append("</tr>");
        }
        h.Append("</tbody></table></div>");
        return h.ToString();
    }

    // ---------------------------------------------------------------- ScenarioComparison

    /// <summary>
    /// Dutch lines: per payer involved (and the totals) the discounted investment, savings and net benefit of the scenario
    /// against its comparator, then the self-reliant life-years gained, discounted and undiscounted.
    /// </summary>
    public static string Text(ScenarioComparison r)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"'{r.Scenario.ScenarioName}' ten opzichte van '{r.Comparator.ScenarioName}' ({r.Years[0]}-{r.Years[^1]}, discontovoet {DutchFormat.Percent(r.DiscountRate, 2)}):");
        foreach (var o in r.Rows.Where((o, i) => i >= r.PayerSet.Count || !o.IsUninvolved))
            sb.AppendLine($"  {o.Label}: investering {DutchFormat.Euro(o.InvestmentDiscounted)}, besparing {DutchFormat.Euro(o.SavingsDiscounted)}, netto {DutchFormat.Euro(o.NetBenefitDiscounted)} (contant)");
        sb.Append($"  Zelfredzame levensjaren: {DutchFormat.Number(r.SelfReliantYearsGainedDiscounted, 1)} contant, {DutchFormat.Number(r.SelfReliantYearsGained, 1)} onverdisconteerd");
        return sb.ToString();
    }

    /// <summary>Per-payer table, net benefit per year, wrong-pocket matrix and assumptions (strings escaped).</summary>
    public static string Html(ScenarioComparison r)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var h = new StringBuilder();
        h.Append("<div class=\"vergelijking\"><h3>").Append(E(r.Scenario.ScenarioName)).Append(" ten opzichte van ").Append(E(r.Comparator.ScenarioName)).Append("</h3>");
        h.Append("<p>").Append(r.Years[0]).Append('–').Append(r.Years[^1]).Append(", discontovoet ").Append(DutchFormat.Percent(r.DiscountRate, 2)).Append(" (eerste jaar niet verdisconteerd)</p>");
        h.Append("<table><thead><tr><th>betaler</th><th>investering (contant)</th><th>besparing (contant)</th><th>netto baat (contant)</th><th>netto baat (nominaal)</th><th>rendement per euro</th><th>terugverdiend in</th></tr></thead><tbody>");
        foreach (var o in r.Rows)
            h.Append("<tr><td>").Append(E(o.Label)).Append("</td><td>").Append(DutchFormat.Euro(o.InvestmentDiscounted))
             .Append("</td><td>").Append(DutchFormat.Euro(o.SavingsDiscounted)).Append("</td><td>").Append(DutchFormat.Euro(o.NetBenefitDiscounted))
             .Append("</td><td>").Append(DutchFormat.Euro(o.NetBenefitNominal)).Append("</td><td>").Append(o.ReturnPerEuro is { } ret ? "€ " + DutchFormat.Number(ret, 2) : "n.v.t.")
             .Append("</td><td>").Append(o.BreakEvenYear?.ToString() ?? "niet binnen horizon").Append("</td></tr>");
        h.Append("</tbody></table>");
        h.Append("<table><caption>Netto baat per jaar (nominaal, begrotingsbeeld)</caption><thead><tr><th>betaler</th>");
        foreach (var y in r.Years) h.Append("<th>").Append(y).Append("</th>");
        h.Append("</tr></thead><tbody>");
        foreach (var o in r.Payers.Where(o => !o.IsUninvolved).Append(r.Total))
        {
            h.Append("<tr><td>").Append(E(o.Label)).Append("</td>");
            foreach (var v in o.NetBenefitByYear) h.Append("<td style=\"text-align:right\">").Append(DutchFormat.Euro(v)).Append("</td>");
            h.Append("</tr>");
        }
        h.Append("</tbody></table>");
        h.Append("<table><caption>Wie betaalt, wie bespaart (contant; rijen: investeerder, kolommen: besparing)</caption><thead><tr><th></th>");
        foreach (var p in r.PayerSet.All) h.Append("<th>").Append(E(p.Label)).Append("</th>");
        h.Append("</tr></thead><tbody>");
        for (var i = 0; i < r.PayerSet.Count; i++)
        {
            h.Append("<tr><th>").Append(E(r.PayerSet[i].Label)).Append("</th>");
            for (var j = 0; j < r.PayerSet.Count; j++) h.Append("<td style=\"text-align:right\">").Append(DutchFormat.Euro(r.WrongPocket[i, j])).Append("</td>");
            h.Append("</tr>");
        }
        h.Append("</tbody></table><p>Zelfredzame levensjaren gewonnen: ").Append(DutchFormat.Number(r.SelfReliantYearsGained, 1)).Append("</p><ul>");
        foreach (var a in r.Assumptions) h.Append("<li>").Append(E(a)).Append("</li>");
        h.Append("</ul></div>");
        return h.ToString();
    }

    // ---------------------------------------------------------------- PsaResult

    /// <summary>"€ 1.234 (90%: € 800 tot € 1.700)".</summary>
    public static string Interval(OutcomeSummary s) =>
        $"{DutchFormat.Euro(s.Mean)} (90%: {DutchFormat.Euro(s.Low)} tot {DutchFormat.Euro(s.High)})";

    private static string Heading(PsaResult r) =>
        $"Onzekerheidsanalyse (PSA): '{r.ScenarioName}' ten opzichte van '{r.ComparatorName}', {r.StartYear}-{r.StartYear + r.Cycles - 1}; " +
        $"{DutchFormat.Number(r.Draws)} trekkingen, seed {r.Seed}, discontovoet {DutchFormat.Percent(r.DiscountRate, 2)}";

    /// <summary>
    /// Dutch lines: per payer group shown, the discounted net benefit with its 90% interval, point estimate, chance of a
    /// positive result and EVPI; the chance that the municipality breaks even within the council term; the self-reliant
    /// life-years gained.
    /// </summary>
    public static string Text(PsaResult r)
    {
        var sb = new StringBuilder();
        sb.AppendLine(Heading(r));
        foreach (var g in r.Shown)
            sb.AppendLine($"  {g.Label}: netto baat {Interval(g.NetBenefit)} (contant; puntschatting {DutchFormat.Euro(g.PointEstimate)}); kans op positief {DutchFormat.Percent(g.NetBenefit.ProbabilityPositive)}; EVPI {DutchFormat.Euro(g.Evpi)}");
        sb.AppendLine($"  Kans dat de gemeente uiterlijk in {r.Options.CouncilTermEnd} quitte speelt (raadsperiode {r.Options.CouncilTermStart}-{r.Options.CouncilTermEnd}): {DutchFormat.Percent(r.MunicipalBreakEvenInTerm)}");
        sb.Append($"  Zelfredzame levensjaren gewonnen: {DutchFormat.Number(r.SelfReliantYearsGained.Mean, 1)} (90%: {DutchFormat.Number(r.SelfReliantYearsGained.Low, 1)} tot {DutchFormat.Number(r.SelfReliantYearsGained.High, 1)}); contant {DutchFormat.Number(r.SelfReliantYearsGainedDiscounted.Mean, 1)}");
        return sb.ToString();
    }

    /// <summary>Tables: per payer interval and probabilities; net benefit per year; acceptability curve. Strings escaped.</summary>
    public static string Html(PsaResult r)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        const string Right = "<td style=\"text-align:right\">";
        var h = new StringBuilder();
        h.Append("<div class=\"psa\"><h3>").Append(E(Heading(r))).Append("</h3>");
        h.Append("<table><thead><tr><th>betaler</th><th>puntschatting (contant)</th><th>netto baat (gemiddeld, contant)</th><th>5e percentiel</th><th>95e percentiel</th><th>kans op positief</th><th>EVPI</th><th>quitte uiterlijk ")
         .Append(r.Options.CouncilTermEnd.ToString()).Append("</th></tr></thead><tbody>");
        foreach (var g in r.Shown)
            h.Append("<tr><td>").Append(E(g.Label)).Append("</td>").Append(Right).Append(DutchFormat.Euro(g.PointEstimate)).Append("</td>")
             .Append(Right).Append(DutchFormat.Euro(g.NetBenefit.Mean)).Append("</td>")
             .Append(Right).Append(DutchFormat.Euro(g.NetBenefit.Low)).Append("</td>").Append(Right).Append(DutchFormat.Euro(g.NetBenefit.High)).Append("</td>")
             .Append(Right).Append(DutchFormat.Percent(g.NetBenefit.ProbabilityPositive)).Append("</td>").Append(Right).Append(DutchFormat.Euro(g.Evpi)).Append("</td>")
             .Append(Right).Append(DutchFormat.Percent(g.BreakEvenInTerm)).Append("</td></tr>");
        h.Append("</tbody></table>");
        h.Append("<table><caption>Netto baat per jaar (nominaal): gemiddelde en 90%-interval</caption><thead><tr><th>betaler</th>");
        foreach (var y in r.Years) h.Append("<th>").Append(y).Append("</th>");
        h.Append("</tr></thead><tbody>");
        foreach (var g in r.Shown)
        {
            h.Append("<tr><td>").Append(E(g.Label)).Append("</td>");
            foreach (var s in g.NetBenefitByYear)
                h.Append(Right).Append(DutchFormat.EuroCompact(s.Mean)).Append("<br/><small>").Append(DutchFormat.EuroCompact(s.Low))
                 .Append(" – ").Append(DutchFormat.EuroCompact(s.High)).Append("</small></td>");
            h.Append("</tr>");
        }
        h.Append("</tbody></table>");
        h.Append("<table><caption>Aanvaardbaarheid: kans op positieve netto baat bij een waarde per zelfredzaam levensjaar</caption><thead><tr><th>waarde per levensjaar</th>");
        foreach (var g in r.Shown) h.Append("<th>").Append(E(g.Label)).Append("</th>");
        h.Append("</tr></thead><tbody>");
        for (var i = 0; i < r.Options.ValuesPerLifeYear.Count; i++)
        {
            h.Append("<tr><td>").Append(DutchFormat.Euro(r.Options.ValuesPerLifeYear[i])).Append("</td>");
            foreach (var g in r.Shown) h.Append(Right).Append(DutchFormat.Percent(g.Acceptability[i].Probability)).Append("</td>");
            h.Append("</tr>");
        }
        h.Append("</tbody></table><p>Zelfredzame levensjaren gewonnen: ").Append(DutchFormat.Number(r.SelfReliantYearsGained.Mean, 1))
         .Append(" (90%: ").Append(DutchFormat.Number(r.SelfReliantYearsGained.Low, 1)).Append(" tot ").Append(DutchFormat.Number(r.SelfReliantYearsGained.High, 1)).Append(")</p>");
        h.Append("<p>Onzekere parameters:</p><ul>");
        foreach (var p in r.UncertainParameters) h.Append("<li>").Append(E(p)).Append("</li>");
        h.Append("</ul></div>");
        return h.ToString();
    }

    // ---------------------------------------------------------------- OneWayResult

    /// <summary>
    /// Dutch lines: the base net benefit for the municipality and all payers, then per parameter (ranked by municipal
    /// effect) its low and high value and the net benefit at each.
    /// </summary>
    public static string Text(OneWayResult r)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Eenzijdige gevoeligheidsanalyse: '{r.ScenarioName}' ten opzichte van '{r.ComparatorName}'");
        sb.AppendLine($"  Basis: gemeente {DutchFormat.Euro(r.BaseGemeente)}, alle betalers {DutchFormat.Euro(r.BaseTotal)} (netto baat, contant)");
        foreach (var row in r.RankedByGemeente)
            sb.AppendLine($"  {row.Parameter} ({DutchFormat.Number(row.Low, 4)} – {DutchFormat.Number(row.High, 4)}): gemeente {DutchFormat.Euro(row.GemeenteAtLow)} tot {DutchFormat.Euro(row.GemeenteAtHigh)}, alle betalers {DutchFormat.Euro(row.TotalAtLow)} tot {DutchFormat.Euro(row.TotalAtHigh)}");
        return sb.ToString().TrimEnd();
    }

    /// <summary>Two ranked tables (municipality, all payers). Strings escaped.</summary>
    public static string Html(OneWayResult r)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var h = new StringBuilder();
        h.Append("<div class=\"gevoeligheid\"><h3>Eenzijdige gevoeligheidsanalyse: ").Append(E(r.ScenarioName)).Append(" ten opzichte van ").Append(E(r.ComparatorName)).Append("</h3>");
        Table(h, "Gemeente", r.BaseGemeente, r.RankedByGemeente, x => (x.GemeenteAtLow, x.GemeenteAtHigh, x.GemeenteSwing));
        Table(h, "Alle betalers", r.BaseTotal, r.RankedByTotal, x => (x.TotalAtLow, x.TotalAtHigh, x.TotalSwing));
        h.Append("</div>");
        return h.ToString();

        static void Table(StringBuilder h, string who, double baseValue, IReadOnlyList<OneWayRow> rows, Func<OneWayRow, (double Low, double High, double Swing)> pick)
        {
            h.Append("<table><caption>").Append(E(who)).Append(": netto baat (contant), basis ").Append(DutchFormat.Euro(baseValue))
             .Append("</caption><thead><tr><th>parameter</th><th>laag</th><th>hoog</th><th>netto baat bij laag</th><th>netto baat bij hoog</th><th>uitslag</th><th>grenzen</th></tr></thead><tbody>");
            foreach (var row in rows)
            {
                var (lo, hi, swing) = pick(row);
                h.Append("<tr><td>").Append(E(row.Parameter)).Append("</td><td>").Append(DutchFormat.Number(row.Low, 4)).Append("</td><td>").Append(DutchFormat.Number(row.High, 4))
                 .Append("</td><td style=\"text-align:right\">").Append(DutchFormat.Euro(lo)).Append("</td><td style=\"text-align:right\">").Append(DutchFormat.Euro(hi))
                 .Append("</td><td style=\"text-align:right\">").Append(DutchFormat.Euro(swing)).Append("</td><td>").Append(E(row.Distribution)).Append("</td></tr>");
            }
            h.Append("</tbody></table>");
        }
    }
}
