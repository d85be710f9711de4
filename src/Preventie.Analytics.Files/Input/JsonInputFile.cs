using System.Text.Json;

namespace Preventie.Analytics.Input;

/// <summary>
/// Reads a JSON file the tool wrote earlier and now reads back (the <c>manifest.json</c> and <c>resultaten.json</c>
/// of a previous monitor run, a model folder's manifest), with Dutch errors instead of the parser's English text and
/// .NET type names: a file that is not JSON ("geen geldige JSON", with the line), a field with the wrong kind of value
/// or a field that is missing, each named by its path in the file (<c>inputs[2].sha256</c>).
/// </summary>
public static class JsonInputFile
{
    /// <summary>
    /// Parses <paramref name="text"/> (the content of <paramref name="path"/>) as JSON; a Dutch
    /// <see cref="DataValidationException"/> when it is not JSON. <paramref name="hint"/> (Dutch, may be null) says what
    /// to do about a damaged file.
    /// </summary>
    public static JsonDocument Parse(string path, string text, string? hint = null)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new DataValidationException(NotJson(path, ex, hint));
        }
    }

    /// <summary>
    /// <paramref name="text"/> (the content of <paramref name="path"/>) read as <typeparamref name="T"/> with
    /// <paramref name="options"/>: first checked to be a JSON object with every field of <paramref name="required"/>
    /// (top-level names as written in the file), then a value of the wrong kind is named by its path; a Dutch
    /// <see cref="DataValidationException"/> in each case, listing every missing field at once.
    /// </summary>
    public static T Deserialize<T>(string path, string text, JsonSerializerOptions options, string? hint = null, params string[] required)
    {
        using (var document = Parse(path, text, hint))
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new DataValidationException(NotAnObject(path, hint));
            var missing = required.Where(r => !root.TryGetProperty(r, out var v) || v.ValueKind == JsonValueKind.Null).ToList();
            if (missing.Count > 0) throw new DataValidationException(missing.Select(m => Missing(path, m, hint)));
        }
        try
        {
            return JsonSerializer.Deserialize<T>(text, options)!;
        }
        catch (JsonException ex)
        {
            throw new DataValidationException(WrongKind(path, FieldPath(ex.Path), hint));
        }
    }

    /// <summary>The Dutch error for a file whose JSON is not an object (<c>{ … }</c>), e.g. a list or a lone value.</summary>
    public static DataError NotAnObject(string path, string? hint = null) =>
        Error(path, "het bestand bevat geen JSON-object ({ … }); het is beschadigd of een ander bestand", hint);

    /// <summary>The Dutch error for a field at <paramref name="field"/> (e.g. <c>inputs[0].role</c>) that is missing or empty.</summary>
    public static DataError Missing(string path, string field, string? hint = null) =>
        Error(path, $"het veld '{field}' ontbreekt of is leeg", hint);

    /// <summary>The Dutch error for a field at <paramref name="field"/> whose value is of the wrong kind (text for a number…).</summary>
    public static DataError WrongKind(string path, string? field, string? hint = null) =>
        Error(path, field is null
            ? "de inhoud heeft niet de verwachte vorm (een waarde van de verkeerde soort)"
            : $"het veld '{field}' heeft een waarde van de verkeerde soort of grootte (bijvoorbeeld tekst waar een getal hoort)", hint);

    /// <summary>The Dutch error for text that is not JSON, with the line and position the parser stopped at.</summary>
    internal static DataError NotJson(string path, JsonException ex, string? hint) =>
        Error(path, "geen geldige JSON" + (ex.LineNumber is { } line ? $" (regel {line + 1}, positie {(ex.BytePositionInLine ?? 0) + 1})" : "") +
                    ": het bestand is beschadigd of onvolledig en daardoor niet leesbaar", hint);

    /// <summary>A JSON path as the serialiser gives it (<c>$.inputs[0].sha256</c>) as a user reads it (<c>inputs[0].sha256</c>); null at the top.</summary>
    internal static string? FieldPath(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$") return null;
        var p = jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
        return p.Length == 0 ? null : p;
    }

    private static DataError Error(string path, string message, string? hint) =>
        new(path, null, null, null, message + "." + (hint is null ? "" : " " + hint));
}
