using System.Text.Json.Nodes;

namespace Preventie.Analytics.Notebooks;

/// <summary>
/// The metadata that makes a notebook open with the C# kernel in VS Code (Polyglot Notebooks) and in Jupyter
/// (".NET (C#)" kernel of .NET Interactive).
/// </summary>
public static class PolyglotMetadata
{
    /// <summary>Notebook-level metadata: kernelspec, language_info and the Polyglot kernel list.</summary>
    public static JsonObject CreateNotebookMetadata() => new()
    {
        ["kernelspec"] = new JsonObject
        {
            ["display_name"] = ".NET (C#)",
            ["language"] = "C#",
            ["name"] = ".net-csharp",
        },
        ["language_info"] = new JsonObject
        {
            ["name"] = "polyglot-notebook",
        },
        ["polyglot_notebook"] = new JsonObject
        {
            ["kernelInfo"] = new JsonObject
            {
                ["defaultKernelName"] = "csharp",
                ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }),
            },
        },
    };

    /// <summary>Per-code-cell metadata that pins the cell to the C# kernel.</summary>
    public static JsonObject CreateCodeCellMetadata() => new()
    {
        ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" },
        ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
    };

    /// <summary>
    /// The kernel a code cell is pinned to by its metadata ("csharp" when unspecified), so the runner can refuse
    /// cells written for another language.
    /// </summary>
    public static string KernelNameOf(NotebookCell cell)
    {
        var metadata = cell.Metadata;
        var name = metadata["polyglot_notebook"]?["kernelName"]?.GetValue<string>()
                   ?? metadata["dotnet_interactive"]?["language"]?.GetValue<string>();
        return string.IsNullOrEmpty(name) ? "csharp" : name;
    }
}
