using Preventie.Analytics.Costs;
using Preventie.Analytics.States;

namespace Preventie.Analytics.Charts;

/// <summary>
/// The colours of the domain charts, the same in every chart and notebook: one per payer (the <c>kleur</c> column of
/// <c>betalers.csv</c>: in the shipped file the four municipal budgets in shades of blue, Zvw orange, Wlz purple…; a
/// payer without one gets a colour by position), one per need tier (green, amber, red), and fixed colours for meanings that
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

    /// <summary>Colours by position for payers without a <c>kleur</c> in <c>betalers.csv</c>.</summary>
    private static readonly string[] ByPosition =
        ["#0b5394", "#e69138", "#8e44ad", "#45818e", "#3d85c6", "#7f7f7f", "#6fa8dc", "#b45f06", "#073763", "#a64d79"];

    /// <summary>The colour of a payer: its <see cref="Payer.Colour"/>, else one by position.</summary>
    public static string For(Payer payer) => payer.Colour ?? ByPosition[payer.Index % ByPosition.Length];

    /// <summary>The colour of a payer group: <see cref="Gemeente"/> for the own budget, else its first payer's colour.</summary>
    public static string For(PayerGroup group) => group.IsOwnBudget ? Gemeente : For(group.Members[0]);

    /// <summary>
    /// The colour of a payer or payer group by code: a payer code of <paramref name="payers"/> (e.g. <c>zvw</c>), a group
    /// code (the own group, e.g. <c>gemeente</c>), <c>totaal</c> or <c>anderen</c> (other payers); <see cref="Comparator"/>
    /// grey for an unknown code. Without <paramref name="payers"/> only <c>gemeente</c>, <c>totaal</c> and <c>anderen</c> are known.
    /// </summary>
    public static string ForCode(string code, PayerSet? payers = null)
    {
        switch (code.Trim().ToLowerInvariant())
        {
            case "totaal": return Total;
            case "anderen": return OtherPayers;
            case "gemeente" when payers is null: return Gemeente;
        }
        if (payers is null) return Comparator;
        if (payers.TryParse(code, out var payer)) return For(payer);
        var group = payers.Groups.FirstOrDefault(g => string.Equals(g.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
        return group is null ? Comparator : For(group);
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
