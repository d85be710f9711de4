using Preventie.Analytics.Html;
using Preventie.Analytics.Formatting;
using Microsoft.DotNet.Interactive.Documents;
using Preventie.Analytics.Notebooks;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Tests.Notebooks;

/// <summary>Small notebooks the runner tests write to a temporary folder.</summary>
internal static class SampleNotebooks
{
    /// <summary>
    /// References the library's core and renderers with <c>#r</c> (<paramref name="library"/>: the folder, relative to the
    /// notebook folder), declares parameters, prints,
    /// displays an <see cref="IHtmlRenderable"/> defined in the notebook, and ends a cell with an expression.
    /// </summary>
    public static InteractiveDocument Working(string library) => NotebookDocument.Create(new[]
    {
        NotebookDocument.MarkdownCell("# Proef\n\nEen **klein** notebook."),
        NotebookDocument.CodeCell($"#r \"{library}/Preventie.Analytics.dll\"\n#r \"{library}/Preventie.Analytics.Reporting.dll\"\n" +
            "using Preventie.Analytics.Display;\nusing Preventie.Analytics.Formatting;\nusing Preventie.Analytics.Html;", "setup"),
        NotebookDocument.CodeCell("#!csharp\nint jaar = 2024;\nstring gemeente = \"Deventer\";\ndouble aandeel = 0.25;", "params", "parameters"),
        NotebookDocument.CodeCell(
            "[TypeFormatterSource]\n" +
            "public class Kaart : IHtmlRenderable\n{\n" +
            "    public string ToHtml() => \"<p class=\\\"kaart\\\">Kaart &amp; co</p>\";\n" +
            "    public override string ToString() => \"Kaart (tekst)\";\n}\n" +
            "Console.WriteLine($\"Jaar {jaar} in {gemeente}, aandeel {DutchFormat.Percent(aandeel)}\");\n" +
            "display(new Kaart());\n" +
            "Console.WriteLine(\"na de kaart\");", "show"),
        NotebookDocument.CodeCell("DutchFormat.Number(1234.5, 1)", "where"),
        NotebookDocument.CodeCell("jaar + 1", "last"),
    });

    /// <summary>Three cells; the second throws.</summary>
    public static InteractiveDocument Failing() => NotebookDocument.Create(new[]
    {
        NotebookDocument.CodeCell("var teller = 1;\nConsole.WriteLine(\"voor de fout\");", "eerste"),
        NotebookDocument.CodeCell("// bewust fout\nthrow new InvalidOperationException(\"opzettelijke fout\");", "fout"),
        NotebookDocument.CodeCell("Console.WriteLine(\"na de fout\");", "derde"),
    });
}
