using Preventie.Analytics.Notebooks;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Tests.Notebooks;

[Collection(NotebookRunCollection.Name)]
public class NotebookRunnerTests(RunnerFixture runs)
{
    private static NotebookCell Cell(NotebookRunResult result, string id) => result.Executed.Cells.Single(c => c.Id == id);

    private static string Stdout(NotebookCell cell) =>
        string.Concat(cell.Outputs.Where(o => o.OutputType == "stream" && o.StreamName == "stdout").Select(o => o.Text));

    [Fact]
    public void Working_notebook_captures_stdout_display_html_and_trailing_expression_in_order()
    {
        var result = runs.Default;
        Assert.True(result.Succeeded, result.Failure?.Message);

        var show = Cell(result, "show");
        Assert.Equal(new[] { "stream", "display_data", "stream" }, show.Outputs.Select(o => o.OutputType));
        Assert.Equal("Jaar 2024 in Deventer, aandeel 25,0%\n", show.Outputs[0].Text);
        Assert.Equal("<p class=\"kaart\">Kaart &amp; co</p>", show.Outputs[1].GetData("text/html"));
        Assert.Equal("Kaart (tekst)", show.Outputs[1].GetData("text/plain"));
        Assert.Equal("na de kaart\n", show.Outputs[2].Text);

        var last = Cell(result, "last").Outputs.Single();
        Assert.Equal("execute_result", last.OutputType);
        Assert.Equal("2025", last.GetData("text/plain"));
        Assert.Equal(Cell(result, "last").ExecutionCount, last.Json["execution_count"]!.GetValue<int>());
    }

    [Fact]
    public void Library_reference_maps_to_the_assembly_already_loaded()
    {
        var location = Cell(runs.Default, "where").Outputs.Single().GetData("text/plain");
        Assert.Equal(typeof(IHtmlRenderable).Assembly.Location, location);
        Assert.Single(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "Preventie.Analytics");
    }

    [Fact]
    public void Every_code_cell_has_papermill_metadata_and_the_notebook_a_run_record()
    {
        foreach (var cell in runs.Default.Executed.Cells.Where(c => c.IsCode))
        {
            var pm = cell.Metadata["papermill"]!;
            Assert.Equal("completed", pm["status"]!.GetValue<string>());
            Assert.True(pm["duration"]!.GetValue<double>() >= 0);
            Assert.NotNull(pm["start_time"]);
            Assert.NotNull(pm["end_time"]);
        }
        var nb = runs.Default.Executed.Metadata["papermill"]!;
        Assert.NotNull(nb["start_time"]);
        Assert.True(nb["duration"]!.GetValue<double>() > 0);
        Assert.Equal(".net-csharp", runs.Default.Executed.Metadata["kernelspec"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void Injected_parameters_change_the_result_and_are_recorded()
    {
        var result = runs.Injected;
        Assert.True(result.Succeeded, result.Failure?.Message);

        var cells = result.Executed.Cells;
        var parameters = cells.FindIndex(c => c.HasTag("parameters"));
        var injected = cells[parameters + 1];
        Assert.True(injected.HasTag("injected-parameters"));
        Assert.Contains("int jaar = 2030;", injected.Source);

        Assert.StartsWith("Jaar 2030 in Zwolle \"centrum\", aandeel 25,0%", Stdout(Cell(result, "show")));
        Assert.Equal("2031", Cell(result, "last").Outputs.Single().GetData("text/plain"));
        Assert.Equal("2030", result.Executed.Metadata["papermill"]!["parameters"]!["jaar"]!.GetValue<string>());
        // The default run of the same notebook printed the declared value.
        Assert.StartsWith("Jaar 2024 in Deventer", Stdout(Cell(runs.Default, "show")));
    }

    [Fact]
    public void Failing_cell_is_named_in_an_error_output_and_later_cells_stay_pending()
    {
        var result = runs.Failed;
        Assert.False(result.Succeeded);
        Assert.Equal(2, result.Failure!.CellIndex);
        Assert.Equal("fout", result.Failure.CellId);
        Assert.Contains("cel 2 (id 'fout', begint met: '// bewust fout')", result.Failure.CellDescription);

        var failed = Cell(result, "fout");
        var error = failed.Outputs.Single();
        Assert.Equal("error", error.OutputType);
        Assert.Equal("System.InvalidOperationException", error.ErrorName);
        Assert.Contains("cel 2", error.ErrorValue);
        Assert.Contains("opzettelijke fout", error.ErrorValue);
        Assert.Equal("failed", failed.Metadata["papermill"]!["status"]!.GetValue<string>());

        Assert.Equal("voor de fout\n", Stdout(Cell(result, "eerste")));
        var later = Cell(result, "derde");
        Assert.Empty(later.Outputs);
        Assert.Null(later.ExecutionCount);
        Assert.Equal("pending", later.Metadata["papermill"]!["status"]!.GetValue<string>());
        Assert.True(result.Executed.Metadata["papermill"]!["exception"]!.GetValue<bool>());
    }

    [Fact]
    public void Unknown_parameter_is_refused_before_running()
    {
        var ex = Assert.Throws<NotebookException>(() =>
            NotebookRunner.RunFileAsync(runs.WorkingPath, new Dictionary<string, string> { ["jr"] = "2030", ["jaar"] = "twintig" })
                .GetAwaiter().GetResult());
        Assert.Contains("Parameter 'jr' bestaat niet", ex.Message);
        Assert.Contains("jaar, gemeente, aandeel", ex.Message);
        Assert.Contains("'twintig'", ex.Message);
    }
}
