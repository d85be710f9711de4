using System.Text.Json.Nodes;
using Preventie.Analytics.Notebooks;

namespace Preventie.Analytics.Tests.Notebooks;

public class NotebookModelTests
{
    private const string WithUnknownFields = """
        {
         "cells": [
          {"cell_type": "markdown", "id": "m1", "metadata": {"extra": true}, "source": "# Titel\nTekst", "attachments": {}},
          {"cell_type": "code", "execution_count": 3, "id": "c1", "metadata": {"tags": ["parameters"], "collapsed": false},
           "outputs": [{"output_type": "stream", "name": "stdout", "text": ["a\n", "b"], "x-future": 1}],
           "source": ["int jaar = 2024;\n", "var pad = \"data.csv\";"]}
         ],
         "metadata": {"kernelspec": {"name": ".net-csharp"}, "authors": [{"name": "Deventer"}]},
         "nbformat": 4, "nbformat_minor": 5, "x-top": "behouden"
        }
        """;

    [Fact]
    public void Round_trip_keeps_unknown_fields_and_reads_both_source_forms()
    {
        var nb = Notebook.Parse(WithUnknownFields);
        Assert.Equal("# Titel\nTekst", nb.Cells[0].Source);
        Assert.Equal("int jaar = 2024;\nvar pad = \"data.csv\";", nb.Cells[1].Source);
        Assert.Equal(new[] { "parameters" }, nb.Cells[1].Tags);
        Assert.Equal(3, nb.Cells[1].ExecutionCount);
        Assert.Equal("a\nb", nb.Cells[1].Outputs.Single().Text);

        var again = JsonNode.Parse(nb.ToJson())!;
        var original = JsonNode.Parse(WithUnknownFields)!;
        Assert.Equal("behouden", again["x-top"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(original["metadata"], again["metadata"]));
        Assert.True(JsonNode.DeepEquals(original["cells"]![0]!["metadata"], again["cells"]![0]!["metadata"]));
        Assert.True(JsonNode.DeepEquals(original["cells"]![1]!["outputs"], again["cells"]![1]!["outputs"]));
        Assert.NotNull(again["cells"]![0]!["attachments"]);
        // Untouched sources keep their form; a source that is set is written in Jupyter's list-of-lines form.
        Assert.Equal("# Titel\nTekst", again["cells"]![0]!["source"]!.GetValue<string>());
        nb.Cells[0].Source = "# Titel\nAnders";
        var lines = JsonNode.Parse(nb.ToJson())!["cells"]![0]!["source"]!.AsArray();
        Assert.Equal(new[] { "# Titel\n", "Anders" }, lines.Select(l => l!.GetValue<string>()));
    }

    [Fact]
    public void Non_notebook_input_gives_a_dutch_error()
    {
        Assert.Contains("geen geldige JSON", Assert.Throws<NotebookException>(() => Notebook.Parse("{ kapot", "x.ipynb")).Message);
        Assert.Contains("'cells' ontbreekt", Assert.Throws<NotebookException>(() => Notebook.Parse("{}", "x.ipynb")).Message);
    }

    [Fact]
    public void New_notebooks_carry_the_polyglot_csharp_metadata()
    {
        var nb = Notebook.Create(new[] { NotebookCell.Code("1") });
        var json = JsonNode.Parse(nb.ToJson())!;
        Assert.Equal(".NET (C#)", json["metadata"]!["kernelspec"]!["display_name"]!.GetValue<string>());
        Assert.Equal("polyglot-notebook", json["metadata"]!["language_info"]!["name"]!.GetValue<string>());
        Assert.Equal("csharp", json["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]!.GetValue<string>());
        Assert.Equal("csharp", json["cells"]![0]!["metadata"]!["polyglot_notebook"]!["kernelName"]!.GetValue<string>());
        Assert.Equal("csharp", json["cells"]![0]!["metadata"]!["dotnet_interactive"]!["language"]!.GetValue<string>());
        Assert.Equal(5, json["nbformat_minor"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("int jaar = 2024;", "jaar", "2030", "int jaar = 2030;")]
    [InlineData("var jaar = 2024; // startjaar", "jaar", "2030", "int jaar = 2030;")]
    [InlineData("string pad = \"a.csv\";", "pad", "c:\\data\\\"b\".csv", "string pad = \"c:\\\\data\\\\\\\"b\\\".csv\";")]
    [InlineData("var aandeel = 0.5;", "aandeel", "0,25", "double aandeel = 0.25d;")]
    [InlineData("decimal bedrag = 10m;", "bedrag", "12.5", "decimal bedrag = 12.5m;")]
    [InlineData("bool snel = false;", "snel", "ja", "bool snel = true;")]
    [InlineData("long seed = 42L;", "seed", "7", "long seed = 7L;")]
    public void Parameters_are_typed_by_their_declaration(string declaration, string name, string value, string expected)
    {
        var parameter = NotebookParameter.ParseDeclarations("// parameters\n" + declaration).Single(p => p.Name == name);
        Assert.Equal(expected, parameter.Declaration(value));
    }

    [Theory]
    [InlineData("int jaar = 2024;", "twintig")]
    [InlineData("int jaar = 2024;", "3000000000")]
    [InlineData("double r = 0.5;", "veel")]
    [InlineData("bool b = true;", "misschien")]
    public void Values_that_do_not_fit_the_type_are_refused(string declaration, string value)
    {
        var parameter = NotebookParameter.ParseDeclarations(declaration).Single();
        var ex = Assert.Throws<NotebookException>(() => parameter.Declaration(value));
        Assert.Contains($"'{value}'", ex.Message);
    }

    [Fact]
    public void Injection_replaces_an_earlier_injected_cell_right_after_the_parameters_cell()
    {
        var nb = Notebook.Create(new[]
        {
            NotebookCell.Code("using System;"),
            NotebookCell.Code("int jaar = 2024;", "p", "parameters"),
            NotebookCell.Code("int jaar = 2026;", "injected-parameters", "injected-parameters"),
            NotebookCell.Code("Console.WriteLine(jaar);"),
        });
        ParameterInjection.Inject(nb, new Dictionary<string, string> { ["jaar"] = "2030" });
        Assert.Equal(4, nb.Cells.Count);
        Assert.True(nb.Cells[2].HasTag("injected-parameters"));
        Assert.EndsWith("int jaar = 2030;", nb.Cells[2].Source);

        var computed = Notebook.Create(new[] { NotebookCell.Code("var map = System.IO.Path.Combine(\"..\", \"data\");", "p", "parameters") });
        Assert.Contains("'type naam = letterlijke waarde;'",
            Assert.Throws<NotebookException>(() => ParameterInjection.Inject(computed, new Dictionary<string, string> { ["map"] = "x" })).Message);

        var none = Notebook.Create(new[] { NotebookCell.Code("int jaar = 2024;") });
        var ex = Assert.Throws<NotebookException>(() => ParameterInjection.Inject(none, new Dictionary<string, string> { ["jaar"] = "1" }));
        Assert.Contains("geen cel met de tag 'parameters'", ex.Message);
    }

    [Fact]
    public void Magics_csharp_and_r_are_handled_and_other_magics_refused_in_dutch()
    {
        var (code, refs) = CellMagics.Extract("#!csharp\n#r \"../lib/A.dll\"\nvar x = 1;");
        Assert.Equal("\n\nvar x = 1;", code);
        Assert.Equal(new[] { "../lib/A.dll" }, refs);

        var fsharp = Assert.Throws<NotebookException>(() => CellMagics.Extract("#!fsharp\nlet x = 1"));
        Assert.Contains("'#!fsharp'", fsharp.Message);
        Assert.Contains("niet ondersteund", fsharp.Message);
        Assert.Contains("NuGet", Assert.Throws<NotebookException>(() => CellMagics.Extract("#r \"nuget: Plotly.NET\"")).Message);
    }
}
