using Preventie.Analytics.Html;
using Preventie.Analytics.Formatting;
using System.CommandLine;
using Preventie.Analytics.Input;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Notebooks;
using Preventie.Analytics.Output;
using Preventie.Analytics.Reporting;
using Spectre.Console;

namespace Preventie.Analytics.Cli.Commands;

/// <summary>
/// <c>preventie notebook run &lt;in.ipynb&gt; [-p naam=waarde …] [--out &lt;uitgevoerd.ipynb&gt;] [--html &lt;pagina.html&gt; [--offline]]
/// [--cell-timeout &lt;duur&gt;]</c>: runs a C# notebook headless (papermill-style) on the .NET Interactive C# kernel and writes the executed notebook, by default to
/// <c>out/notebooks/&lt;naam&gt;.uitgevoerd.ipynb</c> under the current folder. The kernel runs in a child process
/// (this program again, <see cref="NotebookChildCommand"/>), so a cell that overflows the stack or ends the process
/// ends only the child. Exit code 0 when every cell ran, 1 when a cell failed or ran longer than the cell timeout (the
/// executed notebook is still written, with the error in that cell) and also 1 when a cell ended the whole process
/// (stack overflow, <c>Environment.Exit</c>, an uncaught exception on another thread: a Dutch message names the cell,
/// nothing is written), 2 for input errors (a malformed notebook, a bad parameter or timeout: nothing runs, nothing
/// is written).
/// </summary>
public static class NotebookCommand
{
    /// <summary>
    /// Exit code when a cell failed or ran longer than the cell timeout (the executed notebook is still written, with
    /// the error in that cell), and when a cell ended the whole process (nothing is written).
    /// </summary>
    public const int CellFailed = 1;

    /// <summary>The default folder for executed notebooks, relative to the current folder.</summary>
    public static readonly string DefaultOutputFolder = Path.Combine("out", "notebooks");

    /// <summary>Builds the <c>notebook</c> command (alias <c>notebooks</c>) with its <c>run</c> subcommand (alias <c>uitvoeren</c>).</summary>
    public static Command Build()
    {
        var notebook = new Command("notebook", "Notebooks headless uitvoeren, zoals papermill: parameters meegeven, resultaten en fouten vastleggen.");
        notebook.Aliases.Add("notebooks");

        var input = new Argument<FileInfo>("notebook") { Description = "Het notebook (.ipynb) dat uitgevoerd wordt." };
        var parameters = new Option<string[]>("--parameter", "-p")
        {
            Description = "Parameter als naam=waarde; overschrijft de waarde in de cel met de tag 'parameters'. Herhaalbaar.",
            DefaultValueFactory = _ => Array.Empty<string>(),
        };
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = $"Het uitgevoerde notebook (standaard {Path.Combine(DefaultOutputFolder, "<naam>.uitgevoerd.ipynb")}).",
        };
        var html = new Option<FileInfo?>("--html") { Description = "Schrijf het uitgevoerde notebook ook als leesbare HTML-pagina." };
        var offline = new Option<bool>("--offline")
        {
            Description = "Neem plotly.js op in de HTML-pagina (uit node_modules, na 'npm ci'), zodat de grafieken zonder internet werken.",
        };

        var cellTimeout = new Option<string?>("--cell-timeout")
        {
            Description = "Maximale duur van één cel, bijvoorbeeld 600, 90s of 10m (standaard 10m); een cel die langer loopt wordt gestopt.",
        };

