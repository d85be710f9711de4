using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Preventie.Analytics.Output;

namespace Preventie.Analytics.Notebooks;

/// <summary>
/// A Jupyter notebook (nbformat 4.5). Cells and metadata are JSON-backed so that everything this model does
/// not interpret is written back unchanged.
/// </summary>
public sealed class Notebook
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly JsonObject _rest;

    private Notebook(JsonObject rest, List<NotebookCell> cells)
    {
        _rest = rest;
        Cells = cells;
        if (_rest["metadata"] is not JsonObject) _rest["metadata"] = new JsonObject();
    }

    /// <summary>An empty nbformat 4.5 notebook with the Polyglot/.NET Interactive C# metadata.</summary>
    public static Notebook Create(IEnumerable<NotebookCell>? cells = null) =>
        new(new JsonObject
        {
            ["metadata"] = PolyglotMetadata.CreateNotebookMetadata(),
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        }, cells?.ToList() ?? new List<NotebookCell>());

    /// <summary>The cells, in order. Insert or remove cells here.</summary>
    public List<NotebookCell> Cells { get; }

    /// <summary>Notebook-level metadata (kernelspec, language_info, papermill…).</summary>
    public JsonObject Metadata => (JsonObject)_rest["metadata"]!;

    public int FormatMajor => _rest["nbformat"]?.GetValue<int>() ?? 4;

    public int FormatMinor => _rest["nbformat_minor"]?.GetValue<int>() ?? 0;

    /// <summary>Parses notebook JSON. Throws <see cref="NotebookException"/> (Dutch) when it is not an nbformat 4 notebook.</summary>
    public static Notebook Parse(string json, string sourceName = "notebook")
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new NotebookException($"{sourceName}: geen geldige JSON (regel {ex.LineNumber + 1}): {ex.Message}", ex);
        }
        if (root is not JsonObject obj || obj["cells"] is not JsonArray cellArray)
            throw new NotebookException($"{sourceName}: geen Jupyter-notebook (het veld 'cells' ontbreekt).");
        var major = obj["nbformat"]?.GetValue<int>();
        if (major != 4)
            throw new NotebookException($"{sourceName}: nbformat {major?.ToString() ?? "onbekend"} wordt niet ondersteund; alleen nbformat 4.");

        var cells = new List<NotebookCell>();
        foreach (var node in cellArray)
        {
            if (node is not JsonObject cellObj)
                throw new NotebookException($"{sourceName}: cel {cells.Count + 1} is geen JSON-object.");
            cells.Add(new NotebookCell((JsonObject)cellObj.DeepClone()));
        }
        obj.Remove("cells");
        return new Notebook(obj, cells);
    }

    /// <summary>Reads a notebook file.</summary>
    public static Notebook Load(string path)
    {
        if (!File.Exists(path)) throw new NotebookException($"Notebook niet gevonden: {path}");
        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <summary>
    /// Upgrades to nbformat 4.5: every cell gets a unique valid id (cells that already have one keep it).
    /// </summary>
    public void EnsureCellIds()
    {
        _rest["nbformat_minor"] = Math.Max(FormatMinor, 5);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in Cells)
        {
            var id = cell.Id;
            if (string.IsNullOrEmpty(id) || !IsValidId(id) || !seen.Add(id))
            {
                do id = NotebookCell.NewId(); while (!seen.Add(id));
                cell.Id = id;
            }
        }
    }

    /// <summary>The notebook as JSON (Jupyter style: one-space indent, non-ASCII kept, trailing newline).</summary>
    public string ToJson()
    {
        var root = new JsonObject { ["cells"] = new JsonArray(Cells.Select(c => (JsonNode?)c.Json.DeepClone()).ToArray()) };
        foreach (var (key, value) in _rest) root[key] = value?.DeepClone();
        return root.ToJsonString(WriteOptions) + "\n";
    }

    /// <summary>Writes the notebook atomically.</summary>
    public void Save(string path) => AtomicOutput.WriteText(path, ToJson());

    /// <summary>Index of the first cell carrying <paramref name="tag"/>, or -1.</summary>
    public int IndexOfTag(string tag) => Cells.FindIndex(c => c.HasTag(tag));

    private static bool IsValidId(string id) =>
        id.Length is >= 1 and <= 64 && id.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_');
}
