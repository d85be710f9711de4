using Preventie.Analytics.Notebooks;

namespace Preventie.Analytics.Tests.Notebooks;

/// <summary>
/// Every shipped notebook, executed in Jupyter on the real <c>.net-csharp</c> kernel, runs without error outputs or
/// stderr warnings and shows, cell by cell, the same text and HTML as <c>preventie notebook run</c>.
/// </summary>
[Collection(NotebookRunCollection.Name)]
public class JupyterKernelTests(ShippedRuns shipped)
{
    [JupyterFact]
    public async Task Shipped_notebooks_give_the_same_outputs_in_jupyter_as_in_the_runner()
    {
        if (JupyterKernel.MissingReason is { } reason) Assert.Fail(reason + " Onder CI is deze test verplicht (zie .ci/run).");
        var files = ShippedRuns.FileNames();
        Assert.NotEmpty(files);

        using var output = new TempDirectory();
        var before = ShippedRuns.TreeSnapshot();
        // Jupyter runs in its own processes while this process runs the same notebooks in process.
        var jupyterRun = Task.Run(() =>
            JupyterKernel.Execute(files.Select(f => Path.Combine(ShippedRuns.NotebooksFolder, f)), output.Path, TimeSpan.FromMinutes(10)));
        var runs = new Dictionary<string, NotebookRunResult>();
        foreach (var file in files) runs[file] = await shipped.Get(file);
        var (exitCode, log) = await jupyterRun;
        Assert.True(exitCode == 0, $"jupyter nbconvert stopte met code {exitCode}:\n{Tail(log)}");
        ShippedRuns.AssertTreeUnchanged(before, "Jupyter");

        var problems = new List<string>();
        foreach (var file in files)
        {
            var jupyter = NotebookDocument.Load(Path.Combine(output.Path, file));
            var runner = runs[file];
            Assert.True(runner.Succeeded, $"{file}: {runner.Failure?.CellDescription}: {runner.Failure?.Message}");
            // The comparison must have something to compare: every shipped notebook shows results.
            Assert.True(runner.Executed.Elements.Sum(c => OutputComparison.Normalise(c).Count) > 0, $"{file}: de runner gaf geen enkele uitvoer.");
            problems.AddRange(OutputComparison.Compare(file, runner.Executed, jupyter));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Comparison_notices_a_changed_output_and_ignores_ids_and_line_endings()
    {
        // Guards the guard: the comparison must be able to fail.
        static Microsoft.DotNet.Interactive.Documents.InteractiveDocument With(string html, string text) => NotebookDocument.Create(new[]
        {
            Cell(new Microsoft.DotNet.Interactive.Documents.DisplayElement(new Dictionary<string, object> { ["text/html"] = html }),
                new Microsoft.DotNet.Interactive.Documents.TextElement(text)),
        });
        var a = With("<div id=\"preventie-chart-d61d9eb26858440e88b5ccc6d8d8cfbb\"></div><script>x('d61d9eb26858440e88b5ccc6d8d8cfbb')</script>", "een\r\ntwee\n");
        var sameButIds = With("<div id=\"preventie-chart-8d660d12956b4cb19ca2127010b1fe66\"></div><script>x('8d660d12956b4cb19ca2127010b1fe66')</script>", "een\ntwee\n");
        var otherIdUse = With("<div id=\"preventie-chart-8d660d12956b4cb19ca2127010b1fe66\"></div><script>x('00000000000000000000000000000000')</script>", "een\ntwee\n");
        var otherText = With("<div id=\"preventie-chart-d61d9eb26858440e88b5ccc6d8d8cfbb\"></div><script>x('d61d9eb26858440e88b5ccc6d8d8cfbb')</script>", "een\ndrie\n");

        Assert.Empty(OutputComparison.Compare("a", a, sameButIds));
        Assert.Single(OutputComparison.Compare("a", a, otherIdUse));
        Assert.Contains("cel 1, uitvoer 2", Assert.Single(OutputComparison.Compare("a", a, otherText)));
        var warned = With("<p></p>", "een\r\ntwee\n");
        warned.Elements[0].Outputs.Add(new Microsoft.DotNet.Interactive.Documents.TextElement("warning CS8632", "stderr"));
        Assert.Contains(OutputComparison.Compare("a", a, warned), p => p.Contains("stderr") && p.Contains("CS8632"));
    }

    private static Microsoft.DotNet.Interactive.Documents.InteractiveDocumentElement Cell(
        params Microsoft.DotNet.Interactive.Documents.InteractiveDocumentOutputElement[] outputs)
    {
        var cell = NotebookDocument.CodeCell("x");
        foreach (var output in outputs) cell.Outputs.Add(output);
        return cell;
    }

    private static string Tail(string log) => log.Length <= 4000 ? log : "…" + log[^4000..];
}
