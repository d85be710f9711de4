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
/// Synthetic models for the scale note: a chain of <c>states</c> states (the last one death) in which every living
/// state can move one step on, back to the first, or die; the population in one band (80+, no ageing) or spread
/// over all eight bands with births and migration; <c>years</c> yearly cycles; yearly costs for three payers in every
/// living state; a scenario whose intervention lowers the first step in every populated band, against a comparator
/// without it; every transition probability beta-distributed and every cost gamma-distributed. And the synthetic
/// municipalities: the default (Deventer) model with its population scaled.
/// </summary>
internal static class SyntheticModels
{
    /// <summary>The shipped payers (data/parameters/betalers.csv).</summary>
    public static PayerSet Payers { get; } = PayerFile.Read(Path.Combine(
        ModelFiles.FindDataDirectory() ?? ModelFiles.FindDataDirectory(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("data/parameters niet gevonden"), "parameters", PayerFile.FileName));

    public static (CompiledScenario Scenario, CompiledScenario Comparator, UncertainParameters Uncertain) Chain(int states, bool allBands, int years, double scale = 1)
    {
        var parameters = new List<Parameter>();
        ValueExpression P(string name, double value, DistributionSpec? d = null)
        {
            parameters.Add(new Parameter(name, value, "", "synthetisch", true, d));
            return ValueExpression.Reference(parameters.Count - 1, name);
        }
        DistributionSpec Beta(double mean) => new(DistributionKind.Beta, [mean * 100, (1 - mean) * 100]);
        DistributionSpec Gamma(double mean) => new(DistributionKind.Gamma, [25, mean / 25]);
        var S = states;
        var modelStates = Enumerable.Range(0, S).Select(i => i == S - 1
            ? new ModelState("dood", "overleden", NeedTier.Uitstroom, SupportRoute.Geen)
            : new ModelState("s" + i, "toestand " + i, i == 0 ? NeedTier.Zelfredzaam : NeedTier.Tijdelijk, SupportRoute.Maatwerk)).ToList();
        IReadOnlyList<AgeBand> bands = allBands ? InventoryBands.All : [InventoryBands.Age80Plus];
        var zero = P("nul", 0);
        var demography = InventoryBands.All.Select(b => new BandDemography(b,
            bands.Contains(b) ? P("inwoners_" + (int)b, 10_000 * scale) : zero,
            allBands ? P("migratie_" + (int)b, 0.005) : zero)).ToList();
        var birth = P(ModelFiles.BirthRateParameter, allBands ? 0.01 : 0);
        var shares = new List<StartShare>();
        foreach (var b in bands)
            for (var s = 0; s < S - 1; s++) shares.Add(new StartShare(b, s, P($"aandeel_{(int)b}_{s}", 1.0 / (S - 1)), 0));
        var rules = new List<TransitionRule>();
        var costs = new List<StateCost>();
        foreach (var b in bands)
            for (var s = 0; s < S - 1; s++)
            {
                if (s + 1 < S - 1) rules.Add(new TransitionRule(s, s + 1, b, null, null, P($"p_{(int)b}_{s}_op", 0.1, Beta(0.1)), 0));
                if (s > 0) rules.Add(new TransitionRule(s, 0, b, null, null, P($"p_{(int)b}_{s}_terug", 0.2, Beta(0.2)), 0));
                rules.Add(new TransitionRule(s, S - 1, b, null, null, P($"p_{(int)b}_{s}_dood", 0.01 + 0.01 * s, Beta(0.01 + 0.01 * s)), 0));
                foreach (var payer in new[] { Payers["gemeente_wmo"], Payers["zvw"], Payers["wlz"] })
                    costs.Add(new StateCost(s, b, payer, P($"k_{(int)b}_{s}_{payer.Index}", 500 * (s + 1), Gamma(500 * (s + 1))), 0));
            }
        var effect = P("effect", -0.2, new DistributionSpec(DistributionKind.Uniform, [-0.3, -0.1]));
        var reach = P("bereik", 0.5, Beta(0.5));
        var cost = P("kosten_interventie", 250_000 * scale, Gamma(250_000 * scale));
        var model = new ModelDefinition(new ParameterSet(parameters), modelStates, demography, birth, shares, rules, costs, Payers);
        var intervention = new Intervention
        {
            Name = "interventie",
            TargetBands = bands.ToList(),
            Reach = new SourcedValue(reach, null, true),
            StartYear = new CalendarYear(2024),
            RampUpYears = 3,
            Costs = [new InterventionCost(Payers["gemeente_preventie"], new SourcedValue(cost, null, true))],
            Effects = [new InterventionEffect(EffectKind.TransitionChange, 0, S > 2 ? 1 : S - 1, new SourcedValue(effect, null, true))],
        };
        Scenario Strategy(string name, IReadOnlyList<Intervention> interventions) => new()
        {
            Name = name,
            StartYear = new CalendarYear(2024),
            EndYear = new CalendarYear(2024 + years - 1),
            DiscountRate = new SourcedValue(ValueExpression.Of(0.0225), "MKBA-richtlijn", false),
            Interventions = interventions,
        };
        return (CompiledScenario.Compile(model, Strategy("scenario", [intervention])), CompiledScenario.Compile(model, Strategy("vergelijking", [])),
            UncertainParameters.FromParameterSet(model.Parameters));
    }

    /// <summary>
    /// Municipality <paramref name="index"/> of <paramref name="count"/>: the default model with every band's
    /// population scaled by a factor spread log-uniformly from 1/100 to 9 times Deventer's (about 1,000 to 930,000
    /// inhabitants, the range of the Dutch municipalities).
    /// </summary>
    public static ModelDefinition Municipality(ModelDefinition deventer, int index, int count)
    {
        var factor = Math.Exp(Math.Log(0.01) + (Math.Log(9) - Math.Log(0.01)) * index / Math.Max(1, count - 1));
        return deventer.WithParameters(new ParameterSet(deventer.Parameters.All
            .Select(p => p.Name.StartsWith("inwoners_", StringComparison.Ordinal) ? p with { Value = p.Value * factor } : p)));
    }
}
