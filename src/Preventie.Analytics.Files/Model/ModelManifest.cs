using System.Text.Encodings.Web;
using System.Text.Json;
using Preventie.Analytics.Input;

namespace Preventie.Analytics.Model;

/// <summary>
/// <c>model.json</c> in a calibrated model folder (written by <c>preventie monitor update</c> into the run's
/// <c>model/</c>): the folder's model version id as written, the hash of every model file, and the calibration record
/// (<see cref="CalibrationProvenance"/>). The id is recomputed on every load (<see cref="ModelFolderVersion.Read"/>); when it no
/// longer matches <see cref="ModelVersion"/>, a model file was changed after the calibration and reports say so.
/// </summary>
public sealed record ModelManifest
{
    /// <summary>The manifest's file name inside a model folder.</summary>
    public const string FileName = "model.json";

    /// <summary>The folder's <see cref="Model.ModelVersion.Id"/> when it was written.</summary>
    public required string ModelVersion { get; init; }
    /// <summary>Dutch description of the version, for a human reading the file (<see cref="Model.ModelVersion.Description"/>).</summary>
    public string? Description { get; init; }
    /// <summary>Every model file with its SHA-256 (the listing the id is the hash of).</summary>
    public required IReadOnlyList<ModelFileHash> Files { get; init; }
    /// <summary>Where the calibrated values come from.</summary>
    public required CalibrationProvenance Calibration { get; init; }

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The manifest as indented JSON (camelCase names).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads <see cref="FileName"/> from <paramref name="directory"/>; null when there is none; a Dutch error when it is unreadable.</summary>
    public static ModelManifest? ReadIfPresent(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path)) return null;
        return JsonInputFile.Deserialize<ModelManifest>(path, Input.SourceFiles.ReadAllText(path), Json,
            "Dit bestand beschrijft waarop het model gekalibreerd is; zet het terug uit de uitvoer van 'preventie monitor update', " +
            "of verwijder het als de map geen gekalibreerd model is.",
            "modelVersion", "files", "calibration");
    }
}
