using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Cli.Commands;

/// <summary>
/// A scenario and its comparator compiled against one model, as the uncertainty commands need them; paths resolve like
/// <c>simulate</c> does (relative to the repository root when not found here).
/// </summary>
internal sealed record ScenarioPair(string ModelDirectory, ModelDefinition Model, CompiledScenario Scenario, CompiledScenario Comparator)
{
    /// <param name="scenarioPath">The scenario file.</param>
    /// <param name="comparePath">The comparator file; required (Dutch error naming <paramref name="requestedBy"/> otherwise).</param>
    /// <param name="modelDirectory">The model directory, default data/parameters of the repository.</param>
    /// <param name="requestedBy">The option or command that needs a comparator, for the error message.</param>
    public static ScenarioPair Load(string scenarioPath, string? comparePath, string? modelDirectory, string requestedBy)
    {
        (modelDirectory, var root) = SimulateCommand.LocateModel(modelDirectory);
        if (comparePath is null)
            throw new DataValidationException(new DataError(requestedBy, null, null, null,
                "een onzekerheidsanalyse vergelijkt twee scenario's op dezelfde trekkingen: geef ook --compare op (bijv. data/scenarios/basis.yaml)"));
        var model = ModelFiles.Load(modelDirectory);
        var scenario = ScenarioCompiler.Compile(model, ScenarioFile.Load(SimulateCommand.Resolve(scenarioPath, root), model));
        var comparator = ScenarioCompiler.Compile(model, ScenarioFile.Load(SimulateCommand.Resolve(comparePath, root), model));
        return new ScenarioPair(modelDirectory, model, scenario, comparator);
    }

    /// <summary>The model's uncertain parameters, with errors located in its parameter file.</summary>
    public UncertainParameters Uncertain() =>
        UncertainParameters.FromParameterSet(Model.Parameters, Path.Combine(ModelDirectory, ModelFiles.ParametersFile));
}
