using System.Text;
using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Documents;

namespace Preventie.Analytics.Notebooks;

/// <summary>
/// Papermill's parameter injection: a new code cell tagged <c>injected-parameters</c>, right after the cell tagged
/// <c>parameters</c>, re-declares the given parameters with their new values (typed as declared in the parameters
/// cell). An earlier injected cell (from a previous run) is replaced.
/// </summary>
public static class ParameterInjection
{
    /// <summary>The tag of the cell that declares the notebook's parameters and their defaults.</summary>
    public const string ParametersTag = "parameters";
    /// <summary>The tag of the cell the injection adds after it.</summary>
    public const string InjectedTag = "injected-parameters";

    /// <summary>
    /// Injects <paramref name="values"/> into <paramref name="notebook"/>. Throws <see cref="NotebookException"/> with
    /// every problem at once (no parameters cell, unknown names, values of the wrong type).
    /// </summary>
    public static void Inject(InteractiveDocument notebook, IReadOnlyDictionary<string, string> values)
    {
        var cells = notebook.Elements;
        foreach (var injected in cells.Where(c => NotebookDocument.HasTag(c, InjectedTag)).ToList()) cells.Remove(injected);
        if (values.Count == 0) return;

        var index = cells.ToList().FindIndex(c => NotebookDocument.IsCode(c) && NotebookDocument.HasTag(c, ParametersTag));
        if (index < 0)
            throw new NotebookException(
                "Er zijn parameters meegegeven (-p), maar het notebook heeft geen cel met de tag 'parameters'.");

        var declared = NotebookParameter.ParseDeclarations(cells[index].Contents)
            .GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var errors = new List<string>();
        var code = new StringBuilder("// Parameters meegegeven bij 'preventie notebook run'\n");
        foreach (var (name, value) in values)
        {
            if (!declared.TryGetValue(name, out var parameter))
            {
                if (Regex.IsMatch(cells[index].Contents, $@"\b{Regex.Escape(name)}\s*="))
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
        for (var n = 2; cells.Any(c => c.Id == id); n++) id = $"{InjectedTag}-{n}";
        cells.Insert(index + 1, NotebookDocument.CodeCell(code.ToString().TrimEnd('\n'), id, InjectedTag));
    }
}
