using Preventie.Analytics.Input;

namespace Preventie.Analytics.Inventory;

/// <summary>How an activity is funded, as the seed's pivots count it.</summary>
public enum Financing
{
    Structureel,
    Incidenteel,
    Beide,
    Onbekend,
}

/// <summary>Labels, keys and parsing of <see cref="Financing"/>.</summary>
public static class Financings
{
    public static IReadOnlyList<Financing> All { get; } = Enum.GetValues<Financing>();

    public static string DutchLabel(this Financing financing) => financing switch
    {
        Financing.Structureel => "structureel",
        Financing.Incidenteel => "incidenteel",
        Financing.Beide => "beide",
        Financing.Onbekend => "onbekend",
        _ => throw new ArgumentOutOfRangeException(nameof(financing)),
    };

    /// <summary>Parses the Dutch label (also "financieringsvorm onbekend"); an empty cell means <see cref="Financing.Onbekend"/>.</summary>
    public static bool TryParse(string? text, out Financing financing)
    {
        financing = Financing.Onbekend;
        switch (ColumnName.Normalize(text))
        {
            case "" or "onbekend" or "financieringsvormonbekend": return true;
            case "structureel": financing = Financing.Structureel; return true;
            case "incidenteel": financing = Financing.Incidenteel; return true;
            case "beide" or "structureelenincidenteel": financing = Financing.Beide; return true;
            default: return false;
        }
    }
}
