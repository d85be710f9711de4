using System.CommandLine;
using Preventie.Analytics.Input;

namespace Preventie.Analytics.Cli.Commands;

/// <summary>The <c>--wijken</c> option shared by <c>simulate</c>, <c>report</c> and <c>batch</c>: a wijk file
/// (<c>data/wijken/wijken.csv</c>) to show the results per wijk as well as for the city.</summary>
internal static class WijkOption
{
    public static Option<FileInfo?> Create(string? defaultNote = null) =>
        new("--wijken", "--wijkbestand")
        {
            Description = "Wijkbestand (CSV/xlsx), bijv. data/wijken/wijken.csv: toont de uitkomsten ook per wijk" + (defaultNote is null ? "" : $" ({defaultNote})"),
        };

    /// <summary>The wijk file for <c>batch</c>: the one given ("geen" = none; it must exist), else data/wijken/wijken.csv when present.</summary>
    public static string? ForBatch(string? given, string dataDirectory)
    {
        if (given is not null && Path.GetFileName(given).Equals("geen", StringComparison.OrdinalIgnoreCase)) return null;
        if (given is not null)
            return File.Exists(given) ? given : throw new DataValidationException(new DataError(given, null, "--wijken", given, "wijkbestand niet gevonden"));
        var standard = Path.Combine(dataDirectory, "wijken", "wijken.csv");
        return File.Exists(standard) ? standard : null;
    }
}
