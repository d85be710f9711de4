using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Preventie.Analytics.Notebooks;

/// <summary>
/// Runs a C# notebook headless, as papermill does for Python notebooks: parameters are injected after the cell
/// tagged <c>parameters</c>, code cells run in order in one Roslyn scripting state, stdout and displayed values
/// become Jupyter outputs, each cell gets papermill metadata (status, times, duration), and the run stops at the
/// first failing cell with a Jupyter error output naming that cell. The input notebook is not modified.
/// </summary>
public static class NotebookRunner
{
    /// <summary>Runs a notebook file (its folder is the notebook directory).</summary>
    public static Task<NotebookRunResult> RunFileAsync(
        string path, IReadOnlyDictionary<string, string>? parameters = null, Action<NotebookCellProgress>? progress = null,
        string? outputPath = null, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        var options = new NotebookRunOptions
        {
            NotebookDirectory = Path.GetDirectoryName(full)!,
            Parameters = parameters ?? new Dictionary<string, string>(),
            InputPath = full,
            OutputPath = outputPath is null ? null : Path.GetFullPath(outputPath),
            Progress = progress,
        };
        return RunAsync(Notebook.Load(full), options, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="input"/> and returns the executed copy. Throws <see cref="NotebookException"/> (Dutch)
    /// before running anything when the parameters do not fit the notebook; a failing cell does not throw but is
    /// reported in <see cref="NotebookRunResult.Failure"/>.
    /// </summary>
    public static async Task<NotebookRunResult> RunAsync(
        Notebook input, NotebookRunOptions options, CancellationToken cancellationToken = default)
    {
        var notebook = Notebook.Parse(input.ToJson());
        notebook.EnsureCellIds();
        ParameterInjection.Inject(notebook, options.Parameters);

        var codeCells = notebook.Cells.Where(c => c.IsCode).ToList();
        foreach (var cell in codeCells)
        {
            cell.ClearOutputs();
            cell.Metadata["papermill"] = CellMetadata(NotebookCellStatus.Pending, null, null);
        }

        var started = DateTimeOffset.UtcNow;
        var papermill = new JsonObject
        {
            ["default_parameters"] = new JsonObject(),
            ["duration"] = null,
            ["end_time"] = null,
            ["environment_variables"] = new JsonObject(),
            ["exception"] = null,
            ["input_path"] = options.InputPath,
            ["output_path"] = options.OutputPath,
            ["parameters"] = ParameterInjection.ToJson(options.Parameters),
            ["start_time"] = Timestamp(started),
            ["version"] = "preventie " + typeof(NotebookRunner).Assembly.GetName().Version?.ToString(3),
        };
        notebook.Metadata["papermill"] = papermill;

        var clock = Stopwatch.StartNew();
        var previousDirectory = Environment.CurrentDirectory;
        NotebookCellFailure? failure = null;
        var cellsRun = 0;
        try
        {
            Environment.CurrentDirectory = options.NotebookDirectory;
            ScriptState<object>? state = null;
            var scriptOptions = ScriptReferences.CreateOptions();
            CellOutputCapture? capture = null;
            var globals = new NotebookGlobals(value => capture?.Display(value));

            for (var n = 0; n < codeCells.Count; n++)
            {
                var cell = codeCells[n];
                var cellIndex = notebook.Cells.IndexOf(cell) + 1;
                var cellStart = DateTimeOffset.UtcNow;
                var cellClock = Stopwatch.StartNew();
                cell.Metadata["papermill"] = CellMetadata(NotebookCellStatus.Running, cellStart, null);
                options.Progress?.Invoke(new NotebookCellProgress(cellIndex, n + 1, codeCells.Count, cell, NotebookCellStatus.Running, null));

                cellsRun++;
                cell.ExecutionCount = cellsRun;
                Exception? error = null;
                using (capture = new CellOutputCapture(cell))
                {
                    try
                    {
                        var kernel = PolyglotMetadata.KernelNameOf(cell);
                        if (kernel is not ("csharp" or "C#" or "c#"))
                            throw new NotebookException(
                                $"Deze cel is voor de kernel '{kernel}'; 'preventie notebook run' voert alleen C#-cellen uit.");
                        var (code, references) = CellMagics.Extract(cell.Source);
                        foreach (var reference in references)
                            scriptOptions = ScriptReferences.AddReference(scriptOptions, options.NotebookDirectory, reference);

                        state = state is null
                            ? await CSharpScript.RunAsync(code, scriptOptions, globals, typeof(NotebookGlobals), cancellationToken)
                            : await state.ContinueWithAsync(code, scriptOptions, cancellationToken);
                        if (state.ReturnValue is { } value) capture.Result(cellsRun, value);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                    {
                        error = ex;
                        failure = Failure(cellIndex, cell, ex);
                        capture.Error(ErrorOutput(failure, ex));
                    }
                }
                capture = null;

                var status = error is null ? NotebookCellStatus.Completed : NotebookCellStatus.Failed;
                cell.Metadata["papermill"] = CellMetadata(status, cellStart, cellClock.Elapsed, exception: error is not null);
                options.Progress?.Invoke(new NotebookCellProgress(cellIndex, n + 1, codeCells.Count, cell, status, cellClock.Elapsed));
                if (error is not null) break;
            }
        }
        finally
        {
            Environment.CurrentDirectory = previousDirectory;
        }

        papermill["end_time"] = Timestamp(started + clock.Elapsed);
        papermill["duration"] = clock.Elapsed.TotalSeconds;
        papermill["exception"] = failure is null ? null : true;
        return new NotebookRunResult(notebook, clock.Elapsed, cellsRun, failure);
    }

    /// <summary>How the runner names a cell to the user: "cel 4 (id 'abc', begint met: 'throw …')".</summary>
    public static string Describe(int cellIndex, string? id, string firstLine) =>
        $"cel {cellIndex} (id '{id ?? "?"}'" + (firstLine.Length > 0 ? $", begint met: '{firstLine}')" : ", leeg)");

    private static NotebookCellFailure Failure(int cellIndex, NotebookCell cell, Exception ex)
    {
        var name = ex switch
        {
            CompilationErrorException => "Compilatiefout",
            NotebookException => "NotebookFout",
            _ => ex.GetType().FullName ?? ex.GetType().Name,
        };
        var message = ex is CompilationErrorException compile
            ? string.Join("; ", compile.Diagnostics.Select(d => d.ToString()))
            : ex.Message;
        return new NotebookCellFailure(cellIndex, cell.Id, cell.FirstLine(), name, message);
    }

    private static NotebookOutput ErrorOutput(NotebookCellFailure failure, Exception ex)
    {
        var header = $"Fout in {failure.CellDescription}";
        var traceback = new List<string> { header + ":", failure.ErrorName + ": " + failure.Message };
        if (ex is not (CompilationErrorException or NotebookException))
            traceback.AddRange((ex.StackTrace ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
        return NotebookOutput.Error(failure.ErrorName, $"{header}: {failure.Message}", traceback);
    }

    private static JsonObject CellMetadata(NotebookCellStatus status, DateTimeOffset? start, TimeSpan? duration, bool exception = false) => new()
    {
        ["duration"] = duration?.TotalSeconds,
        ["end_time"] = start is { } s && duration is { } d ? Timestamp(s + d) : null,
        ["exception"] = exception ? true : null,
        ["start_time"] = start is { } st ? Timestamp(st) : null,
        ["status"] = status.ToString().ToLowerInvariant(),
    };

    private static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
