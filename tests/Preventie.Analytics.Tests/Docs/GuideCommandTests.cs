using System.CommandLine;
using Preventie.Analytics.Cli;
using Preventie.Analytics.Tests.Notebooks;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Docs;

/// <summary>
/// The Dutch analysts' guide (docs/handleiding.md) shows only commands that exist: every <c>preventie</c> command in
/// its bash blocks parses with the real command tree (<see cref="PreventieApp.Build"/>), and the yearly cycle it walks
/// through (the block marked <c>&lt;!-- getest: jaarlijkse cyclus --&gt;</c>) runs end to end on a copy of data/ and
/// writes every file under its output folders that the guide names.
/// </summary>
[Collection("ReportConsole")] // changes the current directory and redirects the console: nothing may run beside it
public sealed class GuideCommandTests
{
    private const string CycleMarker = "<!-- getest: jaarlijkse cyclus";

    private static string GuidePath => Path.Combine(TestModels.RepoRoot, "docs", "handleiding.md");

    private static string Guide => File.ReadAllText(GuidePath);

    /// <summary>The parse errors of a guide command, each with the line it stands on; none when it parses.</summary>
    private static IEnumerable<string> ParseErrors(GuideCommand command)
    {
        if (!command.Literal) yield return $"regel {command.Line}: shell-syntaxis, niet letterlijk uit te voeren: {command.Text}";
        var result = PreventieApp.Build().Parse(command.Args.ToArray());
        foreach (var error in result.Errors) yield return $"regel {command.Line}: {command.Text}: {error.Message}";
    }

    [Fact]
    public void Readme_links_the_guide_near_its_top()
    {
        var top = File.ReadLines(Path.Combine(TestModels.RepoRoot, "README.md")).Take(12);
        Assert.Contains(top, l => l.Contains("Nederlandstalige handleiding voor analisten") && l.Contains("docs/handleiding.md"));
        Assert.True(File.Exists(GuidePath));
    }

    [Fact]
    public void Every_preventie_command_in_the_guide_parses_with_the_real_command_line()
    {
        var commands = GuideCommands.Read(Guide);
        // the guide covers installation, the cycle, assumptions, scenarios, wijken and notebooks: far more than a few
        Assert.True(commands.Count >= 20, $"only {commands.Count} commands found: is the extraction broken?");
        var verbs = commands.Select(c => c.Args.FirstOrDefault()).ToHashSet();
        foreach (var verb in new[] { "batch", "monitor", "simulate", "report", "sensitivity", "wijken", "notebook", "--help" })
            Assert.Contains(verb, verbs);
        Assert.Empty(commands.SelectMany(ParseErrors));
    }

    [Theory]
    [InlineData("preventie batch --bestaat-niet")]                                  // an option that does not exist
    [InlineData("preventie monitor check --monitor data/monitor/x.csv")]            // a command that does not exist
    [InlineData("preventie report -s data/scenarios/jonge-kind.yaml")]              // required options missing
    [InlineData("preventie batch --psa veel")]                                      // a value of the wrong kind
    [InlineData("preventie")]                                                       // no command at all
    [InlineData("preventie batch --out $HOME/uit")]                                 // shell syntax: cannot run as written
    [InlineData("dotnet run --project src/Preventie.Analytics.Cli -- simuleer \\\n    --onbekend")] // continuation, dotnet run form
    public void A_wrong_command_in_a_bash_block_is_caught(string line)
    {
        var markdown = $"Tekst.\n\n```bash\n# uitleg\n{line}\n```\n\n```text\npreventie batch --bestaat-niet-maar-geen-bash\n```\n";
        var command = Assert.Single(GuideCommands.Read(markdown));
        Assert.NotEmpty(ParseErrors(command));
    }

    [Fact]
    public void Extraction_reads_bash_blocks_as_the_shell_would()
    {
        var markdown = "<!-- getest: x -->\n```bash\n  preventie report -s \"map met spatie/a.yaml\" \\\n      -c b.yaml --out 'r.html'   # commentaar\nls -l\n```\n";
        var command = Assert.Single(GuideCommands.Read(markdown));
        Assert.Equal(new[] { "report", "-s", "map met spatie/a.yaml", "-c", "b.yaml", "--out", "r.html" }, command.Args);
        Assert.Equal(3, command.Line);  // the line of the command itself, below the fence
        Assert.True(command.Literal);
        Assert.Equal("<!-- getest: x -->", command.Marker);
    }

