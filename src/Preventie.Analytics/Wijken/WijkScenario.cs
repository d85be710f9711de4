using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;

namespace Preventie.Analytics.Wijken;

/// <summary>A scenario compiled per wijk (<see cref="WijkModel.Compile"/>): one <see cref="CompiledScenario"/> per wijk,
/// all on the model's one shared parameter vector. Without a migration matrix every wijk runs on its own (exactly the
/// single-run engine); with one (<see cref="WijkModel.Migration"/>) the wijken run in lock-step, cycle by cycle, and
/// people move between them after each cycle's steps (<see cref="WijkMigration"/>), before its person-years and costs
/// are counted.</summary>
public sealed class WijkScenario
{
    internal WijkScenario(WijkModel model, Scenario scenario, IReadOnlyList<CompiledScenario> perWijk)
    {
        Model = model;
        Scenario = scenario;
        PerWijk = perWijk;
        var states = perWijk[0].Model.States;
        _living = Enumerable.Range(0, states.Count).Where(s => !states[s].IsOutflow).ToArray();
    }

    private readonly int[] _living;

    public WijkModel Model { get; }
    public Scenario Scenario { get; }
    public IReadOnlyList<CompiledScenario> PerWijk { get; }

    /// <summary>Deterministic run with the full trace of every wijk (base-case vector when <paramref name="parameters"/> is null).</summary>
    public IReadOnlyList<SimulationResult> RunWithTrace(double[]? parameters = null)
    {
        if (Model.Migration is null) return PerWijk.Select(c => c.RunWithTrace(parameters)).ToList();
        parameters ??= PerWijk[0].Model.Parameters.DefaultVector();
        var buffers = PerWijk.Select(c => c.CreateBuffer()).ToArray();
        var traces = PerWijk.Select(c => c.CreateTrace()).ToArray();
        Run(parameters, buffers, traces);
        return PerWijk.Select((c, i) => new SimulationResult(c, buffers[i], traces[i], c.DiscountRate(parameters), (double[])parameters.Clone())).ToList();
    }

    /// <summary>Lean run of every wijk into <paramref name="buffers"/> (one per wijk, from <see cref="CompiledScenario.CreateBuffer"/>),
    /// for the PSA: each wijk on its own, or in lock-step with the moves between wijken when there is a migration matrix.</summary>
    public void Run(ReadOnlySpan<double> parameters, IReadOnlyList<SimulationBuffer> buffers) => Run(parameters, buffers, null);

    private void Run(ReadOnlySpan<double> parameters, IReadOnlyList<SimulationBuffer> buffers, SimulationTrace[]? traces)
    {
        if (buffers.Count != PerWijk.Count) throw new ArgumentException("one buffer per wijk", nameof(buffers));
        if (Model.Migration is not { } migration)
        {
            for (var i = 0; i < PerWijk.Count; i++) PerWijk[i].Run(parameters, buffers[i]);
            return;
        }
        var n = PerWijk.Count;
        var runs = new CompiledScenario.RunCursor[n];
        for (var i = 0; i < n; i++) runs[i] = PerWijk[i].BeginRun(parameters, buffers[i], traces?[i], everyBand: true);
        var states = PerWijk[0].Model.States.Count;
        var next = new double[n][];
        var scratch = new double[n * states];
        for (var t = 0; t < PerWijk[0].Cycles; t++)
        {
            for (var i = 0; i < n; i++)
            {
                PerWijk[i].AdvanceCycle(ref runs[i], t);
                next[i] = runs[i].Next;
            }
            migration.Apply(next, states, _living, scratch);
            for (var i = 0; i < n; i++) PerWijk[i].CloseCycle(ref runs[i], t);
        }
    }
}
