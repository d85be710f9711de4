using Preventie.Analytics.Formatting;
using Preventie.Analytics.Html;
using System.Diagnostics;
using System.Globalization;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;

namespace Preventie.Analytics.Notebooks;

/// <summary>
/// Runs a C# notebook headless, as papermill does for Python notebooks, on the .NET Interactive C# kernel in this
/// process (the engine of VS Code's Polyglot Notebooks, with its kernel helpers such as <c>display()</c>): parameters
/// are injected after the cell tagged <c>parameters</c>, code cells run in order, the kernel's events become Jupyter
/// outputs the way the kernel's Jupyter front end makes them, each cell gets papermill metadata (status, times,
/// duration), and the run stops at the first failing cell, or the first cell that runs longer than the cell timeout,
/// with an error output naming that cell. The input notebook is not modified.
/// </summary>
public static class NotebookRunner
{
    /// <summary>Runs a notebook file (its folder is the notebook directory).</summary>
    public static Task<NotebookRunResult> RunFileAsync(
        string path, IReadOnlyDictionary<string, string>? parameters = null, Action<NotebookCellProgress>? progress = null,
        string? outputPath = null, TimeSpan? cellTimeout = null, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        var options = new NotebookRunOptions
        {
            NotebookDirectory = Path.GetDirectoryName(full)!,
            Parameters = parameters ?? new Dictionary<string, string>(),
            InputPath = full,
            OutputPath = outputPath is null ? null : Path.GetFullPath(outputPath),
            Progress = progress,
            CellTimeout = cellTimeout ?? NotebookRunOptions.DefaultCellTimeout,
        };
        return RunAsync(NotebookDocument.Load(full), options, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="input"/> and returns the executed copy. Throws <see cref="NotebookException"/> (Dutch)
    /// before running anything when the parameters do not fit the notebook; a failing cell does not throw but is
    /// reported in <see cref="NotebookRunResult.Failure"/>.
    /// </summary>
    public static async Task<NotebookRunResult> RunAsync(
        InteractiveDocument input, NotebookRunOptions options, CancellationToken cancellationToken = default)
    {
        if (options.CellTimeout <= TimeSpan.Zero)
            throw new NotebookException($"De tijdslimiet per cel moet groter zijn dan 0 (nu {options.CellTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s).");
        var notebook = NotebookDocument.Copy(input);
        ParameterInjection.Inject(notebook, options.Parameters);

        var codeCells = notebook.Elements.Where(NotebookDocument.IsCode).ToList();
        foreach (var cell in codeCells)
        {
            cell.Outputs.Clear();
            cell.ExecutionOrder = 0;
            SetCellMetadata(cell, NotebookCellStatus.Pending, null, null);
        }

        var started = DateTimeOffset.UtcNow;
        var papermill = new Dictionary<string, object?>
        {
            ["default_parameters"] = new Dictionary<string, object>(),
            ["duration"] = null,
            ["end_time"] = null,
            ["environment_variables"] = new Dictionary<string, object>(),
            ["exception"] = null,
            ["input_path"] = options.InputPath,
            ["output_path"] = options.OutputPath,
            ["parameters"] = options.Parameters.ToDictionary(p => p.Key, p => (object)p.Value),
            ["start_time"] = Timestamp(started),
            ["version"] = "preventie " + typeof(NotebookRunner).Assembly.GetName().Version?.ToString(3),
        };
        notebook.Metadata["papermill"] = papermill;

        var clock = Stopwatch.StartNew();
        var previousDirectory = Environment.CurrentDirectory;
        NotebookCellFailure? failure = null;
        var cellsRun = 0;
        var timedOut = false;
        var (consoleOut, consoleError) = (Console.Out, Console.Error);
        CompositeKernel? kernel = null;
        try
        {
            // The kernel reads the working directory on its first submission: #r paths and relative data paths resolve
            // against the notebook's folder, as in VS Code and Jupyter.
            Environment.CurrentDirectory = options.NotebookDirectory;
            // A new kernel is a new session: its first chart carries plotly.js again, as in a new Jupyter kernel process.
            NotebookPlotly.StartSession();
            kernel = CreateKernel();
            // Start-up (the compiler's first run) is not the first cell's time: it would count against its timeout.
            await kernel.SendAsync(new SubmitCode("System.GC.KeepAlive(null);", NotebookDocument.CSharpKernel), cancellationToken);
            for (var n = 0; n < codeCells.Count; n++)
            {
                var cell = codeCells[n];
                var cellIndex = notebook.Elements.IndexOf(cell) + 1;
                var cellStart = DateTimeOffset.UtcNow;
                var cellClock = Stopwatch.StartNew();
                SetCellMetadata(cell, NotebookCellStatus.Running, cellStart, null);
                options.Progress?.Invoke(new NotebookCellProgress(cellIndex, n + 1, codeCells.Count, cell, NotebookCellStatus.Running, null));

                cellsRun++;
                cell.ExecutionOrder = cellsRun;
                var outcome = await SubmitAsync(kernel, cell, cellsRun, options.CellTimeout, cancellationToken);
                foreach (var output in outcome.Outputs) cell.Outputs.Add(output);

                var status = NotebookCellStatus.Completed;
                if (outcome.TimedOut || outcome.ErrorName is not null)
                {
                    status = outcome.TimedOut ? NotebookCellStatus.TimedOut : NotebookCellStatus.Failed;
                    var message = outcome.TimedOut
                        ? $"de cel liep langer dan de tijdslimiet van {Duration(options.CellTimeout)} en is gestopt " +
                          "(pas de limiet aan met --cell-timeout)."
                        : outcome.ErrorMessage!;
                    failure = new NotebookCellFailure(cellIndex, cell.Id, NotebookDocument.FirstLine(cell),
                        outcome.TimedOut ? "Tijdslimiet" : outcome.ErrorName!, message);
                    var header = $"Fout in {failure.CellDescription}";
                    var traceback = new List<string> { header + ":", failure.ErrorName + ": " + failure.Message };
                    traceback.AddRange(outcome.Traceback);
                    cell.Outputs.Add(new ErrorElement($"{header}: {failure.Message}", failure.ErrorName, traceback.ToArray()));
                    timedOut = outcome.TimedOut;
                }
                SetCellMetadata(cell, status, cellStart, cellClock.Elapsed, exception: status != NotebookCellStatus.Completed);
                options.Progress?.Invoke(new NotebookCellProgress(cellIndex, n + 1, codeCells.Count, cell, status, cellClock.Elapsed));
                if (failure is not null) break;
            }
        }
        finally
        {
            Environment.CurrentDirectory = previousDirectory;
            if (!timedOut)
            {
                kernel?.Dispose();
            }
            else
            {
                // A cell that overran its time limit may still be running on the kernel's scheduler: the kernel is
                // abandoned rather than disposed, so the run can end (the process exit stops the cell), and the console
                // it had taken over for the cell is given back.
                Console.SetOut(consoleOut);
                Console.SetError(consoleError);
            }
        }

        papermill["end_time"] = Timestamp(started + clock.Elapsed);
        papermill["duration"] = clock.Elapsed.TotalSeconds;
        papermill["exception"] = failure is null ? null : true;
        return new NotebookRunResult(notebook, clock.Elapsed, cellsRun, failure);
    }

    /// <summary>How the runner names a cell to the user: "cel 4 (id 'abc', begint met: 'throw …')".</summary>
    public static string Describe(int cellIndex, string? id, string firstLine) =>
        $"cel {cellIndex} (id '{id ?? "?"}'" + (firstLine.Length > 0 ? $", begint met: '{firstLine}')" : ", leeg)");

    /// <summary>The C# kernel as the dotnet-interactive tool sets it up for notebooks (without NuGet restore).</summary>
    private static CompositeKernel CreateKernel()
    {
        var csharp = new CSharpKernel().UseKernelHelpers().UseValueSharing();
        var composite = new CompositeKernel { };
        composite.Add(csharp, new[] { "c#", "C#" });
        composite.DefaultKernelName = csharp.Name;
        return composite;
    }

    private sealed record CellOutcome(
        IReadOnlyList<InteractiveDocumentOutputElement> Outputs, bool TimedOut, string? ErrorName, string? ErrorMessage, IReadOnlyList<string> Traceback);

    private static async Task<CellOutcome> SubmitAsync(
        CompositeKernel kernel, InteractiveDocumentElement cell, int executionCount, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var outputs = new KernelOutputs(executionCount);
        using var cellCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Outputs are collected as the events arrive, so a cell that overruns keeps what it had shown.
        using var subscription = kernel.KernelEvents.Subscribe(new EventObserver(outputs));
        var submission = kernel.SendAsync(new SubmitCode(cell.Contents, NotebookDocument.CSharpKernel), cellCancellation.Token);
        var finished = await Task.WhenAny(submission, Task.Delay(timeout, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        if (finished != submission)
        {
            await cellCancellation.CancelAsync();
            return new CellOutcome(outputs.Snapshot(), true, null, null, Array.Empty<string>());
        }

        var result = await submission;
        var failed = result.Events.OfType<CommandFailed>().FirstOrDefault();
        if (failed is null) return new CellOutcome(outputs.Snapshot(), false, null, null, Array.Empty<string>());

        var (name, message, traceback) = failed.Exception switch
        {
            CodeSubmissionCompilationErrorException => ("Compilatiefout", outputs.Diagnostics ?? failed.Message, Array.Empty<string>()),
            null => ("NotebookFout", failed.Message, Array.Empty<string>()),
            var ex => (ex.GetType().FullName ?? ex.GetType().Name, ex.Message,
                (ex.StackTrace ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray()),
        };
        return new CellOutcome(outputs.Snapshot(), false, name, message, traceback);
    }

    private sealed class EventObserver(KernelOutputs outputs) : IObserver<KernelEvent>
    {
        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void OnNext(KernelEvent value) => outputs.Add(value);
    }

    private static void SetCellMetadata(InteractiveDocumentElement cell, NotebookCellStatus status, DateTimeOffset? start, TimeSpan? duration, bool exception = false)
    {
        cell.Metadata ??= new Dictionary<string, object>();
        cell.Metadata["papermill"] = new Dictionary<string, object?>
        {
            ["duration"] = duration?.TotalSeconds,
            ["end_time"] = start is { } s && duration is { } d ? Timestamp(s + d) : null,
            ["exception"] = exception ? true : null,
            ["start_time"] = start is { } st ? Timestamp(st) : null,
            ["status"] = status == NotebookCellStatus.TimedOut ? "failed" : status.ToString().ToLowerInvariant(),
        };
    }

    private static string Duration(TimeSpan span) =>
        span.TotalMinutes >= 1 && span.Seconds == 0 && span.Milliseconds == 0
            ? $"{span.TotalMinutes.ToString(CultureInfo.InvariantCulture)} min"
            : $"{DutchFormat.Number(span.TotalSeconds, 1)} s";

    private static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
