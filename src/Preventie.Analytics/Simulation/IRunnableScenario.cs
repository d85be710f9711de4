using Preventie.Analytics.Model;

namespace Preventie.Analytics.Simulation;

/// <summary>
/// A scenario as the probabilistic and one-way analyses run it: one parameter vector in, the city's figures out. A
/// <see cref="CompiledScenario"/> is one (the city model alone); a scenario compiled per wijk is another, whose city
/// figures are the sum over its wijken — so the uncertainty of a wijk run is computed on the same model as its headline.
/// </summary>
public interface IRunnableScenario
{
    /// <summary>The compiled scenario whose shape the results have (years, states, payers, interventions, name) and
    /// whose rows name the parameters of a corrected probability.</summary>
    CompiledScenario Shape { get; }

    /// <summary>The model whose parameter vector a run takes; the vector of a wijk model extends the city's (the city's
    /// parameters first, in the same order).</summary>
    ModelDefinition VectorModel { get; }

    /// <summary>A runner with buffers of its own (one per thread).</summary>
    ScenarioRunner CreateRunner();
}
