using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;

namespace Preventie.Analytics.Analysis;

/// <summary>A scenario file read and compiled once against the run's model (by <see cref="AnalysisInputs"/>).</summary>
/// <param name="File">The YAML file (full path).</param>
/// <param name="Scenario">The scenario as read (with what it inherits from its <c>basis:</c>).</param>
/// <param name="Compiled">The scenario compiled against the run's one model.</param>
public sealed record ScenarioInput(string File, Scenario Scenario, CompiledScenario Compiled)
{
    /// <summary>The name of its output folder: the file name without extension.</summary>
    public string Slug => Path.GetFileNameWithoutExtension(File);
}
