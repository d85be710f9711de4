using System.Text.Json;

namespace Preventie.Analytics.Notebooks;

/// <summary>
/// Checks a notebook's JSON against the parts of nbformat 4 the runner relies on, before anything runs:
/// <c>nbformat</c> 4, <c>cells</c> a list of objects, each with a known <c>cell_type</c> (code, markdown), a
/// <c>source</c> that is text or a list of texts, an object <c>metadata</c>, a text <c>id</c>, and for code cells a
/// list of <c>outputs</c> and a whole-number or empty <c>execution_count</c>. The .NET Interactive document reader is
/// lenient (a number as source, nbformat 3 or a raw cell pass through it or run as code), so this check comes first.
/// Every problem is reported at once, each naming the file, the cell, the field and the value found.
/// </summary>
public static class NotebookValidator
{
    private const int MaxReported = 20;
    private const int MaxValueLength = 40;

    /// <summary>Throws <see cref="NotebookException"/> (Dutch) when <paramref name="json"/> is not a notebook the runner can run.</summary>
    public static void Validate(string json, string fileName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException ex)
        {
            throw new NotebookException(
                $"{fileName}: geen geldige JSON (regel {ex.LineNumber + 1}, positie {ex.BytePositionInLine + 1}); is dit wel een notebook (.ipynb)?", ex);
        }

