using Preventie.Analytics.Model;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;

namespace Preventie.Analytics.Analysis;

/// <summary>A scenario file read and compiled once against the run's model.</summary>
/// <param name="File">The YAML file (full path).</param>
/// <param name="Scenario">The scenario as read (with what it inherits from its <c>basis:</c>).</param>
/// <param name="Compiled">The scenario compiled against the run's one model.</param>
public sealed record ScenarioInput(string File, Scenario Scenario, CompiledScenario Compiled)
{
    /// <summary>The name of its output folder: the file name without extension.</summary>
    public string Slug => Path.GetFileNameWithoutExtension(File);

    /// <summary>Reads and compiles <paramref name="file"/> against <paramref name="model"/>, after <paramref name="adjust"/> when given.</summary>
    /// <exception cref="Input.DataValidationException">Bad input (Dutch, naming file, row and field).</exception>
    public static ScenarioInput Load(string file, ModelDefinition model, Func<Scenario, Scenario>? adjust = null)
    {
        var read = ScenarioFile.Load(file, model);
        var scenario = adjust is null ? read : adjust(read);
        return new ScenarioInput(Path.GetFullPath(file), scenario, ScenarioCompiler.Compile(model, scenario));
    }
}
