using Preventie.Analytics.Quantities;
using System.Text.Json.Serialization;
using Preventie.Analytics.Evidence;
using Preventie.Analytics.Optimisation;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Output.Records;

/// <summary>
/// <c>optimalisatie.json</c> / <c>waar-investeren.json</c> (<c>preventie optimize --format json</c>): the investment
/// advice. Field names are English camelCase, as this file has always had them; <c>model</c> is the same object as in
/// <c>resultaat.json</c>.
/// </summary>
/// <param name="Objective">Code of the objective.</param>
/// <param name="ObjectiveLabel">Dutch label of the objective.</param>
/// <param name="Budget">Yearly budget applied.</param>
/// <param name="CurrentCostPerYear">Yearly municipal cost of the current portfolio.</param>
/// <param name="MinBreakEvenProbability">Required chance that the municipality breaks even within the council term.</param>
/// <param name="CouncilTerm">The council term, e.g. "2026-2030".</param>
/// <param name="Draws">Number of draws.</param>
/// <param name="Seed">Seed of the draws.</param>
/// <param name="SolverStatus">Solver status (code).</param>
/// <param name="SolverStatusLabel">Solver status (Dutch).</param>
/// <param name="Note">Dutch note on what the inputs are.</param>
/// <param name="Portfolio">Every candidate with its current and chosen scale.</param>
/// <param name="Evaluation">The chosen portfolio against the current one.</param>
/// <param name="Stop">Activities funded today that the portfolio stops.</param>
/// <param name="Frontier">Best portfolio per budget.</param>
/// <param name="MarginalReturn">Return of one more euro per activity.</param>
/// <param name="Evppi">EVPPI per parameter, then per group.</param>
/// <param name="Evpi">EVPI per payer group.</param>
/// <param name="WithoutData">Activities without the data to be a candidate.</param>
/// <param name="Model">The model version; absent when the model was not read from a folder.</param>
public sealed record PortfolioJson(
    [property: JsonPropertyName("objective")] string Objective,
    [property: JsonPropertyName("objectiveLabel")] string ObjectiveLabel,
    [property: JsonPropertyName("budget")] double Budget,
    [property: JsonPropertyName("currentCostPerYear")] double CurrentCostPerYear,
    [property: JsonPropertyName("minBreakEvenProbability")] double MinBreakEvenProbability,
    [property: JsonPropertyName("councilTerm")] string CouncilTerm,
    [property: JsonPropertyName("draws")] int Draws,
    [property: JsonPropertyName("seed")] ulong Seed,
    [property: JsonPropertyName("solverStatus")] string SolverStatus,
    [property: JsonPropertyName("solverStatusLabel")] string SolverStatusLabel,
    [property: JsonPropertyName("note")] string Note,
    [property: JsonPropertyName("portfolio")] IReadOnlyList<PortfolioLineJson> Portfolio,
    [property: JsonPropertyName("evaluation")] PortfolioEvaluationJson Evaluation,
    [property: JsonPropertyName("stop")] IReadOnlyList<string> Stop,
    [property: JsonPropertyName("frontier")] IReadOnlyList<FrontierPointJson> Frontier,
    [property: JsonPropertyName("marginalReturn")] IReadOnlyList<MarginalReturnJson> MarginalReturn,
    [property: JsonPropertyName("evppi")] IReadOnlyList<EvppiJson> Evppi,
    [property: JsonPropertyName("evpi")] OrderedDictionary<string, double> Evpi,
    [property: JsonPropertyName("withoutData")] IReadOnlyList<WithoutDataJson> WithoutData,
    [property: JsonPropertyName("model"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ModelVersionJson? Model)
{
    /// <summary>The record of <paramref name="advice"/>.</summary>
    public static PortfolioJson From(InvestmentAdvice advice)
    {
        var r = advice.Result;
        var o = r.Options;
        var e = r.Evaluation;
        var rows = r.Candidates.Model.Payers.Rows;
        return new(
            o.Objective.Code(), o.Objective.DutchLabel(), r.Budget, r.CurrentCostPerYear, o.MinBreakEvenProbability.Value,
            $"{o.CouncilTermStart}-{o.CouncilTermEnd}", o.Draws, o.Seed, r.SolverStatus.ToString(), r.SolverStatus.DutchLabel(),
            "Kosten, bereik en effecten van de activiteiten uit de inventaris zijn aannames (data/evidence), geen metingen.",
            r.Portfolio.Select(l => new PortfolioLineJson(l.Activity, l.Scale, l.CostPerYear, l.CurrentScale, l.OriginLabel, l.Level?.Code(), l.IsAssumption)).ToList(),
            new PortfolioEvaluationJson(e.CostPerYear, e.Objective.Mean, e.Objective.Low, e.Objective.High, e.ProbabilityBeatsCurrent, e.BreakEvenProbability,
                SimulationJson.Map(Enumerable.Range(0, rows.Count).Select(g => (rows.Code(g), e.NetBenefitByGroup[g].Mean)))),
            r.Stopped.Select(l => l.Activity).ToList(),
            r.Frontier.Select(p => p.Feasible
                ? new FrontierPointJson(p.Budget, true, p.CostPerYear, p.Mean, p.P5, p.P95)
                : new FrontierPointJson(p.Budget, false, null, null, null, null)).ToList(),
            r.Marginal.Select(m => new MarginalReturnJson(m.Activity, m.Scale, m.PerEuro, m.AboveMaximum)).ToList(),
            advice.Evppi is { } v
                ? v.Parameters.Concat(v.Groups).Select(x => new EvppiJson(x.IsGroup ? null : x.Name, x.IsGroup ? x.Name : null, x.PayerGroup, x.Value,
                    x.RSquared, x.IsGroup ? x.Parameters.ToList() : null)).ToList()
                : [],
            SimulationJson.Map(advice.Evppi is { } ev ? ev.Evpi.Select(kv => (kv.Key, kv.Value)) : []),
            r.Candidates.Unavailable.Select(u => new WithoutDataJson(u.Activity, u.MissingText)).ToList(),
            ModelVersionJson.From(r.Candidates.Model.Version));
    }
}

/// <summary>One activity in the portfolio.</summary>
/// <param name="Activity">Activity name.</param>
/// <param name="Scale">Chosen scale (1 = today's size).</param>
/// <param name="CostPerYear">Yearly municipal cost at that scale.</param>
/// <param name="CurrentScale">Today's scale.</param>
/// <param name="Origin">Dutch label of where the candidate comes from.</param>
/// <param name="EvidenceLevel">Code of its evidence level; null when unknown.</param>
/// <param name="Assumption">True when its cost, reach or effect is an assumption.</param>
public sealed record PortfolioLineJson(
    [property: JsonPropertyName("activity")] string Activity,
    [property: JsonPropertyName("scale")] double Scale,
    [property: JsonPropertyName("costPerYear")] double CostPerYear,
    [property: JsonPropertyName("currentScale")] double CurrentScale,
    [property: JsonPropertyName("origin")] string Origin,
    [property: JsonPropertyName("evidenceLevel")] string? EvidenceLevel,
    [property: JsonPropertyName("assumption")] bool Assumption);

/// <summary>The chosen portfolio in the full model against the current one.</summary>
/// <param name="CostPerYear">Yearly municipal cost.</param>
/// <param name="Mean">Mean of the objective over the draws.</param>
/// <param name="P5">Its 5th percentile.</param>
/// <param name="P95">Its 95th percentile.</param>
/// <param name="ProbabilityBeatsCurrent">Chance that it does better than the current portfolio.</param>
/// <param name="BreakEvenProbability">Chance that the municipality breaks even within the council term.</param>
/// <param name="NetBenefitByPayer">Mean net benefit per payer row code.</param>
public sealed record PortfolioEvaluationJson(
    [property: JsonPropertyName("costPerYear")] double CostPerYear,
    [property: JsonPropertyName("mean")] double Mean,
    [property: JsonPropertyName("p5")] double P5,
    [property: JsonPropertyName("p95")] double P95,
    [property: JsonPropertyName("probabilityBeatsCurrent")] double ProbabilityBeatsCurrent,
    [property: JsonPropertyName("breakEvenProbability")] double BreakEvenProbability,
    [property: JsonPropertyName("netBenefitByPayer")] OrderedDictionary<string, double> NetBenefitByPayer);

/// <summary>The best portfolio at one budget; the figures are absent when no portfolio fits.</summary>
/// <param name="Budget">The budget.</param>
/// <param name="Feasible">True when a portfolio fits the budget and the requirements.</param>
/// <param name="CostPerYear">Its yearly cost.</param>
/// <param name="Mean">Mean of the objective.</param>
/// <param name="P5">5th percentile.</param>
/// <param name="P95">95th percentile.</param>
public sealed record FrontierPointJson(
    [property: JsonPropertyName("budget")] double Budget,
    [property: JsonPropertyName("feasible")] bool Feasible,
    [property: JsonPropertyName("costPerYear"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? CostPerYear,
    [property: JsonPropertyName("mean"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Mean,
    [property: JsonPropertyName("p5"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? P5,
    [property: JsonPropertyName("p95"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? P95);

/// <summary>The return of one more euro in an activity.</summary>
/// <param name="Activity">Activity name.</param>
/// <param name="Scale">The scale at which it is measured.</param>
/// <param name="PerEuro">Objective gained per euro.</param>
/// <param name="AboveMaximum">True when the activity is already at its maximum scale.</param>
public sealed record MarginalReturnJson(
    [property: JsonPropertyName("activity")] string Activity,
    [property: JsonPropertyName("scale")] double Scale,
    [property: JsonPropertyName("perEuro")] double PerEuro,
    [property: JsonPropertyName("aboveMaximum")] bool AboveMaximum);

/// <summary>The EVPPI of one parameter (<c>parameter</c>) or one group (<c>group</c>, with its <c>parameters</c>).</summary>
/// <param name="Parameter">The parameter's name; absent for a group.</param>
/// <param name="Group">The group's name; absent for a parameter.</param>
/// <param name="Payer">The payer group whose decision it values.</param>
/// <param name="Value">EVPPI in euro.</param>
/// <param name="RSquared">R² of the regression metamodel.</param>
/// <param name="Parameters">For a group: its parameters; absent for a parameter.</param>
public sealed record EvppiJson(
    [property: JsonPropertyName("parameter"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Parameter,
    [property: JsonPropertyName("group"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Group,
    [property: JsonPropertyName("payer")] string Payer,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("rSquared")] double RSquared,
    [property: JsonPropertyName("parameters"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Parameters);

/// <summary>An inventory activity that cannot be a candidate, and what it lacks.</summary>
/// <param name="Activity">Activity name.</param>
/// <param name="Missing">Dutch list of what is missing.</param>
public sealed record WithoutDataJson(
    [property: JsonPropertyName("activity")] string Activity,
    [property: JsonPropertyName("missing")] string Missing);

/// <summary>Source-generated serialisation metadata of <see cref="PortfolioJson"/> (used through <see cref="JsonText"/>).</summary>
[JsonSerializable(typeof(PortfolioJson))]
public sealed partial class PortfolioJsonContext : JsonSerializerContext;
