using System.Text.Json;
using Preventie.Analytics.Input;

namespace Preventie.Analytics.Monitor;

/// <summary>A run directory written earlier by the monitor update (<c>MonitorRunOutput</c> in the reporting layer): its manifest and result lines.</summary>
public sealed record PreviousRun(string Directory, RunManifest Manifest, IReadOnlyList<ResultLine> Results)
{
    /// <summary>What to do about a damaged <c>resultaten.json</c>, in Dutch.</summary>
    private const string DamagedHint =
        "Geef bij --previous de ongewijzigde uitvoermap van een eerdere 'preventie monitor update', of laat --previous weg.";

    /// <summary>The text fields of every result line, as written by the monitor update.</summary>
    private static readonly string[] TextFields = ["scenario", "onderwerp", "label", "maat", "eenheid"];

    /// <summary>
    /// Reads <c>manifest.json</c> and <c>resultaten.json</c>; suppressed counts ("&lt;10") come back as null. A damaged
    /// file is refused in Dutch, naming the file and the field (e.g. <c>resultaten[3].label</c>), never with the parser's text.
    /// </summary>
    public static PreviousRun Read(string directory)
    {
        var manifest = RunManifest.Read(directory);
        var path = Path.Combine(directory, MonitorRunFiles.ResultsJson);
        if (!File.Exists(path))
            throw new DataValidationException(new DataError(path, null, null, null, "resultaten.json ontbreekt in de vorige run"));
        using var document = JsonInputFile.Parse(path, File.ReadAllText(path), DamagedHint);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new DataValidationException(JsonInputFile.NotAnObject(path, DamagedHint));
        if (!root.TryGetProperty("resultaten", out var results) || results.ValueKind != JsonValueKind.Array)
            throw new DataValidationException(results.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null
                ? JsonInputFile.Missing(path, "resultaten", DamagedHint)
                : JsonInputFile.WrongKind(path, "resultaten", DamagedHint));
        var errors = new ErrorCollector(path);
        var lines = new List<ResultLine>();
        var i = 0;
        foreach (var n in results.EnumerateArray())
        {
            var at = $"resultaten[{i++}]";
            if (n.ValueKind != JsonValueKind.Object)
            {
                errors.Add(JsonInputFile.WrongKind(path, at, DamagedHint));
                continue;
            }
            var texts = new string[TextFields.Length];
            for (var f = 0; f < TextFields.Length; f++)
            {
                if (!n.TryGetProperty(TextFields[f], out var t) || t.ValueKind == JsonValueKind.Null)
                    errors.Add(JsonInputFile.Missing(path, $"{at}.{TextFields[f]}", DamagedHint));
                else if (t.ValueKind != JsonValueKind.String) errors.Add(JsonInputFile.WrongKind(path, $"{at}.{TextFields[f]}", DamagedHint));
                else texts[f] = t.GetString()!;
            }
            // a suppressed count is written as text ("<10"): it comes back as null
            double? value = n.TryGetProperty("waarde", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) ? d : null;
            lines.Add(new ResultLine(texts[0], texts[1], texts[2], texts[3], texts[4], value));
        }
        errors.ThrowIfAny();
        return new PreviousRun(directory, manifest, lines);
    }
}
