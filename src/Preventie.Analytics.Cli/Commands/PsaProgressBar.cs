using Spectre.Console;

namespace Preventie.Analytics.Cli.Commands;

/// <summary>
/// The progress bar of a probabilistic analysis ("Trekkingen"), on standard error and only when that is a terminal, so
/// standard output and redirected logs stay clean. Used by <c>simulate --psa</c> and <c>report --psa</c>.
/// </summary>
internal static class PsaProgressBar
{
    /// <summary>Runs <paramref name="work"/>, handing it a progress callback (draws done) or null when not interactive.</summary>
    public static T Run<T>(int draws, Func<Action<int>?, T> work)
    {
        if (Console.IsErrorRedirected) return work(null);
        var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        stderr.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("Trekkingen", maxValue: draws);
                result = work(done => task.Value = done);
            });
        return result;
    }
}
