using System.Diagnostics;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Benchmarks;

/// <summary>
/// A quick Stopwatch check of the issue-15 workloads, for iterating between BenchmarkDotNet runs (min and median of
/// repeated runs after warm-up): <c>dotnet run -c Release --project tests/Preventie.Analytics.Benchmarks -- quick</c>.
/// </summary>
internal static class QuickTimings
{
    public static void Run()
    {
        var textbook = TextbookModel.Create();
        Time("textbook, 1,000 draws", 40, () => ProbabilisticAnalysis.Run(textbook.Scenario, textbook.Comparator, textbook.Uncertain, new PsaOptions { Draws = 1000, Seed = 1 }));
        var pair = DefaultPilotPair.Load();
        var uncertain = UncertainParameters.For(pair.Model);
        Time("Deventer pair, 10,000 draws", 8, () => ProbabilisticAnalysis.Run(pair.Scenario, pair.Comparator, uncertain, new PsaOptions { Draws = 10_000, Seed = 1 }));
        Time("Deventer pair, 100,000 draws", 2, () => ProbabilisticAnalysis.Run(pair.Scenario, pair.Comparator, uncertain, new PsaOptions { Draws = 100_000, Seed = 1 }));
    }

    public static (double Min, double Median) Time(string what, int repeats, Action action, bool quiet = false)
    {
        action(); // warm-up (JIT)
        var times = new double[repeats];
        for (var i = 0; i < repeats; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            times[i] = sw.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        var median = times[repeats / 2];
        if (!quiet) Console.WriteLine($"{what}: min {times[0]:F2} ms, median {median:F2} ms ({repeats} runs)");
        return (times[0], median);
    }
}
