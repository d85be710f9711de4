using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Simulation;

/// <summary>
/// What a scenario means for one payer (or a group such as "gemeente" or "totaal") against the comparator.
/// <list type="bullet">
/// <item>Investment (<c>investering</c>) = the payer's intervention costs in the scenario minus those in the comparator
/// (negative = the scenario spends less on interventions, e.g. a cut subsidy).</item>
/// <item>Savings (<c>besparing</c>) = the payer's care costs in the comparator minus those in the scenario
/// (negative = extra care costs).</item>
/// <item>Net benefit = savings − investment = comparator total cost − scenario total cost.</item>
/// <item>Return per euro = savings / investment (discounted), only when investment &gt; 0.</item>
/// <item>Break-even year: see <see cref="ComparisonLedger.BreakEven"/> (the one definition).</item>
/// </list>
/// Arrays are per year, element 0 = start year, nominal (the budget view).
/// </summary>
public sealed record PayerOutcome(
    string Code,
    string Label,
    double[] InvestmentByYear,
    double[] SavingsByYear,
    double InvestmentDiscounted,
    double SavingsDiscounted,
    CalendarYear? BreakEvenYear)
{
    /// <summary>Net benefit per year (savings − investment), nominal; element 0 = start year.</summary>
    public double[] NetBenefitByYear => SavingsByYear.Zip(InvestmentByYear, (s, i) => s - i).ToArray();
    /// <summary>The investment summed over the horizon, undiscounted.</summary>
    public double InvestmentNominal => InvestmentByYear.Sum();
    /// <summary>The savings summed over the horizon, undiscounted.</summary>
    public double SavingsNominal => SavingsByYear.Sum();
    /// <summary>Net benefit over the horizon, undiscounted (the budget view).</summary>
    public double NetBenefitNominal => SavingsNominal - InvestmentNominal;
    /// <summary>Net benefit over the horizon, discounted (the headline figure).</summary>
    public double NetBenefitDiscounted => SavingsDiscounted - InvestmentDiscounted;
    /// <summary>Discounted savings per discounted euro invested; null when nothing is invested.</summary>
    public double? ReturnPerEuro => ComparisonLedger.ReturnPerEuro(InvestmentDiscounted, SavingsDiscounted);
    /// <summary>True when the payer's figures are all (near) zero (<see cref="ComparisonLedger.IsInvolved"/>).</summary>
    public bool IsUninvolved => !ComparisonLedger.IsInvolved(InvestmentByYear, SavingsByYear);
}
