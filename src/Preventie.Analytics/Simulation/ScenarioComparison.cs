using Preventie.Analytics.Costs;
using Preventie.Analytics.Population;
using Preventie.Analytics.States;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Simulation;

/// <summary>
/// A scenario against its comparator (both compiled from the same model, same years): per payer the investment,
/// savings, net benefit (nominal per year = budget view, and discounted at the scenario's rate), return per euro and
/// break-even year (see <see cref="PayerOutcome"/>); the same for the group "gemeente" and for all payers together;
/// the wrong-pocket matrix; person-years per need tier gained.
/// </summary>
[Display.TypeFormatterSource]
public sealed class ScenarioComparison
{
    private ScenarioComparison(SimulationResult scenario, SimulationResult comparator, IReadOnlyList<PayerOutcome> payers,
        PayerOutcome gemeente, PayerOutcome total, double[,] wrongPocket, IReadOnlyDictionary<NeedTier, double> personYears,
        IReadOnlyList<string> assumptions, IReadOnlyList<PayerOutcome> rows)
    {
        Scenario = scenario; Comparator = comparator; Payers = payers; Gemeente = gemeente; Total = total; Rows = rows;
        WrongPocket = wrongPocket; PersonYearsGained = personYears; Assumptions = assumptions;
    }

    /// <summary>The deterministic run of the scenario.</summary>
    public SimulationResult Scenario { get; }
    /// <summary>The deterministic run of the comparator it is measured against.</summary>
    public SimulationResult Comparator { get; }
    /// <summary>One outcome per <see cref="Payer"/>, in <see cref="PayerSet.All"/> order.</summary>
    public IReadOnlyList<PayerOutcome> Payers { get; }
    /// <summary>The model's payers and their groups.</summary>
    public PayerSet PayerSet => Scenario.Payers;
    /// <summary>One outcome per row of <see cref="PayerSet.Rows"/>: payers, aggregate groups, total.</summary>
    public IReadOnlyList<PayerOutcome> Rows { get; }
    /// <summary>The own-budget group together: the municipal budgets.</summary>
    public PayerOutcome Gemeente { get; }
    /// <summary>All payers together (society as far as modelled).</summary>
    public PayerOutcome Total { get; }
    /// <summary>The scenario's discount rate at the point values, used for every discounted figure.</summary>
    public double DiscountRate => Scenario.DiscountRate;

    /// <summary>The net benefit of <paramref name="outcome"/> per year, each year discounted to the first (element 0 =
    /// start year, undiscounted), at <see cref="DiscountRate"/>: the terms whose sum is its discounted net benefit.</summary>
    public double[] NetBenefitByYearDiscounted(PayerOutcome outcome)
    {
        var nominal = outcome.NetBenefitByYear;
        return [.. nominal.Select((v, t) => v * Discounting.Factor(DiscountRate, t))];
    }
    /// <summary>The calendar years of the cycles, element 0 = start year.</summary>
    public IReadOnlyList<CalendarYear> Years => Scenario.Years;

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

    /// <summary>The outcome of one of the model's payers.</summary>
    public PayerOutcome For(Payer payer) => Payers[PayerSet.IndexOf(payer)];

    /// <summary>The outcome of a payer by code (e.g. "zvw"); throws when the model has no such payer.</summary>
    public PayerOutcome For(string payerCode) => For(PayerSet[payerCode]);

    /// <summary>The outcome of a group: its aggregate row, or its payer's row for a group of one payer.</summary>
    public PayerOutcome For(PayerGroup group) => Rows[PayerSet.Rows.Of(group)];

    /// <summary>The summary columns: every group (the own budget "gemeente" first, then the others in file order),
    /// then all payers together.</summary>
    public IReadOnlyList<PayerOutcome> GroupsAndTotal => PayerSet.Groups.Select(For).Append(Total).ToList();

    /// <summary>The one comparison arithmetic (<see cref="ComparisonLedger"/>) filled for this pair at the point values.</summary>
    public ComparisonLedger Ledger { get; private init; } = null!;

