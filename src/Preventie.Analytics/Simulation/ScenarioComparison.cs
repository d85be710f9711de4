using System.Net;
using System.Text;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Population;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.States;

namespace Preventie.Analytics.Simulation;

/// <summary>
/// A scenario against its comparator (both compiled from the same model, same years): per payer the investment,
/// savings, net benefit (nominal per year = budget view, and discounted at the scenario's rate), return per euro and
/// break-even year (see <see cref="PayerOutcome"/>); the same for the group "gemeente" and for all payers together;
/// the wrong-pocket matrix; person-years per need tier gained.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class ScenarioComparison : IHtmlRenderable
{
    private ScenarioComparison(SimulationResult scenario, SimulationResult comparator, IReadOnlyList<PayerOutcome> payers,
        PayerOutcome gemeente, PayerOutcome total, double[,] wrongPocket, IReadOnlyDictionary<NeedTier, double> personYears,
        IReadOnlyList<string> assumptions)
    {
        Scenario = scenario; Comparator = comparator; Payers = payers; Gemeente = gemeente; Total = total;
        WrongPocket = wrongPocket; PersonYearsGained = personYears; Assumptions = assumptions;
    }

    public SimulationResult Scenario { get; }
    public SimulationResult Comparator { get; }
    /// <summary>One outcome per <see cref="Payer"/>, in <see cref="Costs.Payers.All"/> order.</summary>
    public IReadOnlyList<PayerOutcome> Payers { get; }
    /// <summary>The four municipal budgets together.</summary>
    public PayerOutcome Gemeente { get; }
    /// <summary>All payers together (society as far as modelled).</summary>
    public PayerOutcome Total { get; }
    public double DiscountRate => Scenario.DiscountRate;
    public IReadOnlyList<int> Years => Scenario.Years;

    /// <summary>
    /// Wrong-pocket matrix [investor, saver] (payer indices, discounted euros): the savings of each payer (column)
    /// attributed to the payers that invest (rows) in proportion to their share of the positive discounted investments.
    /// Row sums = what each investor's money yields, wherever it lands; column sums = each payer's savings.
    /// The proportional attribution is a modelling convention, not an observation.
    /// </summary>
    public double[,] WrongPocket { get; }

    /// <summary>Person-years per need tier in the scenario minus the comparator (positive = more), over the horizon.</summary>
    public IReadOnlyDictionary<NeedTier, double> PersonYearsGained { get; }

    /// <summary>Zelfredzame levensjaren gained: <see cref="PersonYearsGained"/> for <see cref="NeedTier.Zelfredzaam"/>.</summary>
    public double SelfReliantYearsGained => PersonYearsGained.TryGetValue(NeedTier.Zelfredzaam, out var v) ? v : 0;

    /// <summary>Dutch lines naming the scenario values (intervention reach, effects, costs) that rest on assumptions.</summary>
    public IReadOnlyList<string> Assumptions { get; }

    public PayerOutcome For(Payer payer) => Payers[(int)payer];

    /// <summary>The one comparison arithmetic (<see cref="ComparisonLedger"/>) filled for this pair at the point values.</summary>
    public ComparisonLedger Ledger { get; private init; } = null!;

    /// <summary>
    /// Zelfredzame levensverwachting per band: (band, scenario, comparator) in years, see
    /// <see cref="SimulationResult.SelfReliantLifeExpectancy"/>; the difference is what the scenario adds per person.
    /// </summary>
    public IReadOnlyList<(AgeBand Band, double Scenario, double Comparator)> SelfReliantLifeExpectancy =>
        AgeBands.All.Select(b => (b, Scenario.SelfReliantLifeExpectancy[(int)b], Comparator.SelfReliantLifeExpectancy[(int)b])).ToList();

    /// <summary>Zelfredzame levensjaren gained, discounted at <see cref="DiscountRate"/> like the costs.</summary>
    public double SelfReliantYearsGainedDiscounted => Ledger.SelfReliantYearsGainedDiscounted;

    /// <summary>Compares two deterministic results with <see cref="ComparisonLedger"/>. Throws when their years differ.</summary>
    public static ScenarioComparison Create(SimulationResult scenario, SimulationResult comparator)
    {
        ScenarioPair.CheckComparable(scenario.Compiled, comparator.Compiled, sameModel: false);
        var T = scenario.Cycles;
        var ledger = new ComparisonLedger(T, scenario.StartYear, scenario.States);
        ledger.Compute(scenario.Buffer, comparator.Buffer, scenario.DiscountRate);
        var outcomes = Enumerable.Range(0, Costs.Payers.Count).Select(g => Outcome(ledger, g, Costs.Payers.All[g].Code(), Costs.Payers.All[g].DutchLabel())).ToList();
        var gemeente = Outcome(ledger, ComparisonLedger.GemeenteGroup, "gemeente", "Gemeente (totaal)");
        var total = Outcome(ledger, ComparisonLedger.TotalGroup, "totaal", "Alle betalers");

        var tiers = Enum.GetValues<NeedTier>().Where(t => t != NeedTier.Uitstroom)
            .ToDictionary(t => t, t => scenario.PersonYears(t) - comparator.PersonYears(t));
        tiers[NeedTier.Zelfredzaam] = ledger.SelfReliantYearsGained;

        var assumptions = new List<string>();
        var model = scenario.Compiled.Model;
        foreach (var iv in scenario.Compiled.Scenario.Interventions)
        {
            var parts = new List<string>();
            if (iv.Reach.IsAssumption) parts.Add("bereik");
            if (iv.NeighbourhoodShare.IsAssumption) parts.Add("wijkaandeel");
            if (iv.Effects.Any(e => e.Size.IsAssumption)) parts.Add("effect");
            if (iv.Costs.Any(c => c.AmountPerYear.IsAssumption)) parts.Add("kosten");
            if (parts.Count > 0) assumptions.Add($"Interventie '{iv.Name}': {string.Join(", ", parts)} berust(en) op aannames.");
        }
        var assumed = model.Parameters.All.Count(p => p.IsAssumption);
        assumptions.Add($"Model: {assumed} van {model.Parameters.Count} parameters zijn aannames (o.a. overgangskansen, sterfte, migratie, routeaandelen); de kosten per cliënt komen uit bronnen (CBS, NZa, Jeugdautoriteit, Berenschot).");
        assumptions.Add("Welk deel van de baten bij Zvw of Wlz terechtkomt, is niet onderzocht in Nederland: dat volgt hier uit aangenomen effecten.");
        return new ScenarioComparison(scenario, comparator, outcomes, gemeente, total, ledger.WrongPocket(), tiers, assumptions) { Ledger = ledger };
    }

    private static PayerOutcome Outcome(ComparisonLedger ledger, int group, string code, string label)
    {
        var T = ledger.Cycles;
        return new(code, label, ledger.Investment.AsSpan(group * T, T).ToArray(), ledger.Savings.AsSpan(group * T, T).ToArray(),
            ledger.InvestmentDiscounted[group], ledger.SavingsDiscounted[group], ledger.BreakEvenYear(group));
    }

    /// <summary>The break-even year by the one definition (<see cref="ComparisonLedger.BreakEven"/>).</summary>
    internal static int? BreakEven(double[] inv, double[] sav, int startYear) => ComparisonLedger.BreakEven(inv, sav, startYear);

    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"'{Scenario.ScenarioName}' ten opzichte van '{Comparator.ScenarioName}' ({Years[0]}-{Years[^1]}, discontovoet {DutchFormat.Percent(DiscountRate, 2)}):");
        foreach (var o in Payers.Where(o => !o.IsUninvolved).Append(Gemeente).Append(Total))
            sb.AppendLine($"  {o.Label}: investering {DutchFormat.Euro(o.InvestmentDiscounted)}, besparing {DutchFormat.Euro(o.SavingsDiscounted)}, netto {DutchFormat.Euro(o.NetBenefitDiscounted)} (contant)");
        sb.Append($"  Zelfredzame levensjaren: {DutchFormat.Number(SelfReliantYearsGainedDiscounted, 1)} contant, {DutchFormat.Number(SelfReliantYearsGained, 1)} onverdisconteerd");
        return sb.ToString();
    }

    /// <summary>Per-payer table, net benefit per year, wrong-pocket matrix and assumptions (strings escaped).</summary>
    public string ToHtml()
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var h = new StringBuilder();
        h.Append("<div class=\"vergelijking\"><h3>").Append(E(Scenario.ScenarioName)).Append(" ten opzichte van ").Append(E(Comparator.ScenarioName)).Append("</h3>");
        h.Append("<p>").Append(Years[0]).Append('–').Append(Years[^1]).Append(", discontovoet ").Append(DutchFormat.Percent(DiscountRate, 2)).Append(" (eerste jaar niet verdisconteerd)</p>");
        h.Append("<table><thead><tr><th>betaler</th><th>investering (contant)</th><th>besparing (contant)</th><th>netto baat (contant)</th><th>netto baat (nominaal)</th><th>rendement per euro</th><th>terugverdiend in</th></tr></thead><tbody>");
        foreach (var o in Payers.Append(Gemeente).Append(Total))
            h.Append("<tr><td>").Append(E(o.Label)).Append("</td><td>").Append(DutchFormat.Euro(o.InvestmentDiscounted))
             .Append("</td><td>").Append(DutchFormat.Euro(o.SavingsDiscounted)).Append("</td><td>").Append(DutchFormat.Euro(o.NetBenefitDiscounted))
             .Append("</td><td>").Append(DutchFormat.Euro(o.NetBenefitNominal)).Append("</td><td>").Append(o.ReturnPerEuro is { } r ? "€ " + DutchFormat.Number(r, 2) : "n.v.t.")
             .Append("</td><td>").Append(o.BreakEvenYear?.ToString() ?? "niet binnen horizon").Append("</td></tr>");
        h.Append("</tbody></table>");
        h.Append("<table><caption>Netto baat per jaar (nominaal, begrotingsbeeld)</caption><thead><tr><th>betaler</th>");
        foreach (var y in Years) h.Append("<th>").Append(y).Append("</th>");
        h.Append("</tr></thead><tbody>");
        foreach (var o in Payers.Where(o => !o.IsUninvolved).Append(Total))
        {
            h.Append("<tr><td>").Append(E(o.Label)).Append("</td>");
            foreach (var v in o.NetBenefitByYear) h.Append("<td style=\"text-align:right\">").Append(DutchFormat.Euro(v)).Append("</td>");
            h.Append("</tr>");
        }
        h.Append("</tbody></table>");
        h.Append("<table><caption>Wie betaalt, wie bespaart (contant; rijen: investeerder, kolommen: besparing)</caption><thead><tr><th></th>");
        foreach (var p in Costs.Payers.All) h.Append("<th>").Append(E(p.DutchLabel())).Append("</th>");
        h.Append("</tr></thead><tbody>");
        for (var i = 0; i < Costs.Payers.Count; i++)
        {
            h.Append("<tr><th>").Append(E(Costs.Payers.All[i].DutchLabel())).Append("</th>");
            for (var j = 0; j < Costs.Payers.Count; j++) h.Append("<td style=\"text-align:right\">").Append(DutchFormat.Euro(WrongPocket[i, j])).Append("</td>");
            h.Append("</tr>");
        }
        h.Append("</tbody></table><p>Zelfredzame levensjaren gewonnen: ").Append(DutchFormat.Number(SelfReliantYearsGained, 1)).Append("</p><ul>");
        foreach (var a in Assumptions) h.Append("<li>").Append(E(a)).Append("</li>");
        h.Append("</ul></div>");
        return h.ToString();
    }
}
