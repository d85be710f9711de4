using Preventie.Analytics.Html;
using Preventie.Analytics.Cli;
using Preventie.Analytics.Notebooks;

namespace Preventie.Analytics.Tests.Notebooks;

[Collection(NotebookRunCollection.Name)]
public class NotebookCommandTests(RunnerFixture runs)
{
    private static (int ExitCode, string Stderr) Invoke(params string[] args)
    {
        var previous = Console.Error;
        var stderr = new StringWriter();
        Console.SetError(stderr);
        try
        {
            return (PreventieApp.Build().Parse(args).Invoke(), stderr.ToString());
        }
        finally
        {
            Console.SetError(previous);
        }
    }

    [Fact]
    public void Run_writes_executed_notebook_and_html_with_injected_parameter()
    {
        var output = Path.Combine(runs.Directory, "cli", "werkend.uitgevoerd.ipynb");
        var html = Path.Combine(runs.Directory, "cli", "werkend.html");
        var (exit, stderr) = Invoke("notebook", "run", runs.WorkingPath, "-p", "jaar=2031", "--out", output, "--html", html);

        Assert.True(exit == 0, stderr);
        var executed = NotebookDocument.Load(output);
        var show = executed.Elements.Single(c => c.Id == "show");
        Assert.StartsWith("Jaar 2031 in Deventer", NotebookOutputs.Text(show.Outputs[0]));
        var page = File.ReadAllText(html);
        Assert.Contains("Jaar 2031 in Deventer", page);
        Assert.Contains("<p class=\"kaart\">Kaart &amp; co</p>", page);
    }

    [Fact]
    public void Failing_notebook_exits_non_zero_naming_the_cell_and_still_writes_the_result()
    {
        var output = Path.Combine(runs.Directory, "cli", "falend.uitgevoerd.ipynb");
        var (exit, stderr) = Invoke("notebook", "run", runs.FailingPath, "--out", output);

        Assert.Equal(1, exit);
        Assert.Contains("Fout in cel 2 (id 'fout', begint met: '// bewust fout')", stderr);
        Assert.Contains("opzettelijke fout", stderr);
        Assert.IsType<Microsoft.DotNet.Interactive.Documents.ErrorElement>(NotebookDocument.Load(output).Elements.Single(c => c.Id == "fout").Outputs.Single());
    }

