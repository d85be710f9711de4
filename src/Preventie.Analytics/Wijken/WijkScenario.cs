using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;

namespace Preventie.Analytics.Wijken;

/// <summary>A scenario compiled per wijk (<see cref="WijkModel.Compile"/>): one <see cref="CompiledScenario"/> per wijk,
/// all on the model's one shared parameter vector.</summary>
public sealed class WijkScenario
{
    internal WijkScenario(WijkModel model, Scenario scenario, IReadOnlyList<CompiledScenario> perWijk)
    {
        Model = model;
        Scenario = scenario;
        PerWijk = perWijk;
    }

    public WijkModel Model { get; }
    public Scenario Scenario { get; }
    public IReadOnlyList<CompiledScenario> PerWijk { get; }

    /// <summary>Deterministic run with the full trace of every wijk (base-case vector when <paramref name="parameters"/> is null).</summary>
    public IReadOnlyList<SimulationResult> RunWithTrace(double[]? parameters = null) => PerWijk.Select(c => c.RunWithTrace(parameters)).ToList();
}
