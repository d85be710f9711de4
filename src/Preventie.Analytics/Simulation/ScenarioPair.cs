using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Scenarios;

namespace Preventie.Analytics.Simulation;

/// <summary>
/// A scenario and (optionally) its comparator compiled against one model, so they share one parameter vector: what the
/// engine runs (deterministic comparison, PSA, one-way analysis). Runs of the tool build it from the analysis layer's
/// inputs (<c>AnalysisInputs</c> reads every file once; <c>AnalysisRunner</c> pairs each scenario with the basis); the
/// files layer's <c>ScenarioPair.Load</c> (a static extension in <c>ScenarioPairFiles</c>) loads a pair on its own, for
/// notebooks and single-scenario commands.
/// <code>
/// var pair = ScenarioPair.Load("data/parameters", "data/scenarios/wijkpilot.yaml", "data/scenarios/basis.yaml");
/// var comparison = pair.Compare();                       // deterministic, ScenarioComparison
/// var psa = ProbabilisticAnalysis.Run(pair, UncertainParameters.For(pair.Model), new PsaOptions());  // Uncertainty
/// </code>
/// </summary>
public sealed class ScenarioPair
{
    private ScenarioPair(ModelDefinition model, CompiledScenario scenario, CompiledScenario? comparator)
    {
        Model = model;
        Scenario = scenario;
        Comparator = comparator;
    }

    /// <summary>The model both scenarios are compiled against.</summary>
    public ModelDefinition Model { get; }

    /// <summary>The scenario.</summary>
    public CompiledScenario Scenario { get; }

    /// <summary>The comparator, or null when none was given.</summary>
    public CompiledScenario? Comparator { get; }

    /// <summary>A pair of scenarios already compiled against the same model; checks that they can be compared.</summary>
    public static ScenarioPair From(CompiledScenario scenario, CompiledScenario? comparator)
    {
        if (comparator is not null) CheckComparable(scenario, comparator);
        return new ScenarioPair(scenario.Model, scenario, comparator);
    }

    /// <summary>The comparator, or a Dutch error naming <paramref name="requestedBy"/> when there is none.</summary>
    public CompiledScenario RequireComparator(string requestedBy) => Comparator ?? throw new DataValidationException(new DataError(requestedBy, null, null, null,
        "deze analyse vergelijkt twee scenario's: geef ook een vergelijkingsscenario op (--compare, bijv. data/scenarios/basis.yaml)"));

    /// <summary>Deterministic run of both at the point values, and their comparison when there is a comparator.</summary>
    public (SimulationResult Scenario, SimulationResult? Comparator, ScenarioComparison? Comparison) Run()
    {
        var scenario = Scenario.RunWithTrace();
        var comparator = Comparator?.RunWithTrace();
        return (scenario, comparator, comparator is null ? null : ScenarioComparison.Create(scenario, comparator));
    }

    /// <summary>The deterministic comparison; requires a comparator.</summary>
    public ScenarioComparison Compare()
    {
        RequireComparator("vergelijking");
        return Run().Comparison!;
    }

    /// <summary>
    /// Throws when two compiled scenarios cannot be compared: other states, other years or another counting method
    /// (Dutch error naming the comparator's file); with <paramref name="sameModel"/> (runs on one parameter vector, as
    /// in the PSA) also another model.
    /// </summary>
    internal static void CheckComparable(CompiledScenario scenario, CompiledScenario comparator, bool sameModel = true)
    {
        if (sameModel && !ReferenceEquals(scenario.Model, comparator.Model))
            throw new ArgumentException("Scenario and comparator must be compiled against the same model (one shared parameter vector).");
        if (scenario.Model.States.Count != comparator.Model.States.Count)
            throw new ArgumentException("Scenario and comparator must have the same states.");
        if (!scenario.Model.Payers.All.SequenceEqual(comparator.Model.Payers.All))
            throw new ArgumentException("Scenario and comparator must have the same payers.");
        if (scenario.CountingMethod != comparator.CountingMethod)
            throw new DataValidationException(new DataError(comparator.Scenario.File ?? comparator.Scenario.Name, null, "telmethode",
                comparator.CountingMethod.DutchName(), $"de vergelijking moet dezelfde telmethode hebben als het scenario ({scenario.CountingMethod.DutchName()})"));
        if (scenario.StartYear != comparator.StartYear || scenario.Cycles != comparator.Cycles)
            throw new DataValidationException(new DataError(comparator.Scenario.File ?? comparator.Scenario.Name, null, "startjaar/eindjaar",
                $"{comparator.StartYear}-{comparator.StartYear + comparator.Cycles - 1}",
                $"de vergelijking moet dezelfde jaren hebben als het scenario ({scenario.StartYear}-{scenario.StartYear + scenario.Cycles - 1})"));
    }
}