    [Fact]
    public void Offline_html_inlines_plotly_or_says_to_run_npm_ci()
    {
        var output = Path.Combine(runs.Directory, "cli", "offline.uitgevoerd.ipynb");
        var html = Path.Combine(runs.Directory, "cli", "offline.html");
        var (exit, stderr) = Invoke("notebook", "run", runs.WorkingPath, "--out", output, "--html", html, "--offline");

        if (PlotlyJs.TryFindLocal(new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory }) is null)
        {
            Assert.Equal(2, exit);
            Assert.Contains("npm ci", stderr);
            Assert.False(File.Exists(html));
            return;
        }
        Assert.True(exit == 0, stderr);
        var page = File.ReadAllText(html);
        Assert.DoesNotContain("<script src=\"https://cdn.plot.ly", page);
        Assert.Contains("plotly.js v" + PlotlyJs.Version, page);
    }

    [Fact]
    public void Bad_parameter_is_an_input_error_and_writes_nothing()
    {
        var output = Path.Combine(runs.Directory, "cli", "niets.ipynb");
        var (exit, stderr) = Invoke("notebook", "run", runs.WorkingPath, "-p", "jaar", "--out", output);

        Assert.Equal(2, exit);
        Assert.Contains("naam=waarde", stderr);
        Assert.False(File.Exists(output));

        (exit, stderr) = Invoke("notebook", "run", Path.Combine(runs.Directory, "bestaat-niet.ipynb"), "--out", output);
        Assert.Equal(2, exit);
        Assert.Contains("Notebook niet gevonden", stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Malformed_notebook_is_refused_naming_file_cell_field_and_value_and_nothing_runs()
    {
        var marker = Path.Combine(runs.Directory, "cli", "mag-niet-bestaan.txt");
        var path = Path.Combine(runs.Directory, "kapot.ipynb");
        File.WriteAllText(path, $$"""
            {"cells": [
              {"cell_type": "code", "metadata": {}, "outputs": [], "source": "System.IO.File.WriteAllText(@\"{{marker}}\", \"x\");"},
              {"cell_type": "code", "metadata": {}, "outputs": [], "source": 42}
             ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """);
        var output = Path.Combine(runs.Directory, "cli", "kapot.uitgevoerd.ipynb");
        var (exit, stderr) = Invoke("notebook", "run", path, "--out", output);

        Assert.Equal(2, exit);
        Assert.Contains("kapot.ipynb: cel 2: veld 'source': waarde 42 is geen tekst of lijst van teksten", stderr);
        Assert.False(File.Exists(marker));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Bad_cell_timeout_is_an_input_error()
    {
        var output = Path.Combine(runs.Directory, "cli", "tijd.ipynb");
        var (exit, stderr) = Invoke("notebook", "run", runs.WorkingPath, "--cell-timeout", "-5", "--out", output);

        Assert.Equal(2, exit);
        Assert.Contains("--cell-timeout: waarde '-5'", stderr);
        Assert.False(File.Exists(output));
        Assert.Equal(TimeSpan.FromMinutes(10), Preventie.Analytics.Cli.Commands.NotebookCommand.ParseTimeout(null));
        Assert.Equal(TimeSpan.FromSeconds(90), Preventie.Analytics.Cli.Commands.NotebookCommand.ParseTimeout("90s"));
        Assert.Equal(TimeSpan.FromSeconds(150), Preventie.Analytics.Cli.Commands.NotebookCommand.ParseTimeout("2,5m"));
    }

    [Fact]
    public void Cell_that_runs_longer_than_the_timeout_is_stopped_and_named_and_the_run_ends()
    {
        // In a child process: a cell that overran keeps its thread until it ends by itself (.NET cannot abort it), and
        // the kernel keeps the console until then; 'preventie' ends the process, which stops the cell.
        var notebook = NotebookDocument.Create(new[]
        {
            NotebookDocument.CodeCell("Console.WriteLine(\"begin\");", "eerst"),
            NotebookDocument.CodeCell("Console.WriteLine(\"wacht\");\nSystem.Threading.Thread.Sleep(120_000);", "traag"),
            NotebookDocument.CodeCell("Console.WriteLine(\"nooit\");", "daarna"),
        });
        var path = NotebookOutputs.Write(notebook, runs.Directory, "traag.ipynb");
        var output = Path.Combine(runs.Directory, "cli", "traag.uitgevoerd.ipynb");
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var cli = Path.Combine(ShippedRuns.RepositoryRoot(), "src", "Preventie.Analytics.Cli", "bin", configuration, "net10.0", "preventie.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { cli, "notebook", "run", path, "--out", output, "--cell-timeout", "15s" }) start.ArgumentList.Add(arg);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(90)), "preventie stopte niet na de tijdslimiet");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"de run duurde {clock.Elapsed}");

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("Fout in cel 2 (id 'traag', begint met: 'Console.WriteLine(\"wacht\");'): Tijdslimiet: de cel liep langer dan de tijdslimiet van 15,0 s", stderr);
        Assert.Contains("tijdslimiet overschreden", stdout.Result);
        var executed = NotebookDocument.Load(output);
        Assert.Equal("begin\n", NotebookOutputs.Stream(executed.Elements[0]));
        Assert.Equal("wacht\n", NotebookOutputs.Stream(executed.Elements[1]));
        Assert.IsType<Microsoft.DotNet.Interactive.Documents.ErrorElement>(executed.Elements[1].Outputs[^1]);
        Assert.Empty(executed.Elements[2].Outputs);
    }
}
