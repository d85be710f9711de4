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
/// Run: <c>dotnet run -c Release --project tests/Preventie.Analytics.Benchmarks -- --filter '*WijkBenchmarks*' --job short</c>
/// </summary>
public class WijkBenchmarks
{
    private CompiledScenario _city = null!;
    private SimulationBuffer _cityBuffer = null!;
    private IReadOnlyList<CompiledScenario> _wijken = null!;
    private SimulationBuffer[] _wijkBuffers = null!;
    private double[] _vector = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = ModelFiles.FindDataDirectory() ?? ModelFiles.FindDataDirectory(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("data/parameters niet gevonden");
        var model = ModelFiles.Load(Path.Combine(data, "parameters"));
        var scenario = ScenarioFile.Load(Path.Combine(data, "scenarios", "wijkpilot.yaml"), model);
        _city = ScenarioCompiler.Compile(model, scenario);
        _cityBuffer = _city.CreateBuffer();
        _wijken = WijkModel.Build(model, WijkFile.Read(Path.Combine(data, "wijken", "wijken.csv"))).Compile(scenario).PerWijk;
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
}
