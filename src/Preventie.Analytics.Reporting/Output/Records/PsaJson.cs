using System.Text.Json.Serialization;
using Preventie.Analytics.Model;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Output.Records;

/// <summary>
/// <c>psa.json</c> (<c>preventie simulate --psa N --format json</c>): the probabilistic sensitivity analysis of a
/// scenario against its comparator. A figure that is not defined (NaN in the result, e.g. a break-even chance without a
/// comparator) is null.
/// </summary>
/// <param name="Scenario">Name of the scenario.</param>
/// <param name="Comparator">Name of the comparator; null without one.</param>
/// <param name="StartYear">First calendar year.</param>
/// <param name="EndYear">Last calendar year.</param>
/// <param name="Draws">Number of draws.</param>
/// <param name="Seed">Seed of the draws.</param>
/// <param name="DiscountRate">Discount rate per year.</param>
/// <param name="HasComparator">True with a comparator.</param>
/// <param name="ClampedDraws">Draws in which a probability was clamped to [0, 1].</param>
/// <param name="ClampedShare">Their share of all draws.</param>
/// <param name="ClampingIsMaterial">True when more than 1% of the draws were clamped.</param>
/// <param name="ClampedParameters">Per parameter, the draws in which it caused clamping.</param>
/// <param name="CouncilTerm">First and last year of the council term.</param>
/// <param name="MunicipalBreakEvenInTerm">Chance that the municipality breaks even within the council term.</param>
/// <param name="SelfReliantYearsGained">Zelfredzame levensjaren gained over the draws (undiscounted).</param>
/// <param name="SelfReliantYearsGainedDiscounted">The same, discounted.</param>
/// <param name="PointSelfReliantYearsGained">Zelfredzame levensjaren gained at the point values.</param>
/// <param name="PointSelfReliantYearsGainedDiscounted">The same, discounted.</param>
/// <param name="Groups">Per payer, group and total.</param>
/// <param name="UncertainParameters">Dutch descriptions of the uncertain parameters drawn.</param>
/// <param name="Model">The model version; absent when not known.</param>
public sealed record PsaJson(
    [property: JsonPropertyName("scenario")] string Scenario,
    [property: JsonPropertyName("vergelijking")] string? Comparator,
    [property: JsonPropertyName("startjaar")] int StartYear,
    [property: JsonPropertyName("eindjaar")] int EndYear,
    [property: JsonPropertyName("trekkingen")] int Draws,
    [property: JsonPropertyName("seed")] ulong Seed,
    [property: JsonPropertyName("discontovoet")] double DiscountRate,
    [property: JsonPropertyName("met_vergelijking")] bool HasComparator,
    [property: JsonPropertyName("trekkingen_met_begrensde_kans")] long ClampedDraws,
    [property: JsonPropertyName("aandeel_trekkingen_met_begrensde_kans")] double ClampedShare,
    [property: JsonPropertyName("begrenzing_meer_dan_1_procent")] bool ClampingIsMaterial,
    [property: JsonPropertyName("begrensde_kansen_per_parameter")] IReadOnlyList<ClampedParameterJson> ClampedParameters,
    [property: JsonPropertyName("raadsperiode")] IReadOnlyList<int> CouncilTerm,
    [property: JsonPropertyName("kans_gemeente_quitte_in_raadsperiode")] double? MunicipalBreakEvenInTerm,
    [property: JsonPropertyName("zelfredzame_levensjaren")] SummaryJson SelfReliantYearsGained,
    [property: JsonPropertyName("zelfredzame_levensjaren_contant")] SummaryJson SelfReliantYearsGainedDiscounted,
    [property: JsonPropertyName("zelfredzame_levensjaren_puntschatting")] double? PointSelfReliantYearsGained,
    [property: JsonPropertyName("zelfredzame_levensjaren_contant_puntschatting")] double? PointSelfReliantYearsGainedDiscounted,
    [property: JsonPropertyName("betalers")] IReadOnlyList<PsaGroupJson> Groups,
    [property: JsonPropertyName("onzekere_parameters")] IReadOnlyList<string> UncertainParameters,
    [property: JsonPropertyName("model"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ModelVersionJson? Model)
{
    /// <summary>The record of <paramref name="r"/>, computed on model version <paramref name="model"/> (null: not known).</summary>
    public static PsaJson From(PsaResult r, ModelVersion? model) => new(
        r.ScenarioName, r.ComparatorName, r.StartYear.Value, r.EndYear.Value, r.Draws, r.Seed, r.DiscountRate, r.HasComparator,
        r.ClampedDraws, r.ClampedShare, r.ClampingIsMaterial,
        r.ClampedParameters.Select(c => new ClampedParameterJson(c.Parameter, c.Draws)).ToList(),
        [r.Options.CouncilTermStart.Value, r.Options.CouncilTermEnd.Value],
        Defined(r.MunicipalBreakEvenInTerm),
        SummaryJson.From(r.SelfReliantYearsGained),
        SummaryJson.From(r.SelfReliantYearsGainedDiscounted),
        Defined(r.PointSelfReliantYearsGained),
        Defined(r.PointSelfReliantYearsGainedDiscounted),
        r.Groups.Select(g => PsaGroupJson.From(g, r)).ToList(),
        r.UncertainParameters.ToList(),
        ModelVersionJson.From(model));

    /// <summary>The number, or null when it is not defined (NaN or infinite in the result).</summary>
    internal static double? Defined(double v) => double.IsFinite(v) ? v : null;
}

/// <summary>A parameter that caused clamping, with the number of draws.</summary>
/// <param name="Parameter">Parameter name.</param>
/// <param name="Draws">Draws in which it was clamped.</param>
public sealed record ClampedParameterJson(
    [property: JsonPropertyName("parameter")] string Parameter,
    [property: JsonPropertyName("trekkingen")] long Draws);

/// <summary>An outcome over the draws (<see cref="OutcomeSummary"/>); an undefined figure is null.</summary>
/// <param name="Mean">Mean.</param>
/// <param name="P5">5th percentile.</param>
/// <param name="P95">95th percentile.</param>
/// <param name="StandardDeviation">Standard deviation.</param>
/// <param name="ProbabilityPositive">Share of draws above 0.</param>
public sealed record SummaryJson(
    [property: JsonPropertyName("gemiddelde")] double? Mean,
    [property: JsonPropertyName("p5")] double? P5,
    [property: JsonPropertyName("p95")] double? P95,
    [property: JsonPropertyName("sd")] double? StandardDeviation,
    [property: JsonPropertyName("kans_positief")] double? ProbabilityPositive)
{
    /// <summary>The record of <paramref name="s"/>.</summary>
    public static SummaryJson From(OutcomeSummary s) => new(PsaJson.Defined(s.Mean), PsaJson.Defined(s.Low), PsaJson.Defined(s.High),
        PsaJson.Defined(s.StandardDeviation), PsaJson.Defined(s.ProbabilityPositive));
}

/// <summary>An outcome over the draws in one year.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Mean">Mean.</param>
/// <param name="P5">5th percentile.</param>
/// <param name="P95">95th percentile.</param>
/// <param name="StandardDeviation">Standard deviation.</param>
/// <param name="ProbabilityPositive">Share of draws above 0.</param>
public sealed record YearSummaryJson(
    [property: JsonPropertyName("jaar")] int Year,
    [property: JsonPropertyName("gemiddelde")] double? Mean,
    [property: JsonPropertyName("p5")] double? P5,
    [property: JsonPropertyName("p95")] double? P95,
    [property: JsonPropertyName("sd")] double? StandardDeviation,
    [property: JsonPropertyName("kans_positief")] double? ProbabilityPositive)
{
    /// <summary>The record of <paramref name="s"/> in <paramref name="year"/>.</summary>
    public static YearSummaryJson From(int year, OutcomeSummary s) => new(year, PsaJson.Defined(s.Mean), PsaJson.Defined(s.Low),
        PsaJson.Defined(s.High), PsaJson.Defined(s.StandardDeviation), PsaJson.Defined(s.ProbabilityPositive));
}

/// <summary>The PSA of one payer, group or the total (<see cref="PayerUncertainty"/>).</summary>
/// <param name="Code">Code of the payer, group or <c>totaal</c>.</param>
/// <param name="Name">Dutch label.</param>
/// <param name="PointEstimate">Discounted net benefit at the point values.</param>
/// <param name="NetBenefit">Discounted net benefit over the draws.</param>
/// <param name="Evpi">EVPI (money only).</param>
/// <param name="BreakEvenInTerm">Chance of breaking even within the council term.</param>
/// <param name="PointBreakEvenYear">Break-even year at the point values; null when none.</param>
/// <param name="PointCosts">Without a comparator: discounted total costs at the point values; otherwise absent.</param>
/// <param name="Costs">Without a comparator: discounted total costs over the draws; otherwise absent.</param>
/// <param name="CostsByYear">Without a comparator: nominal total costs per year over the draws; otherwise absent.</param>
/// <param name="NetBenefitByYear">Nominal net benefit per year over the draws.</param>
/// <param name="Acceptability">Chance of a positive net benefit and EVPI per value of a zelfredzaam life-year.</param>
public sealed record PsaGroupJson(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("naam")] string Name,
    [property: JsonPropertyName("puntschatting_contant")] double PointEstimate,
    [property: JsonPropertyName("netto_baat_contant")] SummaryJson NetBenefit,
    [property: JsonPropertyName("evpi")] double? Evpi,
    [property: JsonPropertyName("kans_quitte_in_raadsperiode")] double? BreakEvenInTerm,
    [property: JsonPropertyName("terugverdienjaar_puntschatting")] int? PointBreakEvenYear,
    [property: JsonPropertyName("kosten_contant_puntschatting"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? PointCosts,
    [property: JsonPropertyName("kosten_contant"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SummaryJson? Costs,
    [property: JsonPropertyName("kosten_per_jaar"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<YearSummaryJson>? CostsByYear,
    [property: JsonPropertyName("netto_baat_per_jaar")] IReadOnlyList<YearSummaryJson> NetBenefitByYear,
    [property: JsonPropertyName("aanvaardbaarheid")] IReadOnlyList<AcceptabilityJson> Acceptability)
{
    /// <summary>The record of group <paramref name="g"/> of <paramref name="r"/>.</summary>
    public static PsaGroupJson From(PayerUncertainty g, PsaResult r) => new(
        g.Code, g.Label, g.PointEstimate, SummaryJson.From(g.NetBenefit), PsaJson.Defined(g.Evpi), PsaJson.Defined(g.BreakEvenInTerm),
        g.PointBreakEvenYear?.Value,
        g.Costs is null ? null : PsaJson.Defined(g.PointCosts),
        g.Costs is { } costs ? SummaryJson.From(costs) : null,
        g.Costs is null ? null : Enumerable.Range(0, r.Cycles).Select(t => YearSummaryJson.From((r.StartYear + t).Value, g.CostsByYear![t])).ToList(),
        Enumerable.Range(0, r.Cycles).Select(t => YearSummaryJson.From((r.StartYear + t).Value, g.NetBenefitByYear[t])).ToList(),
        g.Acceptability.Select(a => new AcceptabilityJson(a.ValuePerLifeYear, PsaJson.Defined(a.Probability), PsaJson.Defined(a.Evpi))).ToList());
}

/// <summary>One point of the acceptability curve.</summary>
/// <param name="ValuePerLifeYear">Value of a zelfredzaam life-year, in euro.</param>
/// <param name="ProbabilityPositive">Chance that the net benefit including that value is positive.</param>
/// <param name="Evpi">EVPI at that value.</param>
public sealed record AcceptabilityJson(
    [property: JsonPropertyName("waarde_per_levensjaar")] double ValuePerLifeYear,
    [property: JsonPropertyName("kans_positief")] double? ProbabilityPositive,
    [property: JsonPropertyName("evpi")] double? Evpi);

/// <summary>Source-generated serialisation metadata of <see cref="PsaJson"/> (used through <see cref="JsonText"/>).</summary>
[JsonSerializable(typeof(PsaJson))]
public sealed partial class PsaJsonContext : JsonSerializerContext;
