namespace Preventie.Analytics.Notebooks;

/// <summary>
/// The notebook metadata that makes a notebook open with the C# kernel in VS Code (Polyglot Notebooks) and in
/// Jupyter (".NET (C#)" kernel of .NET Interactive), as the document model stores it.
/// </summary>
public static class PolyglotMetadata
{
    /// <summary>Notebook-level metadata: kernelspec, language_info and the Polyglot kernel list.</summary>
    public static IDictionary<string, object> CreateNotebookMetadata() => new Dictionary<string, object>
    {
        ["kernelspec"] = new Dictionary<string, object>
        {
            ["display_name"] = ".NET (C#)",
            ["language"] = "C#",
            ["name"] = ".net-csharp",
        },
        ["language_info"] = new Dictionary<string, object> { ["name"] = "polyglot-notebook" },
        ["polyglot_notebook"] = new Dictionary<string, object>
        {
            ["kernelInfo"] = new Dictionary<string, object>
            {
                ["defaultKernelName"] = NotebookDocument.CSharpKernel,
                ["items"] = new object[] { new Dictionary<string, object> { ["aliases"] = Array.Empty<object>(), ["name"] = NotebookDocument.CSharpKernel } },
            },
        },
    };
}
