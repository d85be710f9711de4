using System.Security.Cryptography;
using Microsoft.DotNet.Interactive.Documents;
using Preventie.Analytics.Output;
using Jupyter = Microsoft.DotNet.Interactive.Documents.Jupyter.Notebook;

namespace Preventie.Analytics.Notebooks;

/// <summary>
/// Reads and writes <c>.ipynb</c> files with <c>Microsoft.DotNet.Interactive.Documents</c> (the reader VS Code's
/// Polyglot Notebooks use), after <see cref="NotebookValidator"/> has checked the JSON, and refuses cells for
/// another kernel before anything runs.
/// </summary>
public static class NotebookDocument
{
    /// <summary>The kernel every code cell must be for.</summary>
    public const string CSharpKernel = "csharp";

    /// <summary>The kernel name the document model gives markdown cells.</summary>
    public const string MarkdownKernel = "markdown";

    private static readonly string[] CSharpAliases = { CSharpKernel, "c#", "C#", "cs" };

    /// <summary>Reads and validates a notebook file. Throws <see cref="NotebookException"/> (Dutch) when it cannot run.</summary>
    public static InteractiveDocument Load(string path)
    {
        if (!File.Exists(path)) throw new NotebookException($"Notebook niet gevonden: {path}");
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new NotebookException($"{Path.GetFileName(path)}: kan het bestand niet lezen ({Output.FileSystemError.Describe(ex, reading: true)}).", ex);
        }
        return Parse(json, Path.GetFileName(path));
    }

    /// <summary>Parses and validates notebook JSON; <paramref name="fileName"/> names it in messages.</summary>
    public static InteractiveDocument Parse(string json, string fileName = "notebook")
    {
        NotebookValidator.Validate(json, fileName);
        var document = Jupyter.Parse(json);
        var errors = new List<string>();
        for (var i = 0; i < document.Elements.Count; i++)
        {
            var element = document.Elements[i];
            if (element.KernelName is null || CSharpAliases.Contains(element.KernelName, StringComparer.Ordinal))
                element.KernelName = IsMarkdown(element) ? MarkdownKernel : CSharpKernel;
            else if (!IsMarkdown(element))
                errors.Add($"{fileName}: cel {i + 1}: veld 'metadata.polyglot_notebook.kernelName': waarde \"{element.KernelName}\" " +
                           "wordt niet ondersteund; 'preventie notebook run' voert alleen C#-cellen uit.");
        }
        if (errors.Count > 0)
            throw new NotebookException("Het notebook is ongeldig; er is geen cel uitgevoerd." + Environment.NewLine + string.Join(Environment.NewLine, errors));
        EnsureCellIds(document);
        return document;
    }

    /// <summary>The notebook as Jupyter JSON (one-space indent, as Jupyter writes it), with a final newline.</summary>
    public static string ToJson(InteractiveDocument document) => Jupyter.ToJupyterJson(document).TrimEnd('\n') + "\n";

    /// <summary>Writes the notebook atomically.</summary>
    public static void Save(InteractiveDocument document, string path) => AtomicOutput.WriteText(path, ToJson(document));

    /// <summary>A deep copy (through JSON), so a run never changes the notebook it was given.</summary>
    public static InteractiveDocument Copy(InteractiveDocument document)
    {
        var copy = Jupyter.Parse(Jupyter.ToJupyterJson(document));
        for (var i = 0; i < copy.Elements.Count; i++) copy.Elements[i].KernelName = document.Elements[i].KernelName;
        return copy;
    }

    /// <summary>True for a Markdown cell.</summary>
    public static bool IsMarkdown(InteractiveDocumentElement element) => element.KernelName == MarkdownKernel;

    /// <summary>True for a code cell (any kernel other than Markdown).</summary>
    public static bool IsCode(InteractiveDocumentElement element) => !IsMarkdown(element);

    /// <summary>The cell's tags (metadata.tags).</summary>
    public static IReadOnlyList<string> Tags(InteractiveDocumentElement element) =>
        element.Metadata is { } metadata && metadata.TryGetValue("tags", out var tags) && tags is IEnumerable<object?> list
            ? list.OfType<string>().ToList()
            : Array.Empty<string>();

    /// <summary>True when the cell carries <paramref name="tag"/> in its metadata tags (case-sensitive).</summary>
    public static bool HasTag(InteractiveDocumentElement element, string tag) => Tags(element).Contains(tag, StringComparer.Ordinal);

    /// <summary>The first non-empty source line, shortened, to name the cell in messages.</summary>
    public static string FirstLine(InteractiveDocumentElement element, int maxLength = 60)
    {
        var line = element.Contents.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? string.Empty;
        return line.Length <= maxLength ? line : line[..(maxLength - 1)] + "…";
    }

    /// <summary>
    /// The text of one MIME type of a display_data or execute_result output (stored as one string or a list of lines);
    /// null for other outputs or when the type is absent.
    /// </summary>
    public static string? Data(InteractiveDocumentOutputElement output, string mimeType)
    {
        var data = output switch
        {
            DisplayElement display => display.Data,
            ReturnValueElement result => result.Data,
            _ => null,
        };
        return data is not null && data.TryGetValue(mimeType, out var value)
            ? value switch
            {
                string text => text,
                IEnumerable<object?> lines when lines.All(l => l is string) => string.Concat(lines.Cast<string>()),
                _ => null,
            }
            : null;
    }

    /// <summary>A new C# code cell with the Polyglot metadata and, optionally, tags.</summary>
    public static InteractiveDocumentElement CodeCell(string source, string? id = null, params string[] tags)
    {
        var element = new InteractiveDocumentElement(source, CSharpKernel) { Id = id ?? NewId(), Metadata = new Dictionary<string, object>() };
        if (tags.Length > 0) element.Metadata["tags"] = tags.Cast<object>().ToArray();
        return element;
    }

    /// <summary>A new markdown cell.</summary>
    public static InteractiveDocumentElement MarkdownCell(string source, string? id = null) =>
        new(source, MarkdownKernel) { Id = id ?? NewId(), Metadata = new Dictionary<string, object>() };

    /// <summary>A new notebook with the Polyglot/.NET Interactive C# metadata.</summary>
    public static InteractiveDocument Create(IEnumerable<InteractiveDocumentElement> cells)
    {
        var document = new InteractiveDocument(cells.ToList());
        foreach (var (key, value) in PolyglotMetadata.CreateNotebookMetadata()) document.Metadata[key] = value;
        return document;
    }

    /// <summary>nbformat 4.5: every cell has a unique id of 1-64 characters [a-zA-Z0-9-_]; cells that have one keep it.</summary>
    private static void EnsureCellIds(InteractiveDocument document)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.Elements)
        {
            var id = element.Id;
            if (string.IsNullOrEmpty(id) || !IsValidId(id) || !seen.Add(id))
            {
                do id = NewId(); while (!seen.Add(id));
                element.Id = id;
            }
        }
    }

    private static bool IsValidId(string id) =>
        id.Length is >= 1 and <= 64 && id.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_');

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
}
