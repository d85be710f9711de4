using Preventie.Analytics.Analysis;
using Preventie.Analytics.Wijken;
using Preventie.Analytics.Formatting;
using System.Globalization;
using Preventie.Analytics.Calibration;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;

namespace Preventie.Analytics.Monitor;

/// <summary>What <see cref="MonitorUpdate.Run"/> needs; paths default to the repository layout.</summary>
public sealed record MonitorUpdateRequest
{
    /// <summary>The new monitor file (.csv or .xlsx).</summary>
    public required string MonitorFile { get; init; }
    /// <summary>Model directory (default <c>data/parameters</c>).</summary>
    public string ModelDirectory { get; init; } = Path.Combine("data", "parameters");
    /// <summary>Directory whose <c>*.yaml</c> scenarios are all rerun (default <c>data/scenarios</c>).</summary>
    public string ScenarioDirectory { get; init; } = Path.Combine("data", "scenarios");
    /// <summary>File name of the baseline in <see cref="ScenarioDirectory"/>.</summary>
    public string BaselineFile { get; init; } = "basis.yaml";
    /// <summary>The indicator catalog (default <c>data/monitor/indicatoren.csv</c>).</summary>
    public string IndicatorFile { get; init; } = IndicatorCatalog.DefaultPath;
    /// <summary>The calibration specification: which parameters may change, within which bounds (default <c>data/monitor/kalibratie.csv</c>).</summary>
    public string CalibrationFile { get; init; } = CalibrationSpec.DefaultPath;
    /// <summary>A previous run directory to compare with, or null.</summary>
    public string? PreviousRun { get; init; }
    /// <summary>The calibration's seed (its extra starting points): same seed, same calibrated model.</summary>
    public int Seed { get; init; } = 2024;
    /// <summary>Counts of people from 1 below this are suppressed in every output of the run (at least 1).</summary>
    public int SuppressionThreshold { get; init; } = SmallCountSuppression.DefaultThreshold;
    /// <summary>The CBS code of the municipality whose rows of the monitor file are used (default Deventer).</summary>
    public string Region { get; init; } = RegionCode.Deventer;
    /// <summary>The wijk file for the monitor's wijk (<c>WK</c>) and buurt (<c>BU</c>) rows; null = <c>wijken/wijken.csv</c>
    /// in the data folder of <see cref="ModelDirectory"/> (needed only when the monitor has such rows).</summary>
    public string? WijkFile { get; init; }
    /// <summary>The run's time stamp (default now); the calibrated parameters' source carries its date.</summary>
    public DateTime? Now { get; init; }
}

/// <summary>One scenario rerun on the recalibrated model, with its comparison against the baseline.</summary>
public sealed record ScenarioRun(string File, Scenario Scenario, SimulationResult Result, ScenarioComparison? VersusBaseline);

/// <summary>Everything a monitor run produced (see <see cref="MonitorUpdate.Run"/>); the reporting layer writes it (<c>MonitorRunOutput</c>).</summary>
public sealed class MonitorRun
{
    internal MonitorRun(MonitorUpdateRequest request, MonitorData data, CalibrationResult calibration, ModelDefinition model,
        IReadOnlyList<ParameterUpdate> populationUpdates, IReadOnlyList<ScenarioRun> scenarios, IReadOnlyList<ResultLine> results,
        RunManifest manifest, RunComparison? comparison, CalibratedModelFolder modelFolder, WijkFigures? wijken = null)
    {
        Wijken = wijken;
        ModelFolder = modelFolder;
        Request = request; Data = data; Calibration = calibration; Model = model; PopulationUpdates = populationUpdates;
        Scenarios = scenarios; Results = results; Manifest = manifest; Comparison = comparison;
        Suppression = new SmallCountSuppression(request.SuppressionThreshold);
    }