        var run = new Command("run", "Voert alle C#-cellen van een notebook op volgorde uit en schrijft het uitgevoerde notebook.");
        run.Aliases.Add("uitvoeren");
        run.Arguments.Add(input);
        run.Options.Add(parameters);
        run.Options.Add(output);
        run.Options.Add(html);
        run.Options.Add(offline);
        run.Options.Add(cellTimeout);
        run.SetAction((pr, ct) => CommandErrors.RunAsync(() =>
            RunAsync(pr.GetValue(input)!, pr.GetValue(parameters) ?? Array.Empty<string>(), pr.GetValue(output), pr.GetValue(html),
                pr.GetValue(offline), pr.GetValue(cellTimeout), ct)));
        notebook.Subcommands.Add(run);
        notebook.Subcommands.Add(NotebookChildCommand.Build());
        return notebook;
    }

    /// <summary>The default executed-notebook path for <paramref name="notebookPath"/>.</summary>
    public static string DefaultOutputPath(string notebookPath) =>
        Path.Combine(DefaultOutputFolder, Path.GetFileNameWithoutExtension(notebookPath) + ".uitgevoerd.ipynb");

    private static async Task<int> RunAsync(FileInfo input, string[] parameterArgs, FileInfo? output, FileInfo? html, bool offline,
        string? cellTimeoutText, CancellationToken ct)
    {
        string? staging = null;
        try
        {
            ParseParameters(parameterArgs);
            ParseTimeout(cellTimeoutText);
            // Looked up before running, so a missing plotly.js stops the command before anything is written.
            if (offline) PlotlyScriptSource.Inline();
            var outPath = output?.FullName ?? Path.GetFullPath(DefaultOutputPath(input.FullName));
            // the targets checked before any cell runs: a read-only folder or a folder in the way costs no run
            AtomicOutput.EnsureWritableFile(outPath, "--out");
            if (html is not null) AtomicOutput.EnsureWritableFile(html.FullName, "--html");
            // the notebook checked here too, so a malformed one is refused before a process starts
            NotebookDocument.Load(input.FullName);
            AnsiConsole.MarkupLine($"Notebook [bold]{CommandErrors.Safe(input.Name)}[/] wordt uitgevoerd…");

            // The kernel runs in a child process: a cell that overflows the stack or ends the process ends only the child.
            staging = Directory.CreateTempSubdirectory("preventie-notebook-").FullName;
            var arguments = new List<string> { "notebook", NotebookChildCommand.Name, input.FullName, "--out", outPath, "--staging", staging };
            foreach (var parameter in parameterArgs) arguments.AddRange(["-p", parameter]);
            if (cellTimeoutText is not null) arguments.AddRange(["--cell-timeout", cellTimeoutText]);
            if (html is not null) arguments.Add("--html");
            if (offline) arguments.Add("--offline");
            var outcome = await NotebookProcess.RunAsync(PreventieProcess.Start(arguments), input.Name, ReportProgress, ct);

            if (outcome.Abort is { } abort)
            {
                AnsiConsole.MarkupLine("[red]Afgebroken[/].");
                Console.Error.WriteLine(abort.Message);
                Console.Error.WriteLine("Er is niets weggeschreven; latere cellen zijn niet uitgevoerd.");
                return CellFailed;
            }
            if (outcome.Error is { } error)
            {
                Console.Error.Write(error.Text);
                return error.ExitCode;
            }

            var result = outcome.Result!;
            AtomicOutput.WriteFile(outPath, CopyFrom(Path.Combine(staging, NotebookChildCommand.StagedNotebook)));
            if (html is not null) AtomicOutput.WriteFile(html.FullName, CopyFrom(Path.Combine(staging, NotebookChildCommand.StagedHtml)));

            var seconds = DutchFormat.Number(result.Seconds ?? 0, 1);
            if (result.Failure is { } failure)
            {
                AnsiConsole.MarkupLine($"[red]Mislukt[/] na {result.CellsRun} cel(len) in {seconds} s.");
                Console.Error.WriteLine($"Fout in {failure.CellDescription}: {failure.ErrorName}: {failure.Message}");
                Console.Error.WriteLine("Latere cellen zijn niet uitgevoerd (status 'pending').");
            }
            else
            {
                AnsiConsole.MarkupLine($"[green]Klaar[/]: {result.CellsRun} codecel(len) uitgevoerd in {seconds} s.");
            }
            AnsiConsole.MarkupLine($"Uitgevoerd notebook: [blue]{CommandErrors.Safe(outPath)}[/]");
            if (html is not null) AnsiConsole.MarkupLine($"HTML-pagina: [blue]{CommandErrors.Safe(html.FullName)}[/]");
            return result.Failure is null ? 0 : CellFailed;
        }
        catch (Exception ex) when (ex is NotebookException or PlotlyJsNotFoundException or IOException or UnauthorizedAccessException && ex is not OutputWriteException)
        {
            return ReportError(ex);
        }
        finally
        {
            if (staging is not null) TryDelete(staging);
        }
    }

    /// <summary>
    /// Prints <paramref name="ex"/> in Dutch on standard error and returns its exit code: 2 for a notebook or request
    /// that cannot run (nothing ran or was written), 1 for a failure while reading or writing; anything else as
    /// <see cref="CommandErrors"/> reports it.
    /// </summary>
    internal static int ReportError(Exception ex)
    {
        switch (ex)
        {
            case NotebookException or PlotlyJsNotFoundException:
                Console.Error.WriteLine("Fout: " + ex.Message);
                Console.Error.WriteLine("Er is niets uitgevoerd of weggeschreven.");
                return CommandErrors.InputError;
            case IOException or UnauthorizedAccessException when ex is not OutputWriteException:
                Console.Error.WriteLine($"Fout bij lezen of schrijven: {FileSystemError.Describe(ex)}.");
                return CommandErrors.UnexpectedError;
            default:
                return CommandErrors.Handle(ex);
        }
    }

    private static Action<Stream> CopyFrom(string staged) => target =>
    {
        using var source = File.OpenRead(staged);
        source.CopyTo(target);
    };

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // a staging folder left in the temp folder harms nothing
        }
    }

    internal static Dictionary<string, string> ParseParameters(IEnumerable<string> args)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var arg in args)
        {
            var eq = arg.IndexOf('=');
            if (eq <= 0)
            {
                errors.Add($"Parameter '{arg}' heeft niet de vorm naam=waarde (bijvoorbeeld -p jaar=2030).");
                continue;
            }
            result[arg[..eq].Trim()] = arg[(eq + 1)..];
        }
        if (errors.Count > 0) throw new NotebookException(string.Join(Environment.NewLine, errors));
        return result;
    }

    /// <summary>"600", "600s", "90 s", "10m", "1,5m" → a positive duration; null → the default (10 minutes).</summary>
    internal static TimeSpan ParseTimeout(string? text)
    {
        if (text is null) return NotebookRunOptions.DefaultCellTimeout;
        var trimmed = text.Trim().ToLowerInvariant();
        var factor = 1.0;
        if (trimmed.EndsWith("min", StringComparison.Ordinal)) { factor = 60; trimmed = trimmed[..^3]; }
        else if (trimmed.EndsWith('m')) { factor = 60; trimmed = trimmed[..^1]; }
        else if (trimmed.EndsWith('s')) trimmed = trimmed[..^1];
        if (DutchNumber.TryParse(trimmed.Trim(), out var value) && double.IsFinite(value) && value > 0 && value * factor <= TimeSpan.FromDays(1).TotalSeconds)
            return TimeSpan.FromSeconds(value * factor);
        throw new NotebookException(
            $"--cell-timeout: waarde '{text}' is geen geldige duur; verwacht een aantal seconden groter dan 0 en hoogstens een dag, bijvoorbeeld 600, 90s of 10m.");
    }

    private static void ReportProgress(NotebookProcessMessage p)
    {
        var label = $"[grey][[{p.CodeCellNumber}/{p.CodeCellCount}]][/] cel {p.CellIndex} {CommandErrors.Safe(p.FirstLine)}";
        switch (p.Status)
        {
            case NotebookCellStatus.Running:
                AnsiConsole.MarkupLine($"{label} [grey]…[/]");
                break;
            case NotebookCellStatus.Completed:
                AnsiConsole.MarkupLine($"{label} [green]klaar[/] ({DutchFormat.Number(p.Seconds ?? 0, 1)} s)");
                break;
            case NotebookCellStatus.Failed:
                AnsiConsole.MarkupLine($"{label} [red]mislukt[/] ({DutchFormat.Number(p.Seconds ?? 0, 1)} s)");
                break;
            case NotebookCellStatus.TimedOut:
                AnsiConsole.MarkupLine($"{label} [red]gestopt: tijdslimiet overschreden[/] ({DutchFormat.Number(p.Seconds ?? 0, 1)} s)");
                break;
        }
    }
}
