using System.Text.Json.Serialization;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.States;
using Preventie.Analytics.Timeline;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Output.Records;

/// <summary>
/// <c>resultaat.json</c> (<c>preventie simulate --format json</c>): the run of a scenario (and of its comparator), with a
/// comparison the benefits per payer, life-years and who pays and who saves; with wijken the results per wijk; and the
/// model version. Absent parts (no comparator, no wijken, no model folder) are left out, not written as null.
/// </summary>
/// <param name="Scenario">Name of the scenario.</param>
/// <param name="Comparator">Name of the comparator; absent without one.</param>
/// <param name="StartYear">First calendar year of the horizon.</param>
/// <param name="EndYear">Last calendar year of the horizon.</param>
/// <param name="DiscountRate">Discount rate per year.</param>
/// <param name="CountingMethod">Dutch name of the counting method.</param>
/// <param name="Convention">Dutch statement of the timing and counting conventions.</param>
/// <param name="Result">The scenario's run.</param>
/// <param name="ComparatorResult">The comparator's run; absent without one.</param>
/// <param name="Payers">Per payer, group and total: the comparison (<see cref="PayerOutcomeJson"/>); absent without a comparison.</param>
/// <param name="PersonYearsGained">Difference in person-years per need tier.</param>
/// <param name="SelfReliantYearsGained">Zelfredzame levensjaren gained, undiscounted.</param>
/// <param name="SelfReliantYearsGainedDiscounted">The same, discounted.</param>
/// <param name="SelfReliantYearsByYear">Zelfredzame levensjaren gained per year.</param>
/// <param name="SelfReliantLifeExpectancy">Zelfredzame levensverwachting per band.</param>
/// <param name="WhoPaysWhoSaves">Per investing payer, the savings per payer ("wrong pocket").</param>
/// <param name="Assumptions">Dutch statements of the comparison's assumptions.</param>
/// <param name="WijkFile">File name of the wijk file; absent without wijken.</param>
/// <param name="WijkFiguresIllustrative">True when the wijk figures are illustrative.</param>
/// <param name="WijkWarnings">Dutch warnings of splitting the scenarios over the wijken.</param>
/// <param name="Wijken">Per wijk (wijk file order) its row and payers; the top-level payers are their sum.</param>
/// <param name="Model">The model version; absent when the model was not read from a folder.</param>
public sealed record SimulationJson(
    [property: JsonPropertyName("scenario")] string Scenario,
    [property: JsonPropertyName("vergelijking"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Comparator,
    [property: JsonPropertyName("startjaar")] int StartYear,
    [property: JsonPropertyName("eindjaar")] int EndYear,
    [property: JsonPropertyName("discontovoet")] double DiscountRate,
    [property: JsonPropertyName("telmethode")] string CountingMethod,
    [property: JsonPropertyName("conventie")] string Convention,
    [property: JsonPropertyName("resultaat")] RunJson Result,
    [property: JsonPropertyName("resultaat_vergelijking"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] RunJson? ComparatorResult,
    [property: JsonPropertyName("betalers"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<PayerOutcomeJson>? Payers,
    [property: JsonPropertyName("persoonsjaren_verschil"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OrderedDictionary<string, double>? PersonYearsGained,
    [property: JsonPropertyName("zelfredzame_levensjaren_gewonnen"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? SelfReliantYearsGained,
    [property: JsonPropertyName("zelfredzame_levensjaren_gewonnen_contant"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? SelfReliantYearsGainedDiscounted,
    [property: JsonPropertyName("zelfredzame_levensjaren_per_jaar"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<LifeYearsJson>? SelfReliantYearsByYear,
    [property: JsonPropertyName("zelfredzame_levensverwachting"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<LifeExpectancyJson>? SelfReliantLifeExpectancy,
    [property: JsonPropertyName("wie_betaalt_wie_bespaart"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<WrongPocketJson>? WhoPaysWhoSaves,
    [property: JsonPropertyName("aannames"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Assumptions,
    [property: JsonPropertyName("wijkbestand"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? WijkFile,
    [property: JsonPropertyName("wijkcijfers_illustratief"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? WijkFiguresIllustrative,
    [property: JsonPropertyName("wijkwaarschuwingen"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? WijkWarnings,
    [property: JsonPropertyName("wijken"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<WijkJson>? Wijken,
    [property: JsonPropertyName("model"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ModelVersionJson? Model)
{
    /// <summary>
    /// The record of a scenario run <paramref name="s"/>, its comparator <paramref name="c"/> and their comparison
    /// <paramref name="cmp"/>; with <paramref name="wijken"/> also the results per wijk (then pass its
    /// <see cref="WijkComparison.CityComparison"/> and its runs as the city).
    /// </summary>
    public static SimulationJson From(SimulationResult s, SimulationResult? c, ScenarioComparison? cmp, WijkComparison? wijken = null) => new(
        s.ScenarioName,
        c?.ScenarioName,
        s.StartYear.Value,
        (s.StartYear + (s.Cycles - 1)).Value,
        s.DiscountRate,
        s.Compiled.CountingMethod.DutchName(),
        "cyclus 1 = startjaar (niet verdisconteerd); aantallen op 1 januari; persoonsjaren en jaarlijkse zorgkosten volgens de telmethode ("
            + s.Compiled.CountingMethod switch { Scenarios.CountingMethod.Beginning => "aantal aan het begin van het jaar", Scenarios.CountingMethod.End => "aantal aan het eind van het jaar", _ => "gemiddelde van begin en eind van het jaar" }
            + "); levensjaren verdisconteerd zoals kosten; terugverdienjaar = eerste jaar waarin de cumulatieve nominale netto baat in hele euro's positief is en daarna niet meer negatief wordt",
        RunJson.From(s),
        c is null ? null : RunJson.From(c),
        cmp?.Rows.Select(o => PayerOutcomeJson.From(o, cmp.Years)).ToList(),
        cmp is null ? null : Map(cmp.PersonYearsGained.Select(kv => (kv.Key.ToString().ToLowerInvariant(), kv.Value))),
        cmp?.SelfReliantYearsGained,
        cmp?.SelfReliantYearsGainedDiscounted,
        cmp?.Years.Select((year, t) => new LifeYearsJson(year.Value, cmp.Ledger.LifeYearsByYear[t])).ToList(),
        cmp?.SelfReliantLifeExpectancy.Select(e => new LifeExpectancyJson(e.Band.Code, e.Scenario, e.Comparator, e.Scenario - e.Comparator)).ToList(),
        cmp is null ? null : WrongPocketJson.From(cmp),
        cmp?.Assumptions.ToList(),
        wijken is null ? null : Path.GetFileName(wijken.Model.Wijken.File ?? ""),
        wijken?.IsIllustrative,
        wijken?.Warnings.Select(w => w.ToString()).ToList(),
        wijken is null ? null : WijkJson.From(wijken),
        ModelVersionJson.From(s.Compiled.Model.Version));

    /// <summary>Named numbers as a JSON object in the given order (a later duplicate name replaces the value in place).</summary>
    internal static OrderedDictionary<string, double> Map(IEnumerable<(string Name, double Value)> values)
    {
        var map = new OrderedDictionary<string, double>();
        foreach (var (name, value) in values) map[name] = value;
        return map;
    }

    /// <summary>Named numbers as extension data (fields after a row's fixed fields), in the given order.</summary>
    internal static OrderedDictionary<string, object> Fields(IEnumerable<(string Name, double Value)> values)
    {
        var map = new OrderedDictionary<string, object>();
        foreach (var (name, value) in values) map[name] = value;
        return map;
    }
}

/// <summary>One run (<c>resultaat</c> / <c>resultaat_vergelijking</c>).</summary>
/// <param name="CountsByYear">Counts per state on 1 January of each year.</param>
/// <param name="CostsByYear">Nominal costs per payer per year.</param>
/// <param name="PersonYears">Person-years per need tier (zelfredzaam, tijdelijk, blijvend).</param>
/// <param name="Clamps">How many transition probabilities were clamped to [0, 1].</param>
/// <param name="SelfReliantLifeExpectancy">Zelfredzame levensverwachting per band code.</param>
public sealed record RunJson(
    [property: JsonPropertyName("aantallen_per_jaar")] IReadOnlyList<StateCountsJson> CountsByYear,
    [property: JsonPropertyName("kosten_per_jaar")] IReadOnlyList<YearCostsJson> CostsByYear,
    [property: JsonPropertyName("persoonsjaren")] OrderedDictionary<string, double> PersonYears,
    [property: JsonPropertyName("begrensde_kansen")] int Clamps,
    [property: JsonPropertyName("zelfredzame_levensverwachting")] OrderedDictionary<string, double> SelfReliantLifeExpectancy)
{
    /// <summary>The record of run <paramref name="r"/>.</summary>
    public static RunJson From(SimulationResult r) => new(
        Enumerable.Range(0, r.Cycles + 1).Select(p => new StateCountsJson($"{r.StartYear + p}-01-01")
        {
            Counts = SimulationJson.Fields(r.States.Select((state, s) => (state.Name, r.Count(p, s)))),
        }).ToList(),
        Enumerable.Range(0, r.Cycles).Select(t => new YearCostsJson((r.StartYear + t).Value)
        {
            Costs = SimulationJson.Fields(r.Payers.All.Select(p => (p.Code, r.Costs(p, t)))),
        }).ToList(),
        SimulationJson.Map(new[] { NeedTier.Zelfredzaam, NeedTier.Tijdelijk, NeedTier.Blijvend }.Select(tier => (tier.ToString().ToLowerInvariant(), r.PersonYears(tier)))),
        r.Clamps,
        SimulationJson.Map(r.Bands.Select(b => (b.Code, r.SelfReliantLifeExpectancy[(int)b]))));
}

/// <summary>Counts per state on one date: <c>{"peildatum": "2024-01-01", "&lt;state&gt;": count, ...}</c>.</summary>
/// <param name="Date">The date, ISO (<c>yyyy-01-01</c>).</param>
public sealed record StateCountsJson([property: JsonPropertyName("peildatum")] string Date)
{
    /// <summary>Count per state name, in model order (numbers).</summary>
    [JsonExtensionData] public OrderedDictionary<string, object>? Counts { get; set; }
}

/// <summary>Nominal costs per payer in one year: <c>{"jaar": 2024, "&lt;payer&gt;": amount, ...}</c>.</summary>
/// <param name="Year">The calendar year.</param>
public sealed record YearCostsJson([property: JsonPropertyName("jaar")] int Year)
{
    /// <summary>Costs per payer code, in payer order (numbers).</summary>
    [JsonExtensionData] public OrderedDictionary<string, object>? Costs { get; set; }
}

/// <summary>The comparison for one payer, group or the total.</summary>
/// <param name="Payer">Code of the payer, group or <c>totaal</c>.</param>
/// <param name="Label">Dutch label.</param>
/// <param name="InvestmentDiscounted">Discounted investment.</param>
/// <param name="SavingsDiscounted">Discounted savings.</param>
/// <param name="NetBenefitDiscounted">Discounted net benefit.</param>
/// <param name="NetBenefitNominal">Nominal net benefit.</param>
/// <param name="ReturnPerEuro">Savings per euro invested; null without investment.</param>
/// <param name="BreakEvenYear">Break-even year; null when it does not break even.</param>
/// <param name="ByYear">Nominal investment, savings and net benefit per year.</param>
public sealed record PayerOutcomeJson(
    [property: JsonPropertyName("betaler")] string Payer,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("investering_contant")] double InvestmentDiscounted,
    [property: JsonPropertyName("besparing_contant")] double SavingsDiscounted,
    [property: JsonPropertyName("netto_baat_contant")] double NetBenefitDiscounted,
    [property: JsonPropertyName("netto_baat_nominaal")] double NetBenefitNominal,
    [property: JsonPropertyName("rendement_per_euro")] double? ReturnPerEuro,
    [property: JsonPropertyName("terugverdienjaar")] int? BreakEvenYear,
    [property: JsonPropertyName("per_jaar")] IReadOnlyList<PayerYearJson> ByYear)
{
    /// <summary>The record of <paramref name="o"/> over <paramref name="years"/>.</summary>
    public static PayerOutcomeJson From(PayerOutcome o, IReadOnlyList<CalendarYear> years)
    {
        var net = o.NetBenefitByYear;
        return new(o.Code, o.Label, o.InvestmentDiscounted, o.SavingsDiscounted, o.NetBenefitDiscounted, o.NetBenefitNominal, o.ReturnPerEuro,
            o.BreakEvenYear?.Value, years.Select((year, t) => new PayerYearJson(year.Value, o.InvestmentByYear[t], o.SavingsByYear[t], net[t])).ToList());
    }
}

/// <summary>One year of a payer's comparison (nominal).</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Investment">Investment.</param>
/// <param name="Savings">Savings.</param>
/// <param name="NetBenefit">Net benefit.</param>
public sealed record PayerYearJson(
    [property: JsonPropertyName("jaar")] int Year,
    [property: JsonPropertyName("investering")] double Investment,
    [property: JsonPropertyName("besparing")] double Savings,
    [property: JsonPropertyName("netto_baat")] double NetBenefit);

/// <summary>Zelfredzame levensjaren gained in one year.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Gained">Life-years gained (undiscounted).</param>
public sealed record LifeYearsJson(
    [property: JsonPropertyName("jaar")] int Year,
    [property: JsonPropertyName("gewonnen")] double Gained);

/// <summary>Zelfredzame levensverwachting of one band.</summary>
/// <param name="Band">Band code.</param>
/// <param name="Scenario">In the scenario.</param>
/// <param name="Comparator">In the comparator.</param>
/// <param name="Difference">Scenario − comparator.</param>
public sealed record LifeExpectancyJson(
    [property: JsonPropertyName("leeftijd")] string Band,
    [property: JsonPropertyName("scenario")] double Scenario,
    [property: JsonPropertyName("vergelijking")] double Comparator,
    [property: JsonPropertyName("verschil")] double Difference);

/// <summary>What one investing payer's investment saves each payer: <c>{"investeerder": code, "&lt;payer&gt;": amount, ...}</c>.</summary>
/// <param name="Investor">Code of the investing payer.</param>
public sealed record WrongPocketJson([property: JsonPropertyName("investeerder")] string Investor)
{
    /// <summary>Savings per payer code, in payer order (numbers).</summary>
    [JsonExtensionData] public OrderedDictionary<string, object>? Savings { get; set; }

    /// <summary>One row per payer of <paramref name="cmp"/>'s <see cref="ScenarioComparison.WrongPocket"/> matrix.</summary>
    public static IReadOnlyList<WrongPocketJson> From(ScenarioComparison cmp)
    {
        var payers = cmp.PayerSet;
        return Enumerable.Range(0, payers.Count).Select(i => new WrongPocketJson(payers[i].Code)
        {
            Savings = SimulationJson.Fields(Enumerable.Range(0, payers.Count).Select(j => (payers[j].Code, cmp.WrongPocket[i, j]))),
        }).ToList();
    }
}

/// <summary>
/// One wijk: the row of the wijk table (counts of people under the small-count rule, <see cref="SmallCountSuppression"/>:
/// a number, <c>"&lt;10"</c> or <c>"."</c>), its need factor and its payers as at the top level.
/// </summary>
/// <param name="Code">Wijk code.</param>
/// <param name="Name">Wijk name.</param>
/// <param name="Inhabitants">Inhabitants (suppressed count).</param>
/// <param name="Need">Need factor of the wijk.</param>
/// <param name="InvestmentDiscounted">Discounted investment, all payers.</param>
/// <param name="SavingsDiscounted">Discounted savings, all payers.</param>
/// <param name="NetMunicipality">Discounted net benefit of the municipality.</param>
/// <param name="NetTotal">Discounted net benefit of all payers.</param>
/// <param name="SelfReliantYearsGained">Zelfredzame levensjaren gained.</param>
/// <param name="IndicatedScenario">Residents in indicated care at the end, scenario (suppressed count).</param>
/// <param name="IndicatedComparator">The same in the comparator (suppressed count).</param>
/// <param name="Payers">The wijk's comparison per payer, group and total.</param>
public sealed record WijkJson(
    [property: JsonPropertyName("wijkcode")] string Code,
    [property: JsonPropertyName("wijk")] string Name,
    [property: JsonPropertyName("inwoners"), JsonConverter(typeof(SuppressedCountJsonConverter))] SuppressedCount Inhabitants,
    [property: JsonPropertyName("behoefte")] double Need,
    [property: JsonPropertyName("investering_contant")] double InvestmentDiscounted,
    [property: JsonPropertyName("besparing_contant")] double SavingsDiscounted,
    [property: JsonPropertyName("netto_baat_gemeente_contant")] double NetMunicipality,
    [property: JsonPropertyName("netto_baat_alle_betalers_contant")] double NetTotal,
    [property: JsonPropertyName("zelfredzame_levensjaren_gewonnen")] double SelfReliantYearsGained,
    [property: JsonPropertyName("maatwerk_eind_scenario"), JsonConverter(typeof(SuppressedCountJsonConverter))] SuppressedCount IndicatedScenario,
    [property: JsonPropertyName("maatwerk_eind_vergelijking"), JsonConverter(typeof(SuppressedCountJsonConverter))] SuppressedCount IndicatedComparator,
    [property: JsonPropertyName("betalers")] IReadOnlyList<PayerOutcomeJson> Payers)
{
    /// <summary>One record per wijk of <paramref name="wijken"/>, in wijk file order.</summary>
    public static IReadOnlyList<WijkJson> From(WijkComparison wijken)
    {
        var sup = SmallCountSuppression.Default;
        return Enumerable.Range(0, wijken.PerWijk.Count).Select(i =>
        {
            var wijk = wijken.Model.Wijken.Wijken[i];
            var row = wijken.Rows[i];
            var cmp = wijken.PerWijk[i];
            return new WijkJson(wijk.Code, wijk.Name, sup.Apply(row.Inhabitants), wijken.Model.NeedFactor[i], row.InvestmentDiscounted,
                row.SavingsDiscounted, row.NetMunicipality, row.NetTotal, row.SelfReliantYearsGained, sup.Apply(row.IndicatedScenario),
                sup.Apply(row.IndicatedComparator), cmp.Rows.Select(o => PayerOutcomeJson.From(o, cmp.Years)).ToList());
        }).ToList();
    }
}

/// <summary>Source-generated serialisation metadata of <see cref="SimulationJson"/> (used through <see cref="JsonText"/>).</summary>
[JsonSerializable(typeof(SimulationJson))]
public sealed partial class SimulationJsonContext : JsonSerializerContext;
