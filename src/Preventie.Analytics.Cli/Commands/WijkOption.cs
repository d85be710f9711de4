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

    /// <summary>The <c>--wijkindicatoren</c> option: wijk or buurt figures in the monitor layout; the need model learns each
    /// wijk's need from them (<c>WijkModel.Load</c> in <see cref="Wijken.WijkModelFile"/>). Only with <c>--wijken</c>.</summary>
    public static Option<FileInfo?> CreateIndicators() =>
        new("--wijkindicatoren", "--buurten")
        {
            Description = "Cijfers per wijk of buurt in de monitorindeling (regio = WK- of BU-code), bijv. data/wijken/buurtindicatoren-voorbeeld.csv: " +
                          "de behoefte per wijk komt dan uit het behoeftemodel (alleen met --wijken)",
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
