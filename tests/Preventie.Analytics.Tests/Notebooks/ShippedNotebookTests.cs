using Preventie.Analytics.Html;
using Preventie.Analytics.Notebooks;

namespace Preventie.Analytics.Tests.Notebooks;

/// <summary>
/// Every notebook shipped in notebooks/ must run headless without an error output and produce valid nbformat.
/// </summary>
[Collection(NotebookRunCollection.Name)]
public class ShippedNotebookTests(ShippedRuns shipped)
{
    public static string NotebooksFolder => ShippedRuns.NotebooksFolder;

    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var file in ShippedRuns.FileNames()) data.Add(file);
        return data;
    }

    [Fact]
    public void Notebooks_folder_exists()
    {
        // Without this, a moved or deleted folder would silently turn the theory below into zero cases.
        Assert.True(Directory.Exists(NotebooksFolder), $"Map met notebooks ontbreekt: {NotebooksFolder}");
    }

    [Fact]
    public void The_six_promised_notebooks_are_shipped()
    {
        // The theory below skips when the folder is empty; this keeps a lost notebook from passing unnoticed.
        Assert.Subset(ShippedRuns.FileNames().ToHashSet(),
            new HashSet<string> { "01-inventaris.ipynb", "02-basisscenario.ipynb", "03-pilotscenarios.ipynb", "04-monitor-update.ipynb", "05-waar-investeren.ipynb", "06-wijken.ipynb" });
    }

    [ShippedNotebookTheory]
    [MemberData(nameof(Notebooks))]
    public async Task Shipped_notebook_runs_headless_without_errors(string fileName)
    {
        var result = await shipped.Get(fileName);

        Assert.True(result.Succeeded, $"{fileName}: {result.Failure?.CellDescription}: {result.Failure?.ErrorName}: {result.Failure?.Message}");
        var errors = result.Executed.Elements.SelectMany(c => c.Outputs).OfType<Microsoft.DotNet.Interactive.Documents.ErrorElement>().ToList();
        Assert.Empty(errors);
        Assert.Contains(result.Executed.Elements, c => NotebookDocument.HasTag(c, ParameterInjection.ParametersTag));

        // charts draw without internet: plotly.js comes once, inline, from the local npm copy, never from the CDN
        var html = string.Concat(result.Executed.Elements.SelectMany(c => c.Outputs).Select(o => NotebookOutputs.Data(o, "text/html") ?? ""));
        Assert.DoesNotContain(PlotlyJs.CdnUrl, html);
        if (html.Contains("class=\"preventie-chart\"", StringComparison.Ordinal))
        {
            var copies = html.Split(NotebookPlotly.EmbedMarker).Length - 1;
            if (PlotlyJs.TryFindLocal(new[] { NotebooksFolder }) is null)
                Assert.Contains("node_modules/plotly.js-dist-min niet gevonden vanaf", html);
            else
                Assert.True(copies == 1, $"{fileName}: plotly.js {copies} keer meegestuurd, verwacht één keer per kernelsessie");
        }

        if (Nbformat.Available || Nbformat.RequiredByCi)
        {
            using var dir = new TempDirectory();
            var path = Path.Combine(dir.Path, Path.GetFileNameWithoutExtension(fileName) + ".uitgevoerd.ipynb");
            NotebookDocument.Save(result.Executed, path);
            Nbformat.AssertValid(path);
        }
    }

    [Fact]
    public async Task Basisscenario_honours_an_injected_end_year()
    {
        var result = await NotebookRunner.RunFileAsync(Path.Combine(NotebooksFolder, "02-basisscenario.ipynb"),
            new Dictionary<string, string> { ["eindjaar"] = "2030" });

        Assert.True(result.Succeeded, result.Failure?.Message);
        var summary = OutputOf(result, "ResultRendering.Text(basis)");
        Assert.StartsWith("Simulatie 'Basis (huidig beleid)', 2024-2030:", summary);
        // The pyramid chart ends on 1 January after the last year.
        Assert.Contains("1-1-2031", OutputOf(result, "PopulationCharts.Pyramid(basis)", "text/html"));
    }

    [Fact]
    public async Task Pilotscenarios_runs_every_scenario_in_an_injected_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "preventie-nb-scenarios-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var shipped = Path.Combine(RepositoryRoot(), "data", "scenarios");
            File.Copy(Path.Combine(shipped, "basis.yaml"), Path.Combine(folder, "basis.yaml"));
            File.Copy(Path.Combine(shipped, "wijkpilot.yaml"), Path.Combine(folder, "wijkpilot.yaml"));

            var result = await NotebookRunner.RunFileAsync(Path.Combine(NotebooksFolder, "03-pilotscenarios.ipynb"),
                new Dictionary<string, string> { ["scenarioMap"] = folder, ["eindjaar"] = "2029" });

            Assert.True(result.Succeeded, result.Failure?.Message);
            Assert.Equal("Basis: Basis (huidig beleid), 2024-2029; 1 pilotscenario's doorgerekend.\n",
                OutputOf(result, "// Eén analyse: alle invoer", stream: true));
            var overview = OutputOf(result, "new ReportTable(\"Pilotscenario's\"", "text/html");
            Assert.Contains("wijkpilot.yaml", overview);
            Assert.DoesNotContain("investeringsfonds.yaml", overview);
            // the main pilot is not in the folder: the uncertainty part says so and shows nothing
            Assert.Contains("verschuiven-naar-voorliggend.yaml staat niet in", OutputOf(result, "using Preventie.Analytics.Uncertainty;", stream: true));
            Assert.Equal("", OutputOf(result, "if (psa is not null) display(UncertaintyCharts.Cloud", "text/html"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Pilotscenarios_uncertainty_honours_injected_draws_and_seed()
    {
        var parameters = new Dictionary<string, string> { ["trekkingen"] = "120", ["seed"] = "5", ["eindjaar"] = "2030" };
        var result = await NotebookRunner.RunFileAsync(Path.Combine(NotebooksFolder, "03-pilotscenarios.ipynb"), parameters);
        Assert.True(result.Succeeded, result.Failure?.Message);
        var summary = OutputOf(result, "using Preventie.Analytics.Uncertainty;", stream: true);
        Assert.StartsWith("Onzekerheidsanalyse (PSA): 'Verschuiven naar voorliggend' ten opzichte van 'Basis (huidig beleid)', 2024-2030; 120 trekkingen, seed 5", summary);
        Assert.Contains("Netto resultaat per betaler, met onzekerheid", OutputOf(result, "if (psa is not null) display(UncertaintyChapter.PsaTable", "text/html"));
        Assert.Contains("Trekkingen (120)", OutputOf(result, "if (psa is not null) display(UncertaintyCharts.Cloud", "text/html"));
        Assert.Contains("Kans dat het scenario loont", OutputOf(result, "if (psa is not null) display(UncertaintyCharts.AcceptabilityCurves", "text/html"));
        Assert.Contains("effect_verschuiving_route", OutputOf(result, "if (gevoeligheid is not null) display(UncertaintyCharts.Tornado", "text/html"));
        // same seed, same numbers
        var again = await NotebookRunner.RunFileAsync(Path.Combine(NotebooksFolder, "03-pilotscenarios.ipynb"), parameters);
        Assert.Equal(summary, OutputOf(again, "using Preventie.Analytics.Uncertainty;", stream: true));
    }

    [Fact]
    public async Task Monitor_update_writes_its_run_only_to_the_folder_the_caller_gives()
    {
        using var folder = new TempDirectory();
        var target = Path.Combine(folder.Path, "run");
        var before = ShippedRuns.TreeSnapshot();
        var result = await NotebookRunner.RunFileAsync(Path.Combine(NotebooksFolder, "04-monitor-update.ipynb"),
            new Dictionary<string, string> { ["uitvoerMap"] = target });

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.True(File.Exists(Path.Combine(target, "manifest.json")));
        ShippedRuns.AssertTreeUnchanged(before, "04-monitor-update.ipynb met uitvoerMap");
        // By default the notebook writes nothing (see the shipped run, which must leave the tree unchanged).
        Assert.Contains("uitvoerMap is leeg: niets weggeschreven.", string.Concat((await shipped.Get("04-monitor-update.ipynb")).Executed.Elements
            .SelectMany(c => c.Outputs).Select(NotebookOutputs.Text)));
    }

    /// <summary>The output of the code cell whose source starts with <paramref name="sourceStart"/>.</summary>
    private static string OutputOf(NotebookRunResult result, string sourceStart, string mime = "text/plain", bool stream = false)
    {
        var cell = result.Executed.Elements.Single(c => NotebookDocument.IsCode(c)
            && (c.Contents.TrimStart().StartsWith(sourceStart, StringComparison.Ordinal) || c.Contents.Contains("\n" + sourceStart, StringComparison.Ordinal)));
        return stream
            ? string.Concat(cell.Outputs.Select(NotebookOutputs.Text))
            : string.Concat(cell.Outputs.Select(o => NotebookOutputs.Data(o, mime) ?? string.Empty));
    }

    internal static string RepositoryRoot() => ShippedRuns.RepositoryRoot();
}

/// <summary>
/// The shipped-notebooks theory; skipped (visibly, with a reason) only while notebooks/ holds no notebooks yet,
/// so that xunit does not report an empty theory as a failure.
/// </summary>
public sealed class ShippedNotebookTheoryAttribute : TheoryAttribute
{
    public ShippedNotebookTheoryAttribute()
    {
        if (ShippedNotebookTests.Notebooks().Count == 0)
            Skip = "notebooks/ bevat nog geen .ipynb-bestanden.";
    }
}
