using BenchmarkDotNet.Attributes;
using Preventie.Analytics.Model;
using Preventie.Analytics.Optimisation;
using Preventie.Analytics.Portfolio;

namespace Preventie.Analytics.Benchmarks;

/// <summary>
/// Issue 13 target: the shipped candidates (25: the scenarios' interventions and 17 inventory activities from
/// data/evidence), 1,000 PSA draws, the chosen portfolio plus a frontier of 10 budgets (each solved with OR-Tools and
/// evaluated in the full model) and the marginal returns, in under 30 s on the 2-core machine. The EVPPI is measured
/// separately (<see cref="PortfolioAndEvppi"/>: portfolio without frontier, then EVPPI per parameter and group).
/// Run: <c>dotnet run -c Release --project tests/Preventie.Analytics.Benchmarks -- --filter '*OptimiseBenchmarks*' --job short</c>
/// </summary>
[MemoryDiagnoser]
public class OptimiseBenchmarks
{
    private CandidateSet _set = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = ModelFiles.FindDataDirectory() ?? ModelFiles.FindDataDirectory(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("data/parameters niet gevonden");
        _set = CandidateSet.Load(Path.Combine(data, "parameters"), Path.Combine(data, "scenarios"), null,
            Path.Combine(data, "inventory", "deventer-2022-extract.csv"), Path.Combine(data, "evidence"));
        if (_set.Candidates.Count != 25) throw new InvalidOperationException($"expected 25 candidates, got {_set.Candidates.Count}");
    }

    [Benchmark]
    public PortfolioResult PortfolioWithFrontierOf10Budgets() =>
        PortfolioOptimiser.Run(_set, new OptimisationOptions { Draws = 1000, Seed = 1, FrontierPoints = 10, ComputeEvppi = false });

    [Benchmark]
    public InvestmentAdvice PortfolioAndEvppi() =>
        InvestmentAdvice.Run(_set, new OptimisationOptions { Draws = 1000, Seed = 1, FrontierPoints = 0 });
}
