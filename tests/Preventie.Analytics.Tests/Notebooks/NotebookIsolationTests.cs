using System.Diagnostics;
using Preventie.Analytics.Notebooks;

namespace Preventie.Analytics.Tests.Notebooks;

/// <summary>
/// Issue 22, "notebooks that end the process": <c>preventie notebook run</c> runs the kernel in a child process, so a
/// cell that overflows the stack, calls <c>Environment.Exit</c> or lets an exception escape on a thread of its own
/// ends only the child. The command — run here as a real process, so that everything it prints is seen — then names
/// the notebook and the cell in Dutch, exits 1, shows no .NET stack trace and writes nothing; a normal notebook gives
/// the same outputs through the child process as in process.
/// </summary>
[Collection(NotebookRunCollection.Name)]
public class NotebookIsolationTests(RunnerFixture runs)
{
    /// <summary>Runs <c>preventie</c> (the build beside the tests) as a process; stdout and stderr whole.</summary>
    private static (int Exit, string Out, string Err) Preventie(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "preventie.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(120)), "preventie stopte niet binnen twee minuten");
        return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    public static TheoryData<string, string, string> ProcessEndingCells => new()
    {
        { "overloop", "int Diepte(int n) => Diepte(n + 1) + 1;\nDiepte(1)",
          "de cel liep vast in een oneindige herhaling (stack overflow)." },
        { "exit0", "Environment.Exit(0);", "de cel beëindigde het hele proces (Environment.Exit) voordat de notebook klaar was." },
        { "exit3", "Environment.Exit(3);",
          "de cel beëindigde het hele proces met afsluitcode 3 (Environment.Exit of een crash) voordat de notebook klaar was." },
        { "draad", "// een draad die faalt\nnew System.Threading.Thread(() => throw new InvalidOperationException(\"weg\")).Start();\nSystem.Threading.Thread.Sleep(30_000);",
          "een fout die nergens werd opgevangen (System.InvalidOperationException, bijvoorbeeld in een achtergrondtaak) beëindigde het hele proces." },
    };

    [Theory]
    [MemberData(nameof(ProcessEndingCells))]
    public void A_cell_that_ends_the_process_is_named_in_Dutch_exits_1_without_a_stack_trace_and_writes_nothing(string name, string code, string reason)
    {
        var notebook = NotebookDocument.Create(new[]
        {
            NotebookDocument.CodeCell("Console.WriteLine(\"begin\");", "eerst"),
            NotebookDocument.MarkdownCell("Nu gaat het mis."),
            NotebookDocument.CodeCell(code, "mis"),
            NotebookDocument.CodeCell("Console.WriteLine(\"nooit\");", "daarna"),
        });
        var path = NotebookOutputs.Write(notebook, runs.Directory, name + ".ipynb");
        var output = Path.Combine(runs.Directory, "isolatie", name + ".uitgevoerd.ipynb");
        var html = Path.Combine(runs.Directory, "isolatie", name + ".html");

        var (exit, stdout, stderr) = Preventie("notebook", "run", path, "--out", output, "--html", html);

        Assert.Equal(1, exit);
        var firstLine = code.Split('\n')[0];
        Assert.Contains($"De notebook {name}.ipynb is afgebroken in cel 3 (`{firstLine}`): {reason}", stderr);
        Assert.Contains("Er is niets weggeschreven", stderr);
        Assert.Contains("cel 1 Console.WriteLine(\"begin\"); klaar", stdout);
        foreach (var leak in new[] { "   at ", "Stack overflow", "Unhandled exception", "Exception:", "nooit" })
        {
            Assert.DoesNotContain(leak, stdout);
            Assert.DoesNotContain(leak, stderr);
        }
        Assert.True(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length <= 3, stderr);
        Assert.False(File.Exists(output));
        Assert.False(File.Exists(html));
        Assert.False(Directory.Exists(Path.GetDirectoryName(output)) && Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(output)!).Any());
    }

    [Fact]
    public void A_normal_notebook_gives_through_the_child_process_the_outputs_of_the_in_process_run()
    {
        var output = Path.Combine(runs.Directory, "isolatie-goed", "werkend.uitgevoerd.ipynb");
        var (exit, stdout, stderr) = Preventie("notebook", "run", runs.WorkingPath, "--out", output);

        Assert.True(exit == 0, stderr);
        Assert.Contains("Klaar:", stdout);
        Assert.Empty(OutputComparison.Compare("werkend.ipynb", runs.Default.Executed, NotebookDocument.Load(output)));
        Assert.Equal(runs.Default.Executed.Elements.Select(c => c.Outputs.Count), NotebookDocument.Load(output).Elements.Select(c => c.Outputs.Count));
    }
}
