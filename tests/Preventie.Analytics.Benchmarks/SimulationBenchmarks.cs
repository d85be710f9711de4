using BenchmarkDotNet.Attributes;
using Preventie.Analytics.Model;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;

namespace Preventie.Analytics.Benchmarks;

/// <summary>
/// One deterministic run of the default model (8 bands, 6 states, 12 years) with a comparator, and the lean PSA pair
/// (scenario + comparator on one parameter vector). Target: under 1 ms for the deterministic run.
/// Run: <c>dotnet run -c Release --project tests/Preventie.Analytics.Benchmarks -- --filter '*SimulationBenchmarks*' --job short</c>
/// </summary>
[MemoryDiagnoser]
public class SimulationBenchmarks
{
    private CompiledScenario _scenario = null!;
    private CompiledScenario _comparator = null!;
    private SimulationBuffer _scenarioBuffer = null!;
    private SimulationBuffer _comparatorBuffer = null!;
    private double[] _vector = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = ModelFiles.FindDataDirectory() ?? ModelFiles.FindDataDirectory(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("data/parameters niet gevonden");
        var model = ModelFiles.Load(Path.Combine(data, "parameters"));
        _scenario = ScenarioCompiler.Compile(model, ScenarioFile.Load(Path.Combine(data, "scenarios", "verschuiven-naar-voorliggend.yaml"), model));
        _comparator = ScenarioCompiler.Compile(model, ScenarioFile.Load(Path.Combine(data, "scenarios", "basis.yaml"), model));
        _scenarioBuffer = _scenario.CreateBuffer();
        _comparatorBuffer = _comparator.CreateBuffer();
        _vector = model.Parameters.DefaultVector();
    }

    /// <summary>Deterministic path: both runs with full trace, plus the per-payer comparison.</summary>
    [Benchmark(Baseline = true)]
    public ScenarioComparison DeterministicRunWithComparator() =>
        ScenarioComparison.Create(_scenario.RunWithTrace(_vector), _comparator.RunWithTrace(_vector));

    /// <summary>Lean PSA path: scenario and comparator into reused buffers (one PSA iteration).</summary>
    [Benchmark]
    public double LeanPairForPsa()
    {
        _scenario.Run(_vector, _scenarioBuffer);
        _comparator.Run(_vector, _comparatorBuffer);
        return _comparatorBuffer.PayerCosts[0] - _scenarioBuffer.PayerCosts[0];
    }
}
