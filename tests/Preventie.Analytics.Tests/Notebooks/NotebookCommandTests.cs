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
        var executed = Notebook.Load(output);
        var show = executed.Cells.Single(c => c.Id == "show");
        Assert.StartsWith("Jaar 2031 in Deventer", show.Outputs[0].Text);
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
        Assert.Equal("error", Notebook.Load(output).Cells.Single(c => c.Id == "fout").Outputs.Single().OutputType);
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
}
