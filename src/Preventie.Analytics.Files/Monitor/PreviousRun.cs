using System.Text.Json;
using System.Text.Json.Nodes;
using Preventie.Analytics.Input;

namespace Preventie.Analytics.Monitor;

/// <summary>A run directory written earlier by the monitor update (<c>MonitorRunOutput</c> in the reporting layer): its manifest and result lines.</summary>
public sealed record PreviousRun(string Directory, RunManifest Manifest, IReadOnlyList<ResultLine> Results)
{
    /// <summary>Reads <c>manifest.json</c> and <c>resultaten.json</c>; suppressed counts ("&lt;10") come back as null.</summary>
    public static PreviousRun Read(string directory)
    {
        var manifest = RunManifest.Read(directory);
        var path = Path.Combine(directory, MonitorRunFiles.ResultsJson);
        if (!File.Exists(path))
            throw new DataValidationException(new DataError(path, null, null, null, "resultaten.json ontbreekt in de vorige run"));
        var lines = new List<ResultLine>();
        try
        {
            var root = JsonNode.Parse(File.ReadAllText(path))!;
            foreach (var n in root["resultaten"]!.AsArray())
            {
                var v = n!["waarde"];
                double? value = v is JsonValue jv && jv.TryGetValue<double>(out var d) ? d : null;
                lines.Add(new ResultLine((string)n["scenario"]!, (string)n["onderwerp"]!, (string)n["label"]!, (string)n["maat"]!, (string)n["eenheid"]!, value));
            }
        }
        catch (Exception ex) when (ex is JsonException or NullReferenceException or InvalidOperationException or FormatException)
        {
            throw new DataValidationException(new DataError(path, null, null, null, $"resultaten.json is niet leesbaar ({ex.Message})"));
        }
        return new PreviousRun(directory, manifest, lines);
    }
}
