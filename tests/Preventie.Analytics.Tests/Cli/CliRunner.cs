using Preventie.Analytics.Cli;

namespace Preventie.Analytics.Tests.Cli;

/// <summary>Runs the real <c>preventie</c> command line in-process with Console.Out/Error captured. Tests that use it
/// must not run in parallel with other console-capturing tests (put them in a non-parallel collection).</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var oldOut = Console.Out;
        var oldErr = Console.Error;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            return (PreventieApp.Build().Parse(args).Invoke(), stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }
}