    /// <summary>What the run was asked to do.</summary>
    public MonitorUpdateRequest Request { get; }
    /// <summary>The validated monitor data.</summary>
    public MonitorData Data { get; }
    /// <summary>The recalibration of the baseline's rates on the monitor data.</summary>
    public CalibrationResult Calibration { get; }
    /// <summary>The model used for the rerun: calibrated rates and the monitor's start population.</summary>
    public ModelDefinition Model { get; }
    /// <summary>
    /// <see cref="Model"/> as a model folder with its manifest (the calibrated model version), written into the run
    /// directory's <c>model/</c>; <c>batch</c> and <c>report</c> run on it with <c>--parameters &lt;run&gt;/model</c>.
    /// </summary>
    public CalibratedModelFolder ModelFolder { get; }
    /// <summary>The start-population values taken from the monitor for the scenarios' first year.</summary>
    public IReadOnlyList<ParameterUpdate> PopulationUpdates { get; }
    /// <summary>Every scenario of the scenario directory rerun on <see cref="Model"/>.</summary>
    public IReadOnlyList<ScenarioRun> Scenarios { get; }
    /// <summary>The headline result lines per scenario, subject and measure, as stored in <c>resultaten.json</c>.</summary>
    public IReadOnlyList<ResultLine> Results { get; }
    /// <summary>The run's manifest: inputs with SHA-256, seed, threshold and every parameter value used.</summary>
    public RunManifest Manifest { get; }
    /// <summary>The comparison with the previous run; null without <see cref="MonitorUpdateRequest.PreviousRun"/>.</summary>
    public RunComparison? Comparison { get; }
    /// <summary>The small-count rule of the run (<see cref="MonitorUpdateRequest.SuppressionThreshold"/>).</summary>
    public SmallCountSuppression Suppression { get; }
    /// <summary>The monitor's wijk and buurt rows per wijk; null when the monitor file has none.</summary>
    public WijkFigures? Wijken { get; }
}

