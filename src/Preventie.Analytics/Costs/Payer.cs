using Preventie.Analytics.Input;

namespace Preventie.Analytics.Costs;

/// <summary>
/// Who pays: the municipality split by law/budget, the health insurers (Zvw), the long-term care fund (Wlz), the state
/// and the inhabitants. The codes (e.g. <c>gemeente_wmo</c>) are used in data files; <see cref="Payers.IsGemeente"/>
/// groups the four municipal budgets into "gemeente".
/// </summary>
public enum Payer
{
    GemeenteWmo,
    GemeenteJeugdwet,
    GemeenteParticipatiewet,
    GemeentePreventie,
    Zvw,
    Wlz,
    Rijk,
    Inwoners,
}

/// <summary>Codes, Dutch labels, grouping and parsing of <see cref="Payer"/>.</summary>
public static class Payers
{
    /// <summary>All payers in report order.</summary>
    public static IReadOnlyList<Payer> All { get; } = Enum.GetValues<Payer>();

    /// <summary>Number of payers (length of the payer dimension in result arrays).</summary>
    public const int Count = 8;

    public static string Code(this Payer p) => p switch
    {
        Payer.GemeenteWmo => "gemeente_wmo",
        Payer.GemeenteJeugdwet => "gemeente_jeugdwet",
        Payer.GemeenteParticipatiewet => "gemeente_participatiewet",
        Payer.GemeentePreventie => "gemeente_preventie",
        Payer.Zvw => "zvw",
        Payer.Wlz => "wlz",
        Payer.Rijk => "rijk",
        Payer.Inwoners => "inwoners",
        _ => throw new ArgumentOutOfRangeException(nameof(p)),
    };

    public static string DutchLabel(this Payer p) => p switch
    {
        Payer.GemeenteWmo => "Gemeente – Wmo",
        Payer.GemeenteJeugdwet => "Gemeente – Jeugdwet",
        Payer.GemeenteParticipatiewet => "Gemeente – Participatiewet",
        Payer.GemeentePreventie => "Gemeente – preventiebudget",
        Payer.Zvw => "Zorgverzekeraar (Zvw)",
        Payer.Wlz => "Wlz (zorgkantoor)",
        Payer.Rijk => "Rijk",
        Payer.Inwoners => "Inwoners",
        _ => throw new ArgumentOutOfRangeException(nameof(p)),
    };

    /// <summary>The grouping used in summaries: "gemeente" for the four municipal budgets, else the payer's code.</summary>
    public static string Group(this Payer p) => p.IsGemeente() ? "gemeente" : p.Code();

    /// <summary>True for the four municipal budgets.</summary>
    public static bool IsGemeente(this Payer p) => p <= Payer.GemeentePreventie;

    public static bool TryParse(string? text, out Payer payer)
    {
        var k = ColumnName.Normalize(text);
        foreach (var p in All)
            if (ColumnName.Normalize(p.Code()) == k || ColumnName.Normalize(p.ToString()) == k) { payer = p; return true; }
        payer = default;
        return false;
    }

    /// <summary>Dutch message for an unknown payer.</summary>
    public static string UnknownMessage => $"onbekende betaler (geldig: {string.Join(", ", All.Select(p => p.Code()))})";
}
