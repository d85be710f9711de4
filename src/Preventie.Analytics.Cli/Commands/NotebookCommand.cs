using System.CommandLine;
using Preventie.Analytics.Notebooks;
using Preventie.Analytics.Output;
using Preventie.Analytics.Reporting;
using Spectre.Console;

namespace Preventie.Analytics.Cli.Commands;

/// <summary>
/// <c>preventie notebook run &lt;in.ipynb&gt; [-p naam=waarde …] [--out &lt;uitgevoerd.ipynb&gt;] [--html &lt;pagina.html&gt;]</c>:
/// runs a C# notebook headless (papermill-style) and writes the executed notebook, by default to
/// <c>out/notebooks/&lt;naam&gt;.uitgevoerd.ipynb</c> under the current folder. Exit code 0 when every cell ran,
/// 1 when a cell failed (the executed notebook is still written, with the error in that cell), 2 for input errors.
/// </summary>
public static class NotebookCommand
{
    public const int CellFailed = 1;

    /// <summary>The default folder for executed notebooks, relative to the current folder.</summary>
    public static readonly string DefaultOutputFolder = Path.Combine("out", "notebooks");

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

        var run = new Command("run", "Voert alle C#-cellen van een notebook op volgorde uit en schrijft het uitgevoerde notebook.");
        run.Aliases.Add("uitvoeren");
        run.Arguments.Add(input);
        run.Options.Add(parameters);
        run.Options.Add(output);
        run.Options.Add(html);
        run.SetAction((pr, ct) => CommandErrors.RunAsync(() =>
            RunAsync(pr.GetValue(input)!, pr.GetValue(parameters) ?? Array.Empty<string>(), pr.GetValue(output), pr.GetValue(html), ct)));
        notebook.Subcommands.Add(run);
        return notebook;
    }

    /// <summary>The default executed-notebook path for <paramref name="notebookPath"/>.</summary>
    public static string DefaultOutputPath(string notebookPath) =>
        Path.Combine(DefaultOutputFolder, Path.GetFileNameWithoutExtension(notebookPath) + ".uitgevoerd.ipynb");

    private static async Task<int> RunAsync(FileInfo input, string[] parameterArgs, FileInfo? output, FileInfo? html, CancellationToken ct)
    {
        try
        {
            var parameters = ParseParameters(parameterArgs);
            var outPath = output?.FullName ?? Path.GetFullPath(DefaultOutputPath(input.FullName));
            AnsiConsole.MarkupLine($"Notebook [bold]{CommandErrors.Safe(input.Name)}[/] wordt uitgevoerd…");
            var result = await NotebookRunner.RunFileAsync(input.FullName, parameters, ReportProgress, outPath, ct);

            result.Executed.Save(outPath);
            if (html is not null)
                AtomicOutput.WriteText(html.FullName, NotebookHtml.Render(result.Executed, Path.GetFileNameWithoutExtension(input.Name)));

            var seconds = DutchFormat.Number(result.Duration.TotalSeconds, 1);
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
            return result.Succeeded ? 0 : CellFailed;
        }
        catch (NotebookException ex)
        {
            Console.Error.WriteLine("Fout: " + ex.Message);
            Console.Error.WriteLine("Er is niets uitgevoerd of weggeschreven.");
            return CommandErrors.InputError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Fout bij lezen of schrijven: {ex.Message}");
            return CommandErrors.UnexpectedError;
        }
    }

    private static Dictionary<string, string> ParseParameters(IEnumerable<string> args)
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

    private static void ReportProgress(NotebookCellProgress p)
    {
        var label = $"[grey][[{p.CodeCellNumber}/{p.CodeCellCount}]][/] cel {p.CellIndex} {CommandErrors.Safe(p.Cell.FirstLine(50))}";
        switch (p.Status)
        {
            case NotebookCellStatus.Running:
                AnsiConsole.MarkupLine($"{label} [grey]…[/]");
                break;
            case NotebookCellStatus.Completed:
                AnsiConsole.MarkupLine($"{label} [green]klaar[/] ({DutchFormat.Number(p.Duration?.TotalSeconds ?? 0, 1)} s)");
                break;
            case NotebookCellStatus.Failed:
                AnsiConsole.MarkupLine($"{label} [red]mislukt[/] ({DutchFormat.Number(p.Duration?.TotalSeconds ?? 0, 1)} s)");
                break;
        }
    }
}
