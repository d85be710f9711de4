using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Documents;
using Preventie.Analytics.Notebooks;

namespace Preventie.Analytics.Tests.Notebooks;

/// <summary>
/// Compares the outputs of the same notebook executed by the runner and by Jupyter, cell by cell: streams, and the
/// text/plain and text/html of displayed values and cell results. Line endings and random element ids (GUIDs, which
/// charts use for their container) are normalised; the script the kernel's Jupyter front end sends once per session to
/// find its cells is not an output of the notebook and is left out.
/// </summary>
internal static partial class OutputComparison
{
    private const string JupyterBootstrapMarker = "dotnet-interactive-this-cell";

    /// <summary>Every difference, error output and stderr warning, as Dutch lines naming notebook and cell.</summary>
    public static IReadOnlyList<string> Compare(string name, InteractiveDocument runner, InteractiveDocument jupyter)
    {
        var problems = new List<string>();
        if (runner.Elements.Count != jupyter.Elements.Count)
        {
            problems.Add($"{name}: {runner.Elements.Count} cellen in de runner, {jupyter.Elements.Count} in Jupyter.");
            return problems;
        }
        for (var i = 0; i < runner.Elements.Count; i++)
        {
            var where = $"{name}, cel {i + 1}";
            var fromJupyter = jupyter.Elements[i];
            foreach (var output in fromJupyter.Outputs.Concat(runner.Elements[i].Outputs))
            {
                if (output is ErrorElement error) problems.Add($"{where}: foutuitvoer {error.ErrorName}: {error.ErrorValue}");
                if (output is TextElement { Name: "stderr" } warning) problems.Add($"{where}: uitvoer op stderr: {warning.Text.Trim()}");
            }
            var expected = Normalise(runner.Elements[i]);
            var actual = Normalise(fromJupyter);
            if (expected.Count != actual.Count)
                problems.Add($"{where}: {expected.Count} uitvoer(en) in de runner, {actual.Count} in Jupyter: " +
                             $"[{string.Join(", ", expected.Select(Head))}] tegenover [{string.Join(", ", actual.Select(Head))}]");
            else
                for (var n = 0; n < expected.Count; n++)
                    if (expected[n] != actual[n])
                        problems.Add($"{where}, uitvoer {n + 1}: verschilt vanaf teken {FirstDifference(expected[n], actual[n])}: " +
                                     $"runner '{Around(expected[n], actual[n])}' tegenover Jupyter '{Around(actual[n], expected[n])}'");
        }
        return problems;
    }

    /// <summary>One line per output and MIME type, normalised.</summary>
    public static IReadOnlyList<string> Normalise(InteractiveDocumentElement cell)
    {
        var result = new List<string>();
        foreach (var output in cell.Outputs)
        {
            switch (output)
            {
                case TextElement text:
                    result.Add($"{text.Name}: {Normalise(text.Text)}");
                    break;
                case DisplayElement or ReturnValueElement:
                    var kind = output is DisplayElement ? "display_data" : "execute_result";
                    var html = NotebookDocument.Data(output, "text/html");
                    if (html is not null && html.Contains(JupyterBootstrapMarker, StringComparison.Ordinal)) break;
                    foreach (var mime in new[] { "text/plain", "text/html" })
                        if (NotebookDocument.Data(output, mime) is { } value)
                            result.Add($"{kind} {mime}: {Normalise(value)}");
                    break;
                case ErrorElement error:
                    result.Add($"error: {error.ErrorName}");
                    break;
            }
        }
        return result;
    }

    /// <summary>CRLF to LF, and every GUID replaced by its order of appearance (id1, id2…).</summary>
    public static string Normalise(string text)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        return Guid().Replace(text.Replace("\r\n", "\n"), m =>
        {
            if (!ids.TryGetValue(m.Value, out var id)) ids[m.Value] = id = "id" + (ids.Count + 1);
            return id;
        });
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")]
    private static partial Regex Guid();

    private static string Head(string line) => line.Length <= 60 ? line : line[..60] + "…";

    private static int FirstDifference(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }

    private static string Around(string text, string other)
    {
        var at = FirstDifference(text, other);
        var start = Math.Max(0, at - 40);
        return text.Substring(start, Math.Min(120, text.Length - start)).Replace("\n", "\\n");
    }
}
