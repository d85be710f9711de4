namespace Preventie.Analytics.Notebooks;

/// <summary>
/// How a notebook run in a child process ended (<see cref="NotebookProcess"/>): exactly one of a result (every cell
/// ran, or one failed or ran out of time, and the outputs are staged), an error the child reported itself (bad input,
/// a failure while staging), or an abort (the process ended without a result).
/// </summary>
public sealed record NotebookProcessOutcome
{
    private NotebookProcessOutcome()
    {
    }

    /// <summary>The child's <see cref="NotebookProcessMessageKind.Result"/> message, when the run finished.</summary>
    public NotebookProcessMessage? Result { get; private init; }

    /// <summary>The child's <see cref="NotebookProcessMessageKind.Error"/> message, when it reported one.</summary>
    public NotebookProcessMessage? Error { get; private init; }

    /// <summary>Why the process ended without a result, when it did.</summary>
    public NotebookAbort? Abort { get; private init; }

    /// <summary>A finished run.</summary>
    public static NotebookProcessOutcome Finished(NotebookProcessMessage result) => new() { Result = result };

    /// <summary>An error the child reported.</summary>
    public static NotebookProcessOutcome Failed(NotebookProcessMessage error) => new() { Error = error };

    /// <summary>A child process that ended without a result.</summary>
    public static NotebookProcessOutcome Aborted(NotebookAbort abort) => new() { Abort = abort };
}