/// <summary>
/// The yearly update: validate the monitor file, recalibrate the baseline's rates on it, take the start population of
/// the scenarios' first year from it, rerun every scenario against the baseline, and compare with the previous run.
/// Nothing is written here; the reporting layer writes the run folder (<c>MonitorRunOutput.Write</c>).
/// </summary>
public static class MonitorUpdate
{
    /// <summary>Runs the yearly update and returns its result without writing anything; bad input throws a <see cref="DataValidationException"/> in Dutch, naming file, row and field.</summary>
    public static MonitorRun Run(MonitorUpdateRequest request)
    {
        // 0. option values, before any work
        if (request.SuppressionThreshold < 1)
            throw new DataValidationException(new DataError("opdrachtregel", null, "--threshold", request.SuppressionThreshold.ToString(CultureInfo.InvariantCulture),
                "de drempel voor kleine aantallen moet een geheel getal van minstens 1 zijn (standaard " + SmallCountSuppression.DefaultThreshold + ")"));

        // 1. all inputs, validated
        var model = ModelFiles.Load(request.ModelDirectory);
        var catalog = IndicatorCatalog.Load(request.IndicatorFile, model.Bands);
        var data = MonitorFile.Load(request.MonitorFile, catalog, request.Region);
        var spec = CalibrationSpec.Load(request.CalibrationFile, model);
        if (!Directory.Exists(request.ScenarioDirectory))
            throw new DataValidationException(new DataError(request.ScenarioDirectory, null, null, null, $"scenariomap niet gevonden (gezocht: {Path.GetFullPath(request.ScenarioDirectory)})"));
        var scenarioFiles = Directory.GetFiles(request.ScenarioDirectory, "*.yaml").Order(StringComparer.Ordinal).ToList();
        var baselinePath = scenarioFiles.FirstOrDefault(f => string.Equals(Path.GetFileName(f), request.BaselineFile, StringComparison.OrdinalIgnoreCase))
            ?? throw new DataValidationException(new DataError(Path.Combine(request.ScenarioDirectory, request.BaselineFile), null, null, null, $"basisscenario niet gevonden (gezocht: {Path.GetFullPath(Path.Combine(request.ScenarioDirectory, request.BaselineFile))})"));
        var previous = request.PreviousRun is null ? null : PreviousRun.Read(request.PreviousRun);
        var wijkFile = data.AreaObservations.Count == 0 ? null : WijkFileFor(request, data);
        var wijken = wijkFile is null ? null : WijkFigures.Create(data, Wijken.WijkFile.Read(wijkFile), new SmallCountSuppression(request.SuppressionThreshold));
        var now = request.Now ?? DateTime.UtcNow;
        var local = CalibratedModelFolder.Amsterdam(now);

        // 2. recalibrate
        var baseline = ScenarioFile.Load(baselinePath, model);
        var calibration = ModelCalibrator.Calibrate(model, baseline, data, spec,
            new CalibrationOptions { Seed = request.Seed, Date = DateOnly.FromDateTime(local.DateTime) });

        // 3. start population of the scenarios' first year from the monitor
        var population = StartPopulation.FromMonitor(calibration.Model, data, baseline.StartYear.Value);
        var finalModel = ParameterUpdate.Apply(calibration.Model, population);

        // 4. rerun all scenarios against the baseline on the recalibrated model: the one analysis (AnalysisRunner), as
        //    batch and report run them, on the city model (the wijk file here places the monitor's wijk rows)
        var analysisInputs = AnalysisInputs.Load(new InputPaths(request.ModelDirectory, request.ScenarioDirectory, baselinePath), model: finalModel);
        var analyses = analysisInputs.Scenarios.Select(s => AnalysisRunner.Run(analysisInputs, s, new AnalysisOptions(CreatedAt: now))).ToList();
        var compiled = scenarioFiles.Select(f => Path.GetFullPath(f) == analysisInputs.Basis.File ? analysisInputs.Basis : analysisInputs.Scenarios.Single(s => s.File == Path.GetFullPath(f)))
            .Select(s => (s.File, s.Scenario, s.Compiled)).ToList();
        var baseIndex = compiled.FindIndex(c => c.File == analysisInputs.Basis.File);
        var (runs, results) = Results(compiled, baseIndex, analyses);

        // 5. manifest
        // paths relative to the repository root (the parent of the data folder holding the model), so a run can be moved
        var root = ModelFiles.FindDataDirectory(Path.GetDirectoryName(Path.GetFullPath(request.ModelDirectory))) is { } dataDir ? Path.GetDirectoryName(dataDir) : null;
        var inputs = new List<InputFile> { InputFile.Of("monitor", request.MonitorFile, root), InputFile.Of("indicatoren", request.IndicatorFile, root), InputFile.Of("kalibratie", request.CalibrationFile, root) };
        foreach (var f in new[] { ModelFiles.ParametersFile, ModelFiles.StatesFile, ModelFiles.PopulationFile, ModelFiles.StartFile, ModelFiles.TransitionsFile, ModelFiles.PayersFile, ModelFiles.CostsFile })
            inputs.Add(InputFile.Of("model/" + f, Path.Combine(request.ModelDirectory, f), root));
        foreach (var f in new[] { ModelFiles.TransitionCostsFile, ModelFiles.CorrelationsFile }.Where(f => File.Exists(Path.Combine(request.ModelDirectory, f))))
            inputs.Add(InputFile.Of("model/" + f, Path.Combine(request.ModelDirectory, f), root));
        inputs.AddRange(scenarioFiles.Select(f => InputFile.Of("scenario/" + Path.GetFileName(f), f, root)));
        if (wijkFile is not null) inputs.Add(InputFile.Of("wijken", wijkFile, root));
        var modelFolder = CalibratedModelFolder.Create(request.ModelDirectory, model, finalModel, calibration, population, request.CalibrationFile, root, local, request.Seed);
        var calibratedNames = calibration.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var manifest = new RunManifest
        {
            CreatedUtc = now,
            Seed = request.Seed,
            SuppressionThreshold = request.SuppressionThreshold,
            Illustrative = data.IsIllustrative,
            Notice = data.IsIllustrative ? MonitorData.IllustrativeNotice : null,
            Region = data.Region,
            MonitorYears = data.Years,
            Inputs = inputs,
            Parameters = finalModel.Parameters.All.Select(p => new ManifestParameter(p.Name, p.Value, p.Source, p.IsAssumption, calibratedNames.Contains(p.Name))).ToList(),
            ModelVersion = modelFolder.Version.Id,
            BaseModelVersion = modelFolder.Manifest.Calibration.BaseModel.Version,
        };

        // 6. comparison with the previous run, with attribution by swapping in changed parameters one group at a time
        RunComparison? comparison = null;
        if (previous is not null)
        {
            var (revisions, note) = Revisions(previous, root, catalog, data, request.Region);
            comparison = RunComparison.Create(previous, manifest, results, finalModel,
                v => RunAll(compiled, baseIndex, v).Results, revisions, note);
        }

        return new MonitorRun(request, data, calibration, finalModel, population, runs, results, manifest, comparison, modelFolder, wijken);
    }

