using Preventie.Analytics.Notebooks;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Tests.Notebooks;

/// <summary>Small notebooks the runner tests write to a temporary folder.</summary>
internal static class SampleNotebooks
{
    /// <summary>
    /// References the library with <c>#r</c> (relative to the notebook folder), declares parameters, prints,
    /// displays an <see cref="IHtmlRenderable"/> defined in the notebook, and ends a cell with an expression.
    /// </summary>
    public static Notebook Working(string library)
    {
        return Notebook.Create(new[]
        {
            NotebookCell.Markdown("# Proef\n\nEen **klein** notebook."),
            NotebookCell.Code($"#!csharp\n#r \"{library}\"\nusing Preventie.Analytics.Reporting;", "setup"),
            NotebookCell.Code("int jaar = 2024;\nstring gemeente = \"Deventer\";\ndouble aandeel = 0.25;", "params", "parameters"),
            NotebookCell.Code(
                "[TypeFormatterSource(typeof(NotebookFormatterSource))]\n" +
                "public class Kaart : IHtmlRenderable\n{\n" +
                "    public string ToHtml() => \"<p class=\\\"kaart\\\">Kaart &amp; co</p>\";\n" +
                "    public override string ToString() => \"Kaart (tekst)\";\n}\n" +
                "Console.WriteLine($\"Jaar {jaar} in {gemeente}, aandeel {DutchFormat.Percent(aandeel)}\");\n" +
                "display(new Kaart());\n" +
                "Console.WriteLine(\"na de kaart\");", "show"),
            NotebookCell.Code("typeof(DutchFormat).Assembly.Location", "where"),
            NotebookCell.Code("jaar + 1", "last"),
        });
    }

    /// <summary>Three cells; the second throws.</summary>
    public static Notebook Failing() => Notebook.Create(new[]
    {
        NotebookCell.Code("var teller = 1;\nConsole.WriteLine(\"voor de fout\");", "eerste"),
        NotebookCell.Code("// bewust fout\nthrow new InvalidOperationException(\"opzettelijke fout\");", "fout"),
        NotebookCell.Code("Console.WriteLine(\"na de fout\");", "derde"),
    });

    public static string Write(Notebook notebook, string directory, string name)
    {
        var path = Path.Combine(directory, name);
        notebook.Save(path);
        return path;
    }
}
