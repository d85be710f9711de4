using Preventie.Analytics.Inventory;
using Preventie.Analytics.Optimisation;

namespace Preventie.Analytics.Analysis;

/// <summary>The yearly rerun as one result: every scenario against the basis, the inventory, and "waar investeren".</summary>
/// <param name="Inputs">The inputs, read once.</param>
/// <param name="Options">What was computed (draws, seed, date).</param>
/// <param name="Scenarios">One analysis per scenario, in name order.</param>
/// <param name="InventorySummary">The inventory's pivot and findings, or null without an inventory.</param>
/// <param name="Investment">"Waar investeren" (portfolio, frontier, EVPPI), or null.</param>
/// <param name="Metadata">The run's metadata over every input file.</param>
public sealed record BatchAnalysis(
    AnalysisInputs Inputs,
    AnalysisOptions Options,
    IReadOnlyList<ScenarioAnalysis> Scenarios,
    InventorySummary? InventorySummary,
    InvestmentAdvice? Investment,
    RunMetadata Metadata)
{
    /// <summary>The legal but unusual input of the whole run, each warning once (a warning on a shared input, such as a
    /// failed calibration or the inventory, is held by every scenario's analysis): what the console, the overview and the
    /// raadsversie of the set count and list.</summary>
    public IReadOnlyList<Input.DataError> Warnings { get; } = Scenarios.SelectMany(a => a.Warnings).DistinctBy(w => w.ToString()).ToList();
}
