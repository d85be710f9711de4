using Preventie.Analytics.Model;
using Preventie.Analytics.Scenarios;
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
        var model = ModelFiles.Load(Path.Combine(data, "parameters"));
        return new DefaultPilotPair(model,
            ScenarioCompiler.Compile(model, ScenarioFile.Load(Path.Combine(data, "scenarios", "verschuiven-naar-voorliggend.yaml"), model)),
            ScenarioCompiler.Compile(model, ScenarioFile.Load(Path.Combine(data, "scenarios", "basis.yaml"), model)));
    }
}