        using (document)
        {
            var errors = new List<string>();
            Check(document.RootElement, errors);
            if (errors.Count == 0) return;
            var shown = errors.Take(MaxReported).Select(e => $"{fileName}: {e}");
            var more = errors.Count > MaxReported ? $"{Environment.NewLine}… en nog {errors.Count - MaxReported} fout(en)." : string.Empty;
            throw new NotebookException(
                "Het notebook is ongeldig; er is geen cel uitgevoerd." + Environment.NewLine + string.Join(Environment.NewLine, shown) + more);
        }
    }

    private static void Check(JsonElement root, List<string> errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"het bestand is geen JSON-object maar {Describe(root)}; een notebook begint met {{ \"cells\": [ … ] }}.");
            return;
        }
        if (!root.TryGetProperty("nbformat", out var format))
            errors.Add("veld 'nbformat' ontbreekt; alleen nbformat 4 wordt ondersteund.");
        else if (format.ValueKind != JsonValueKind.Number || !format.TryGetInt32(out var major) || major != 4)
            errors.Add($"veld 'nbformat': waarde {Describe(format)} wordt niet ondersteund; alleen nbformat 4 " +
                       "(sla het notebook opnieuw op in VS Code of Jupyter om het om te zetten).");
        if (root.TryGetProperty("nbformat_minor", out var minor) && (minor.ValueKind != JsonValueKind.Number || !minor.TryGetInt32(out var m) || m < 0))
            errors.Add($"veld 'nbformat_minor': waarde {Describe(minor)} is geen geheel getal van 0 of meer.");
        if (root.TryGetProperty("metadata", out var metadata) && metadata.ValueKind != JsonValueKind.Object)
            errors.Add($"veld 'metadata': waarde {Describe(metadata)} is geen object.");
        if (!root.TryGetProperty("cells", out var cells))
        {
            errors.Add("veld 'cells' ontbreekt; dit is geen Jupyter-notebook.");
            return;
        }
        if (cells.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"veld 'cells': waarde {Describe(cells)} is geen lijst van cellen.");
            return;
        }

        var index = 0;
        foreach (var cell in cells.EnumerateArray())
        {
            index++;
            CheckCell(cell, index, errors);
        }
    }

    private static void CheckCell(JsonElement cell, int index, List<string> errors)
    {
        var where = $"cel {index}";
        if (cell.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{where}: waarde {Describe(cell)} is geen cel (JSON-object).");
            return;
        }
        string? type = null;
        if (!cell.TryGetProperty("cell_type", out var cellType))
            errors.Add($"{where}: veld 'cell_type' ontbreekt (code of markdown).");
        else if (cellType.ValueKind != JsonValueKind.String)
            errors.Add($"{where}: veld 'cell_type': waarde {Describe(cellType)} is geen tekst (code of markdown).");
        else
        {
            type = cellType.GetString();
            if (type == "raw")
                errors.Add($"{where}: veld 'cell_type': waarde \"raw\" wordt niet ondersteund; maak er een markdown-cel van.");
            else if (type is not ("code" or "markdown"))
                errors.Add($"{where}: veld 'cell_type': onbekende waarde {Describe(cellType)}; verwacht code of markdown.");
        }

        if (!cell.TryGetProperty("source", out var source))
            errors.Add($"{where}: veld 'source' ontbreekt.");
        else if (!IsMultilineText(source))
            errors.Add($"{where}: veld 'source': waarde {Describe(source)} is geen tekst of lijst van teksten.");

        if (cell.TryGetProperty("metadata", out var metadata) && metadata.ValueKind != JsonValueKind.Object)
            errors.Add($"{where}: veld 'metadata': waarde {Describe(metadata)} is geen object.");
        else if (metadata.ValueKind == JsonValueKind.Object)
            CheckCellMetadata(metadata, where, errors);
        if (cell.TryGetProperty("id", out var id) && id.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            errors.Add($"{where}: veld 'id': waarde {Describe(id)} is geen tekst.");

        if (type != "code") return;
        if (cell.TryGetProperty("execution_count", out var count)
            && count.ValueKind != JsonValueKind.Null && (count.ValueKind != JsonValueKind.Number || !count.TryGetInt32(out _)))
            errors.Add($"{where}: veld 'execution_count': waarde {Describe(count)} is geen geheel getal of null.");
        if (cell.TryGetProperty("outputs", out var outputs))
        {
            if (outputs.ValueKind != JsonValueKind.Array)
                errors.Add($"{where}: veld 'outputs': waarde {Describe(outputs)} is geen lijst.");
            else
                CheckOutputs(outputs, where, errors);
        }
    }

    private static void CheckCellMetadata(JsonElement metadata, string where, List<string> errors)
    {
        if (metadata.TryGetProperty("tags", out var tags)
            && (tags.ValueKind != JsonValueKind.Array || tags.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String)))
            errors.Add($"{where}: veld 'metadata.tags': waarde {Describe(tags)} is geen lijst van teksten.");
        foreach (var (section, field) in new[] { ("polyglot_notebook", "kernelName"), ("dotnet_interactive", "language") })
        {
            if (!metadata.TryGetProperty(section, out var value)) continue;
            if (value.ValueKind != JsonValueKind.Object)
                errors.Add($"{where}: veld 'metadata.{section}': waarde {Describe(value)} is geen object.");
            else if (value.TryGetProperty(field, out var name) && name.ValueKind != JsonValueKind.String)
                errors.Add($"{where}: veld 'metadata.{section}.{field}': waarde {Describe(name)} is geen tekst.");
        }
    }

    private static void CheckOutputs(JsonElement outputs, string where, List<string> errors)
    {
        var n = 0;
        foreach (var output in outputs.EnumerateArray())
        {
            n++;
            var at = $"{where}, uitvoer {n}";
            if (output.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{at}: waarde {Describe(output)} is geen object.");
                continue;
            }
            if (!output.TryGetProperty("output_type", out var outputType) || outputType.ValueKind != JsonValueKind.String
                || outputType.GetString() is not ("stream" or "display_data" or "execute_result" or "error"))
            {
                errors.Add($"{at}: veld 'output_type': waarde {(outputType.ValueKind == JsonValueKind.Undefined ? "(ontbreekt)" : Describe(outputType))} " +
                           "is geen stream, display_data, execute_result of error.");
                continue;
            }
            switch (outputType.GetString())
            {
                case "stream":
                    if (!output.TryGetProperty("text", out var text) || !IsMultilineText(text))
                        errors.Add($"{at}: veld 'text': waarde {DescribeOrMissing(output, "text")} is geen tekst of lijst van teksten.");
                    if (output.TryGetProperty("name", out var name) && name.ValueKind != JsonValueKind.String)
                        errors.Add($"{at}: veld 'name': waarde {Describe(name)} is geen tekst.");
                    break;
                case "display_data" or "execute_result":
                    if (output.TryGetProperty("data", out var data))
                    {
                        if (data.ValueKind != JsonValueKind.Object)
                            errors.Add($"{at}: veld 'data': waarde {Describe(data)} is geen object.");
                        else
                            foreach (var entry in data.EnumerateObject())
                                if (entry.Value.ValueKind != JsonValueKind.Object && !IsMultilineText(entry.Value))
                                    errors.Add($"{at}: veld 'data.{entry.Name}': waarde {Describe(entry.Value)} is geen tekst of lijst van teksten.");
                    }
                    if (output.TryGetProperty("metadata", out var outputMetadata) && outputMetadata.ValueKind != JsonValueKind.Object)
                        errors.Add($"{at}: veld 'metadata': waarde {Describe(outputMetadata)} is geen object.");
                    if (output.TryGetProperty("execution_count", out var outputCount) && outputCount.ValueKind != JsonValueKind.Null
                        && (outputCount.ValueKind != JsonValueKind.Number || !outputCount.TryGetInt32(out _)))
                        errors.Add($"{at}: veld 'execution_count': waarde {Describe(outputCount)} is geen geheel getal of null.");
                    break;
                case "error":
                    foreach (var field in new[] { "ename", "evalue" })
                        if (output.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.String)
                            errors.Add($"{at}: veld '{field}': waarde {Describe(value)} is geen tekst.");
                    if (output.TryGetProperty("traceback", out var traceback)
                        && (traceback.ValueKind != JsonValueKind.Array || traceback.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String)))
                        errors.Add($"{at}: veld 'traceback': waarde {Describe(traceback)} is geen lijst van teksten.");
                    break;
            }
        }
    }

    /// <summary>nbformat's multiline string: one string, or a list of strings.</summary>
    private static bool IsMultilineText(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
        || (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String));

    private static string DescribeOrMissing(JsonElement parent, string field) =>
        parent.TryGetProperty(field, out var value) ? Describe(value) : "(ontbreekt)";

    /// <summary>The value as the user would recognise it in the file, shortened.</summary>
    private static string Describe(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.Object => "{…} (object)",
            JsonValueKind.Array => $"[…] (lijst van {value.GetArrayLength()})",
            JsonValueKind.Null => "null",
            _ => value.GetRawText(),
        };
        return text.Length <= MaxValueLength ? text : text[..(MaxValueLength - 1)] + "…";
    }
}
