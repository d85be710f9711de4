using BenchmarkDotNet.Attributes;
using Preventie.Analytics.Inventory;

namespace Preventie.Analytics.Benchmarks;

/// <summary>
/// Loading a large inventory and finding its likely duplicates (<see cref="DuplicateDetection"/>, blocking on shared
/// content words instead of comparing all pairs). Target: 100,000 activities in under 10 s and 1 GB.
/// Run: <c>dotnet run -c Release --project tests/Preventie.Analytics.Benchmarks -- --filter '*InventoryBenchmarks*' --job short</c>
/// </summary>
[MemoryDiagnoser]
public class InventoryBenchmarks
{
    private string _file = null!;
    private PreventionInventory _inventory = null!;

    [Params(10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _file = Path.Combine(Path.GetTempPath(), $"preventie-bench-inventaris-{Rows}.csv");
        File.WriteAllText(_file, SyntheticInventory.Csv(Rows));
        _inventory = InventoryLoader.Load(_file);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_file);

    /// <summary>Read, validate and type every row.</summary>
    [Benchmark]
    public int Load() => InventoryLoader.Load(_file).Activities.Count;

    /// <summary>Likely duplicates over the loaded activities.</summary>
    [Benchmark]
    public int Duplicates() => DataQualityReport.LikelyDuplicates(_inventory.Activities).Count();

    /// <summary>What <c>preventie inventory</c> does: load, all findings, pivots and reconciliation.</summary>
    [Benchmark]
    public int LoadAndSummarise() => InventorySummary.Create(InventoryLoader.Load(_file), null, null).QualityFindings.Count;
}
