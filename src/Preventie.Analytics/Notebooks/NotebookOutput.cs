using System.Text.Json.Nodes;

namespace Preventie.Analytics.Notebooks;

/// <summary>
/// One output of a code cell (nbformat: stream, display_data, execute_result or error), backed by its JSON
/// object so unknown fields round-trip.
/// </summary>
public sealed class NotebookOutput
{
    public NotebookOutput(JsonObject json) => Json = json;

    public JsonObject Json { get; }

    /// <summary>"stream", "display_data", "execute_result" or "error".</summary>
    public string OutputType => Json["output_type"]?.GetValue<string>() ?? string.Empty;

    /// <summary>Stream name ("stdout"/"stderr") for stream outputs.</summary>
    public string? StreamName => Json["name"]?.GetValue<string>();

    /// <summary>Stream text for stream outputs.</summary>
    public string Text => MultilineText.Read(Json["text"]);

    /// <summary>The MIME types in a display_data/execute_result bundle.</summary>
    public IReadOnlyList<string> MimeTypes =>
        Json["data"] is JsonObject data ? data.Select(p => p.Key).ToList() : Array.Empty<string>();

    /// <summary>The text of one MIME type of the bundle (null when absent or not textual).</summary>
    public string? GetData(string mimeType) =>
        Json["data"]?[mimeType] is { } node && node is not JsonObject ? MultilineText.Read(node) : null;

    /// <summary>Error name (exception type) for error outputs.</summary>
    public string? ErrorName => Json["ename"]?.GetValue<string>();

    /// <summary>Error value (message) for error outputs.</summary>
    public string? ErrorValue => Json["evalue"]?.GetValue<string>();

    /// <summary>Traceback lines for error outputs.</summary>
    public IReadOnlyList<string> Traceback =>
        Json["traceback"] is JsonArray tb ? tb.Select(t => t?.GetValue<string>() ?? string.Empty).ToList() : Array.Empty<string>();

    /// <summary>A stream output ("stdout" or "stderr").</summary>
    public static NotebookOutput Stream(string name, string text) => new(new JsonObject
    {
        ["name"] = name,
        ["output_type"] = "stream",
        ["text"] = MultilineText.ToLines(text),
    });

    /// <summary>A display_data output with one entry per MIME type.</summary>
    public static NotebookOutput DisplayData(IReadOnlyDictionary<string, string> data) => new(new JsonObject
    {
        ["data"] = Bundle(data),
        ["metadata"] = new JsonObject(),
        ["output_type"] = "display_data",
    });

    /// <summary>An execute_result output (the value of a cell's trailing expression).</summary>
    public static NotebookOutput ExecuteResult(int executionCount, IReadOnlyDictionary<string, string> data) => new(new JsonObject
    {
        ["data"] = Bundle(data),
        ["execution_count"] = executionCount,
        ["metadata"] = new JsonObject(),
        ["output_type"] = "execute_result",
    });

    /// <summary>An error output.</summary>
    public static NotebookOutput Error(string name, string value, IEnumerable<string> traceback) => new(new JsonObject
    {
        ["ename"] = name,
        ["evalue"] = value,
        ["output_type"] = "error",
        ["traceback"] = new JsonArray(traceback.Select(l => (JsonNode?)l).ToArray()),
    });

    private static JsonObject Bundle(IReadOnlyDictionary<string, string> data)
    {
        var bundle = new JsonObject();
        foreach (var (mime, text) in data) bundle[mime] = MultilineText.ToLines(text);
        return bundle;
    }
}
