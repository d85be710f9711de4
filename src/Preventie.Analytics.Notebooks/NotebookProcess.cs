using System.Diagnostics;
using System.Text;

namespace Preventie.Analytics.Notebooks;

/// <summary>
/// Runs a notebook in a child process and follows it, so that a cell that ends the process — unbounded recursion
/// (.NET stops the process on a stack overflow; it cannot be caught), <c>Environment.Exit</c>, an exception on a
/// background thread — ends only the child: the caller gets a <see cref="NotebookAbort"/> naming the cell instead of
/// dying or returning as if the run had succeeded. The child speaks <see cref="NotebookProcessMessage"/> lines on its
/// standard output; its standard error (where .NET writes stack traces) is read here and never passed on.
/// How to start the child is the caller's business (the CLI starts itself with a hidden subcommand).
/// </summary>
public static class NotebookProcess
{
    /// <summary>How much of the child's standard error is kept to classify an abort.</summary>
    private const int StandardErrorKept = 16 * 1024;

    /// <summary>How long a child may take to exit after its last message before it is stopped (a cell may have left a thread running).</summary>
    private static readonly TimeSpan ExitGrace = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Starts <paramref name="start"/> (its output streams are redirected here), passes each progress message to
    /// <paramref name="progress"/>, and returns how the child ended. <paramref name="notebookName"/> names the notebook
    /// in an abort message. Cancelling stops the child and its children.
    /// </summary>
    public static async Task<NotebookProcessOutcome> RunAsync(
        ProcessStartInfo start, string notebookName, Action<NotebookProcessMessage>? progress = null, CancellationToken cancellationToken = default)
    {
        start.UseShellExecute = false;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.StandardOutputEncoding = new UTF8Encoding(false);
        start.StandardErrorEncoding = new UTF8Encoding(false);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The notebook's child process did not start.");
        // the child reads nothing: a cell that waits for input gets end-of-file instead of hanging on the terminal
        process.StandardInput.Close();
        var standardError = KeepStartAsync(process.StandardError);
        using var stop = cancellationToken.Register(() => Stop(process));

        NotebookProcessMessage? last = null;
        NotebookProcessMessage? final = null;
        while (final is null && await process.StandardOutput.ReadLineAsync(CancellationToken.None) is { } line)
        {
            if (NotebookProcessMessage.Parse(line) is not { } message) continue;
            if (message.Kind == NotebookProcessMessageKind.Progress)
            {
                last = message;
                progress?.Invoke(message);
            }
            else final = message;
        }

        if (final is not null)
        {
            // the run is over: a thread a cell left behind may keep the child alive, so it gets a moment, then is stopped
            using var grace = new CancellationTokenSource(ExitGrace);
            try
            {
                await process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                Stop(process);
            }
        }
        else await process.WaitForExitAsync(CancellationToken.None);
        cancellationToken.ThrowIfCancellationRequested();

        if (final is { Kind: NotebookProcessMessageKind.Result }) return NotebookProcessOutcome.Finished(final);
        if (final is { Kind: NotebookProcessMessageKind.Error }) return NotebookProcessOutcome.Failed(final);
        var running = last is { Status: NotebookCellStatus.Running };
        var error = await Task.WhenAny(standardError, Task.Delay(TimeSpan.FromSeconds(5))) == standardError ? await standardError : string.Empty;
        return NotebookProcessOutcome.Aborted(NotebookAbort.Classify(notebookName, last, running, process.ExitCode, error));
    }

    /// <summary>Reads <paramref name="reader"/> to its end and keeps the first <see cref="StandardErrorKept"/> characters.</summary>
    private static async Task<string> KeepStartAsync(StreamReader reader)
    {
        var kept = new StringBuilder();
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
            if (kept.Length < StandardErrorKept) kept.Append(buffer, 0, Math.Min(read, StandardErrorKept - kept.Length));
        return kept.ToString();
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // it ended by itself in the meantime
        }
    }
}
