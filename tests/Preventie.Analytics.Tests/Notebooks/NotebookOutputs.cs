using Microsoft.DotNet.Interactive.Documents;
using Preventie.Analytics.Notebooks;

namespace Preventie.Analytics.Tests.Notebooks;

/// <summary>Reading cells and outputs of executed notebooks in tests.</summary>
internal static class NotebookOutputs
{
    public static InteractiveDocumentElement Cell(NotebookRunResult result, string id) => result.Executed.Elements.Single(c => c.Id == id);

    /// <summary>The nbformat output_type of an output.</summary>
    public static string Type(InteractiveDocumentOutputElement output) => output switch
    {
        TextElement => "stream",
        DisplayElement => "display_data",
        ReturnValueElement => "execute_result",
        ErrorElement => "error",
        _ => output.GetType().Name,
    };

    public static string? Data(InteractiveDocumentOutputElement output, string mime) => NotebookDocument.Data(output, mime);

    public static string Text(InteractiveDocumentOutputElement output) => output is TextElement text ? text.Text : string.Empty;

    public static string Stream(InteractiveDocumentElement cell, string name = "stdout") =>
        string.Concat(cell.Outputs.OfType<TextElement>().Where(t => t.Name == name).Select(t => t.Text));

    /// <summary>A metadata object (papermill…) of a cell or notebook as a dictionary.</summary>
    public static IDictionary<string, object?> Section(object? metadata, string name) =>
        metadata is IDictionary<string, object?> dictionary && dictionary.TryGetValue(name, out var value) && value is IDictionary<string, object?> section
            ? section
            : throw new Xunit.Sdk.XunitException($"metadata '{name}' ontbreekt");

    public static string Write(InteractiveDocument notebook, string directory, string name)
    {
        var path = Path.Combine(directory, name);
        NotebookDocument.Save(notebook, path);
        return path;
    }
}
