using Preventie.Analytics.Calibration;
using Preventie.Analytics.Evidence;
using Preventie.Analytics.Input;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Model;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Analysis;

/// <summary>
/// Every input of an analysis, read and validated once: the model folder, the basis scenario and the scenarios
/// compiled against that one model, and — when given — the inventory (with its published figures and goal mapping),
/// the evidence table, the calibration specification, the wijk model and the parameter descriptions. All problems of
/// all files are reported together (<see cref="DataValidationException"/>), except that without a valid model folder
/// nothing else can be checked. Every output of a run (CLI, council report, overview, exports, notebooks) takes its
/// inputs from here, through <see cref="AnalysisRunner"/>.
/// </summary>
public sealed class AnalysisInputs
{
    private AnalysisInputs(InputPaths paths, ModelDefinition model, ScenarioInput basis, IReadOnlyList<ScenarioInput> scenarios)
    {
        Paths = paths;
        Model = model;
        Basis = basis;
        Scenarios = scenarios;
    }

    /// <summary>Where the inputs were read from.</summary>
    public InputPaths Paths { get; }

    /// <summary>The one model every scenario is compiled against (with its <see cref="ModelDefinition.Version"/>).</summary>
    public ModelDefinition Model { get; }

    /// <summary>The comparator of every scenario.</summary>
    public ScenarioInput Basis { get; }

    /// <summary>The scenarios compared with <see cref="Basis"/>, in name order.</summary>
    public IReadOnlyList<ScenarioInput> Scenarios { get; }

    /// <summary>The prevention inventory, or null.</summary>
    public PreventionInventory? Inventory { get; private init; }

    /// <summary>The published pivot tables of the inventory, or null.</summary>
    public PublishedFigures? Published { get; private init; }

    /// <summary>The old → new goal mapping, or null.</summary>
    public GoalMapping? Mapping { get; private init; }

    /// <summary>The evidence table for "waar investeren", or null.</summary>
    public EvidenceTable? Evidence { get; private init; }

    /// <summary>The calibration specification (its parameters form EVPPI groups), or null.</summary>
    public CalibrationSpec? Calibration { get; private init; }

    /// <summary>The wijk model (wijk file, wijk parameters, moves, need model), or null for the city alone.</summary>
    public WijkModel? Wijken { get; private init; }

    /// <summary>Plain-Dutch names of the model's parameters (<c>omschrijvingen.csv</c>; none when absent).</summary>
    public ParameterDescriptions Descriptions { get; private init; } = ParameterDescriptions.None;

    /// <summary>Loads and validates every input of <paramref name="paths"/>; all problems at once.
    /// <paramref name="adjust"/> may change every scenario (the basis too) before it is compiled — a notebook's other end
    /// year, or a "wat als" on an assumption — so that the changed scenarios still go through the one analysis.</summary>
    /// <exception cref="DataValidationException">Bad input, in Dutch, naming file, row, field and value.</exception>
    /// <param name="paths">Where the inputs are.</param>
    /// <param name="adjust">A change to every scenario before it is compiled, or null.</param>
    /// <param name="model">The model to run on instead of the one in <see cref="InputPaths.ModelDirectory"/> (a model
    /// recalibrated by the monitor update, before its folder is written); null = read the folder.</param>
    public static AnalysisInputs Load(InputPaths paths, Func<Scenarios.Scenario, Scenarios.Scenario>? adjust = null, ModelDefinition? model = null)
    {
        // every file read once, through one scope: an enclosing run's, or this load's own
        using var own = SourceFileScope.Current is null ? SourceFileScope.Begin() : null;
        var files = SourceFileScope.Current!;
        var errors = new List<DataError>();
        T? Try<T>(Func<T> load) where T : class
        {
            try
            {
                return load();
            }
            catch (DataValidationException ex)
            {
                errors.AddRange(ex.Errors);
                return null;
            }
        }
        string? Existing(string? file) => file is not null && File.Exists(file) ? file : null;

        if (paths.Scenarios is null && !Directory.Exists(paths.ScenarioDirectory))
            errors.Add(new DataError(paths.ScenarioDirectory, null, "--scenarios", paths.ScenarioDirectory, $"scenariomap niet gevonden (gezocht: {Path.GetFullPath(paths.ScenarioDirectory)})"));
        else if (paths.ScenarioFiles().Count == 0)
            errors.Add(new DataError(paths.ScenarioDirectory, null, null, null, "geen scenario's om te vergelijken (*.yaml naast het basisscenario) gevonden"));
        if (!File.Exists(paths.BasisFile))
            errors.Add(new DataError(paths.BasisFile, null, "--basis", Path.GetFileName(paths.BasisFile), paths.Scenarios is null ? "basisscenario niet gevonden in de scenariomap" : "vergelijkingsscenario niet gevonden"));
        if (paths.WijkIndicatorFile is { } indicators)
        {
            if (paths.WijkFile is null)
                errors.Add(new DataError("opdrachtregel", null, "--wijkindicatoren", indicators, "wijkcijfers vragen een wijkbestand: geef ook --wijken op"));
            else if (!File.Exists(indicators))
                errors.Add(new DataError(indicators, null, "--wijkindicatoren", indicators, "bestand met wijkcijfers niet gevonden"));
        }
        model ??= ModelFiles.Load(paths.ModelDirectory);
        var basis = errors.Count == 0 ? Try(() => LoadScenario(paths.BasisFile, model, adjust)) : null;
        var scenarios = paths.ScenarioFiles().Select(f => Try(() => LoadScenario(f, model, adjust))).ToList();
        var inventory = paths.InventoryFile is { } i ? Try(() => InventoryLoader.Load(i)) : null;
        var published = Existing(paths.PublishedFile) is { } p ? Try(() => PublishedFigures.Load(p)) : null;
        var mapping = Existing(paths.MappingFile) is { } m ? Try(() => GoalMapping.Load(m)) : null;
        var evidence = paths.EvidenceDirectory is { } e && Directory.Exists(e) ? Try(() => EvidenceTable.Load(e, model)) : null;
        var calibration = Existing(paths.CalibrationFile) is { } c ? Try(() => CalibrationSpec.Load(c, model)) : null;
        var wijken = paths.WijkFile is { } w && errors.Count == 0 ? Try(() => WijkModel.Load(model, w, paths.WijkIndicatorFile)) : null;
        if (errors.Count > 0) throw new DataValidationException(errors);
        return new AnalysisInputs(paths, model, basis!, scenarios.Select(s => s!).ToList())
        {
            Inventory = inventory,
            Published = published,
            Mapping = mapping,
            Evidence = evidence,
            Calibration = calibration,
            Wijken = wijken,
            Descriptions = ParameterDescriptions.Load(paths.ModelDirectory),
            Hashes = files.Hashes,
            Adjust = adjust,
        };
    }

