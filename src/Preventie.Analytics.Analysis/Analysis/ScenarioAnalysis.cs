using Preventie.Analytics.Input;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Model;
using Preventie.Analytics.Optimisation;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Uncertainty;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Analysis;

/// <summary>
/// The one result of a scenario against its comparator, computed once by <see cref="AnalysisRunner"/> and read by
/// every output: the council report and its chapters, the overview, the CSV/JSON/xlsx exports, the CLI's tables and the
/// notebooks. Renderers compute nothing; they format what is here.
/// </summary>
/// <param name="Input">The scenario as read and compiled.</param>
/// <param name="Pair">The scenario and its comparator on one model.</param>
/// <param name="Comparison">THE city figures: with a wijk file the sum over the wijken (<see cref="WijkComparison.CityComparison"/>),
/// otherwise the city model's comparison.</param>
/// <param name="Uncertainty">The PSA and one-way analyses, or null when no draws were asked for.</param>
/// <param name="Wijken">The same comparison per wijk, or null without a wijk file.</param>
/// <param name="Warnings">Legal but unusual input (plausibility of both scenarios, splitting over the wijken), in Dutch.</param>
/// <param name="Metadata">Version, seed, date, model version and the SHA-256 of every input file.</param>
public sealed record ScenarioAnalysis(
    ScenarioInput Input,
    ScenarioPair Pair,
    ScenarioComparison Comparison,
    UncertaintyRun? Uncertainty,
    WijkComparison? Wijken,
    IReadOnlyList<DataError> Warnings,
    RunMetadata Metadata)
{
    /// <summary>The name of its output folder (the scenario file's name without extension).</summary>
    public string Slug => Input.Slug;

    /// <summary>The PSA, or null.</summary>
    public PsaResult? Psa => Uncertainty?.Psa;

    /// <summary>The one-way sensitivity analysis, or null.</summary>
    public OneWayResult? OneWay => Uncertainty?.OneWay;

    /// <summary>The model the figures were computed on.</summary>
    public ModelDefinition Model => Pair.Model;

    /// <summary>The inventory shown beside the scenario (coverage chart), or null.</summary>
    public PreventionInventory? Inventory { get; init; }

    /// <summary>"Waar investeren" for the whole run (the same advice in every scenario's report), or null.</summary>
    public InvestmentAdvice? Investment { get; init; }

    /// <summary>Plain-Dutch names of the model's parameters.</summary>
    public ParameterDescriptions Descriptions { get; init; } = ParameterDescriptions.None;
}
