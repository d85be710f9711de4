using System.CommandLine;
using System.Text;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Html;
using Preventie.Analytics.Notebooks;

namespace Preventie.Analytics.Cli.Commands;

/// <summary>
/// The hidden <c>preventie notebook kindproces</c>: the child process <c>notebook run</c> starts to run the kernel in
/// (see <see cref="NotebookProcess"/>). It takes the same notebook, <c>-p</c>, <c>--cell-timeout</c> and
/// <c>--offline</c> arguments, runs every cell, and writes the executed notebook (and, with <c>--html</c>, the page)
/// into the staging folder <c>--staging</c>, not to the user's targets: <c>notebook run</c> moves them there only after
/// the child reported a complete result. Progress and the result go to standard output as
/// <see cref="NotebookProcessMessage"/> lines; anything else the process would print goes to standard error, which
/// the parent keeps to itself.
/// </summary>
internal static class NotebookChildCommand
{
    /// <summary>The subcommand's name (under <c>notebook</c>); hidden from help.</summary>
    public const string Name = "kindproces";

    /// <summary>The executed notebook's file name in the staging folder.</summary>
    public const string StagedNotebook = "uitgevoerd.ipynb";

    /// <summary>The HTML page's file name in the staging folder.</summary>
    public const string StagedHtml = "pagina.html";

    /// <summary>Builds the hidden subcommand.</summary>
    public static Command Build()
    {
        var input = new Argument<string>("notebook") { Description = "Het notebook (.ipynb)." };
        var parameters = new Option<string[]>("--parameter", "-p")
        {
            Description = "Parameter als naam=waarde, zoals bij 'notebook run'.",
            DefaultValueFactory = _ => Array.Empty<string>(),
        };
        var output = new Option<string>("--out") { Required = true, Description = "Het doel van 'notebook run' (alleen voor de metadata)." };
        var staging = new Option<string>("--staging") { Required = true, Description = "De tijdelijke map waarin de uitvoer klaargezet wordt." };
        var html = new Option<bool>("--html") { Description = "Zet ook de HTML-pagina klaar." };
        var offline = new Option<bool>("--offline") { Description = "Neem plotly.js op in de HTML-pagina." };
        var cellTimeout = new Option<string?>("--cell-timeout") { Description = "Maximale duur van één cel, zoals bij 'notebook run'." };
        var command = new Command(Name, "Intern: voert een notebook uit voor 'notebook run', in een eigen proces. Niet zelf gebruiken.") { Hidden = true };
        command.Arguments.Add(input);
        foreach (var option in new Option[] { parameters, output, staging, html, offline, cellTimeout }) command.Options.Add(option);
        command.SetAction((pr, ct) => RunAsync(pr.GetValue(input)!, pr.GetValue(parameters) ?? Array.Empty<string>(), pr.GetValue(output)!,
            pr.GetValue(staging)!, pr.GetValue(html), pr.GetValue(offline), pr.GetValue(cellTimeout), ct));
        return command;
    }

    private static async Task<int> RunAsync(string input, string[] parameterArgs, string outPath, string staging, bool html, bool offline,
        string? cellTimeoutText, CancellationToken ct)
    {
        // the protocol owns standard output; everything else that would be printed there goes to standard error
        var protocol = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
        Console.SetOut(Console.Error);
        void Send(NotebookProcessMessage message)
        {
            lock (protocol) protocol.WriteLine(message.ToLine());
        }

        try
        {
            var parameters = NotebookCommand.ParseParameters(parameterArgs);
            var cellTimeout = NotebookCommand.ParseTimeout(cellTimeoutText);
            var plotly = offline ? PlotlyScriptSource.Inline() : PlotlyScriptSource.Cdn;
            var result = await NotebookRunner.RunFileAsync(input, parameters, p => Send(NotebookProcessMessage.ForProgress(p)), outPath, cellTimeout, ct);
            File.WriteAllText(Path.Combine(staging, StagedNotebook), NotebookDocument.ToJson(result.Executed));
            if (html)
                File.WriteAllText(Path.Combine(staging, StagedHtml),
                    NotebookHtml.Render(result.Executed, Path.GetFileNameWithoutExtension(input), plotly));
            Send(NotebookProcessMessage.ForResult(result));
            return 0;
        }
        catch (Exception ex)
        {
            // the Dutch message the command would print, passed to the parent to print
            var text = new StringWriter();
            var standardError = Console.Error;
            Console.SetError(text);
            int exitCode;
            try
            {
                exitCode = NotebookCommand.ReportError(ex);
            }
            finally
            {
                Console.SetError(standardError);
            }
            Send(NotebookProcessMessage.ForError(exitCode, text.ToString()));
            return exitCode;
        }
    }
}