    /// <summary>
    /// Zelfredzame levensverwachting per band: (band, scenario, comparator) in years, see
    /// <see cref="SimulationResult.SelfReliantLifeExpectancy"/>; the difference is what the scenario adds per person.
    /// </summary>
    public IReadOnlyList<(AgeBand Band, double Scenario, double Comparator)> SelfReliantLifeExpectancy =>
        Scenario.Bands.Select(b => (b, Scenario.SelfReliantLifeExpectancy[(int)b], Comparator.SelfReliantLifeExpectancy[(int)b])).ToList();

    /// <summary>Zelfredzame levensjaren gained, discounted at <see cref="DiscountRate"/> like the costs.</summary>
    public double SelfReliantYearsGainedDiscounted => Ledger.SelfReliantYearsGainedDiscounted;

    /// <summary>
    /// The share of all avoided care costs (discounted) that lands outside the municipality (the "wrong pocket"): all
    /// payers' savings minus the municipality's, over all payers' savings, at least 0; 0 when all payers together
    /// save less than € 0,50.
    /// </summary>
    public double SavingsShareOutsideMunicipality =>
        Total.SavingsDiscounted > 0.5 ? Math.Max(0, Total.SavingsDiscounted - Gemeente.SavingsDiscounted) / Total.SavingsDiscounted : 0;

    /// <summary>Compares two deterministic results with <see cref="ComparisonLedger"/>. Throws when their years differ.</summary>
    public static ScenarioComparison Create(SimulationResult scenario, SimulationResult comparator)
    {
        ScenarioPair.CheckComparable(scenario.Compiled, comparator.Compiled, sameModel: false);
        var T = scenario.Cycles;
        var ledger = new ComparisonLedger(T, scenario.StartYear, scenario.States, scenario.Payers);
        ledger.Compute(scenario.Buffer, comparator.Buffer, scenario.DiscountRate);
        var rows = Enumerable.Range(0, ledger.GroupCount).Select(g => Outcome(ledger, g, ledger.Rows.Code(g), ledger.Rows.Label(g))).ToList();
        var outcomes = rows.Take(scenario.Payers.Count).ToList();
        var gemeente = rows[ledger.GemeenteGroup];
        var total = rows[ledger.TotalGroup];

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
            if (parts.Count == 1) assumptions.Add($"Interventie '{iv.Name}': het {parts[0]} berust op een aanname.");
            else if (parts.Count > 1) assumptions.Add($"Interventie '{iv.Name}': {string.Join(", ", parts.Take(parts.Count - 1))} en {parts[^1]} berusten op aannames.");
        }
        var assumed = model.Parameters.All.Count(p => p.IsAssumption);
        assumptions.Add($"Model: {assumed} van {model.Parameters.Count} parameters zijn aannames (o.a. overgangskansen, sterfte, migratie, routeaandelen); de kosten per cliënt komen uit bronnen (CBS, NZa, Jeugdautoriteit, Berenschot).");
        assumptions.Add($"Welk deel van de baten bij {model.Payers.OtherGroupsInSentence("of")} terechtkomt, is niet onderzocht in Nederland: dat volgt hier uit aangenomen effecten.");
        return new ScenarioComparison(scenario, comparator, outcomes, gemeente, total, ledger.WrongPocket(), tiers, assumptions, rows) { Ledger = ledger };
    }

    private static PayerOutcome Outcome(ComparisonLedger ledger, int group, string code, string label)
    {
        var T = ledger.Cycles;
        return new(code, label, ledger.Investment.AsSpan(group * T, T).ToArray(), ledger.Savings.AsSpan(group * T, T).ToArray(),
            ledger.InvestmentDiscounted[group], ledger.SavingsDiscounted[group], ledger.BreakEvenYear(group));
    }

    /// <summary>The break-even year by the one definition (<see cref="ComparisonLedger.BreakEven"/>).</summary>
    internal static CalendarYear? BreakEven(double[] inv, double[] sav, CalendarYear startYear) => ComparisonLedger.BreakEven(inv, sav, startYear);

    /// <summary>A short description; the Dutch text and HTML are rendered by <c>Reporting.ResultRendering</c>.</summary>
    public override string ToString() => $"'{Scenario.ScenarioName}' ten opzichte van '{Comparator.ScenarioName}' ({Years[0]}-{Years[^1]})";
}
