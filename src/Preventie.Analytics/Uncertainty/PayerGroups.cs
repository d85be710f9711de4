using Preventie.Analytics.Costs;

namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// The rows of every uncertainty result: the eight payers in <see cref="Payers.All"/> order, then "gemeente" (the four
/// municipal budgets together) and "totaal" (all payers) — the same groups and labels as the deterministic
/// <see cref="Simulation.ScenarioComparison"/>.
/// </summary>
public static class PayerGroups
{
    /// <summary>Number of groups: 8 payers + gemeente + totaal.</summary>
    public const int Count = Simulation.ComparisonLedger.GroupCount;

    /// <summary>Index of the group "gemeente".</summary>
    public const int Gemeente = Simulation.ComparisonLedger.GemeenteGroup;

    /// <summary>Index of the group "totaal".</summary>
    public const int Total = Simulation.ComparisonLedger.TotalGroup;

    /// <summary>Code of a group: a payer code, "gemeente" or "totaal".</summary>
    public static string Code(int group) => group switch
    {
        Gemeente => "gemeente",
        Total => "totaal",
        _ => Payers.All[group].Code(),
    };

    /// <summary>Dutch label of a group.</summary>
    public static string Label(int group) => group switch
    {
        Gemeente => "Gemeente (totaal)",
        Total => "Alle betalers",
        _ => Payers.All[group].DutchLabel(),
    };
}
