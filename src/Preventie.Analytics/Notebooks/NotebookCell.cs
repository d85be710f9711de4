using System.Text.Json.Nodes;

namespace Preventie.Analytics.Notebooks;

/// <summary>
/// One nbformat 4.5 cell. Backed by its JSON object so that fields this model does not know survive a
/// read/write round trip unchanged.
/// </summary>
public sealed class NotebookCell
{
    /// <summary>Wraps an existing cell object (taken over, not copied).</summary>
    public NotebookCell(JsonObject json)
    {
        Json = json;
        if (Json["metadata"] is not JsonObject) Json["metadata"] = new JsonObject();
        if (IsCode && Json["outputs"] is not JsonArray) Json["outputs"] = new JsonArray();
        if (IsCode && !Json.ContainsKey("execution_count")) Json["execution_count"] = null;
    }

    /// <summary>A new code cell with the C# kernel metadata.</summary>
    public static NotebookCell Code(string source, string? id = null, params string[] tags)
    {
        var cell = new NotebookCell(new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["id"] = id ?? NewId(),
            ["metadata"] = PolyglotMetadata.CreateCodeCellMetadata(),
            ["outputs"] = new JsonArray(),
            ["source"] = MultilineText.ToLines(source),
        });
        if (tags.Length > 0) cell.Metadata["tags"] = new JsonArray(tags.Select(t => (JsonNode?)t).ToArray());
        return cell;
    }

    /// <summary>A new markdown cell.</summary>
    public static NotebookCell Markdown(string source, string? id = null) => new(new JsonObject
    {
        ["cell_type"] = "markdown",
        ["id"] = id ?? NewId(),
        ["metadata"] = new JsonObject(),
        ["source"] = MultilineText.ToLines(source),
    });

    /// <summary>The underlying JSON object.</summary>
    public JsonObject Json { get; }

    /// <summary>"code", "markdown" or "raw".</summary>
    public string CellType => Json["cell_type"]?.GetValue<string>() ?? string.Empty;

    public bool IsCode => CellType == "code";

    /// <summary>The nbformat 4.5 cell id (may be null in older notebooks).</summary>
    public string? Id
    {
        get => Json["id"]?.GetValue<string>();
        set => Json["id"] = value;
    }

    /// <summary>The cell's metadata object (tags, papermill, kernel info…).</summary>
    public JsonObject Metadata => (JsonObject)Json["metadata"]!;

    /// <summary>The cell's source text (joined if stored as a list of lines).</summary>
    public string Source
    {
        get => MultilineText.Read(Json["source"]);
        set => Json["source"] = MultilineText.ToLines(value);
    }

    /// <summary>The cell's tags (metadata.tags).</summary>
    public IReadOnlyList<string> Tags =>
        Metadata["tags"] is JsonArray tags
            ? tags.Select(t => t?.GetValue<string>() ?? string.Empty).ToList()
            : Array.Empty<string>();

    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);

    /// <summary>The execution count of a code cell (null when not executed).</summary>
    public int? ExecutionCount
    {
        get => Json["execution_count"]?.GetValue<int>();
        set => Json["execution_count"] = value;
    }

    /// <summary>The outputs of a code cell (empty for other cells).</summary>
    public IReadOnlyList<NotebookOutput> Outputs =>
        Json["outputs"] is JsonArray outputs
            ? outputs.OfType<JsonObject>().Select(o => new NotebookOutput(o)).ToList()
            : Array.Empty<NotebookOutput>();

    /// <summary>Removes all outputs and the execution count of a code cell.</summary>
    public void ClearOutputs()
    {
        if (!IsCode) return;
        Json["outputs"] = new JsonArray();
        Json["execution_count"] = null;
    }

    /// <summary>Appends an output to a code cell.</summary>
    public void AddOutput(NotebookOutput output)
    {
        if (!IsCode) throw new InvalidOperationException("Only code cells have outputs.");
        ((JsonArray)Json["outputs"]!).Add(output.Json);
    }

    /// <summary>The first non-empty source line, shortened, to name the cell in messages.</summary>
    public string FirstLine(int maxLength = 60)
    {
        var line = Source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? string.Empty;
        return line.Length <= maxLength ? line : line[..(maxLength - 1)] + "…";
    }

    /// <summary>A fresh cell id (nbformat: 1-64 characters of [a-zA-Z0-9-_]).</summary>
    public static string NewId() => Guid.NewGuid().ToString("N")[..12];
}
