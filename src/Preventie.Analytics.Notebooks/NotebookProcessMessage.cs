using System.Text.Json;
using System.Text.Json.Serialization;

namespace Preventie.Analytics.Notebooks;

/// <summary>What a <see cref="NotebookProcessMessage"/> reports.</summary>
public enum NotebookProcessMessageKind
{
    /// <summary>A code cell starts or has ended (<see cref="NotebookCellProgress"/>).</summary>
    Progress,
    /// <summary>The run is over and its outputs are staged: every cell ran, or one failed or ran out of time.</summary>
    Result,
    /// <summary>The run could not start or its outputs could not be staged: a Dutch message and the exit code it stands for.</summary>
    Error,
}

/// <summary>
/// One line of the protocol between <c>preventie notebook run</c> and the child process that runs the notebook's
/// kernel: <see cref="Prefix"/> followed by the message as JSON, on the child's standard output. Whatever else reaches
/// that output (a cell writing to the raw standard output) has no prefix and is ignored. The child sends a
/// <see cref="NotebookProcessMessageKind.Progress"/> message before and after each code cell and ends with one
/// <see cref="NotebookProcessMessageKind.Result"/> or <see cref="NotebookProcessMessageKind.Error"/>; a child that
/// ends without either was stopped by one of its cells (see <see cref="NotebookAbort"/>).
/// </summary>
public sealed record NotebookProcessMessage
{
    /// <summary>The marker that starts every protocol line.</summary>
    public const string Prefix = "@@preventie-notebook@@ ";

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>What the message reports.</summary>
    public required NotebookProcessMessageKind Kind { get; init; }

    /// <summary>Progress: 1-based position of the cell in the executed notebook (all cell types counted).</summary>
    public int CellIndex { get; init; }

    /// <summary>Progress: 1-based number among the code cells.</summary>
    public int CodeCellNumber { get; init; }

    /// <summary>Progress: the number of code cells.</summary>
    public int CodeCellCount { get; init; }

    /// <summary>Progress: the cell's first non-empty line, shortened to 50 characters.</summary>
    public string FirstLine { get; init; } = string.Empty;

    /// <summary>Progress: Running (before the cell), or Completed, Failed or TimedOut (after it).</summary>
    public NotebookCellStatus Status { get; init; }

    /// <summary>Progress after a cell, and the result: the time taken, in seconds.</summary>
    public double? Seconds { get; init; }

    /// <summary>Result: the number of code cells that ran.</summary>
    public int CellsRun { get; init; }

    /// <summary>Result: the failing cell, when one failed or ran out of time.</summary>
    public NotebookCellFailure? Failure { get; init; }

    /// <summary>Error: the exit code the message stands for (2 for bad input, 1 otherwise).</summary>
    public int ExitCode { get; init; }

    /// <summary>Error: the Dutch message, as the command prints it on standard error.</summary>
    public string? Text { get; init; }

    /// <summary>The message for a cell that starts or has ended.</summary>
    public static NotebookProcessMessage ForProgress(NotebookCellProgress progress) => new()
    {
        Kind = NotebookProcessMessageKind.Progress,
        CellIndex = progress.CellIndex,
        CodeCellNumber = progress.CodeCellNumber,
        CodeCellCount = progress.CodeCellCount,
        FirstLine = NotebookDocument.FirstLine(progress.Cell, 50),
        Status = progress.Status,
        Seconds = progress.Duration?.TotalSeconds,
    };

    /// <summary>The message for a finished run.</summary>
    public static NotebookProcessMessage ForResult(NotebookRunResult result) => new()
    {
        Kind = NotebookProcessMessageKind.Result,
        CellsRun = result.CellsRun,
        Seconds = result.Duration.TotalSeconds,
        Failure = result.Failure,
    };

    /// <summary>The message for a run that could not start or finish writing: <paramref name="text"/> is Dutch.</summary>
    public static NotebookProcessMessage ForError(int exitCode, string text) =>
        new() { Kind = NotebookProcessMessageKind.Error, ExitCode = exitCode, Text = text };

    /// <summary>The protocol line: <see cref="Prefix"/> and the JSON on one line.</summary>
    public string ToLine() => Prefix + JsonSerializer.Serialize(this, Json);

    /// <summary>The message on a protocol line; null for any other line (no prefix, or not a message).</summary>
    public static NotebookProcessMessage? Parse(string line)
    {
        if (!line.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        try
        {
            return JsonSerializer.Deserialize<NotebookProcessMessage>(line.AsSpan(Prefix.Length), Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
