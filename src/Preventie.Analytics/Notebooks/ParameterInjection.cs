using System.Text;
using System.Text.Json.Nodes;

namespace Preventie.Analytics.Notebooks;

/// <summary>
/// Papermill's parameter injection: a new code cell tagged <c>injected-parameters</c>, right after the cell tagged
/// <c>parameters</c>, re-declares the given parameters with their new values (typed as declared in the parameters
/// cell). An earlier injected cell (from a previous run) is replaced.
/// </summary>
public static class ParameterInjection
{
    public const string ParametersTag = "parameters";
    public const string InjectedTag = "injected-parameters";

    /// <summary>
    /// Injects <paramref name="values"/> into <paramref name="notebook"/>. Throws <see cref="NotebookException"/> with
    /// every problem at once (no parameters cell, unknown names, values of the wrong type).
    /// </summary>
    public static void Inject(Notebook notebook, IReadOnlyDictionary<string, string> values)
    {
        notebook.Cells.RemoveAll(c => c.HasTag(InjectedTag));
        if (values.Count == 0) return;

        var index = notebook.IndexOfTag(ParametersTag);
        if (index < 0)
            throw new NotebookException(
                "Er zijn parameters meegegeven (-p), maar het notebook heeft geen cel met de tag 'parameters'.");

        var declared = NotebookParameter.ParseDeclarations(notebook.Cells[index].Source)
            .GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var errors = new List<string>();
        var code = new StringBuilder("// Parameters meegegeven bij 'preventie notebook run'\n");
        foreach (var (name, value) in values)
        {
            if (!declared.TryGetValue(name, out var parameter))
            {
                if (System.Text.RegularExpressions.Regex.IsMatch(notebook.Cells[index].Source, $@"\b{System.Text.RegularExpressions.Regex.Escape(name)}\s*="))
                {
                    errors.Add($"Parameter '{name}' staat in de parameters-cel, maar niet als 'type naam = letterlijke waarde;' " +
                               "(string, int, long, double, decimal, float of bool); alleen zo kan de waarde vervangen worden.");
                    continue;
                }
                var known = declared.Count == 0 ? "(geen)" : string.Join(", ", declared.Keys);
                errors.Add($"Parameter '{name}' bestaat niet in de parameters-cel; bekende parameters: {known}.");
                continue;
            }
            try
            {
                code.Append(parameter.Declaration(value)).Append('\n');
            }
            catch (NotebookException ex)
            {
                errors.Add(ex.Message);
            }
        }
        if (errors.Count > 0) throw new NotebookException(string.Join(Environment.NewLine, errors));

        var id = InjectedTag;
        for (var n = 2; notebook.Cells.Any(c => c.Id == id); n++) id = $"{InjectedTag}-{n}";
        var cell = NotebookCell.Code(code.ToString().TrimEnd('\n'), id, InjectedTag);
        notebook.Cells.Insert(index + 1, cell);
    }

    /// <summary>The values as a JSON object for the papermill metadata.</summary>
    public static JsonObject ToJson(IReadOnlyDictionary<string, string> values)
    {
        var json = new JsonObject();
        foreach (var (name, value) in values) json[name] = value;
        return json;
    }
}
