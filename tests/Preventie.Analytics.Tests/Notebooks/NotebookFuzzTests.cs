using System.Text.Json;
using System.Text.Json.Nodes;
using Preventie.Analytics.Notebooks;

namespace Preventie.Analytics.Tests.Notebooks;

/// <summary>
/// Seeded mutations of the shipped notebooks' JSON (wrong types, missing and extra fields, other nbformat versions,
/// unknown cell types, broken JSON) through reading, validation, writing and the HTML page: the only exception allowed
/// is the documented <see cref="NotebookException"/>, whose Dutch message names the file. Nothing runs: validation
/// comes before any cell.
/// </summary>
public class NotebookFuzzTests
{
    private const int Cases = 10_000;
    private const string FileName = "gemuteerd.ipynb";

    [Fact]
    public void Mutated_notebooks_are_read_or_refused_with_the_documented_error()
    {
        var originals = ShippedRuns.FileNames().Select(f => File.ReadAllText(Path.Combine(ShippedRuns.NotebooksFolder, f)))
            .Select(text => (Text: text, Tree: JsonNode.Parse(text)!.AsObject())).ToList();
        Assert.NotEmpty(originals);
        var random = new Random(20261202);
        var refused = 0;
        var failures = new List<string>();
        for (var n = 0; n < Cases && failures.Count < 5; n++)
        {
            var original = originals[random.Next(originals.Count)];
            var (json, mutation) = Mutate(original.Text, original.Tree, random);
            try
            {
                var document = NotebookDocument.Parse(json, FileName);
                JsonNode.Parse(NotebookDocument.ToJson(document));
                if (n % 10 == 0) NotebookHtml.Render(document, "fuzz");
            }
            catch (NotebookException ex)
            {
                refused++;
                if (!ex.Message.Contains(FileName, StringComparison.Ordinal))
                    failures.Add($"geval {n} ({mutation}): melding zonder bestandsnaam: {ex.Message}");
            }
            catch (Exception ex)
            {
                failures.Add($"geval {n} ({mutation}): {ex.GetType().Name}: {ex.Message}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // Both outcomes must occur, or the mutations test nothing.
        Assert.InRange(refused, Cases / 10, Cases - Cases / 20);
    }

    [Theory]
    [InlineData("""{"cells":[{"cell_type":"code","metadata":{},"outputs":[],"source":42}],"metadata":{},"nbformat":4,"nbformat_minor":5}""",
        "cel 1: veld 'source': waarde 42 is geen tekst of lijst van teksten")]
    [InlineData("""{"cells":[],"metadata":{},"nbformat":3,"nbformat_minor":0}""", "veld 'nbformat': waarde 3 wordt niet ondersteund")]
    [InlineData("""{"cells":[{"cell_type":"sql","metadata":{},"source":"x"}],"metadata":{},"nbformat":4,"nbformat_minor":5}""",
        "cel 1: veld 'cell_type': onbekende waarde \"sql\"")]
    [InlineData("""{"cells":[{"cell_type":"raw","metadata":{},"source":"x"}],"metadata":{},"nbformat":4,"nbformat_minor":5}""",
        "cel 1: veld 'cell_type': waarde \"raw\" wordt niet ondersteund")]
    [InlineData("""{"cells":[{"cell_type":"code","metadata":{"tags":"parameters"},"outputs":[],"source":""}],"metadata":{},"nbformat":4,"nbformat_minor":5}""",
        "cel 1: veld 'metadata.tags': waarde \"parameters\" is geen lijst van teksten")]
    [InlineData("""{"cells":[{"cell_type":"code","metadata":{"polyglot_notebook":{"kernelName":"fsharp"}},"outputs":[],"source":"1"}],"metadata":{},"nbformat":4,"nbformat_minor":5}""",
        "cel 1: veld 'metadata.polyglot_notebook.kernelName': waarde \"fsharp\" wordt niet ondersteund")]
    [InlineData("""{"cells":[{"cell_type":"code","metadata":{},"outputs":[{"output_type":"stream","name":"stdout","text":7}],"source":"1"}],"metadata":{},"nbformat":4,"nbformat_minor":5}""",
        "cel 1, uitvoer 1: veld 'text': waarde 7 is geen tekst of lijst van teksten")]
    public void Malformed_notebook_is_refused_naming_cell_field_and_value(string json, string expected)
    {
        var ex = Assert.Throws<NotebookException>(() => NotebookDocument.Parse(json, "x.ipynb"));
        Assert.Contains("x.ipynb: " + expected, ex.Message);
        Assert.Contains("er is geen cel uitgevoerd", ex.Message);
    }

    /// <summary>One random mutation of the notebook JSON, and a short description of it.</summary>
    private static (string Json, string Mutation) Mutate(string json, JsonObject tree, Random random)
    {
        switch (random.Next(10))
        {
            case 0:
                var cut = random.Next(json.Length);
                return (json[..cut], $"afgekapt op {cut}");
            case 1:
                var at = random.Next(json.Length);
                const string junkCharacters = "{}[],:\"0tfn\\";
                var junk = junkCharacters[random.Next(junkCharacters.Length)].ToString();
                return (json.Insert(at, junk), $"'{junk}' ingevoegd op {at}");
        }
        var root = tree.DeepClone().AsObject();
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var target = nodes[random.Next(nodes.Count)];
        var path = target.GetPath();
        var replacement = RandomValue(random);
        if (random.Next(4) == 0 && target.Parent is JsonObject parent)
        {
            parent.Remove(target.GetPropertyName());
            return (root.ToJsonString(), $"{path} verwijderd");
        }
        if (target.Parent is JsonObject owner) owner[target.GetPropertyName()] = replacement;
        else if (target.Parent is JsonArray array) array[target.GetElementIndex()] = replacement;
        else return (replacement?.ToJsonString() ?? "null", "hele bestand vervangen");
        return (root.ToJsonString(), $"{path} = {replacement?.ToJsonString() ?? "null"}");
    }

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        if (node.Parent is not null) nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj) if (child is not null) Collect(child, nodes);
                break;
            case JsonArray array:
                foreach (var child in array) if (child is not null) Collect(child, nodes);
                break;
        }
    }

    private static JsonNode? RandomValue(Random random) => random.Next(12) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(-5, 6)),
        2 => JsonValue.Create(random.NextDouble() * 1e6),
        3 => JsonValue.Create(random.Next(2) == 0),
        4 => JsonValue.Create(new[] { "code", "markdown", "raw", "sql", "", "stream", "error", "display_data" }[random.Next(8)]),
        5 => new JsonArray(),
        6 => new JsonArray(JsonValue.Create("a\n"), JsonValue.Create(1)),
        7 => new JsonObject(),
        8 => new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = "x" },
        9 => JsonValue.Create(3),
        10 => JsonValue.Create("<script>alert(1)</script>"),
        _ => JsonValue.Create(long.MaxValue),
    };
}
