using Preventie.Analytics.Plausibility;
using Preventie.Analytics.Input;
using Preventie.Analytics.Output;
using Spectre.Console;

namespace Preventie.Analytics.Cli.Commands;

/// <summary>
/// Runs a command body and turns every exception into a Dutch message on standard error: input errors with exit
/// code 2, write failures and unexpected exceptions with exit code 1 (the latter with a pointer to a log file, never
/// a stack trace). Every command action goes through <see cref="Run"/> or <see cref="RunAsync"/>.
/// </summary>
public static class CommandErrors
{
    /// <summary>Exit code for bad input (files, rows, option values): nothing was written.</summary>
    public const int InputError = 2;
    /// <summary>Exit code for a failure while writing and for an unexpected exception.</summary>
    public const int UnexpectedError = 1;

    /// <summary>Runs <paramref name="body"/> and returns its exit code, or prints the error in Dutch and returns <see cref="InputError"/> or <see cref="UnexpectedError"/>.</summary>
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception ex)
        {
            return Handle(ex);
        }
    }

    /// <summary>Async variant of <see cref="Run"/>, with the same error handling.</summary>
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception ex)
        {
            return Handle(ex);
        }
    }

    /// <summary>
    /// Prints the error in Dutch and returns its exit code: 2 for input errors (bad or missing files, bad option
    /// values, a folder that cannot be written), 1 for failures while reading or writing (a full disk: "de schijf is
    /// vol") and for unexpected exceptions. An
    /// unexpected exception never shows its stack trace: it goes to a log file whose path is printed.
    /// </summary>
    internal static int Handle(Exception ex)
    {
        switch (ex)
        {
            case DataValidationException input:
                Console.Error.WriteLine(input.Errors.Count == 1 ? "Fout in de invoer:" : $"{input.Errors.Count} fouten in de invoer:");
                foreach (var e in input.Errors) Console.Error.WriteLine("  - " + e);
                Console.Error.WriteLine("Er is niets weggeschreven.");
                return InputError;
            case OutputWriteException write:
                Console.Error.WriteLine($"Fout bij schrijven: {write.Message}");
                return UnexpectedError;
            case FileNotFoundException missing:
                Console.Error.WriteLine($"Bestand niet gevonden: {FullPath(missing.FileName)}. Er is niets weggeschreven.");
                return InputError;
            case DirectoryNotFoundException:
                Console.Error.WriteLine("Map niet gevonden (controleer de opgegeven paden). Er is niets weggeschreven.");
                return InputError;
            case UnauthorizedAccessException:
                Console.Error.WriteLine("Geen toegang tot een invoerbestand of -map (controleer de rechten). Er is niets weggeschreven.");
                return InputError;
            case IOException io:
                // outside the atomic writers (e.g. reading an input): the reason in Dutch, never the system's English
                Console.Error.WriteLine($"Fout bij lezen of schrijven: {FileSystemError.Describe(io)}. Er is niets half weggeschreven.");
                return UnexpectedError;
            default:
                var log = WriteLog(ex);
                Console.Error.WriteLine($"Er ging onverwacht iets mis ({ex.GetType().Name}). Dit is een fout in het programma, niet in uw invoer; er is niets weggeschreven.");
                Console.Error.WriteLine(log is null
                    ? "De details konden niet in een logbestand worden bewaard."
                    : $"Details voor de ontwikkelaars staan in {log}");
                return UnexpectedError;
        }
    }

    /// <summary>
    /// Prints legal but unusual input (e.g. <c>pair.Warnings</c>, <see cref="ScenarioPairWarnings"/>) on standard error, in Dutch,
    /// yellow on a terminal; the run goes on.
    /// </summary>
    public static void PrintWarnings(IEnumerable<DataError> warnings)
    {
        var list = warnings.ToList();
        if (list.Count == 0) return;
        var (on, off) = Console.IsErrorRedirected ? ("", "") : ("\u001b[33m", "\u001b[0m");
        Console.Error.WriteLine(on + (list.Count == 1 ? "Waarschuwing (toegestaan, maar ongebruikelijk):" : $"{list.Count} waarschuwingen (toegestaan, maar ongebruikelijk):") + off);
        foreach (var w in list) Console.Error.WriteLine(on + "  - " + w + off);
    }

    /// <summary>Folder of the error logs: PREVENTIE_LOGMAP if set, otherwise preventie-logs in the system's temp folder.</summary>
    internal static string LogDirectory =>
        Environment.GetEnvironmentVariable("PREVENTIE_LOGMAP") is { Length: > 0 } dir ? dir : Path.Combine(Path.GetTempPath(), "preventie-logs");

    /// <summary>Writes the exception with its stack trace to a new log file; returns its path, or null when that failed.</summary>
    internal static string? WriteLog(Exception ex)
    {
        try
        {
            Directory.CreateDirectory(LogDirectory);
            var path = Path.Combine(LogDirectory, $"fout-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}.log");
            File.WriteAllText(path, $"preventie {string.Join(' ', Environment.GetCommandLineArgs().Skip(1))}{Environment.NewLine}{DateTime.UtcNow:O}{Environment.NewLine}{ex}{Environment.NewLine}");
            return path;
        }
        catch (Exception logError) when (logError is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string FullPath(string? file) => string.IsNullOrEmpty(file) ? "(onbekend)" : Path.GetFullPath(file);

    /// <summary>Escapes data text for Spectre.Console markup.</summary>
    public static string Safe(string? text) => Markup.Escape(text ?? string.Empty);
}
