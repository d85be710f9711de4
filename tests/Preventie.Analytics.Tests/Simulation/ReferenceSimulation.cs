using Preventie.Analytics.Costs;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Model;
using Preventie.Analytics.Population;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;

namespace Preventie.Analytics.Tests.Simulation;

/// <summary>
/// A plain, obviously correct implementation of the cohort model's cycle, written from the convention documented on
/// <see cref="CompiledScenario"/> and independent of the engine: no compiled arrays, no caching, no skipping — loops
/// over years, bands, states and payers on [band, state] tables. The engine's fast path must equal it to 1e-12
/// relative (<see cref="FastPathEqualsReferenceTests"/>). It only borrows the model's own definitions: the value of an
/// expression (<c>ValueExpression.Evaluate</c>), the rule years (<c>AppliesIn</c>), the intervention timing
/// (<c>Intensity</c>, <c>IsFunded</c>) and the band widths.
/// </summary>
internal static class ReferenceSimulation
{
    /// <summary>The results, laid out like <see cref="SimulationBuffer"/> so they can be compared one to one.</summary>
    internal sealed record Result(double[] PayerCosts, double[] InterventionCosts, double[] TransitionCosts,
        double[] StateCounts, double[] PersonYears, int Clamps, bool[] ClampedRows);

    public static Result Run(ModelDefinition model, Scenario scenario, double[] prm)
    {
        var B = model.Bands.Count;
        var P = model.Payers.Count;
        var S = model.States.Count;
        var T = scenario.Cycles;
        double V(Parameters.ValueExpression e) => e.Evaluate(prm);
        bool Living(int s) => !model.States[s].IsOutflow;

        var payerCosts = new double[P * T];
        var interventionCosts = new double[P * T];
        var transitionCosts = new double[P * T];
        var stateCounts = new double[(T + 1) * S];
        var personYears = new double[T * S];
        var clampedRows = new bool[B * S];
        var clamps = 0;

        // start population: inhabitants of the band × start share of the state
        var start = new double[B, S];
        foreach (var sh in model.StartShares) start[(int)sh.Band, sh.State] += V(sh.Share);
        var x = new double[B, S];
        foreach (var d in model.Demography)
            for (var s = 0; s < S; s++) x[(int)d.Band, s] = V(d.Inhabitants) * start[(int)d.Band, s];
        AddCounts(stateCounts, 0, x, S);

        // yearly cost per person per band, state and payer
        var rate = new double[B, S, P];
        foreach (var c in model.Costs) rate[(int)c.Band, c.State, c.Payer.Index] += V(c.AmountPerPerson);

        for (var t = 0; t < T; t++)
        {
            var year = scenario.StartYear + t;

            // this year's probabilities: the rules that apply, then every transition change, then every route shift
            var p = new double[B, S, S];
            foreach (var r in model.Transitions)
                if (r.AppliesIn(year)) p[(int)r.Band, r.From, r.To] += V(r.Probability);
            foreach (var kind in new[] { EffectKind.TransitionChange, EffectKind.RouteShift })
                foreach (var iv in scenario.Interventions)
                {
                    var intensity = iv.Intensity(year);
                    if (intensity == 0) continue;
                    var reached = V(iv.Reach.Expression) * V(iv.NeighbourhoodShare.Expression) * intensity;
                    foreach (var e in iv.Effects)
                    {
                        if (e.Kind != kind) continue;
                        foreach (var band in iv.TargetBands)
                        {
                            if (kind == EffectKind.TransitionChange) p[(int)band, e.From, e.To] *= 1 + reached * V(e.Size.Expression);
                            else p[(int)band, e.From, e.To] += reached * V(e.Size.Expression);
                        }
                    }
                }

            // correct impossible probabilities: negative → 0, outflows above 1 scaled back to 1
            var scale = new double[B, S];
            for (var b = 0; b < B; b++)
                for (var s = 0; s < S; s++)
                {
                    scale[b, s] = 1;
                    if (!Living(s)) continue;
                    var corrected = false;
                    var outflow = 0.0;
                    for (var k = 0; k < S; k++)
                    {
                        if (k == s) continue;
                        if (p[b, s, k] < 0) { p[b, s, k] = 0; corrected = true; }
                        outflow += p[b, s, k];
                    }
                    if (outflow > 1) { scale[b, s] = 1 / outflow; corrected = true; }
                    if (corrected) { clamps++; clampedRows[b * S + s] = true; }
                }

            var livingAtStart = 0.0;
            for (var b = 0; b < B; b++)
                for (var s = 0; s < S; s++)
                    if (Living(s)) livingAtStart += x[b, s];

            // (1) transitions: a living state keeps what does not flow out; an outflow state keeps everyone
            var y = new double[B, S];
            for (var b = 0; b < B; b++)
                for (var s = 0; s < S; s++)
                {
                    if (!Living(s)) { y[b, s] += x[b, s]; continue; }
                    var outflow = 0.0;
                    for (var k = 0; k < S; k++)
                    {
                        if (k == s) continue;
                        var moving = x[b, s] * p[b, s, k] * scale[b, s];
                        y[b, k] += moving;
                        outflow += moving;
                    }
                    y[b, s] += x[b, s] - outflow;
                }

            // one-off transition costs on the people making the transition
            foreach (var c in model.TransitionCosts)
            {
                if (!Living(c.From)) continue;
                var amount = x[(int)c.Band, c.From] * p[(int)c.Band, c.From, c.To] * scale[(int)c.Band, c.From] * V(c.AmountPerPerson);
                payerCosts[c.Payer.Index * T + t] += amount;
                transitionCosts[c.Payer.Index * T + t] += amount;
            }

            // (2) ageing: 1/width of every band's living people (after transitions) move up one band; 80+ keeps everyone
            var movers = new double[B, S];
            for (var b = 0; b < B - 1; b++)
                for (var s = 0; s < S; s++)
                    if (Living(s)) movers[b, s] = y[b, s] / model.Bands[b].WidthInYears!.Value;
            for (var b = 0; b < B - 1; b++)
                for (var s = 0; s < S; s++)
                {
                    y[b, s] -= movers[b, s];
                    y[b + 1, s] += movers[b, s];
                }

            // (3) net migration of the living, (4) births from the living at the start of the year into the youngest band
            foreach (var d in model.Demography)
                for (var s = 0; s < S; s++)
                    if (Living(s)) y[(int)d.Band, s] *= 1 + V(d.NetMigration);
            var births = V(model.BirthRate) * livingAtStart;
            for (var s = 0; s < S; s++) y[0, s] += births * start[0, s];

            // person-years and care costs of the living, by the counting method
            for (var b = 0; b < B; b++)
                for (var s = 0; s < S; s++)
                {
                    if (!Living(s)) continue;
                    var py = scenario.CountingMethod switch
                    {
                        CountingMethod.Beginning => x[b, s],
                        CountingMethod.End => y[b, s],
                        _ => (x[b, s] + y[b, s]) / 2,
                    };
                    personYears[t * S + s] += py;
                    for (var payer = 0; payer < P; payer++) payerCosts[payer * T + t] += py * rate[b, s, payer];
                }

            // intervention costs in the funded years
            foreach (var iv in scenario.Interventions)
            {
                if (!iv.IsFunded(year)) continue;
                foreach (var c in iv.Costs)
                {
                    payerCosts[c.Payer.Index * T + t] += V(c.AmountPerYear.Expression);
                    interventionCosts[c.Payer.Index * T + t] += V(c.AmountPerYear.Expression);
                }
            }

            AddCounts(stateCounts, t + 1, y, S);
            x = y;
        }
        return new Result(payerCosts, interventionCosts, transitionCosts, stateCounts, personYears, clamps, clampedRows);
    }

    private static void AddCounts(double[] stateCounts, int point, double[,] counts, int states)
    {
        for (var b = 0; b < counts.GetLength(0); b++)
            for (var s = 0; s < states; s++) stateCounts[point * states + s] += counts[b, s];
    }
}
