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
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Tests.Simulation;

/// <summary>
/// Random valid models and scenarios for property tests: 2-6 states (sometimes with an outflow state), empty and
/// populated bands, migration, births, time-limited and duplicate transition rules, a random payer set (1-6 payers, an
/// own-budget group and other groups of one or more payers), costs per payer with gaps, one-off
/// transition costs, affine values (offset + factor × parameter, as the wijk layer builds them), every counting method, and interventions with ramp-up, fade-out, costs and effects — some strong
/// enough to push probabilities below 0 or a state's outflows above 1 (so the corrections are exercised too).
/// </summary>
internal static class RandomModels
{
    /// <summary>1-6 payers: payer 0 and some others are the own budget (group "eigen"), the rest in groups x0-x2.</summary>
    public static PayerSet RandomPayers(Random rnd)
    {
        var count = rnd.Next(1, 7);
        return new PayerSet(Enumerable.Range(0, count).Select(k =>
        {
            var own = k == 0 || rnd.NextDouble() < 0.3;
            var group = own ? "eigen" : "x" + rnd.Next(3);
            return new Payer(k, "p" + k, "Betaler " + k, "B" + k, "betaler " + k, "wet " + k, group, own ? "Eigen" : "Groep " + group, own);
        }));
    }

    public static (ModelDefinition Model, Scenario Scenario) Create(int seed)
    {
        var rnd = new Random(seed);
        var parameters = new List<Parameter>();
        ValueExpression Ref(string name, double value)
        {
            parameters.Add(new Parameter(name, value, "", "test", false, null));
            return ValueExpression.Reference(parameters.Count - 1, name);
        }
        double U(double lo, double hi) => lo + (hi - lo) * rnd.NextDouble();
        bool Chance(double p) => rnd.NextDouble() < p;

        var n = rnd.Next(2, 7);
        var withOutflow = Chance(0.6);
        var states = Enumerable.Range(0, n).Select(i =>
            i == n - 1 && withOutflow ? new ModelState("s" + i, "dood", NeedTier.Uitstroom, SupportRoute.Geen)
            : new ModelState("s" + i, "toestand " + i, i == 0 ? NeedTier.Zelfredzaam : (NeedTier)rnd.Next(1, 3), SupportRoute.Geen)).ToList();
        var living = Enumerable.Range(0, n).Where(s => !states[s].IsOutflow).ToArray();
        var payers = RandomPayers(new Random(seed ^ 0x5a17));

        var demography = InventoryBands.All.Select(b => new BandDemography(b,
            Ref("pop_" + (int)b, Chance(0.4) ? 0 : U(0, 10_000)),
            Ref("mig_" + (int)b, Chance(0.5) ? 0 : U(-0.02, 0.03)))).ToList();
        var birth = Ref(ModelFiles.BirthRateParameter, Chance(0.5) ? 0 : U(0, 0.015));

        var shares = new List<StartShare>();
        foreach (var b in InventoryBands.All)
        {
            var w = living.Select(_ => U(0.05, 1)).ToArray();
            for (var i = 0; i < living.Length; i++)
                shares.Add(new StartShare(b, living[i], Ref($"share_{(int)b}_{living[i]}", w[i] / w.Sum()), 0));
        }

        var startYear = 2024;
        var cycles = rnd.Next(1, 21);
        var rules = new List<TransitionRule>();
        foreach (var b in InventoryBands.All)
            foreach (var from in living)
                for (var to = 0; to < n; to++)
                {
                    if (to == from || Chance(0.4)) continue;
                    var p = Ref($"p_{(int)b}_{from}_{to}", U(0, 0.8 / (n - 1)));
                    if (Chance(0.2)) p = p.Affine(0, U(0.5, 1.2)); // as the wijk layer scales need inflows
                    int? first = Chance(0.2) ? startYear + rnd.Next(0, cycles) : null;
                    int? last = Chance(0.2) ? startYear + rnd.Next(0, cycles) : null;
                    rules.Add(new TransitionRule(from, to, b, first, last, p, 0));
                    if (Chance(0.1)) rules.Add(new TransitionRule(from, to, b, null, null, Ref($"extra_{(int)b}_{from}_{to}", U(0, 0.05)), 0));
                }

        var costs = new List<StateCost>();
        foreach (var b in InventoryBands.All)
            foreach (var s in living)
                foreach (var payer in payers.All)
                    if (Chance(0.25)) costs.Add(new StateCost(s, b, payer, Ref($"c_{(int)b}_{s}_{payer.Index}", U(0, 20_000)).Affine(Chance(0.2) ? U(0, 500) : 0, 1), 0));
        var transitionCosts = new List<TransitionCost>();
        for (var i = rnd.Next(0, 4); i > 0; i--)
        {
            var from = living[rnd.Next(living.Length)];
            var to = (from + 1 + rnd.Next(n - 1)) % n;
            transitionCosts.Add(new TransitionCost(from, to, InventoryBands.All[rnd.Next(8)], payers[rnd.Next(8) % payers.Count], Ref($"tc_{i}", U(0, 5_000)), 0));
        }

        var interventions = new List<Intervention>();
        for (var i = rnd.Next(0, 4); i > 0; i--)
        {
            var effects = new List<InterventionEffect>();
            for (var k = rnd.Next(1, 4); k > 0; k--)
            {
                var from = living[rnd.Next(living.Length)];
                var to = (from + 1 + rnd.Next(n - 1)) % n;
                var kind = Chance(0.6) ? EffectKind.TransitionChange : EffectKind.RouteShift;
                var size = kind == EffectKind.TransitionChange ? U(-1.5, 2.5) : U(-0.3, 0.3);
                effects.Add(new InterventionEffect(kind, from, to, Value(Ref($"size_{i}_{k}", size))));
            }
            var start = startYear + rnd.Next(0, cycles);
            interventions.Add(new Intervention
            {
                Name = "interventie " + i,
                TargetBands = InventoryBands.All.Where(_ => Chance(0.5)).DefaultIfEmpty(InventoryBands.Age80Plus).ToList(),
                Reach = Value(Ref($"reach_{i}", U(0, 1))),
                NeighbourhoodShare = Chance(0.5) ? SourcedValue.One : Value(Ref($"wijk_{i}", U(0.1, 1))),
                StartYear = new CalendarYear(start),
                EndYear = Chance(0.5) ? new CalendarYear(start + rnd.Next(0, cycles)) : null,
                RampUpYears = rnd.Next(0, 4),
                FadeOutYears = rnd.Next(0, 4),
                Costs = payers.All.Where(_ => Chance(0.2)).Select(p => new InterventionCost(p, Value(Ref($"cost_{i}_{p.Index}", U(0, 500_000))))).ToList(),
                Effects = effects,
            });
        }

        var model = new ModelDefinition(new ParameterSet(parameters), states, demography, birth, shares, rules, costs, payers,
            transitionCosts: transitionCosts);
        var scenario = new Scenario
        {
            Name = "willekeurig " + seed,
            StartYear = new CalendarYear(startYear),
            EndYear = new CalendarYear(startYear + cycles - 1),
            DiscountRate = new SourcedValue(ValueExpression.Of(0.0225), "test", false),
            Interventions = interventions,
            CountingMethod = (CountingMethod)rnd.Next(3),
        };
        return (model, scenario);
    }

    private static SourcedValue Value(ValueExpression e) => new(e, "test", false);
}
