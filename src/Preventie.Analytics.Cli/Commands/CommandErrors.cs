using Preventie.Analytics.Input;
using Spectre.Console;

namespace Preventie.Analytics.Cli.Commands;

/// <summary>
/// Runs a command body and turns input errors into a Dutch error listing on standard error with exit code 2
/// (1 is left for unexpected failures). Every command action goes through <see cref="Run"/>.
/// </summary>
public static class CommandErrors
{
    public const int InputError = 2;
    public const int UnexpectedError = 1;

    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception ex)
        {
            if (Handle(ex) is { } code) return code;
            throw;
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
            if (Handle(ex) is { } code) return code;
            throw;
        }
    }

    /// <summary>Prints an input or file error in Dutch and returns its exit code; null for any other exception (rethrown).</summary>
    private static int? Handle(Exception ex)
    {
        switch (ex)
        {
            case DataValidationException input:
                Console.Error.WriteLine(input.Errors.Count == 1 ? "Fout in de invoer:" : $"{input.Errors.Count} fouten in de invoer:");
                foreach (var e in input.Errors) Console.Error.WriteLine("  - " + e);
                Console.Error.WriteLine("Er is niets weggeschreven.");
                return InputError;
            case IOException or UnauthorizedAccessException:
                Console.Error.WriteLine($"Fout bij lezen of schrijven: {ex.Message}");
                return UnexpectedError;
            default:
                return null;
        }
    }

    /// <summary>Escapes data text for Spectre.Console markup.</summary>
    public static string Safe(string? text) => Markup.Escape(text ?? string.Empty);
}
