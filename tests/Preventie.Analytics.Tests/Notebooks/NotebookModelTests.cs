using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Documents;
using Preventie.Analytics.Notebooks;

namespace Preventie.Analytics.Tests.Notebooks;

public class NotebookModelTests
{
    private const string WithUnknownFields = """
        {
         "cells": [
          {"cell_type": "markdown", "id": "m1", "metadata": {"extra": true}, "source": "# Titel\nTekst"},
          {"cell_type": "code", "execution_count": 3, "id": "c1", "metadata": {"tags": ["parameters"]},
           "outputs": [{"output_type": "stream", "name": "stdout", "text": ["a\n", "b"]}],
           "source": ["int jaar = 2024;\n", "var pad = \"data.csv\";"]}
         ],
         "metadata": {"kernelspec": {"name": ".net-csharp"}, "authors": [{"name": "Deventer"}]},
         "nbformat": 4, "nbformat_minor": 5
        }
        """;

    [Fact]
    public void Round_trip_keeps_cell_metadata_outputs_and_reads_both_source_forms()
    {
        var nb = NotebookDocument.Parse(WithUnknownFields);
        Assert.Equal("# Titel\nTekst", nb.Elements[0].Contents);
        Assert.Equal("int jaar = 2024;\nvar pad = \"data.csv\";", nb.Elements[1].Contents);
        Assert.Equal(new[] { "parameters" }, NotebookDocument.Tags(nb.Elements[1]));
        Assert.Equal(3, nb.Elements[1].ExecutionOrder);
        Assert.Equal("a\nb", Assert.IsType<TextElement>(nb.Elements[1].Outputs.Single()).Text);

        var again = JsonNode.Parse(NotebookDocument.ToJson(nb))!;
        var original = JsonNode.Parse(WithUnknownFields)!;
        Assert.True(JsonNode.DeepEquals(original["metadata"], again["metadata"]));
        Assert.True(JsonNode.DeepEquals(original["cells"]![0]!["metadata"], again["cells"]![0]!["metadata"]));
        Assert.Equal(new[] { "parameters" }, again["cells"]![1]!["metadata"]!["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("csharp", again["cells"]![1]!["metadata"]!["polyglot_notebook"]!["kernelName"]!.GetValue<string>());
        Assert.Equal(new[] { "# Titel\n", "Tekst" }, again["cells"]![0]!["source"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal(4, again["nbformat"]!.GetValue<int>());
        Assert.Equal(5, again["nbformat_minor"]!.GetValue<int>());
    }

    [Fact]
    public void Non_notebook_input_gives_a_dutch_error()
    {
        Assert.Contains("geen geldige JSON", Assert.Throws<NotebookException>(() => NotebookDocument.Parse("{ kapot", "x.ipynb")).Message);
        Assert.Contains("'cells' ontbreekt", Assert.Throws<NotebookException>(() => NotebookDocument.Parse("{\"nbformat\": 4}", "x.ipynb")).Message);
    }

    [Fact]
    public void New_notebooks_carry_the_polyglot_csharp_metadata()
    {
        var nb = NotebookDocument.Create(new[] { NotebookDocument.CodeCell("1") });
        var json = JsonNode.Parse(NotebookDocument.ToJson(nb))!;
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
        var nb = NotebookDocument.Create(new[]
        {
            NotebookDocument.CodeCell("using System;"),
            NotebookDocument.CodeCell("int jaar = 2024;", "p", "parameters"),
            NotebookDocument.CodeCell("int jaar = 2026;", "injected-parameters", "injected-parameters"),
            NotebookDocument.CodeCell("Console.WriteLine(jaar);"),
        });
        ParameterInjection.Inject(nb, new Dictionary<string, string> { ["jaar"] = "2030" });
        Assert.Equal(4, nb.Elements.Count);
        Assert.True(NotebookDocument.HasTag(nb.Elements[2], "injected-parameters"));
        Assert.EndsWith("int jaar = 2030;", nb.Elements[2].Contents);

        var computed = NotebookDocument.Create(new[] { NotebookDocument.CodeCell("var map = System.IO.Path.Combine(\"..\", \"data\");", "p", "parameters") });
        Assert.Contains("'type naam = letterlijke waarde;'",
            Assert.Throws<NotebookException>(() => ParameterInjection.Inject(computed, new Dictionary<string, string> { ["map"] = "x" })).Message);

        var none = NotebookDocument.Create(new[] { NotebookDocument.CodeCell("int jaar = 2024;") });
        var ex = Assert.Throws<NotebookException>(() => ParameterInjection.Inject(none, new Dictionary<string, string> { ["jaar"] = "1" }));
        Assert.Contains("geen cel met de tag 'parameters'", ex.Message);
    }
}
