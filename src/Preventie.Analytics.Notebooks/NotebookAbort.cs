using System.Globalization;
using System.Text.RegularExpressions;

namespace Preventie.Analytics.Notebooks;

/// <summary>How a notebook's child process ended without a result.</summary>
public enum NotebookAbortReason
{
    /// <summary>Unbounded recursion: .NET ends the process on a stack overflow.</summary>
    StackOverflow,
    /// <summary>The process ended itself with exit code 0 (a cell called <c>Environment.Exit(0)</c>).</summary>
    ExitedEarly,
    /// <summary>An exception nobody caught (e.g. on a background thread a cell started) ended the process.</summary>
    UnhandledException,
    /// <summary>The process was killed by a signal from outside (e.g. out of memory).</summary>
    Killed,
    /// <summary>The process ended itself with another exit code (<c>Environment.Exit(n)</c>, or a crash).</summary>
    ExitCode,
}

/// <summary>
/// A notebook run whose child process ended before it reported a result: which cell was running (or the last that
/// ran), why the process ended, as far as its exit code and its standard error tell, and the Dutch message for the
/// user. The child's standard error (a .NET stack trace, for a stack overflow thousands of lines) is only read here,
/// never shown.
/// </summary>
/// <param name="NotebookName">The notebook's file name, e.g. <c>03-pilotscenarios.ipynb</c>.</param>
/// <param name="Cell">The cell that was running; when none was, the last that had run (null: none had started).</param>
/// <param name="CellWasRunning">True when <paramref name="Cell"/> was running when the process ended.</param>
/// <param name="Reason">Why the process ended.</param>
/// <param name="ExitCodeOfProcess">The child's exit code (on Linux 128 + the signal for a process ended by a signal).</param>
/// <param name="ExceptionType">For <see cref="NotebookAbortReason.UnhandledException"/>: the exception's type name, when .NET printed it.</param>
public sealed record NotebookAbort(
    string NotebookName, NotebookProcessMessage? Cell, bool CellWasRunning, NotebookAbortReason Reason, int ExitCodeOfProcess, string? ExceptionType)
{
    /// <summary>
    /// Classifies a child process that ended without a result from its exit code and (the start of) its standard
    /// error, which .NET writes "Stack overflow." and "Unhandled exception. Type: …" to.
    /// </summary>
    public static NotebookAbort Classify(string notebookName, NotebookProcessMessage? cell, bool cellWasRunning, int exitCode, string standardError)
    {
        var unhandled = Regex.Match(standardError, @"Unhandled exception\.\s+([\w.`+]+)");
        var (reason, type) = standardError.Contains("Stack overflow", StringComparison.Ordinal) ? (NotebookAbortReason.StackOverflow, null)
            : unhandled.Success ? (NotebookAbortReason.UnhandledException, unhandled.Groups[1].Value)
            : exitCode == 0 ? (NotebookAbortReason.ExitedEarly, (string?)null)
            // 128 + SIGKILL (9) or SIGTERM (15): stopped from outside, not by the notebook's own code
            : exitCode is 137 or 143 ? (NotebookAbortReason.Killed, null)
            : (NotebookAbortReason.ExitCode, null);
        return new NotebookAbort(notebookName, cell, cellWasRunning, reason, exitCode, type);
    }

    /// <summary>
    /// The Dutch message, e.g. "De notebook 03-pilotscenarios.ipynb is afgebroken in cel 5 (`Fib(1)`): de cel liep vast
    /// in een oneindige herhaling (stack overflow)."
    /// </summary>
    public string Message
    {
        get
        {
            var where = Cell is null ? "voordat de eerste cel begon"
                : CellWasRunning ? $"in cel {Cell.CellIndex} (`{Cell.FirstLine}`)"
                : $"na cel {Cell.CellIndex} (`{Cell.FirstLine}`)";
            var subject = CellWasRunning ? "de cel" : "iets in de notebook (bijvoorbeeld een taak die een eerdere cel startte)";
            var code = ExitCodeOfProcess.ToString(CultureInfo.InvariantCulture);
            var why = Reason switch
            {
                NotebookAbortReason.StackOverflow => $"{subject} liep vast in een oneindige herhaling (stack overflow)",
                NotebookAbortReason.ExitedEarly => $"{subject} beëindigde het hele proces (Environment.Exit) voordat de notebook klaar was",
                NotebookAbortReason.UnhandledException =>
                    $"een fout die nergens werd opgevangen ({ExceptionType}, bijvoorbeeld in een achtergrondtaak) beëindigde het hele proces",
                NotebookAbortReason.Killed => $"het proces werd van buitenaf gestopt (afsluitcode {code}, bijvoorbeeld door geheugengebrek)",
                _ => $"{subject} beëindigde het hele proces met afsluitcode {code} (Environment.Exit of een crash) voordat de notebook klaar was",
            };
            return $"De notebook {NotebookName} is afgebroken {where}: {why}.";
        }
    }
}
