using Preventie.Analytics.Input;

namespace Preventie.Analytics.Inventory;

/// <summary>How an activity is funded, as the seed's pivots count it.</summary>
public enum Financing
{
    /// <summary>Funded structurally, from the recurring budget.</summary>
    Structureel,
    /// <summary>Funded incidentally (a one-off or temporary budget).</summary>
    Incidenteel,
    /// <summary>Funded partly structurally and partly incidentally.</summary>
    Beide,
    /// <summary>The inventory does not say how it is funded.</summary>
    Onbekend,
}

/// <summary>Labels, keys and parsing of <see cref="Financing"/>.</summary>
public static class Financings
{
    /// <summary>Every financing kind, in pivot order.</summary>
    public static IReadOnlyList<Financing> All { get; } = Enum.GetValues<Financing>();

    /// <summary>The Dutch label: "structureel", "incidenteel", "beide" or "onbekend".</summary>
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
