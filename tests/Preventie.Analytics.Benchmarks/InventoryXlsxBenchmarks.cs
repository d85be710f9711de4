using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Output;

namespace Preventie.Analytics.Benchmarks;

/// <summary>
/// <c>preventie inventory --format xlsx</c> on a large synthetic inventory (<see cref="SyntheticInventory"/>): the
/// summary's workbook (<see cref="InventoryExport.ToWorkbook"/>) written to an .xlsx, whose worksheets stream with
/// OpenXmlWriter. Target (issue 22): 100,000 rows within 1 GB.
/// Run: <c>dotnet run -c Release --project tests/Preventie.Analytics.Benchmarks -- --filter '*InventoryXlsxBenchmarks*' --job short</c>;
/// one measured pass with peak working set: <c>… -- inventory-xlsx [rows]</c>; only the input file for a whole-process
/// measurement: <c>… -- inventory-csv [rows] [path]</c>.
/// </summary>
[MemoryDiagnoser]
public class InventoryXlsxBenchmarks
{
    private string _file = null!;
    private string _out = null!;
    private InventorySummary _summary = null!;

    [Params(10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _file = Path.Combine(Path.GetTempPath(), $"preventie-bench-inventaris-xlsx-{Rows}.csv");
        _out = Path.ChangeExtension(_file, ".xlsx");
        File.WriteAllText(_file, SyntheticInventory.Csv(Rows));
        _summary = InventorySummary.Create(InventoryLoader.Load(_file), null, null);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(_file);
        File.Delete(_out);
    }

    /// <summary>The workbook built from the summary and written to disk.</summary>
    [Benchmark]
    public long WriteXlsx()
    {
        InventoryExport.ToWorkbook(_summary).Save(_out);
        return new FileInfo(_out).Length;
    }

    /// <summary>
    /// One pass as the command does it (load, summarise, write the workbook), printing wall-clock time, bytes allocated
    /// by all threads, and the process's peak working set before and after writing.
    /// </summary>
    public static void Quick(string[] args)
    {
        var bench = new InventoryXlsxBenchmarks { Rows = args.Length > 1 ? int.Parse(args[1]) : 100_000 };
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        bench.Setup();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peakBefore = process.PeakWorkingSet64;
        var loaded = clock.Elapsed;
        var allocatedLoaded = GC.GetTotalAllocatedBytes(precise: true);
        try
        {
            var size = bench.WriteXlsx();
            process.Refresh();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            Console.WriteLine($"{bench.Rows} rows: load and summarise {loaded.TotalSeconds:0.00} s, {Mb(allocatedLoaded - allocatedBefore)} allocated, peak working set {Mb(peakBefore)}");
            Console.WriteLine($"  write xlsx ({Mb(size)} file): {(clock.Elapsed - loaded).TotalSeconds:0.00} s, {Mb(allocated - allocatedLoaded)} allocated, " +
                              $"peak working set of the process {Mb(process.PeakWorkingSet64)}");
        }
        finally
        {
            bench.Cleanup();
        }
    }

    /// <summary>Writes only the synthetic inventory CSV (default 100,000 rows), for <c>/usr/bin/time -v preventie inventory … --format xlsx</c>.</summary>
    public static void WriteCsv(string[] args)
    {
        var rows = args.Length > 1 ? int.Parse(args[1]) : 100_000;
        var path = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), $"inventaris-{rows}.csv");
        File.WriteAllText(path, SyntheticInventory.Csv(rows));
        Console.WriteLine(path);
    }

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:0} MB";
}
