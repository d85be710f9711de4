using BenchmarkDotNet.Attributes;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Benchmarks;

/// <summary>
/// Issue 15 target: the textbook model (<see cref="TextbookModel"/>: 3 states, one band, 20 yearly cycles, a beta
/// probability and a gamma cost uncertain, scenario and comparator) with 1,000 PSA draws, every summary included
/// (percentiles, acceptability, EVPI) — at most 8 ms on the 2-core machine, ≥ 1,000× the reference tool's 8-10 s.
/// Run: <c>dotnet run -c Release --project tests/Preventie.Analytics.Benchmarks -- --filter '*TextbookBenchmarks*' --job short</c>
/// </summary>
[MemoryDiagnoser]
public class TextbookBenchmarks
{
    private TextbookModel _model = null!;

    [Params(1_000)]
    public int Draws { get; set; }

    [GlobalSetup]
    public void Setup() => _model = TextbookModel.Create();

    [Benchmark]
    public PsaResult Psa() => ProbabilisticAnalysis.Run(_model.Scenario, _model.Comparator, _model.Uncertain, new PsaOptions { Draws = Draws, Seed = 1 });
}
