using BenchmarkDotNet.Attributes;
using Preventie.Analytics.Model;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Benchmarks;

/// <summary>
/// The model per wijk against the city model: one lean run of the wijkpilot over the ten illustrative wijken
/// (data/wijken/wijken.csv) versus one lean run of the city. Target (issue 14): the time per wijk-band cell within 2×
/// of the city's, i.e. <c>PerWijk</c> at most 2 × 10 × <c>City</c>.
/// <c>PerWijkMigrating</c>: the same ten wijken in lock-step with the illustrative migration matrix
/// (data/wijken/verhuizingen.csv), people moving between wijken after every cycle; same target.
/// Run: <c>dotnet run -c Release --project tests/Preventie.Analytics.Benchmarks -- --filter '*WijkBenchmarks*' --job short</c>
/// </summary>
public class WijkBenchmarks
{
    private CompiledScenario _city = null!;
    private SimulationBuffer _cityBuffer = null!;
    private IReadOnlyList<CompiledScenario> _wijken = null!;
    private SimulationBuffer[] _wijkBuffers = null!;
    private double[] _vector = null!;
    private WijkScenario _migrating = null!;
    private SimulationBuffer[] _migratingBuffers = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = ModelFiles.FindDataDirectory() ?? ModelFiles.FindDataDirectory(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("data/parameters niet gevonden");
        var model = ModelFiles.Load(Path.Combine(data, "parameters"));
        var scenario = ScenarioFile.Load(Path.Combine(data, "scenarios", "wijkpilot.yaml"), model);
        _city = CompiledScenario.Compile(model, scenario);
        _cityBuffer = _city.CreateBuffer();
        var set = WijkFile.Read(Path.Combine(data, "wijken", "wijken.csv"));
        _wijken = WijkModel.Build(model, set).Compile(scenario).PerWijk;
        _migrating = WijkModel.Build(model, set).WithMigration(WijkMigration.Read(Path.Combine(data, "wijken", WijkMigration.DefaultName), set, model.Bands)).Compile(scenario);
        _migratingBuffers = _migrating.PerWijk.Select(w => w.CreateBuffer()).ToArray();
        _wijkBuffers = _wijken.Select(w => w.CreateBuffer()).ToArray();
        _vector = model.Parameters.DefaultVector();
    }

    [Benchmark(Baseline = true)]
    public double City()
    {
        _city.Run(_vector, _cityBuffer);
        return _cityBuffer.PayerCosts[0];
    }

    [Benchmark]
    public double PerWijk()
    {
        var sum = 0.0;
        for (var i = 0; i < _wijken.Count; i++)
        {
            _wijken[i].Run(_vector, _wijkBuffers[i]);
            sum += _wijkBuffers[i].PayerCosts[0];
        }
        return sum;
    }

    [Benchmark]
    public double PerWijkMigrating()
    {
        _migrating.Run(_vector, _migratingBuffers);
        var sum = 0.0;
        foreach (var b in _migratingBuffers) sum += b.PayerCosts[0];
        return sum;
    }

    /// <summary>Stopwatch check on a loaded machine (min of repeated batches of 200 runs, interleaved):
    /// <c>dotnet run -c Release --project tests/Preventie.Analytics.Benchmarks -- wijken</c>.</summary>
    public static void Quick()
    {
        var b = new WijkBenchmarks();
        b.Setup();
        // the lock-step run with nobody moving: what running in lock-step costs without the moves themselves
        var data = ModelFiles.FindDataDirectory() ?? ModelFiles.FindDataDirectory(AppContext.BaseDirectory)!;
        var model = b._city.Model;
        var lockStep = WijkModel.Build(model, WijkFile.Read(Path.Combine(data, "wijken", "wijken.csv")))
            .WithMigration(WijkMigration.Of(new double[model.Bands.Count, b._wijken.Count, b._wijken.Count])).Compile(b._city.Scenario);
        var lockStepBuffers = lockStep.PerWijk.Select(w => w.CreateBuffer()).ToArray();
        double LockStep() { lockStep.Run(b._vector, lockStepBuffers); return lockStepBuffers[0].PayerCosts[0]; }
        var min = new double[4];
        Array.Fill(min, double.MaxValue);
        Func<double>[] runs = [b.City, b.PerWijk, b.PerWijkMigrating, LockStep];
        for (var round = 0; round < 30; round++)
            for (var k = 0; k < runs.Length; k++)
            {
                var (m, _) = QuickTimings.Time("", 1, () => { for (var i = 0; i < 200; i++) runs[k](); }, quiet: true);
                min[k] = Math.Min(min[k], m * 1000 / 200);
            }
        Console.WriteLine($"city {min[0]:F1} µs, 10 wijken {min[1]:F1} µs ({min[1] / min[0]:F2}× city), 10 wijken with migration {min[2]:F1} µs ({min[2] / min[0]:F2}× city, {min[2] / min[1]:F2}× without; in lock-step with nobody moving {min[3]:F1} µs)");
    }
}
