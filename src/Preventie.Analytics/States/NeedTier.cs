using Preventie.Analytics.Input;

namespace Preventie.Analytics.States;

/// <summary>The need tier of the population pyramid (seed 002): 80% zelfredzaam, 15% tijdelijk, 5% blijvend; plus outflow.</summary>
public enum NeedTier
{
    /// <summary>Self-reliant ("zelfredzaam").</summary>
    Zelfredzaam,
    /// <summary>Temporary support ("tijdelijke ondersteuning").</summary>
    Tijdelijk,
    /// <summary>Permanent support ("blijvende ondersteuning").</summary>
    Blijvend,
    /// <summary>Outflow (death): absorbing, no costs, not aged.</summary>
    Uitstroom,
}

/// <summary>Parsing and Dutch labels of <see cref="NeedTier"/>.</summary>
public static class NeedTiers
{
    /// <summary>The Dutch label: "zelfredzaam", "tijdelijke ondersteuning", "blijvende ondersteuning" or "uitstroom".</summary>
    public static string DutchLabel(this NeedTier tier) => tier switch
    {
        NeedTier.Zelfredzaam => "zelfredzaam",
        NeedTier.Tijdelijk => "tijdelijke ondersteuning",
        NeedTier.Blijvend => "blijvende ondersteuning",
        _ => "uitstroom",
    };

    /// <summary>Parses a tier by the start of its Dutch name (case, accents, spaces ignored; "overleden" is uitstroom); false when unknown.</summary>
    public static bool TryParse(string? text, out NeedTier tier)
    {
        tier = default;
        var k = ColumnName.Normalize(text);
        if (k.StartsWith("zelfredzaam")) { tier = NeedTier.Zelfredzaam; return true; }
        if (k.StartsWith("tijdelijk")) { tier = NeedTier.Tijdelijk; return true; }
        if (k.StartsWith("blijvend")) { tier = NeedTier.Blijvend; return true; }
        if (k.StartsWith("uitstroom") || k == "overleden") { tier = NeedTier.Uitstroom; return true; }
        return false;
    }
}
