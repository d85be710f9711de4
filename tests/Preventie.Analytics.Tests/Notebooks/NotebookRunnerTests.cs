using Microsoft.DotNet.Interactive.Documents;
using Preventie.Analytics.Notebooks;
using static Preventie.Analytics.Tests.Notebooks.NotebookOutputs;

namespace Preventie.Analytics.Tests.Notebooks;

[Collection(NotebookRunCollection.Name)]
public class NotebookRunnerTests(RunnerFixture runs)
{
    [Fact]
    public void Working_notebook_captures_stdout_display_html_and_trailing_expression_in_order()
    {
        var result = runs.Default;
        Assert.True(result.Succeeded, result.Failure?.Message);

        var show = Cell(result, "show");
        Assert.Equal(new[] { "stream", "display_data", "stream" }, show.Outputs.Select(Type));
        Assert.Equal("Jaar 2024 in Deventer, aandeel 25,0%\n", Text(show.Outputs[0]));
        // The kernel honours the library's [TypeFormatterSource] convention and, as in VS Code and Jupyter, shows
        // objects as HTML only.
        Assert.Equal("<p class=\"kaart\">Kaart &amp; co</p>", Data(show.Outputs[1], "text/html"));
        Assert.Null(Data(show.Outputs[1], "text/plain"));
        Assert.Equal("na de kaart\n", Text(show.Outputs[2]));

        var last = Cell(result, "last");
        var value = Assert.IsType<ReturnValueElement>(last.Outputs.Single());
        Assert.Contains("<pre>2025</pre>", Data(value, "text/html"));
        Assert.Equal(last.ExecutionOrder, value.ExecutionOrder);
        Assert.Equal("1.234,5", Data(Cell(result, "where").Outputs.Single(), "text/plain"));
    }

    [Fact]
    public void Every_code_cell_has_papermill_metadata_and_the_notebook_a_run_record()
    {
        foreach (var cell in runs.Default.Executed.Elements.Where(NotebookDocument.IsCode))
        {
            var pm = Section(cell.Metadata, "papermill");
            Assert.Equal("completed", pm["status"]);
            Assert.True((double)pm["duration"]! >= 0);
            Assert.NotNull(pm["start_time"]);
            Assert.NotNull(pm["end_time"]);
        }
        var nb = Section(runs.Default.Executed.Metadata, "papermill");
        Assert.NotNull(nb["start_time"]);
        Assert.True((double)nb["duration"]! > 0);
        Assert.Equal(".net-csharp", Section(runs.Default.Executed.Metadata, "kernelspec")["name"]);
    }

    [Fact]
    public void Injected_parameters_change_the_result_and_are_recorded()
    {
        var result = runs.Injected;
        Assert.True(result.Succeeded, result.Failure?.Message);

        var cells = result.Executed.Elements.ToList();
        var parameters = cells.FindIndex(c => NotebookDocument.HasTag(c, "parameters"));
        var injected = cells[parameters + 1];
        Assert.True(NotebookDocument.HasTag(injected, "injected-parameters"));
        Assert.Contains("int jaar = 2030;", injected.Contents);

        Assert.StartsWith("Jaar 2030 in Zwolle \"centrum\", aandeel 25,0%", Stream(Cell(result, "show")));
        Assert.Contains("<pre>2031</pre>", Data(Cell(result, "last").Outputs.Single(), "text/html"));
        Assert.Equal("2030", Section(Section(result.Executed.Metadata, "papermill"), "parameters")["jaar"]);
        // The default run of the same notebook printed the declared value.
        Assert.StartsWith("Jaar 2024 in Deventer", Stream(Cell(runs.Default, "show")));
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
        var error = Assert.IsType<ErrorElement>(failed.Outputs.Single());
        Assert.Equal("System.InvalidOperationException", error.ErrorName);
        Assert.Contains("cel 2", error.ErrorValue);
        Assert.Contains("opzettelijke fout", error.ErrorValue);
        Assert.Equal("failed", Section(failed.Metadata, "papermill")["status"]);

        Assert.Equal("voor de fout\n", Stream(Cell(result, "eerste")));
        var later = Cell(result, "derde");
        Assert.Empty(later.Outputs);
        Assert.Equal(0, later.ExecutionOrder);
        Assert.Equal("pending", Section(later.Metadata, "papermill")["status"]);
        Assert.Equal(true, Section(result.Executed.Metadata, "papermill")["exception"]);
    }

    [Fact]
    public async Task Compile_error_is_reported_with_the_compiler_message()
    {
        var notebook = NotebookDocument.Create(new[] { NotebookDocument.CodeCell("int x = \"tekst\";", "compileer") });
        var result = await NotebookRunner.RunAsync(notebook, new NotebookRunOptions { NotebookDirectory = runs.Directory });

        Assert.False(result.Succeeded);
        Assert.Equal("Compilatiefout", result.Failure!.ErrorName);
        Assert.Contains("CS0029", result.Failure.Message);
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
