using Preventie.Analytics.Costs;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Model;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Population;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.States;
using Preventie.Analytics.Transitions;
using Preventie.Analytics.Uncertainty;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Benchmarks;

/// <summary>
/// The textbook cohort model the issue compares with the field's reference tool (heemod): three states (healthy,
/// sick, dead), one band (a cohort of 1,000 in the 80+ band, so nobody ages out; no births, no migration), 20 yearly
/// cycles, two uncertain parameters — the yearly probability of falling ill, beta(α = 20, β = 180), and the yearly
/// cost of a sick person, gamma(shape 25, scale 80) — and a scenario (a treatment that lowers the probability of
/// falling ill by 30% at €100 per person per year) against a comparator (no treatment). Illustrative numbers.
/// </summary>
internal sealed record TextbookModel(ModelDefinition Model, CompiledScenario Scenario, CompiledScenario Comparator, UncertainParameters Uncertain)
{
    public static TextbookModel Create()
    {
        var parameters = new List<Parameter>();
        ValueExpression P(string name, double value, DistributionSpec? distribution = null)
        {
            parameters.Add(new Parameter(name, value, "", "leerboekmodel", true, distribution));
            return ValueExpression.Reference(parameters.Count - 1, name);
        }
        var states = new List<ModelState>
        {
            new("gezond", "gezond", NeedTier.Zelfredzaam, SupportRoute.Geen),
            new("ziek", "ziek", NeedTier.Tijdelijk, SupportRoute.Maatwerk),
            new("dood", "overleden", NeedTier.Uitstroom, SupportRoute.Geen),
        };
        var band = InventoryBands.Age80Plus;
        var zero = P("nul", 0);
        var demography = InventoryBands.All.Select(b => new BandDemography(b, b == band ? P("cohort", 1000) : zero, zero)).ToList();
        var birth = P(ModelFiles.BirthRateParameter, 0);
        var shares = new List<StartShare> { new(band, 0, P("start_gezond", 1), 0) };
        var rules = new List<TransitionRule>
        {
            new(0, 1, band, null, null, P("p_ziek", 0.1, new DistributionSpec(DistributionKind.Beta, [20, 180])), 0),
            new(0, 2, band, null, null, P("p_dood_gezond", 0.02), 0),
            new(1, 0, band, null, null, P("p_herstel", 0.2), 0),
            new(1, 2, band, null, null, P("p_dood_ziek", 0.1), 0),
        };
        var costs = new List<StateCost>
        {
            new(0, band, SyntheticModels.Payers["zvw"], P("kosten_gezond", 200), 0),
            new(1, band, SyntheticModels.Payers["zvw"], P("kosten_ziek", 2000, new DistributionSpec(DistributionKind.Gamma, [25, 80])), 0),
        };
        var treatmentCost = P("kosten_behandeling", 100_000);
        var treatmentEffect = P("effect_behandeling", -0.3);
        var model = new ModelDefinition(new ParameterSet(parameters), states, demography, birth, shares, rules, costs, SyntheticModels.Payers);

        var treatment = new Intervention
        {
            Name = "behandeling",
            TargetBands = [band],
            Reach = SourcedValue.One,
            StartYear = new CalendarYear(2024),
            Costs = [new InterventionCost(SyntheticModels.Payers["zvw"], new SourcedValue(treatmentCost, null, true))],
            Effects = [new InterventionEffect(EffectKind.TransitionChange, 0, 1, new SourcedValue(treatmentEffect, null, true))],
        };
        Scenario Strategy(string name, IReadOnlyList<Intervention> interventions) => new()
        {
            Name = name,
            StartYear = new CalendarYear(2024),
            EndYear = new CalendarYear(2043),
            DiscountRate = new SourcedValue(ValueExpression.Of(0.0225), "MKBA-richtlijn", false),
            Interventions = interventions,
        };
        return new TextbookModel(model,
            CompiledScenario.Compile(model, Strategy("behandeling", [treatment])),
            CompiledScenario.Compile(model, Strategy("geen behandeling", [])),
            UncertainParameters.FromParameterSet(model.Parameters));
    }
}
