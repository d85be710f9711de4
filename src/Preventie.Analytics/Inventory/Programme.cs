using Preventie.Analytics.Input;

namespace Preventie.Analytics.Inventory;

/// <summary>The five municipal programmes that fund prevention (seed 000: "Werk&amp;Inkomen, Jeugd&amp;Onderwijs, Meedoen, Veiligheid en Leefomgeving").</summary>
public enum Programme
{
    /// <summary>Meedoen: participation.</summary>
    Meedoen,
    /// <summary>Werk en Inkomen: work and income.</summary>
    WerkEnInkomen,
    /// <summary>Jeugd en Onderwijs: youth and education.</summary>
    JeugdEnOnderwijs,
    /// <summary>Veiligheid: safety.</summary>
    Veiligheid,
    /// <summary>Leefomgeving: living environment.</summary>
    Leefomgeving,
}

/// <summary>Labels and parsing of <see cref="Programme"/>.</summary>
public static class Programmes
{
    /// <summary>The five programmes.</summary>
    public static IReadOnlyList<Programme> All { get; } = Enum.GetValues<Programme>();

    /// <summary>The Dutch label, e.g. "Werk en Inkomen".</summary>
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
