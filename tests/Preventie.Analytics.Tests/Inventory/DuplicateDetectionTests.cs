using System.Diagnostics;
using Preventie.Analytics.Benchmarks;
using Preventie.Analytics.Input;
using Preventie.Analytics.Inventory;

namespace Preventie.Analytics.Tests.Inventory;

/// <summary>Blocked duplicate detection gives exactly what comparing every earlier activity gives, at scale.</summary>
public class DuplicateDetectionTests
{
    private static PreventionInventory Load(string csv)
    {
        var path = Path.Combine(Path.GetTempPath(), "preventie-dup-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, csv);
        try { return InventoryLoader.Load(path); }
        finally { File.Delete(path); }
    }

    /// <summary>The plain rule, written independently: for each activity the first earlier one with the same name, else the first similar one.</summary>
    private static List<(int, int)> Naive(IReadOnlyList<PreventionActivity> acts)
    {
        var result = new List<(int, int)>();
        var names = acts.Select(a => TextSimilarity.ContentWords(a.Name)).ToList();
        var effects = acts.Select(a => TextSimilarity.ContentWords(a.IntendedEffect)).ToList();
        for (var j = 0; j < acts.Count; j++)
        {
            var same = Enumerable.Range(0, j).Where(i => ColumnName.Normalize(acts[i].Name) == ColumnName.Normalize(acts[j].Name)).Take(1).ToList();
            if (same.Count == 1) { result.Add((same[0], j)); continue; }
            for (var i = 0; i < j; i++)
            {
                static bool Sim(IReadOnlySet<string> x, IReadOnlySet<string> y) =>
                    x.Count >= 2 && y.Count >= 2 && x.Count(y.Contains) >= 0.6 * Math.Min(x.Count, y.Count) - 1e-9;
                if (Sim(names[i], names[j]) || Sim(effects[i], effects[j]))
                {
                    result.Add((i, j));
                    break;
                }
            }
        }
        return result;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Blocking_finds_exactly_the_first_match_of_the_plain_double_loop(int seed)
    {
        var acts = Load(SyntheticInventory.Csv(1200, seed)).Activities;
        var expected = Naive(acts);
        var actual = DuplicateDetection.FirstMatches(acts).Select(m => (m.Earlier, m.Later)).ToList();
        Assert.True(expected.Count > 50, $"too few duplicates to test: {expected.Count}");
        Assert.Equal(expected, actual);
    }

    /// <summary>CPU time of the calling thread (Linux: /proc/thread-self/stat), so a loaded CI machine does not fail the test; null elsewhere.</summary>
    private static TimeSpan? ThreadCpuTime()
    {
        const string stat = "/proc/thread-self/stat";
        if (!File.Exists(stat)) return null;
        var fields = File.ReadAllText(stat).Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // after the command name: state is field 3, utime field 14 and stime field 15 (clock ticks, 100 per second)
        return TimeSpan.FromSeconds((long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0);
    }

    [Fact]
    public void Thirty_thousand_activities_load_and_are_checked_for_duplicates_well_below_quadratic_cost()
    {
        var path = Path.Combine(Path.GetTempPath(), "preventie-30k-" + Guid.NewGuid().ToString("N") + ".csv");
        var rows = int.TryParse(Environment.GetEnvironmentVariable("PREVENTIE_SCALE_ROWS"), out var n) ? n : 30_000;
        File.WriteAllText(path, SyntheticInventory.Csv(rows));
        try
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpu = ThreadCpuTime();
            var watch = Stopwatch.StartNew();
            var inventory = InventoryLoader.Load(path);
            var loaded = ThreadCpuTime() - cpu;
            var duplicates = DataQualityReport.LikelyDuplicates(inventory.Activities).Count();
            watch.Stop();
            var used = ThreadCpuTime() - cpu ?? watch.Elapsed;
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(rows, inventory.Activities.Count);
            Assert.InRange(duplicates, rows / 30, rows - 1);
            // the all-pairs version needed 18 s for 6,000 rows; CPU time of this thread, because the CI machine is shared.
            // (issue 11's target of 100,000 rows in 10 s is not reached yet: see the README for the measured figure)
            Assert.True(used < TimeSpan.FromSeconds(10), $"{rows} activiteiten: {used.TotalSeconds:0.0} s rekentijd ({watch.Elapsed.TotalSeconds:0.0} s op de klok; inlezen {loaded?.TotalSeconds:0.0} s)");
            Assert.True(allocated < 1L << 30, $"{allocated / (1 << 20)} MB gealloceerd");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
