using BenchmarkDotNet.Attributes;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Benchmarks;

/// <summary>
/// Issue 4 target: 10,000 PSA draws of the default model (data/parameters) with a comparator — scenario
/// "verschuiven naar voorliggend" against "basis", every declared distribution sampled — in under 1 second on the
/// 2-core machine, with memory flat in N (compare the Allocated column of N = 1,000 and N = 10,000).
/// Run: <c>dotnet run -c Release --project tests/Preventie.Analytics.Benchmarks -- --filter '*PsaBenchmarks*' --job short</c>
/// </summary>
[MemoryDiagnoser]
public class PsaBenchmarks
{
    private CompiledScenario _scenario = null!;
    private CompiledScenario _comparator = null!;
    private UncertainParameters _uncertain = null!;

    [Params(1_000, 10_000)]
    public int Draws { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var pair = DefaultPilotPair.Load();
        (_scenario, _comparator) = (pair.Scenario, pair.Comparator);
        _uncertain = UncertainParameters.For(pair.Model);
    }

    [Benchmark]
    public PsaResult Psa() => ProbabilisticAnalysis.Run(_scenario, _comparator, _uncertain, new PsaOptions { Draws = Draws, Seed = 1 });
}
