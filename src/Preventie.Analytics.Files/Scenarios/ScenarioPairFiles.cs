using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Scenarios;

namespace Preventie.Analytics.Simulation;

/// <summary>Reads <see cref="ScenarioPair"/> from its file (<c>ScenarioPair.Load</c>): the core type holds the data, this layer the file access.</summary>
public static class ScenarioPairFiles
{
    extension(ScenarioPair)
    {
        /// <summary>
        /// Loads the model in <paramref name="modelDirectory"/>, the scenario and (optionally) the comparator, and compiles
        /// both. <paramref name="adjust"/> may change each scenario before compiling (e.g. a notebook's end year).
        /// </summary>
        /// <exception cref="DataValidationException">Bad input, in Dutch, naming file, row and field.</exception>
        public static ScenarioPair Load(string modelDirectory, string scenarioFile, string? comparatorFile, Func<Scenario, Scenario>? adjust = null) =>
            ScenarioPair.Load(ModelFiles.Load(modelDirectory), scenarioFile, comparatorFile, adjust);

        /// <summary>As <see cref="Load(string, string, string?, Func{Scenario, Scenario}?)"/> on a model already loaded (e.g. recalibrated).</summary>
        public static ScenarioPair Load(ModelDefinition model, string scenarioFile, string? comparatorFile, Func<Scenario, Scenario>? adjust = null)
        {
            var scenario = ScenarioPair.Compile(model, scenarioFile, adjust);
            var comparator = comparatorFile is null ? null : ScenarioPair.Compile(model, comparatorFile, adjust);
            return ScenarioPair.From(scenario, comparator);
        }

        /// <summary>Reads one scenario file against <paramref name="model"/> and compiles it.</summary>
        public static CompiledScenario Compile(ModelDefinition model, string scenarioFile, Func<Scenario, Scenario>? adjust = null)
        {
            var scenario = ScenarioFile.Load(scenarioFile, model);
            return CompiledScenario.Compile(model, adjust is null ? scenario : adjust(scenario));
        }
    }
}
