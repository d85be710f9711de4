using Preventie.Analytics.Model;

namespace Preventie.Analytics.Analysis;

/// <summary>
/// Where the inputs of an analysis are: the model folder, the scenarios, and the optional inventory, evidence,
/// calibration and wijk files. <see cref="ForDataFolder"/> gives the shipped layout under <c>data/</c>.
/// </summary>
/// <param name="ModelDirectory">The model folder (<c>data/parameters</c>, or a calibrated model folder of a monitor update).</param>
/// <param name="ScenarioDirectory">The folder of the scenario files (<c>data/scenarios</c>).</param>
/// <param name="BasisFile">The comparator of every scenario (path; usually <c>basis.yaml</c> in the scenario folder).</param>
public sealed record InputPaths(string ModelDirectory, string ScenarioDirectory, string BasisFile)
{
    /// <summary>The scenarios to compare with the basis; null = every <c>*.yaml</c> in the scenario folder but the basis.</summary>
    public IReadOnlyList<string>? Scenarios { get; init; }

    /// <summary>The prevention inventory (CSV or xlsx); null = none.</summary>
    public string? InventoryFile { get; init; }

    /// <summary>The published pivot tables of the inventory; read only when the file exists.</summary>
    public string? PublishedFile { get; init; }

    /// <summary>The mapping of old to new goals; read only when the file exists.</summary>
    public string? MappingFile { get; init; }

    /// <summary>The evidence folder (<c>data/evidence</c>) for "waar investeren"; used only when it exists.</summary>
    public string? EvidenceDirectory { get; init; }

    /// <summary>The calibration specification (<c>data/monitor/kalibratie.csv</c>), for the EVPPI groups; read only when it exists.</summary>
    public string? CalibrationFile { get; init; }

    /// <summary>The wijk file; null = the city model alone.</summary>
    public string? WijkFile { get; init; }

    /// <summary>Wijk or buurt figures for the need model (needs <see cref="WijkFile"/>); null = the city's need in every wijk.</summary>
    public string? WijkIndicatorFile { get; init; }

    /// <summary>The shipped layout under a data folder (<c>data/</c>): model, scenarios, inventory, evidence and calibration
    /// files in their usual places; <paramref name="modelDirectory"/> and <paramref name="scenarioDirectory"/> override them.</summary>
    public static InputPaths ForDataFolder(string data, string? modelDirectory = null, string? scenarioDirectory = null, string basisFileName = "basis.yaml")
    {
        var scenarios = scenarioDirectory ?? Path.Combine(data, "scenarios");
        return new InputPaths(modelDirectory ?? Path.Combine(data, "parameters"), scenarios, Path.Combine(scenarios, basisFileName))
        {
            InventoryFile = Path.Combine(data, "inventory", "deventer-2022-extract.csv"),
            PublishedFile = Path.Combine(data, "inventory", "deventer-2022-published.csv"),
            MappingFile = Path.Combine(data, "inventory", "doelen-mapping.csv"),
            EvidenceDirectory = Path.Combine(data, "evidence"),
            CalibrationFile = Path.Combine(data, "monitor", "kalibratie.csv"),
        };
    }

    /// <summary>One scenario against one comparator (<c>simulate</c>, <c>report</c>, notebooks), as a command line names
    /// them: the model folder given, or the repository's <c>data/parameters</c>; every file as given when it exists,
    /// else relative to the repository root (<see cref="ModelFiles.Locate"/>, <see cref="ModelFiles.Resolve"/>).</summary>
    /// <exception cref="Input.DataValidationException">No model folder given and none found (Dutch).</exception>
    public static InputPaths ForPair(string? modelDirectory, string scenarioFile, string comparatorFile, string? wijkFile = null,
        string? wijkIndicatorFile = null, string? inventoryFile = null)
    {
        var (model, root) = ModelFiles.Locate(modelDirectory);
        string? At(string? file) => file is null ? null : ModelFiles.Resolve(file, root);
        var scenario = At(scenarioFile)!;
        return new InputPaths(model, Path.GetDirectoryName(Path.GetFullPath(scenario))!, At(comparatorFile)!)
        {
            Scenarios = [scenario],
            WijkFile = At(wijkFile),
            WijkIndicatorFile = At(wijkIndicatorFile),
            InventoryFile = At(inventoryFile),
        };
    }

    /// <summary>The scenario files to compare: <see cref="Scenarios"/>, or every <c>*.yaml</c> in the folder but the basis, in name order.</summary>
    public IReadOnlyList<string> ScenarioFiles() => Scenarios ?? (Directory.Exists(ScenarioDirectory)
        ? Directory.GetFiles(ScenarioDirectory, "*.yaml").Order(StringComparer.Ordinal)
            .Where(f => !string.Equals(Path.GetFullPath(f), Path.GetFullPath(BasisFile), StringComparison.OrdinalIgnoreCase)).ToList()
        : []);
}
