using Preventie.Analytics.Interventions;
using System.Diagnostics;
using FsCheck.Xunit;
using Preventie.Analytics.Benchmarks;
using Preventie.Analytics.Input;
using Preventie.Analytics.Inventory;
using Xunit;
using Xunit.Abstractions;

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

    private static PreventionActivity Activity(int row, string name, string effect) => new(
        row, row, name, effect, new HashSet<OldGoal>(), "", PreventionForm.Onbekend, "", "", null, Financing.Onbekend, [], null, null, null);

    /// <summary>Words chosen so that random texts often share several of them: accents, case, stop words, digits and punctuation included.</summary>
    private static readonly string[] Vocabulary =
    [
        "wijk", "Wijk", "buurt", "zorg", "ZORG", "geïndiceerd", "geindiceerd", "café", "cafe", "jeugd", "sport", "taal",
        "de", "en", "met", "voor", "mensen", "ab", "12", "123", "x-y", "koffie", "eten", "thuis", "o'clock", "naïef",
    ];

    [Property(MaxTest = 200)]
    public void Blocking_equals_the_plain_double_loop_on_random_small_inventories(int seed)
    {
        var random = new Random(seed);
        string Text() => string.Join(random.Next(3) == 0 ? ", " : " ",
            Enumerable.Range(0, random.Next(0, 8)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));
        var acts = Enumerable.Range(0, random.Next(1, 60)).Select(r => Activity(r + 2, Text(), Text())).ToList();
        var expected = Naive(acts);
        Assert.Equal(expected, DuplicateDetection.FirstMatches(acts).Select(m => (m.Earlier, m.Later)).ToList());
        Assert.Equal(expected, DuplicateDetection.FirstMatches(acts, maxThreads: 1).Select(m => (m.Earlier, m.Later)).ToList());
    }

    /// <summary>The content words as the first, plain version defined them (built up char by char, each word through <see cref="ColumnName.Normalize"/>).</summary>
    private static HashSet<string> PlainContentWords(string text)
    {
        var stop = new HashSet<string>(["aan", "als", "bij", "dat", "de", "den", "der", "die", "dit", "door", "een", "elkaar", "en", "het", "hun", "ism",
            "met", "naar", "niet", "nog", "of", "om", "onder", "ook", "op", "over", "te", "ten", "ter", "tot", "uit", "van",
            "voor", "wat", "wel", "wie", "zich", "zijn", "doel", "mensen", "inwoners", "andere", "vanuit", "waar",
            "waarbij", "worden", "wordt", "hebben", "heeft"]);
        var words = new HashSet<string>();
        var current = "";
        foreach (var ch in text + " ")
        {
            if (char.IsLetterOrDigit(ch) || ch is '\u0308' or '\u0301' or '\u0300') { current += ch; continue; }
            var w = ColumnName.Normalize(current);
            current = "";
            if (w.Length >= 3 && !stop.Contains(w)) words.Add(w);
        }
        return words;
    }

    [Property(MaxTest = 500)]
    public void Content_words_are_those_of_the_plain_definition(int seed)
    {
        var random = new Random(seed);
        var pieces = Vocabulary.Concat(["Ë", "e\u0308n", "É", "ß", "ĳs", "Ωmega", "\u00A0", "\t", ".", "-", "😀", new string('a', 200)]).ToArray();
        var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(2) == 0 ? " " : "")));
        Assert.Equal(PlainContentWords(text).Order(), TextSimilarity.ContentWords(text).Order());
    }

    [Fact]
    public void An_empty_or_one_row_inventory_has_no_duplicates()
    {
        Assert.Empty(DuplicateDetection.FirstMatches([]));
        Assert.Empty(DuplicateDetection.FirstMatches([Activity(2, "wijk zorg", "wijk zorg")]));
    }

    [Fact]
    public void The_result_is_the_same_whatever_the_number_of_threads()
    {
        var acts = Load(SyntheticInventory.Csv(5000, 7)).Activities;
        var one = DuplicateDetection.FirstMatches(acts, maxThreads: 1);
        Assert.True(one.Count > 100, $"too few duplicates to test: {one.Count}");
        foreach (var threads in new[] { 2, 3, 8, 0 })
            Assert.Equal(one, DuplicateDetection.FirstMatches(acts, threads));
    }
}

/// <summary>The scale test runs alone (no other test in parallel), so the process's CPU time and memory are its own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public class ScaleCollection
{
    public const string Name = "Schaal";
}

/// <summary>
/// Loading a large synthetic inventory and finding its likely duplicates, measured honestly: CPU time of the whole
/// process (every thread of the parallel search, the GC and the JIT included), wall-clock time, bytes allocated by all
/// threads (an upper bound on the managed memory the work needs) and the peak working set sampled during the run.
/// CI uses 30,000 rows; <c>PREVENTIE_SCALE_ROWS=100000</c> gives the README's figure (printed with
/// <c>--logger "console;verbosity=detailed"</c>).
/// </summary>
[Collection(ScaleCollection.Name)]
public class DuplicateDetectionScaleTests(ITestOutputHelper output)
{
    [Fact]
    public void Thirty_thousand_activities_load_and_are_checked_for_duplicates_well_below_quadratic_cost()
    {
        var path = Path.Combine(Path.GetTempPath(), "preventie-30k-" + Guid.NewGuid().ToString("N") + ".csv");
        var rows = int.TryParse(Environment.GetEnvironmentVariable("PREVENTIE_SCALE_ROWS"), out var n) ? n : 30_000;
        File.WriteAllText(path, SyntheticInventory.Csv(rows));
        try
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            using var process = Process.GetCurrentProcess();
            var baseline = process.WorkingSet64;
            long peak = baseline;
            using var done = new ManualResetEventSlim();
            var sampler = new Thread(() =>
            {
                using var self = Process.GetCurrentProcess();
                do
                {
                    self.Refresh();
                    peak = Math.Max(peak, self.WorkingSet64);
                } while (!done.Wait(5));
            }) { IsBackground = true };
            sampler.Start();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var inventory = InventoryLoader.Load(path);
            var loaded = watch.Elapsed;
            var duplicates = DataQualityReport.LikelyDuplicates(inventory.Activities).Count();
            watch.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            done.Set();
            sampler.Join();
            var figures = $"{rows} activiteiten, {duplicates} mogelijk dubbel: {cpu.TotalSeconds:0.0} s rekentijd (alle threads), "
                + $"{watch.Elapsed.TotalSeconds:0.0} s op de klok (inlezen {loaded.TotalSeconds:0.0} s), {allocated / (1 << 20)} MB gealloceerd, "
                + $"werkgeheugen piek {peak / (1 << 20)} MB (was {baseline / (1 << 20)} MB), {Environment.ProcessorCount} processoren";
            output.WriteLine(figures);
            Assert.Equal(rows, inventory.Activities.Count);
            Assert.InRange(duplicates, rows / 30, rows - 1);
            // the all-pairs version needed 18 s for 6,000 rows; CPU time of all threads, not wall clock, because the CI machine is shared
            Assert.True(cpu < TimeSpan.FromSeconds(10), figures);
            Assert.True(allocated < 1L << 30, figures);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
