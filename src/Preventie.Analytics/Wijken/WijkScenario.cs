using Preventie.Analytics.Input;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;

namespace Preventie.Analytics.Wijken;

/// <summary>A scenario compiled per wijk (<see cref="WijkModel.Compile"/>): one <see cref="CompiledScenario"/> per wijk,
/// all on the model's one shared parameter vector. Without a migration matrix every wijk runs on its own (exactly the
/// single-run engine); with one (<see cref="WijkModel.Migration"/>) the wijken run in lock-step, cycle by cycle, and
/// people move between them after each cycle's steps (<see cref="WijkMigration"/>), before its person-years and costs
/// are counted. The city's result is the sum over the wijken (<see cref="SumOverWijken"/>), computed once.</summary>
public sealed class WijkScenario : IRunnableScenario
{
    internal WijkScenario(WijkModel model, Scenario scenario, IReadOnlyList<CompiledScenario> perWijk, IReadOnlyList<int[]> interventionIndex,
        CompiledScenario city, IReadOnlyList<DataError> warnings)
    {
        Model = model;
        Scenario = scenario;
        PerWijk = perWijk;
        _interventionIndex = interventionIndex;
        City = city;
        Warnings = warnings;
        var states = perWijk[0].Model.States;
        _living = Enumerable.Range(0, states.Count).Where(s => !states[s].IsOutflow).ToArray();
    }

    private readonly int[] _living;
    // per wijk: the index in Scenario.Interventions of each intervention compiled there (a targeted one only in its wijken)
    private readonly IReadOnlyList<int[]> _interventionIndex;

    /// <summary>The wijk model the scenario was compiled on.</summary>
    public WijkModel Model { get; }
    /// <summary>The scenario as read, before it was split over the wijken.</summary>
    public Scenario Scenario { get; }
    /// <summary>The scenario compiled per wijk, in the order of <see cref="WijkSet.Wijken"/>.</summary>
    public IReadOnlyList<CompiledScenario> PerWijk { get; }

    /// <summary>The scenario compiled once on the city model, with every wijk-targeted intervention's <c>wijkaandeel</c>
    /// replaced by the named wijken's share of the inhabitants (see <see cref="WijkModel.Compile"/>): the
    /// <see cref="SimulationResult.Compiled"/> of the city's summed result (its interventions, names and years), and
    /// the shape of the PSA's summed figures (<see cref="CreateRunner"/>). Without a wijk file it is the one wijk's
    /// compiled scenario itself.</summary>
    public CompiledScenario City { get; }

    /// <summary>The city's compiled scenario (<see cref="City"/>): the shape of the summed figures.</summary>
    CompiledScenario IRunnableScenario.Shape => City;

    /// <summary>The wijk models' shared model: its vector is the city's followed by the wijken's own parameters.</summary>
    Model.ModelDefinition IRunnableScenario.VectorModel => PerWijk[0].Model;

    /// <summary>A runner of every wijk whose result is the city's sum (with one wijk: that wijk's own run).</summary>
    public ScenarioRunner CreateRunner() => PerWijk.Count == 1 ? PerWijk[0].CreateRunner() : new WijkCityRunner(this);

    /// <summary>Dutch warnings of the split, e.g. a stated <c>wijkaandeel</c> that the wijk file contradicts.</summary>
    public IReadOnlyList<DataError> Warnings { get; }

    /// <summary>The city's result as the sum over the wijken of <paramref name="perWijk"/> (one result per wijk, from
    /// <see cref="RunWithTrace"/>): counts, person-years, care, transition and intervention costs per payer and year
    /// added up, probability corrections counted together; the zelfredzame levensverwachting per band is the mean of the
    /// wijken's weighted by the band's living inhabitants at the start. With one wijk it is that wijk's result itself,
    /// so a model without a wijk file gives exactly the city model's numbers.</summary>
    public SimulationResult SumOverWijken(IReadOnlyList<SimulationResult> perWijk)
    {
        if (perWijk.Count != PerWijk.Count) throw new ArgumentException("one result per wijk", nameof(perWijk));
        for (var i = 0; i < perWijk.Count; i++)
            if (!ReferenceEquals(perWijk[i].Compiled, PerWijk[i])) throw new ArgumentException("the results must come from this scenario's runs", nameof(perWijk));
        return perWijk.Count == 1 ? perWijk[0] : CitySum.Of(City, perWijk, _interventionIndex);
    }

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
