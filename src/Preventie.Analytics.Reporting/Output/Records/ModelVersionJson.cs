using System.Text.Json.Serialization;
using Preventie.Analytics.Model;

namespace Preventie.Analytics.Output.Records;

/// <summary>
/// <c>"model"</c> in every result export (<c>resultaat.json</c>, <c>psa.json</c>, <c>optimalisatie.json</c>): the model
/// version the results were computed on (<see cref="ModelVersion"/>).
/// </summary>
/// <param name="Id">Full id (<see cref="ModelVersion.Id"/>).</param>
/// <param name="ShortId">Its first 12 hex digits.</param>
/// <param name="IsCalibrated">True for a calibrated folder whose files are as the calibration wrote them.</param>
/// <param name="Description">Dutch description (<see cref="ModelVersion.Description"/>).</param>
/// <param name="BaseModel">For a calibrated folder: the id of the model it derives from; otherwise absent.</param>
/// <param name="Monitor">For a calibrated folder: the monitor files it was fitted on; otherwise absent.</param>
public sealed record ModelVersionJson(
    [property: JsonPropertyName("versie")] string Id,
    [property: JsonPropertyName("versie_kort")] string ShortId,
    [property: JsonPropertyName("gekalibreerd")] bool IsCalibrated,
    [property: JsonPropertyName("beschrijving")] string Description,
    [property: JsonPropertyName("basismodel"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? BaseModel,
    [property: JsonPropertyName("monitor"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<MonitorFileJson>? Monitor)
{
    /// <summary>The record of <paramref name="version"/>; null when the model was not read from a folder.</summary>
    public static ModelVersionJson? From(ModelVersion? version) => version is not { } v ? null : new(
        v.Id, v.ShortId, v.IsCalibrated, v.Description, v.Calibration?.BaseModel.Version,
        v.Calibration?.Monitor.Select(m => new MonitorFileJson(m.Path, m.Sha256, m.Periods)).ToList());
}

/// <summary>A monitor file a calibrated model was fitted on.</summary>
/// <param name="Path">The file as the calibration recorded it.</param>
/// <param name="Sha256">SHA-256 of its bytes.</param>
/// <param name="Periods">Its periods, e.g. "2022", "2024*".</param>
public sealed record MonitorFileJson(
    [property: JsonPropertyName("bestand")] string Path,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("periodes")] IReadOnlyList<string> Periods);
