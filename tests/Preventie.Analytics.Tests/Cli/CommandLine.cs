using Preventie.Analytics.Cli;

namespace Preventie.Analytics.Tests.Cli;

/// <summary>
/// Runs the real <c>preventie</c> command line in-process with Console.Out/Error redirected. Callers must be in a
/// collection with parallelisation disabled, because the console is process-wide.
/// </summary>
internal static class CommandLine
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            return (PreventieApp.Run(args), stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }
}
