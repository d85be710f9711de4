namespace Preventie.Analytics.Simulation;

/// <summary>
/// One thread's runs of an <see cref="IRunnableScenario"/>: each <see cref="Run"/> fills <see cref="Result"/>, a buffer
/// shaped like <see cref="IRunnableScenario.Shape"/>'s. Allocates nothing per run.
/// </summary>
public abstract class ScenarioRunner
{
    /// <summary>The city's figures of the last run.</summary>
    public abstract SimulationBuffer Result { get; }

    /// <summary>Runs on <paramref name="parameters"/> (a vector of the scenario's <see cref="IRunnableScenario.VectorModel"/>).</summary>
    public abstract void Run(ReadOnlySpan<double> parameters);
}
