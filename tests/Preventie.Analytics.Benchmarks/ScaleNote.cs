using System.Diagnostics;
using Preventie.Analytics.Model;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Benchmarks;

/// <summary>
/// The README's scale note, measured on synthetic models (<see cref="SyntheticModels"/>):
/// <c>dotnet run -c Release --project tests/Preventie.Analytics.Benchmarks -- scale [municipalities] [draws]</c>.
/// (1) the cost of one PSA draw (scenario + comparator + summaries, all threads) as a function of states, populated
/// bands, years and wijken (a wijk is one more compiled pair, so W wijken are W runs); (2) every one of
/// <c>municipalities</c> (default 342) synthetic municipalities, each loaded, compiled and run with <c>draws</c>
/// (default 10,000) PSA draws against its comparator, one after the other: the total wall-clock time.
/// </summary>
internal static class ScaleNote
{
    public static void Run(string[] args)
    {
        var municipalities = args.Length > 1 ? int.Parse(args[1]) : 342;
        var draws = args.Length > 2 ? int.Parse(args[2]) : 10_000;
        Console.WriteLine($"processors: {Environment.ProcessorCount}");
        Console.WriteLine("| states | populated bands | years | wijken | µs per draw (pair + summaries) |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (states, allBands, years, wijken) in new[]
        {
            (3, false, 20, 1), (3, true, 20, 1), (6, true, 20, 1), (12, true, 20, 1),
            (6, true, 10, 1), (6, true, 40, 1), (6, true, 20, 10),
        })
        {
            var pairs = Enumerable.Range(0, wijken).Select(_ => SyntheticModels.Chain(states, allBands, years, 1.0 / wijken)).ToArray();
            var n = 4_000;
            void RunAll()
            {
                foreach (var (scenario, comparator, uncertain) in pairs)
                    ProbabilisticAnalysis.Run(scenario, comparator, uncertain, new PsaOptions { Draws = n, Seed = 1 });
            }
            var (min, _) = QuickTimings.Time($"  ({states} states, {(allBands ? 8 : 1)} bands, {years} years, {wijken} wijken)", 5, RunAll);
            Console.WriteLine($"| {states} | {(allBands ? 8 : 1)} | {years} | {wijken} | {min * 1000 / n:F1} |");
        }

        var data = ModelFiles.FindDataDirectory() ?? throw new InvalidOperationException("data/parameters niet gevonden");
        var deventer = ModelFiles.Load(Path.Combine(data, "parameters"));
        var scenarioFile = Path.Combine(data, "scenarios", "verschuiven-naar-voorliggend.yaml");
        var comparatorFile = Path.Combine(data, "scenarios", "basis.yaml");
        // warm-up (JIT) on one municipality, then the whole set
        ProbabilisticAnalysis.Run(ScenarioPair.Load(deventer, scenarioFile, comparatorFile), UncertainParameters.For(deventer), new PsaOptions { Draws = 1000, Seed = 1 });
        var total = Stopwatch.StartNew();
        var checksum = 0.0;
        for (var m = 0; m < municipalities; m++)
        {
            var model = SyntheticModels.Municipality(deventer, m, municipalities);
            var pair = ScenarioPair.Load(model, scenarioFile, comparatorFile);
            var result = ProbabilisticAnalysis.Run(pair, UncertainParameters.For(model), new PsaOptions { Draws = draws, Seed = (ulong)m + 1 });
            checksum += result.Groups[^1].NetBenefit.Mean;
        }
        Console.WriteLine($"{municipalities} synthetic municipalities × {draws:N0} draws (load, compile, PSA with comparator and summaries): " +
            $"{total.Elapsed.TotalSeconds:F1} s wall-clock, {total.Elapsed.TotalMilliseconds / municipalities:F0} ms per municipality (checksum {checksum:E3})");
    }
}
