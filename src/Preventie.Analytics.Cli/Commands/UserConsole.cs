using Spectre.Console;

namespace Preventie.Analytics.Cli.Commands;

/// <summary>
/// The Spectre.Console that commands write their Dutch tables to. On a terminal it detects colours and width;
/// when output is redirected (a file, a pipe, a test) it writes plain text, no ANSI codes, 160 columns wide, so
/// that batch reruns produce readable logs.
/// </summary>
public static class UserConsole
{
    /// <summary>The width in columns of redirected output.</summary>
    public const int RedirectedWidth = 160;

    /// <summary>A console writing to <paramref name="writer"/>: detected colours and width on the terminal, plain text <see cref="RedirectedWidth"/> columns wide otherwise.</summary>
    public static IAnsiConsole For(TextWriter writer)
    {
        var interactive = writer == Console.Out && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!interactive) console.Profile.Width = RedirectedWidth;
        return console;
    }
}