    /// <summary>The wijk file for a monitor with wijk or buurt rows: the one asked for, else the data folder's
    /// <c>wijken/wijken.csv</c>; without one the rows cannot be placed (Dutch error naming the first such row).</summary>
    private static string WijkFileFor(MonitorUpdateRequest request, MonitorData data)
    {
        var file = request.WijkFile ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(request.ModelDirectory))!, "wijken", "wijken.csv");
        if (File.Exists(file)) return file;
        var first = data.AreaObservations[0];
        throw new DataValidationException(new DataError(data.File, first.Row, "regio", first.Region,
            $"wijk- en buurtcijfers vragen een wijkbestand met de wijkcodes: geef --wijken op (niet gevonden: {Path.GetFullPath(file)})"));
    }

    /// <summary>The previous run's monitor file, when it is still there unchanged, against the current one.</summary>
    private static (IReadOnlyList<MonitorRevision>? Revisions, string? Note) Revisions(PreviousRun previous, string? root, IndicatorCatalog catalog, MonitorData data, string region)
    {
        var input = previous.Manifest.Inputs.FirstOrDefault(i => i.Role == "monitor");
        if (input is null) return (null, "De vorige run noemt geen monitorbestand.");
        var path = Path.IsPathRooted(input.Path) || root is null ? input.Path : Path.Combine(root, input.Path);
        if (!File.Exists(path)) return (null, $"Het vorige monitorbestand ({input.Path}) is niet meer te vinden; herzieningen zijn niet te tonen.");
        if (InputFile.Of("monitor", path).Sha256 != input.Sha256) return (null, $"Het vorige monitorbestand ({input.Path}) is sindsdien gewijzigd; herzieningen zijn niet betrouwbaar te tonen.");
        try
        {
            return (MonitorRevision.Between(MonitorFile.Load(path, catalog, region), data), null);
        }
        catch (DataValidationException)
        {
            return (null, $"Het vorige monitorbestand ({input.Path}) past niet meer bij de huidige indicatorenlijst; herzieningen zijn niet te tonen.");
        }
    }

    /// <summary>The runs and result lines of the analyses (one per scenario against the basis), in file order with the basis in its place.</summary>
    private static (List<ScenarioRun> Runs, List<ResultLine> Results) Results(
        List<(string File, Scenario Scenario, CompiledScenario Compiled)> compiled, int baseIndex, IReadOnlyList<ScenarioAnalysis> analyses)
    {
        var basis = analyses.Count > 0 ? analyses[0].Comparison.Comparator : compiled[baseIndex].Compiled.RunWithTrace();
        var comparisons = compiled.Select((c, i) => i == baseIndex ? null : analyses.Single(a => a.Input.File == c.File).Comparison).ToList();
        return Lines(compiled, comparisons.Select((cmp, i) => cmp?.Scenario ?? basis).ToList(), comparisons);
    }

    /// <summary>The scenarios rerun on another parameter vector (the attribution of a change to groups of parameters).</summary>
    private static (List<ScenarioRun> Runs, List<ResultLine> Results) RunAll(
        List<(string File, Scenario Scenario, CompiledScenario Compiled)> compiled, int baseIndex, double[] vector)
    {
        var results = compiled.Select(c => c.Compiled.RunWithTrace(vector)).ToList();
        return Lines(compiled, results, results.Select((r, i) => i == baseIndex ? null : ScenarioComparison.Create(r, results[baseIndex])).ToList());
    }

    private static (List<ScenarioRun> Runs, List<ResultLine> Results) Lines(
        List<(string File, Scenario Scenario, CompiledScenario Compiled)> compiled, IReadOnlyList<SimulationResult> results, IReadOnlyList<ScenarioComparison?> comparisons)
    {
        var runs = new List<ScenarioRun>();
        var lines = new List<ResultLine>();
        for (var i = 0; i < compiled.Count; i++)
        {
            var r = results[i];
            var cmp = comparisons[i];
            runs.Add(new ScenarioRun(compiled[i].File, compiled[i].Scenario, r, cmp));
            var name = r.ScenarioName;
            foreach (var p in r.Payers.All)
                lines.Add(new ResultLine(name, p.Code, p.Label, "kosten_contant", ResultLine.Euro, r.DiscountedCosts(p)));
            if (cmp is not null)
                foreach (var o in cmp.Rows)
                {
                    lines.Add(new ResultLine(name, o.Code, o.Label, "netto_baat_contant", ResultLine.Euro, o.NetBenefitDiscounted));
                    lines.Add(new ResultLine(name, o.Code, o.Label, "netto_baat_nominaal", ResultLine.Euro, o.NetBenefitNominal));
                }
            for (var s = 0; s < r.States.Count; s++)
                if (!r.States[s].IsOutflow)
                    lines.Add(new ResultLine(name, r.States[s].Name, r.States[s].Label, "personen_eind", ResultLine.Persons, r.Count(r.Cycles, s)));
        }
        return (runs, lines);
    }
}
