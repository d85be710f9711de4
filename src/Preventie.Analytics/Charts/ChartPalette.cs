using Preventie.Analytics.Costs;
using Preventie.Analytics.States;

namespace Preventie.Analytics.Charts;

/// <summary>
/// The colours of the domain charts, the same in every chart and notebook: one per payer (the four municipal budgets in
/// shades of blue, Zvw orange, Wlz purple…), one per need tier (green, amber, red), and fixed colours for meanings that
/// recur (investment, savings, net result, scenario versus comparator).
/// </summary>
public static class ChartPalette
{
    /// <summary>Money spent on prevention (investment).</summary>
    public const string Investment = "#cc4125";
    /// <summary>Care costs avoided (savings).</summary>
    public const string Savings = "#38761d";
    /// <summary>The net result (savings minus investment).</summary>
    public const string Net = "#1f2933";
    /// <summary>The scenario in a scenario-versus-comparator chart.</summary>
    public const string Scenario = "#0b5394";
    /// <summary>The comparator (drawn dashed).</summary>
    public const string Comparator = "#7f7f7f";
    /// <summary>The municipality as one group ("gemeente").</summary>
    public const string Gemeente = "#0b5394";
    /// <summary>All payers together ("totaal").</summary>
    public const string Total = "#1f2933";
    /// <summary>All payers except the municipality.</summary>
    public const string OtherPayers = "#e69138";

    /// <summary>The colour of a payer.</summary>
    public static string For(Payer payer) => payer switch
    {
        Payer.GemeenteWmo => "#0b5394",
        Payer.GemeenteJeugdwet => "#3d85c6",
        Payer.GemeenteParticipatiewet => "#6fa8dc",
        Payer.GemeentePreventie => "#073763",
        Payer.Zvw => "#e69138",
        Payer.Wlz => "#8e44ad",
        Payer.Rijk => "#7f7f7f",
        Payer.Inwoners => "#45818e",
        _ => throw new ArgumentOutOfRangeException(nameof(payer)),
    };

    /// <summary>
    /// The colour of a payer or payer group by code: a <see cref="Payers.Code"/> (e.g. <c>zvw</c>), <c>gemeente</c>,
    /// <c>totaal</c> or <c>anderen</c> (other payers); <see cref="Comparator"/> grey for an unknown code.
    /// </summary>
    public static string ForCode(string code)
    {
        switch (code.Trim().ToLowerInvariant())
        {
            case "gemeente": return Gemeente;
            case "totaal": return Total;
            case "anderen": return OtherPayers;
        }
        return Payers.TryParse(code, out var payer) ? For(payer) : Comparator;
    }

    /// <summary>The colour of a need tier.</summary>
    public static string For(NeedTier tier) => tier switch
    {
        NeedTier.Zelfredzaam => "#6aa84f",
        NeedTier.Tijdelijk => "#f1c232",
        NeedTier.Blijvend => "#cc4125",
        _ => "#999999",
    };
}
