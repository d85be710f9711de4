using BenchmarkDotNet.Running;
using Preventie.Analytics.Benchmarks;

// BenchmarkDotNet: dotnet run -c Release --project tests/Preventie.Analytics.Benchmarks -- --filter '*' --job short
// Quick Stopwatch check:   ... -- quick   (inventory: ... -- inventory [rows]; xlsx: ... -- inventory-xlsx [rows], input only: ... -- inventory-csv [rows] [path])       Scale note (synthetic models, 342 municipalities):   ... -- scale
switch (args.FirstOrDefault())
{
    case "quick": QuickTimings.Run(); break;
    case "breakdown": Breakdown.Run(); break;
    case "scale": ScaleNote.Run(args); break;
    case "alloc": SamplerAllocations.Run(); break;
    case "clear": ClearCost.Run(); break;
    case "wijken": WijkBenchmarks.Quick(); break;
    case "inventory": InventoryBenchmarks.Quick(args); break;
    case "inventory-xlsx": InventoryXlsxBenchmarks.Quick(args); break;
    case "inventory-csv": InventoryXlsxBenchmarks.WriteCsv(args); break;
    default: BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args); break;
}
