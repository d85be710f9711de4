using System.Reflection;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Preventie.Analytics.Input;

namespace Preventie.Analytics.Monitor;

/// <summary>One input file of a run: its role, its path and its SHA-256.</summary>
/// <param name="Role">Stable key across runs, e.g. "monitor", "model/parameters.csv", "scenario/basis.yaml".</param>
/// <param name="Path">Relative to the repository root (with '/') when the file lies in it, otherwise absolute.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
public sealed record InputFile(string Role, string Path, string Sha256)
{
    /// <summary>Hashes a file; <paramref name="root"/> (the repository root, if known) makes the stored path relative.</summary>
    public static InputFile Of(string role, string path, string? root = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        var shown = full;
        if (root is not null)
        {
            var relative = System.IO.Path.GetRelativePath(System.IO.Path.GetFullPath(root), full);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !System.IO.Path.IsPathRooted(relative)) shown = relative.Replace('\\', '/');
        }
        return new(role, shown, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(full))));
    }
}

/// <summary>A parameter as used in a run.</summary>
public sealed record ManifestParameter(string Name, double Value, string? Source, bool IsAssumption, bool Calibrated);

/// <summary>
/// <c>manifest.json</c> of a monitor run: what is needed to reproduce it (input files with SHA-256, tool version,
/// seed, suppression threshold, date, every parameter value used) and to compare the next run with it.
/// </summary>
public sealed record RunManifest
{
    /// <summary>The manifest's file name in a run directory.</summary>
    public const string FileName = "manifest.json";

    /// <summary>The command that made the run.</summary>
    public string Tool { get; init; } = "preventie monitor update";
    /// <summary>Assembly informational version (includes the git commit when built from a repository).</summary>
    public string Version { get; init; } = CurrentVersion;
    /// <summary>When the run was made (UTC).</summary>
    public DateTime CreatedUtc { get; init; }
    /// <summary>The calibration's seed.</summary>
    public int Seed { get; init; }
    /// <summary>The small-count threshold the run's outputs used.</summary>
    public int SuppressionThreshold { get; init; }
    /// <summary>True when the monitor data are illustrative.</summary>
    public bool Illustrative { get; init; }
    /// <summary>The Dutch notice the outputs carried, or null.</summary>
    public string? Notice { get; init; }
    /// <summary>The region code of the monitor data (e.g. the municipality's CBS code).</summary>
    public string Region { get; init; } = "";
    /// <summary>The calendar years in the monitor data.</summary>
    public IReadOnlyList<int> MonitorYears { get; init; } = [];
    /// <summary>Every input file with its SHA-256.</summary>
    public IReadOnlyList<InputFile> Inputs { get; init; } = [];
    /// <summary>Every parameter value the run used, with source and whether it was calibrated.</summary>
    public IReadOnlyList<ManifestParameter> Parameters { get; init; } = [];
    /// <summary>The id of the calibrated model version the run wrote into <c>model/</c> (<see cref="Model.ModelVersion.Id"/>); null in runs made before there was one.</summary>
    public string? ModelVersion { get; init; }
    /// <summary>The id of the model folder the run started from; null in runs made before it was recorded.</summary>
    public string? BaseModelVersion { get; init; }

    /// <summary>The library's informational version.</summary>
    public static string CurrentVersion =>
        typeof(RunManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "onbekend";

    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The manifest as indented JSON with camel-case names, as written to <c>manifest.json</c>.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>What to do about a damaged <c>manifest.json</c>, in Dutch.</summary>
    private const string DamagedHint =
        "Geef bij --previous de ongewijzigde uitvoermap van een eerdere 'preventie monitor update', of laat --previous weg.";

    /// <summary>
    /// Reads <c>manifest.json</c> from a run directory; a Dutch error when it is missing or damaged (not JSON, a value of
    /// the wrong kind, or a field the comparison needs missing — each named by its path in the file).
    /// </summary>
    public static RunManifest Read(string runDirectory)
    {
        var path = System.IO.Path.Combine(runDirectory, FileName);
        if (!Directory.Exists(runDirectory))
            throw new DataValidationException(new DataError(runDirectory, null, null, null, $"map van de vorige run niet gevonden (gezocht: {Path.GetFullPath(runDirectory)})"));
        if (!File.Exists(path))
            throw new DataValidationException(new DataError(path, null, null, null, "geen manifest.json: is dit een map van 'preventie monitor update'?"));
        var manifest = JsonInputFile.Deserialize<RunManifest>(path, File.ReadAllText(path), Json, DamagedHint,
            "createdUtc", "monitorYears", "inputs", "parameters");
        var errors = new ErrorCollector(path);
        for (var i = 0; i < manifest.Inputs.Count; i++)
        {
            var input = manifest.Inputs[i];
            if (input is null) errors.Add(JsonInputFile.Missing(path, $"inputs[{i}]", DamagedHint));
            else
                foreach (var (field, value) in new[] { ("role", input.Role), ("path", input.Path), ("sha256", input.Sha256) })
                    if (string.IsNullOrEmpty(value)) errors.Add(JsonInputFile.Missing(path, $"inputs[{i}].{field}", DamagedHint));
        }
        for (var i = 0; i < manifest.Parameters.Count; i++)
            if (string.IsNullOrEmpty(manifest.Parameters[i]?.Name)) errors.Add(JsonInputFile.Missing(path, $"parameters[{i}].name", DamagedHint));
        errors.ThrowIfAny();
        return manifest;
    }
}
