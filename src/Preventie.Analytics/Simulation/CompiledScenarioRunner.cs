namespace Preventie.Analytics.Simulation;

/// <summary>The runner of a <see cref="CompiledScenario"/>: its lean run into one buffer of its own.</summary>
internal sealed class CompiledScenarioRunner(CompiledScenario scenario) : ScenarioRunner
{
    private readonly SimulationBuffer _buffer = scenario.CreateBuffer();

    public override SimulationBuffer Result => _buffer;

    public override void Run(ReadOnlySpan<double> parameters) => scenario.Run(parameters, _buffer);
}
