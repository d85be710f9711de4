using Preventie.Analytics.Population;
using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Scenarios;

namespace Preventie.Analytics.Simulation;

/// <summary>
/// Compiles a <see cref="Scenario"/> against a <see cref="ModelDefinition"/> (once; run the result many times), and
/// offers the one-call deterministic path <see cref="LoadAndCompare"/>.
/// </summary>
public static class ScenarioCompiler
{
    /// <summary>
    /// Resolves every value to the model's shared parameter vector and checks, with the base-case values, that the
    /// scenario's effects keep each state's yearly outflows at most 1 (Dutch error naming the scenario file otherwise).
    /// </summary>
    public static CompiledScenario Compile(ModelDefinition model, Scenario scenario)
    {
        var compiled = new CompiledScenario(model, scenario);
        CheckEffects(model, scenario);
        return compiled;
    }

    private static void CheckEffects(ModelDefinition model, Scenario scenario)
    {
        var v = model.Parameters.DefaultVector();
        var errors = new ErrorCollector(scenario.File ?? scenario.Name);
        foreach (var year in Enumerable.Range(scenario.StartYear, scenario.Cycles))
            foreach (var band in Population.AgeBands.All)
                for (var s = 0; s < model.States.Count; s++)
                {
                    var outflow = 0.0;
                    for (var k = 0; k < model.States.Count; k++)
                    {
                        if (k == s) continue;
                        var p = model.Transitions.Where(r => r.From == s && r.To == k && r.Band == band && r.AppliesIn(year)).Sum(r => r.Probability.Evaluate(v));
                        foreach (var iv in scenario.Interventions.Where(i => i.TargetBands.Contains(band)))
                        {
                            var reached = iv.Reach.Expression.Evaluate(v) * iv.NeighbourhoodShare.Expression.Evaluate(v) * iv.Intensity(year);
                            foreach (var e in iv.Effects.Where(e => e.From == s && e.To == k && e.Kind == Interventions.EffectKind.TransitionChange))
                                p *= 1 + reached * e.Size.Expression.Evaluate(v);
                        }
                        foreach (var iv in scenario.Interventions.Where(i => i.TargetBands.Contains(band)))
                        {
                            var reached = iv.Reach.Expression.Evaluate(v) * iv.NeighbourhoodShare.Expression.Evaluate(v) * iv.Intensity(year);
                            foreach (var e in iv.Effects.Where(e => e.From == s && e.To == k && e.Kind == Interventions.EffectKind.RouteShift))
                                p += reached * e.Size.Expression.Evaluate(v);
                        }
                        outflow += p;
                    }
                    if (outflow > 1 + 1e-9)
                    {
                        errors.Add(null, "interventies.effecten", model.States[s].Name,
                            $"met de effecten van het scenario telt de uitstroom uit '{model.States[s].Name}' in leeftijdsgroep {band.Code()} in {year} op tot {outflow:0.####} (meer dan 1)");
                        errors.ThrowIfAny();
                    }
                }
    }

    /// <summary>
    /// Deterministic convenience: loads the model in <paramref name="modelDirectory"/>, the scenario and (optionally) the
    /// comparator, compiles and runs both with the base-case vector. Nothing is written.
    /// </summary>
    public static (SimulationResult Scenario, SimulationResult? Comparator, ScenarioComparison? Comparison) LoadAndCompare(
        string modelDirectory, string scenarioFile, string? comparatorFile)
    {
        var model = ModelFiles.Load(modelDirectory);
        var scenario = Compile(model, ScenarioFile.Load(scenarioFile, model)).RunWithTrace();
        if (comparatorFile is null) return (scenario, null, null);
        var comparator = Compile(model, ScenarioFile.Load(comparatorFile, model)).RunWithTrace();
        return (scenario, comparator, ScenarioComparison.Create(scenario, comparator));
    }
}
