using System.Net;
using System.Text;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.States;

namespace Preventie.Analytics.Wijken;

/// <summary>The outcome of a scenario against its comparator in one wijk (or, for the total row, the city).</summary>
/// <param name="Wijk">Wijk name ("heel Deventer" for the total).</param>
/// <param name="Inhabitants">Living inhabitants at the start.</param>
/// <param name="InvestmentDiscounted">Extra intervention costs, all payers, discounted.</param>
/// <param name="SavingsDiscounted">Lower care costs, all payers, discounted.</param>
/// <param name="NetMunicipality">Net benefit of the municipality (its four budgets), discounted.</param>
/// <param name="NetTotal">Net benefit of all payers, discounted.</param>
/// <param name="SelfReliantYearsGained">Extra self-reliant person-years over the horizon.</param>
/// <param name="IndicatedScenario">Residents in indicated care (maatwerk) at the end of the horizon, scenario.</param>
/// <param name="IndicatedComparator">The same in the comparator.</param>
public sealed record WijkOutcome(string Wijk, double Inhabitants, double InvestmentDiscounted, double SavingsDiscounted,
    double NetMunicipality, double NetTotal, double SelfReliantYearsGained, double IndicatedScenario, double IndicatedComparator);

/// <summary>
/// A scenario against its comparator per wijk and for the city: one <see cref="ScenarioComparison"/> per wijk (the
/// same computation as for the city model), the city row = the sum over the wijken. Counts of people per wijk below 10
/// are suppressed in every rendering (<see cref="SmallCountSuppression"/>), and a difference only shows when both counts
/// may be shown.
/// </summary>
public sealed class WijkComparison : IHtmlRenderable
{
    private WijkComparison(WijkModel model, IReadOnlyList<ScenarioComparison> perWijk, IReadOnlyList<WijkOutcome> rows, WijkOutcome city)
    {
        Model = model;
        PerWijk = perWijk;
        Rows = rows;
        City = city;
    }

    public WijkModel Model { get; }
    public IReadOnlyList<ScenarioComparison> PerWijk { get; }
    /// <summary>One row per wijk, in the order of the wijk file.</summary>
    public IReadOnlyList<WijkOutcome> Rows { get; }
    /// <summary>The city: sums over the wijken.</summary>
    public WijkOutcome City { get; }
    public string ScenarioName => PerWijk[0].Scenario.ScenarioName;
    public string ComparatorName => PerWijk[0].Comparator.ScenarioName;
    public bool IsIllustrative => Model.Wijken.IsIllustrative;

    /// <summary>Runs <paramref name="scenario"/> and <paramref name="comparator"/> (compiled on the same wijk model) on
    /// the base-case vector and compares them per wijk.</summary>
    public static WijkComparison Create(WijkScenario scenario, WijkScenario comparator)
    {
        if (!ReferenceEquals(scenario.Model, comparator.Model)) throw new ArgumentException("scenario and comparator must be compiled on the same wijk model");
        var s = scenario.RunWithTrace();
        var c = comparator.RunWithTrace();
        var comparisons = s.Zip(c, ScenarioComparison.Create).ToList();
        var rows = comparisons.Select((cmp, i) => Outcome(scenario.Model.Wijken.Wijken[i].Name, cmp)).ToList();
        var city = new WijkOutcome(WijkSet.WholeCityName, rows.Sum(r => r.Inhabitants), rows.Sum(r => r.InvestmentDiscounted), rows.Sum(r => r.SavingsDiscounted),
            rows.Sum(r => r.NetMunicipality), rows.Sum(r => r.NetTotal), rows.Sum(r => r.SelfReliantYearsGained), rows.Sum(r => r.IndicatedScenario), rows.Sum(r => r.IndicatedComparator));
        return new WijkComparison(scenario.Model, comparisons, rows, city);
    }

    private static WijkOutcome Outcome(string name, ScenarioComparison cmp)
    {
        double Indicated(SimulationResult r) =>
            Enumerable.Range(0, r.States.Count).Where(k => r.States[k].Route == SupportRoute.Maatwerk).Sum(k => r.Count(r.Cycles, k));
        return new WijkOutcome(name, cmp.Scenario.LivingPopulation(0), cmp.Total.InvestmentDiscounted, cmp.Total.SavingsDiscounted,
            cmp.Gemeente.NetBenefitDiscounted, cmp.Total.NetBenefitDiscounted, cmp.SelfReliantYearsGained, Indicated(cmp.Scenario), Indicated(cmp.Comparator));
    }

    /// <summary>Bar chart per wijk: discounted net benefit for the municipality and for all payers.</summary>
    public Figure Chart()
    {
        var names = Rows.Select(r => r.Wijk).ToArray();
        var years = PerWijk[0].Years;
        var fig = Charts.Chart.Combine(
                Charts.Chart.Bar(names, Rows.Select(r => r.NetMunicipality), name: "Gemeente", color: ChartPalette.Investment),
                Charts.Chart.Bar(names, Rows.Select(r => r.NetTotal), name: "Alle betalers", color: ChartPalette.Net))
            .WithTitle($"Netto baten per wijk (contante waarde {years[0]}–{years[^1]}){(IsIllustrative ? " — illustratieve wijkcijfers" : "")}")
            .WithBarMode(BarMode.Group)
            .WithYAxis("Netto baten", tickFormat: ",.0f", tickPrefix: "€ ")
            .WithLegend(horizontal: true);
        return fig;
    }

    /// <summary>The table per wijk plus the city row, with small counts suppressed.</summary>
    public ReportTable Table(SmallCountSuppression? suppression = null)
    {
        var sup = suppression ?? SmallCountSuppression.Default;
        var t = new ReportTable(
            $"Effect per wijk: {ScenarioName} tegenover {ComparatorName}{(IsIllustrative ? " (illustratieve wijkcijfers)" : "")}",
            ["wijk", "inwoners", "investering (contant)", "vermeden zorgkosten (contant)", "netto gemeente", "netto alle betalers", "zelfredzame levensjaren", "maatwerk eind (scenario)", "maatwerk eind (vergelijking)", "verschil maatwerk"]);
        ReportCell Count(double? v) => sup.Apply(v) is { Value: { } shown } ? ReportCell.Number(shown) : sup.Apply(v).Text!;
        foreach (var r in Rows.Append(City))
            t = t.WithRow(r.Wijk, Count(r.Inhabitants), ReportCell.Euro(r.InvestmentDiscounted), ReportCell.Euro(r.SavingsDiscounted),
                ReportCell.Euro(r.NetMunicipality), ReportCell.Euro(r.NetTotal), ReportCell.Number(r.SelfReliantYearsGained),
                Count(r.IndicatedScenario), Count(r.IndicatedComparator),
                sup.Difference(r.IndicatedScenario, r.IndicatedComparator) is { } d ? ReportCell.Number(d) : sup.SmallText);
        return t;
    }

    public string ToHtml()
    {
        var h = new StringBuilder();
        h.Append("<section class=\"wijken\"><h2>Per wijk</h2>");
        if (IsIllustrative) h.Append("<p><strong>").Append(WebUtility.HtmlEncode(WijkSet.IllustrativeNote)).Append("</strong></p>");
        h.Append(Table().ToHtml()).Append(Chart().ToHtml()).Append("</section>");
        return h.ToString();
    }
}
