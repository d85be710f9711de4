using Preventie.Analytics.Inventory;
using Preventie.Analytics.Optimisation;
using Preventie.Analytics.Plausibility;
using Preventie.Analytics.Portfolio;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Analysis;

/// <summary>
/// Turns <see cref="AnalysisInputs"/> and <see cref="AnalysisOptions"/> into the immutable results every output reads:
/// <see cref="Run(AnalysisInputs, ScenarioInput, AnalysisOptions, AnalysisProgress?)"/> for one scenario against the
/// basis, <see cref="RunBatch"/> for the yearly rerun of all of them. The deterministic comparison, the PSA, the one-way
/// analysis, the per-wijk results, the warnings and the input hashes are computed here and nowhere else.
/// </summary>
public static class AnalysisRunner
{
    /// <summary>One scenario against the basis of <paramref name="inputs"/>.</summary>
    /// <exception cref="Input.DataValidationException">Invalid draws or seed (Dutch).</exception>
    public static ScenarioAnalysis Run(AnalysisInputs inputs, ScenarioInput scenario, AnalysisOptions options, AnalysisProgress? progress = null)
    {
        var settings = UncertaintyRun.SettingsFor(options.PsaDraws, options.Seed);
        var pair = ScenarioPair.From(scenario.Compiled, inputs.Basis.Compiled);
        var wijkPair = inputs.Wijken is { } w ? (Scenario: w.Compile(scenario.Scenario), Basis: w.Compile(inputs.Basis.Scenario)) : default;
        var perWijk = wijkPair.Scenario is null ? null : WijkComparison.Create(wijkPair.Scenario, wijkPair.Basis!, settings?.Draws, options.SamplerSeed);
        var comparison = perWijk?.CityComparison ?? pair.Compare();
        // one model per question: with a wijk file the PSA and the one-way analysis run on the wijken too (the city = their sum)
        var uncertainty = settings is null ? null
            : wijkPair.Scenario is null ? UncertaintyRun.Run(pair, settings, progress?.PsaDraws)
            : UncertaintyRun.Run(wijkPair.Scenario, wijkPair.Basis!, settings, progress?.PsaDraws);
        var metadata = RunMetadata.ForInputs(inputs.FilesOf(scenario).Select(inputs.HashOf), settings is null ? options.Seed : (int)settings.Seed, options.CreatedAt ?? DateTimeOffset.Now)
            .WithModel(inputs.Model.Version);
        IReadOnlyList<Input.DataError> warnings = [.. inputs.Model.Version?.Calibration?.ProblemWarnings(Path.Combine(inputs.Model.SourceDirectory ?? "", Model.ModelManifest.FileName)) ?? [], .. pair.Warnings, .. perWijk?.Warnings ?? [], .. inputs.Inventory?.Warnings ?? []];
        return new ScenarioAnalysis(scenario, pair, comparison, uncertainty, perWijk, warnings, metadata)
        {
            Inventory = inputs.Inventory,
            Descriptions = inputs.Descriptions,
        };
    }

    /// <summary>Loads <paramref name="scenarioFile"/> and <paramref name="comparatorFile"/> on the model in
    /// <paramref name="modelDirectory"/> (<see cref="InputPaths.ForPair"/>) and analyses them: a convenience for notebooks.</summary>
    /// <exception cref="Input.DataValidationException">Bad input (Dutch).</exception>
    public static ScenarioAnalysis Run(string modelDirectory, string scenarioFile, string comparatorFile, AnalysisOptions options, AnalysisProgress? progress = null)
    {
        var inputs = AnalysisInputs.Load(InputPaths.ForPair(modelDirectory, scenarioFile, comparatorFile));
        return Run(inputs, inputs.Scenarios[0], options, progress);
    }

    /// <summary>The yearly rerun: "waar investeren" (when there are draws and evidence), then every scenario against the
    /// basis; progress per step.</summary>
    public static BatchAnalysis RunBatch(AnalysisInputs inputs, AnalysisOptions options, AnalysisProgress? progress = null)
    {
        progress ??= AnalysisProgress.Silent;
        var summary = inputs.Inventory is { } inventory ? InventorySummary.Create(inventory, inputs.Published, inputs.Mapping) : null;
        InvestmentAdvice? investment = null;
        if (options.Investment && options.HasPsa && inputs.Evidence is { } evidence)
        {
            progress.Step?.Invoke("Waar investeren: beste portefeuille, grens en EVPPI");
            var set = CandidateSet.Create(inputs.Model, inputs.Paths.ScenarioDirectory, inputs.Paths.BasisFile, inputs.Inventory, evidence);
            investment = InvestmentAdvice.Run(set, new OptimisationOptions { Draws = Math.Max(10, options.PsaDraws!.Value), Seed = options.SamplerSeed },
                inputs.Calibration, progress.Detail);
            progress.StepDone?.Invoke();
        }
        var scenarios = new List<ScenarioAnalysis>();
        foreach (var scenario in inputs.Scenarios)
        {
            progress.Step?.Invoke($"Scenario {scenario.Slug}");
            scenarios.Add(Run(inputs, scenario, options, progress) with { Investment = investment });
            progress.StepDone?.Invoke();
        }
        var metadata = RunMetadata.ForInputs(inputs.AllFiles().Select(inputs.HashOf), options.Seed, options.CreatedAt ?? DateTimeOffset.Now).WithModel(inputs.Model.Version);
        return new BatchAnalysis(inputs, options, scenarios, summary, investment, metadata);
    }
}
