using System.CommandLine;
using Preventie.Analytics.Cli;

namespace Preventie.Analytics.Tests.Cli;

/// <summary>
/// Command-line help and mistakes are Dutch for every command, and a mistake exits with code 2 before anything runs.
/// The commands are taken from the real command tree, so a new command is covered without changing this test.
/// </summary>
[Collection("ReportConsole")]
public sealed class DutchCommandLineTests
{
    /// <summary>English words System.CommandLine would print (its own resources): none may reach a user.</summary>
    private static readonly string[] English =
    {
        "Usage:", "Options:", "Commands:", "Arguments:", "Description:", "Show help", "Show version", "(REQUIRED)",
        "Required", "required", "Unrecognized", "was not matched", "Cannot parse", "expected type", "Did you mean", "not recognized",
    };

    public static TheoryData<string> CommandPaths()
    {
        var data = new TheoryData<string> { "" };
        void Walk(Command command, string prefix)
        {
            foreach (var sub in command.Subcommands)
            {
                var path = (prefix + " " + sub.Name).Trim();
                data.Add(path);
                Walk(sub, path);
            }
        }
        Walk(PreventieApp.Build(), "");
        return data;
    }

    private static string[] Args(string path, params string[] more) =>
        path.Split(' ', StringSplitOptions.RemoveEmptyEntries).Concat(more).ToArray();

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void Help_of_every_command_is_Dutch(string path)
    {
        foreach (var flag in new[] { "--help", "-h", "-?" })
        {
            var (exit, output, error) = CommandLine.Run(Args(path, flag));
            Assert.Equal(0, exit);
            Assert.Equal("", error);
            Assert.StartsWith(("preventie " + path).Trim(), output);
            Assert.Contains("Gebruik:", output);
            Assert.Contains("Opties:", output);
            Assert.Contains("Toon deze hulp", output);
            foreach (var word in English) Assert.DoesNotContain(word, output);
        }
    }

    [Fact]
    public void Help_lists_required_options_values_and_subcommands_in_Dutch()
    {
        var (_, report, _) = CommandLine.Run("report", "--help");
        Assert.Contains("preventie report --scenario <bestand> --compare <bestand> --out <bestand> [opties]", report);
        Assert.Contains("(verplicht) Scenariobestand", report);
        Assert.Contains("--psa <geheel getal>", report);
        Assert.Contains("-p, --parameters, --modelmap <map>", report);
        Assert.Contains("--pdf <bestand>", report);
        var (_, root, _) = CommandLine.Run("--help");
        Assert.Contains("Opdrachten:", root);
        Assert.Contains("report (rapport)", root);
        Assert.Contains("Toon het versienummer", root);
    }

    [Theory]
    // missing required options, a value of the wrong kind and an unknown option, all at once
    [InlineData(new[] { "report", "--psa", "abc", "--foo" }, new[]
    {
        "onbekende optie --foo bij 'preventie report'. Toegestaan: --scenario, --compare, --out",
        "de optie --scenario ontbreekt; die is verplicht (Scenariobestand (YAML)",
        "de optie --compare ontbreekt; die is verplicht",
        "de optie --out ontbreekt; die is verplicht",
        "de optie --psa kreeg 'abc', maar verwacht een geheel getal",
    })]
    [InlineData(new[] { "simulate", "--scenario" }, new[] { "na de optie --scenario hoort een waarde: een bestandsnaam (Scenariobestand (YAML)" })]
    [InlineData(new[] { "batch", "--seed", "1,5" }, new[] { "de optie --seed kreeg '1,5', maar verwacht een geheel getal" })]
    [InlineData(new[] { "simulate", "-s", "a.yaml", "--psa", "10", "--seed", "abc" }, new[] { "de optie --seed kreeg 'abc', maar verwacht een geheel getal van 0 of meer" })]
    [InlineData(new[] { "batch", "--sed" }, new[] { "onbekende optie --sed bij 'preventie batch'. Bedoelt u --seed?" })]
    [InlineData(new[] { "rapprt" }, new[] { "onbekende opdracht 'rapprt' bij 'preventie'. Bedoelt u rapport? Mogelijk: batch, inventory" })]
    [InlineData(new string[0], new[] { "geef een opdracht na 'preventie': batch, inventory, simulate" })]
    [InlineData(new[] { "monitor" }, new[] { "geef een opdracht na 'preventie monitor': update" })]
    [InlineData(new[] { "inventory" }, new[] { "'preventie inventory' mist een argument: <bestand>" })]
    [InlineData(new[] { "report", "-s", "a.yaml", "-c", "b.yaml", "-o", "r.html", "los" }, new[] { "'preventie report' verwacht geen los argument, maar kreeg 'los'" })]
    [InlineData(new[] { "sensitivity", "-s", "a.yaml", "-c", "b.yaml", "--top", "1", "--top", "2" }, new[] { "de optie --top mag maar één waarde krijgen, maar kreeg er 2" })]
    public void Mistakes_are_reported_in_Dutch_with_exit_code_2(string[] args, string[] expected)
    {
        var (exit, output, error) = CommandLine.Run(args);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith(expected.Length == 1 ? "Fout in de opdrachtregel:" : $"{expected.Length} fouten in de opdrachtregel:", error);
        foreach (var e in expected) Assert.Contains(e, error);
        Assert.Contains("Er is niets uitgevoerd. Alle opties: preventie", error);
        foreach (var word in English) Assert.DoesNotContain(word, error);
        Assert.Equal(expected.Length, error.Split('\n').Count(l => l.StartsWith("  - ", StringComparison.Ordinal)));
    }
}
