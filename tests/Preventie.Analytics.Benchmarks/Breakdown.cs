using System.Diagnostics;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Benchmarks;

/// <summary>
/// Where the time of one PSA draw goes, single-threaded (min over batches, so that a loaded machine's preemption is
/// filtered out): <c>dotnet run -c Release --project tests/Preventie.Analytics.Benchmarks -- breakdown</c>.
/// </summary>
internal static class Breakdown
{
    public static void Run()
    {
        var pair = DefaultPilotPair.Load();
        Report("Deventer pair (8 bands, 6 states, 12 years)", pair.Scenario, pair.Comparator, UncertainParameters.For(pair.Model));
        var textbook = TextbookModel.Create();
        Report("textbook (3 states, 1 band, 20 years)", textbook.Scenario, textbook.Comparator, textbook.Uncertain);
    }

    private static void Report(string what, CompiledScenario scenario, CompiledScenario comparator, UncertainParameters uncertain)
    {
        Console.WriteLine(what);
        var sampler = uncertain.CreateSampler(1);
        var random = new DrawRandom();
        var point = uncertain.Parameters.DefaultVector();
        var vector = (double[])point.Clone();
        var sb = scenario.CreateBuffer();
        var cb = comparator.CreateBuffer();
        var paired = new PairedRun(scenario, comparator);
        var draw = 0;
        Measure("  sample a parameter vector", () => { point.CopyTo(vector, 0); sampler.Sample(draw++, random, vector); });
        var plain = UncertainParameters.FromParameterSet(uncertain.Parameters).CreateSampler(1);
        Measure("  sample a parameter vector, correlations left out", () => { point.CopyTo(vector, 0); plain.Sample(draw++, random, vector); });
        Measure("  scenario run", () => scenario.Run(vector, sb));
        Measure("  comparator run", () => comparator.Run(vector, cb));
        Measure("  ledger (comparison arithmetic)", () => paired.Ledger.Compute(sb, cb, 0.0225));
        Measure("  paired run (both runs + ledger)", () => paired.Run(vector));
        Measure("  PSA per draw, 1 thread, all summaries (N = 200)", () => ProbabilisticAnalysis.Run(scenario, comparator, uncertain,
            new PsaOptions { Draws = 200, Seed = 1, MaxDegreeOfParallelism = 1 }), perCall: 200, batch: 1);
    }

    private static void Measure(string what, Action action, int perCall = 1, int batch = 0)
    {
        // batches of about 100 µs, so that many of them run without being preempted; the fastest batch counts
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 50; i++) action();
        if (batch == 0) batch = Math.Max(1, (int)(100 / (warm.Elapsed.TotalMicroseconds / 50)));
        var best = double.MaxValue;
        for (var r = 0; r < (batch == 1 ? 30 : 2000); r++)
        {
            var sw = Stopwatch.StartNew();
            for (var i = 0; i < batch; i++) action();
            best = Math.Min(best, sw.Elapsed.TotalMicroseconds / batch / perCall);
        }
        Console.WriteLine($"{what}: {best:F2} µs");
    }
}

internal static class SamplerAllocations
{
    public static void Run()
    {
        var pair = DefaultPilotPair.Load();
        var uncertain = UncertainParameters.For(pair.Model);
        var u2 = UncertainParameters.For(pair.Model);
        foreach (var u in new[] { uncertain, u2 })
        {
            var sampler = u.CreateSampler(1);
            var random = new DrawRandom();
            var v = u.Parameters.DefaultVector();
            sampler.Sample(0, random, v);
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 1; i <= 1000; i++) sampler.Sample(i, random, v);
            Console.WriteLine($"sampler: {(GC.GetAllocatedBytesForCurrentThread() - before) / 1000.0} bytes per draw; copulas {u.Copulas.Count}");
        }
    }
}

internal static class ClearCost
{
    public static void Run()
    {
        foreach (var n in new[] { 8, 48, 96, 221, 288, 1024 })
        {
            var a = new double[n];
            var sw = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < 1_000_000; i++) Array.Clear(a);
            var clear = sw.Elapsed.TotalNanoseconds / 1_000_000;
            sw.Restart();
            for (var i = 0; i < 1_000_000; i++) a.AsSpan().Fill(0);
            var fill = sw.Elapsed.TotalNanoseconds / 1_000_000;
            sw.Restart();
            for (var i = 0; i < 1_000_000; i++) for (var k = 0; k < a.Length; k++) a[k] = 0;
            Console.WriteLine($"{n} doubles: Array.Clear {clear:F1} ns, Fill {fill:F1} ns, loop {sw.Elapsed.TotalNanoseconds / 1_000_000:F1} ns");
        }
    }
}
