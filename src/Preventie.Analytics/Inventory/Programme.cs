using Preventie.Analytics.Input;

namespace Preventie.Analytics.Inventory;

/// <summary>The five municipal programmes that fund prevention (seed 000: "Werk&amp;Inkomen, Jeugd&amp;Onderwijs, Meedoen, Veiligheid en Leefomgeving").</summary>
public enum Programme
{
    Meedoen,
    WerkEnInkomen,
    JeugdEnOnderwijs,
    Veiligheid,
    Leefomgeving,
}

/// <summary>Labels and parsing of <see cref="Programme"/>.</summary>
public static class Programmes
{
    public static IReadOnlyList<Programme> All { get; } = Enum.GetValues<Programme>();

    public static string DutchLabel(this Programme programme) => programme switch
    {
        Programme.Meedoen => "Meedoen",
        Programme.WerkEnInkomen => "Werk en Inkomen",
        Programme.JeugdEnOnderwijs => "Jeugd en Onderwijs",
        Programme.Veiligheid => "Veiligheid",
        Programme.Leefomgeving => "Leefomgeving",
        _ => throw new ArgumentOutOfRangeException(nameof(programme)),
    };

    /// <summary>Parses the label, also written with "&amp;" ("Werk &amp; Inkomen", "Jeugd&amp;Onderwijs").</summary>
    public static bool TryParse(string? text, out Programme programme)
    {
        programme = default;
        var key = ColumnName.Normalize(text?.Replace("&", " en "));
        foreach (var p in All)
        {
            if (ColumnName.Normalize(p.DutchLabel()) != key) continue;
            programme = p;
            return true;
        }
        return false;
    }
}