    [Fact]
    public void The_yearly_cycle_of_the_guide_runs_on_a_copy_of_data_and_writes_the_files_the_guide_names()
    {
        var guide = Guide;
        var cycle = GuideCommands.Read(guide).Where(c => c.Marker?.StartsWith(CycleMarker, StringComparison.Ordinal) == true).ToList();
        // monitor update (check + recalibrate) first, then the council reports on the calibrated model
        Assert.Equal(new[] { "monitor update", "batch" }, cycle.Select(CommandPath));
        var calibrated = Path.Combine(OptionValue(cycle[0], "--out"), "model");
        Assert.Equal(calibrated, OptionValue(cycle[1], "--parameters"));

        using var temp = new TempDirectory();
        CopyDirectory(Path.Combine(TestModels.RepoRoot, "data"), Path.Combine(temp.Path, "data"));
        var before = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(temp.Path);
        try
        {
            foreach (var command in cycle)
            {
                var (exit, output, error) = Cli.CommandLine.Run(Quick(command));
                Assert.True(exit == 0, $"regel {command.Line}: {command.Text}\nexit {exit}\n{error}\n{output}");
            }
        }
        finally
        {
            Directory.SetCurrentDirectory(before);
        }

        // every file or folder the guide names under the cycle's output folders exists (PDFs excepted: run without)
        var outputs = cycle.Select(c => OptionValue(c, "--out")).ToList();
        var named = GuideCommands.InlinePaths(guide)
            .Where(p => outputs.Any(o => p.StartsWith(o + "/", StringComparison.Ordinal)) && !p.EndsWith(".pdf", StringComparison.Ordinal))
            .ToList();
        Assert.True(named.Count >= 15, $"the guide names only {named.Count} output files: {string.Join(", ", named)}");
        var missing = named.Where(p => !File.Exists(Path.Combine(temp.Path, p)) && !Directory.Exists(Path.Combine(temp.Path, p))).ToList();
        Assert.True(missing.Count == 0, "named in the guide but not written: " + string.Join(", ", missing));
        // the guide's paths are the ones the calibration and the reports use
        Assert.Contains(calibrated + "/model.json", named);
        Assert.Contains("gekalibreerd op monitor-voorbeeld-2022-2024.csv",
            File.ReadAllText(Path.Combine(temp.Path, outputs[1], "jonge-kind", "rapport.html")));
    }

    /// <summary>The subcommand path of a command, e.g. "monitor update".</summary>
    private static string CommandPath(GuideCommand command)
    {
        var names = new List<string>();
        for (var r = PreventieApp.Build().Parse(command.Args.ToArray()).CommandResult; r.Parent is System.CommandLine.Parsing.CommandResult parent; r = parent)
            names.Insert(0, r.Command.Name);
        return string.Join(' ', names);
    }

    private static Option? FindOption(GuideCommand command, string name) =>
        PreventieApp.Build().Parse(command.Args.ToArray()).CommandResult.Command.Options
            .FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name));

    private static bool Names(Option option, string word) => option.Name == word || option.Aliases.Contains(word);

    /// <summary>The value given to an option (by any of its names) in the command.</summary>
    private static string OptionValue(GuideCommand command, string name)
    {
        var option = FindOption(command, name) ?? throw new InvalidOperationException($"{command.Text} has no {name}");
        var args = command.Args;
        for (var i = 0; i + 1 < args.Count; i++)
            if (Names(option, args[i])) return args[i + 1];
        throw new InvalidOperationException($"{command.Text}: {name} not given");
    }

    /// <summary>The command as written, with few draws (<c>--psa 50</c>) and no PDF where the command has those options.</summary>
    private static string[] Quick(GuideCommand command)
    {
        var args = command.Args.ToList();
        if (FindOption(command, "--psa") is { } psa)
        {
            for (var i = args.Count - 2; i >= 0; i--)
                if (Names(psa, args[i])) args.RemoveRange(i, 2);
            args.AddRange(["--psa", "50"]);
        }
        if (FindOption(command, "--zonder-pdf") is { } noPdf && !args.Any(a => Names(noPdf, a))) args.Add("--zonder-pdf");
        return args.ToArray();
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
