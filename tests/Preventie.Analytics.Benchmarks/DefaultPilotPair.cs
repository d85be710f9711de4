using Preventie.Analytics.Model;
using Preventie.Analytics.Simulation;

namespace Preventie.Analytics.Benchmarks;

/// <summary>
/// The benchmarked workload: the default model (data/parameters) with the pilot "verschuiven naar voorliggend"
/// compiled against its comparator "basis" on the same model, so both share one parameter vector.
/// </summary>
internal sealed record DefaultPilotPair(ModelDefinition Model, CompiledScenario Scenario, CompiledScenario Comparator)
{
    public static DefaultPilotPair Load()
    {
        var data = ModelFiles.FindDataDirectory() ?? ModelFiles.FindDataDirectory(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("data/parameters niet gevonden");
        var pair = ScenarioPair.Load(Path.Combine(data, "parameters"), Path.Combine(data, "scenarios", "verschuiven-naar-voorliggend.yaml"),
            Path.Combine(data, "scenarios", "basis.yaml"));
        return new DefaultPilotPair(pair.Model, pair.Scenario, pair.Comparator!);
    }
}