    /// <summary>The change made to every scenario before it was compiled (<see cref="Load"/>'s <c>adjust</c>), or null:
    /// what a second load on the same paths repeats (a "wat als", <see cref="ScenarioChange"/>).</summary>
    public Func<Scenarios.Scenario, Scenarios.Scenario>? Adjust { get; private init; }

    /// <summary>Reads and compiles a scenario file against the run's model, after <paramref name="adjust"/> when given.</summary>
    private static ScenarioInput LoadScenario(string file, ModelDefinition model, Func<Scenarios.Scenario, Scenarios.Scenario>? adjust)
    {
        var read = ScenarioFile.Load(file, model);
        var scenario = adjust is null ? read : adjust(read);
        return new ScenarioInput(Path.GetFullPath(file), scenario, CompiledScenario.Compile(model, scenario));
    }

    /// <summary>Full path → SHA-256 of every file read while loading: the hashes of exactly the bytes that were parsed.</summary>
    public IReadOnlyDictionary<string, string> Hashes { get; private init; } = new Dictionary<string, string>();

    /// <summary>The hash of an input file: the one recorded when it was read, or (for a file no loader read) computed now.</summary>
    public InputFileHash HashOf(string path) =>
        new(Path.GetFileName(path), Hashes.TryGetValue(Path.GetFullPath(path), out var sha) ? sha : SourceFiles.Sha256(path));

    /// <summary>
    /// The files a scenario's results rest on, each once, in this order: the scenario and the basis (with the files they
    /// inherit from), every file of the model folder, the inventory and the wijk files — hashed into the run metadata.
    /// </summary>
    public IReadOnlyList<string> FilesOf(ScenarioInput scenario)
    {
        var files = new List<string>();
        void Add(string? path)
        {
            if (path is null) return;
            var full = Path.GetFullPath(path);
            if (File.Exists(full) && !files.Contains(full)) files.Add(full);
        }
        foreach (var s in new[] { scenario.Scenario, Basis.Scenario })
        {
            if (s.Chain.Count == 0) Add(s.File);
            foreach (var f in s.Chain) Add(f);
        }
        if (Directory.Exists(Paths.ModelDirectory))
            foreach (var f in Directory.GetFiles(Paths.ModelDirectory).Order(StringComparer.Ordinal)) Add(f);
        Add(Inventory?.Source);
        if (Wijken is { } w)
        {
            Add(w.Wijken.File);
            Add(w.WijkParameterFile);
            Add(w.NeedFile);
            if (w.Migration?.File is { } m) Add(m);
        }
        return files;
    }

    /// <summary>Every file of the run: those of each scenario, the published figures, mapping, evidence and calibration files.</summary>
    public IReadOnlyList<string> AllFiles()
    {
        var files = Scenarios.SelectMany(FilesOf).Concat(FilesOf(Basis)).ToList();
        foreach (var f in new[] { Paths.PublishedFile, Paths.MappingFile, Paths.CalibrationFile })
            if (f is not null && File.Exists(f)) files.Add(Path.GetFullPath(f));
        if (Evidence?.Directory is { } dir && Directory.Exists(dir))
            files.AddRange(Directory.GetFiles(dir, "*.csv").Order(StringComparer.Ordinal).Select(Path.GetFullPath));
        return files.Distinct().ToList();
    }
}
