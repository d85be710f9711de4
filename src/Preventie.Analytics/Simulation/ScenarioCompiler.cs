using Preventie.Analytics.Population;
using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Scenarios;

namespace Preventie.Analytics.Simulation;

/// <summary>
/// Compiles a <see cref="Scenario"/> against a <see cref="ModelDefinition"/> (once; run the result many times).
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
        CheckEffects(compiled);
        return compiled;
    }

    private static void CheckEffects(CompiledScenario compiled)
    {
        var bad = compiled.OutflowsAboveOne(compiled.Model.Parameters.DefaultVector()).ToList();
        if (bad.Count == 0) return;
        var errors = new ErrorCollector(compiled.Scenario.File ?? compiled.Scenario.Name);
        foreach (var g in bad.GroupBy(x => x.State))
        {
            var name = compiled.Model.States[g.Key].Name;
            errors.Add(null, "interventies.effecten", name,
                $"met de effecten van het scenario telt de uitstroom uit '{name}' op tot {g.Max(x => x.Outflow):0.####} (meer dan 1), in leeftijdsgroep(en) {string.Join(", ", g.Select(x => x.Band.Code).Distinct())} in {string.Join(", ", g.Select(x => x.Year).Distinct())}");
        }
        errors.ThrowIfAny();
    }
}
