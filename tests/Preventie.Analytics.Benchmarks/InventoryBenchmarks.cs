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

    /// <summary>Likely duplicates on one thread (the total work of the parallel search, without its overhead).</summary>
    [Benchmark]
    public int DuplicatesOneThread() => DuplicateDetection.FirstMatches(_inventory.Activities, maxThreads: 1).Count;

    /// <summary>
    /// A quick check between BenchmarkDotNet runs: <c>... -- inventory [rows]</c> prints wall-clock and process CPU time
    /// of loading and of the duplicate search (all threads and one thread), after one warm-up run.
    /// </summary>
    public static void Quick(string[] args)
    {
        var bench = new InventoryBenchmarks { Rows = args.Length > 1 ? int.Parse(args[1]) : 100_000 };
        bench.Setup();
        try
        {
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            void Time(string what, Func<int> action)
            {
                action();
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var result = action();
                watch.Stop();
                process.Refresh();
                Console.WriteLine($"{bench.Rows} rows, {what}: {watch.Elapsed.TotalSeconds:0.00} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:0.00} s CPU ({result})");
            }
            Time("load", bench.Load);
            Time("duplicates", bench.Duplicates);
            Time("duplicates, one thread", bench.DuplicatesOneThread);
        }
        finally
        {
            bench.Cleanup();
        }
    }

    /// <summary>What <c>preventie inventory</c> does: load, all findings, pivots and reconciliation.</summary>
    [Benchmark]
    public int LoadAndSummarise() => InventorySummary.Create(InventoryLoader.Load(_file), null, null).QualityFindings.Count;
}
