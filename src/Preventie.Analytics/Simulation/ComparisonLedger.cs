using Preventie.Analytics.Costs;
using Preventie.Analytics.States;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Simulation;

/// <summary>
/// THE comparison arithmetic: every figure that compares a scenario with its comparator — investment, savings, net
/// benefit, return per euro, break-even year, wrong-pocket matrix and the zelfredzame life-years gained — is computed
/// here and only here. The deterministic <see cref="ScenarioComparison"/>, the PSA and the one-way analysis (through
/// <see cref="Uncertainty.PairedRun"/>) all fill a ledger from two <see cref="SimulationBuffer"/>s with
/// <see cref="Compute"/>, so at the same parameter vector they report the same numbers bit for bit.
/// <para><b>Groups.</b> The rows of the model's <see cref="PayerRows"/>: index g = 0..P−1 the payers in file order,
/// <see cref="GemeenteGroup"/> the own-budget group together (the municipal budgets), then the other groups of several
/// payers, <see cref="TotalGroup"/> all payers together (every group summed in payer order).</para>
/// <para><b>Definitions</b> (per group, per cycle t, nominal unless said otherwise):
/// <list type="bullet">
/// <item>investment = scenario's intervention costs − comparator's intervention costs;</item>
/// <item>savings = comparator's care costs − scenario's care costs (care = yearly state costs + one-off transition
/// costs, i.e. everything that is not an intervention cost);</item>
/// <item>net benefit = savings − investment;</item>
/// <item>discounted figures: the present value at the scenario's rate (<see cref="Discounting"/>);</item>
/// <item>return per euro = discounted savings ÷ discounted investment, only when the discounted investment is positive
/// (<see cref="ReturnPerEuro"/>);</item>
/// <item>break-even year (<see cref="BreakEven"/>): the first year in which the cumulative nominal net benefit, in whole
/// euros, is positive (≥ €0,50) and after which it never becomes negative (below −€0,50) up to the horizon; none when
/// there is no such year or the group is not involved (every yearly investment and saving below €0,50 in size);</item>
/// <item>zelfredzame life-years gained: the scenario's person-years in the zelfredzaam tier minus the comparator's,
/// per cycle, undiscounted and discounted like costs.</item>
/// </list></para>
/// Without a comparator (<see cref="Compute"/> with <c>comparator = null</c>) the comparator counts as "nothing": zero
/// costs and zero life-years, so investment = the scenario's intervention costs and savings = minus its care costs;
/// <see cref="TotalCosts"/> then gives the absolute totals. Allocates nothing per <see cref="Compute"/>.
/// </summary>
public sealed class ComparisonLedger
{
    /// <summary>Number of groups: payers + aggregate groups + totaal (<see cref="PayerRows.Count"/>).</summary>
    public int GroupCount { get; }

    /// <summary>Index of the group "gemeente" (the own-budget group).</summary>
    public int GemeenteGroup { get; }

    /// <summary>Index of the group "totaal" (all payers).</summary>
    public int TotalGroup { get; }

    /// <summary>The rows (payers, groups, total) with their codes and labels.</summary>
    public PayerRows Rows { get; }

    private readonly int _t;
    private readonly int _p;
    private readonly int[] _aggregateOf;
    private readonly int[] _selfReliant;

    /// <param name="cycles">Number of cycles T.</param>
    /// <param name="startYear">Calendar year of cycle 1.</param>
    /// <param name="states">The model's states (the zelfredzaam tier is counted for the life-years).</param>
    /// <param name="payers">The model's payers: the rows of the ledger (<see cref="PayerSet.Rows"/>).</param>
    public ComparisonLedger(int cycles, CalendarYear startYear, IReadOnlyList<ModelState> states, PayerSet payers)
    {
        _t = cycles;
        Rows = payers.Rows;
        _p = payers.Count;
        GroupCount = Rows.Count;
        GemeenteGroup = Rows.Gemeente;
        TotalGroup = Rows.Total;
        _aggregateOf = Enumerable.Range(0, _p).Select(Rows.AggregateOf).ToArray();
        StartYear = startYear;
        _selfReliant = Enumerable.Range(0, states.Count).Where(i => states[i].Tier == NeedTier.Zelfredzaam).ToArray();
        Investment = new double[GroupCount * cycles];
        Savings = new double[GroupCount * cycles];
        InvestmentDiscounted = new double[GroupCount];
        SavingsDiscounted = new double[GroupCount];
        BreakEvenYears = new CalendarYear?[GroupCount];
        LifeYearsByYear = new double[cycles];
    }

    /// <summary>Number of cycles T.</summary>
    public int Cycles => _t;

    /// <summary>Calendar year of cycle 1.</summary>
    public CalendarYear StartYear { get; }

    /// <summary>[group·T + t]: investment, nominal.</summary>
    public double[] Investment { get; }

    /// <summary>[group·T + t]: savings, nominal.</summary>
    public double[] Savings { get; }

    /// <summary>[group]: present value of <see cref="Investment"/>.</summary>
    public double[] InvestmentDiscounted { get; }

    /// <summary>[group]: present value of <see cref="Savings"/>.</summary>
    public double[] SavingsDiscounted { get; }

    /// <summary>[group]: break-even year, null when there is none (see <see cref="BreakEven"/>).</summary>
    public CalendarYear?[] BreakEvenYears { get; }

    /// <summary>[t]: zelfredzame person-years gained in cycle t (scenario − comparator).</summary>
    public double[] LifeYearsByYear { get; }

    /// <summary>Zelfredzame life-years gained over the horizon, undiscounted.</summary>
    public double SelfReliantYearsGained { get; private set; }

    /// <summary>Zelfredzame life-years gained over the horizon, discounted like costs.</summary>
    public double SelfReliantYearsGainedDiscounted { get; private set; }

    /// <summary>The discount rate of the last <see cref="Compute"/>.</summary>
    public double DiscountRate { get; private set; }

    /// <summary>True when the last <see cref="Compute"/> had a comparator.</summary>
    public bool HasComparator { get; private set; }

    /// <summary>Net benefit of a group in cycle t, nominal.</summary>
    public double NetBenefit(int group, int t) => Savings[group * _t + t] - Investment[group * _t + t];

    /// <summary>Discounted net benefit of a group.</summary>
    public double NetBenefitDiscounted(int group) => SavingsDiscounted[group] - InvestmentDiscounted[group];

    /// <summary>Break-even year of a group, or null.</summary>
    public CalendarYear? BreakEvenYear(int group) => BreakEvenYears[group];

    /// <summary>Absolute mode: total costs (care + interventions) of a group in cycle t = −net benefit against nothing.</summary>
    public double TotalCosts(int group, int t) => -NetBenefit(group, t);

    /// <summary>Absolute mode: discounted total costs of a group.</summary>
    public double TotalCostsDiscounted(int group) => -NetBenefitDiscounted(group);

    /// <summary>
    /// Fills the ledger from the buffers of a run of the scenario and (optionally) of its comparator on the same
    /// parameter vector, discounting at <paramref name="rate"/>.
    /// </summary>
    public void Compute(SimulationBuffer scenario, SimulationBuffer? comparator, double rate)
    {
        var T = _t;
        if (scenario.Cycles != T || (comparator is not null && comparator.Cycles != T))
            throw new ArgumentException("The buffers must have the ledger's number of cycles.");
        DiscountRate = rate;
        HasComparator = comparator is not null;
        var inv = Investment;
        var sav = Savings;
        Array.Clear(inv, _p * T, (GroupCount - _p) * T);
        Array.Clear(sav, _p * T, (GroupCount - _p) * T);
        var totalRow = TotalGroup * T;
        for (var p = 0; p < _p; p++)
        {
            var aggregate = _aggregateOf[p] * T;
            for (var t = 0; t < T; t++)
            {
                var i = p * T + t;
                var sCare = scenario.PayerCosts[i] - scenario.InterventionCosts[i];
                var cCare = comparator is null ? 0.0 : comparator.PayerCosts[i] - comparator.InterventionCosts[i];
                var cInv = comparator is null ? 0.0 : comparator.InterventionCosts[i];
                inv[i] = scenario.InterventionCosts[i] - cInv;
                sav[i] = cCare - sCare;
                if (aggregate >= 0)
                {
                    inv[aggregate + t] += inv[i];
                    sav[aggregate + t] += sav[i];
                }
                inv[totalRow + t] += inv[i];
                sav[totalRow + t] += sav[i];
            }
        }
        for (var g = 0; g < GroupCount; g++)
        {
            InvestmentDiscounted[g] = Discounting.PresentValue(inv.AsSpan(g * T, T), rate);
            SavingsDiscounted[g] = Discounting.PresentValue(sav.AsSpan(g * T, T), rate);
            BreakEvenYears[g] = BreakEven(inv.AsSpan(g * T, T), sav.AsSpan(g * T, T), StartYear);
        }
        var S = scenario.States;
        var total = 0.0;
        for (var t = 0; t < T; t++)
        {
            var gained = 0.0;
            foreach (var s in _selfReliant)
                gained += scenario.PersonYears[t * S + s] - (comparator is null ? 0.0 : comparator.PersonYears[t * S + s]);
            LifeYearsByYear[t] = gained;
            total += gained;
        }
        SelfReliantYearsGained = total;
        SelfReliantYearsGainedDiscounted = Discounting.PresentValue(LifeYearsByYear, rate);
    }

    /// <summary>
    /// The break-even year of one group from its nominal yearly investment and savings (element 0 = <paramref name="startYear"/>):
    /// the first year in which the cumulative net benefit, in whole euros, is positive (≥ €0,50) and after which it
    /// never becomes negative (below −€0,50) up to the horizon. Null when there is no such year, or when the group is
    /// not involved (every yearly investment and saving below €0,50 in size). This is the project's one definition.
    /// </summary>
    public static CalendarYear? BreakEven(ReadOnlySpan<double> investment, ReadOnlySpan<double> savings, CalendarYear startYear)
    {
        if (!IsInvolved(investment, savings)) return null;
        var cum = 0.0;
        CalendarYear? candidate = null;
        for (var t = 0; t < investment.Length; t++)
        {
            cum += savings[t] - investment[t];
            if (cum < -0.5) candidate = null;
            else if (cum >= 0.5) candidate ??= startYear + t;
        }
        return candidate;
    }

    /// <summary>True when some yearly investment or saving is at least €0,50 in size.</summary>
    public static bool IsInvolved(ReadOnlySpan<double> investment, ReadOnlySpan<double> savings)
    {
        for (var t = 0; t < investment.Length; t++)
            if (Math.Abs(investment[t]) >= 0.5 || Math.Abs(savings[t]) >= 0.5) return true;
        return false;
    }

    /// <summary>Return per euro: discounted savings per discounted euro invested; null unless the investment is positive.</summary>
    public static double? ReturnPerEuro(double investmentDiscounted, double savingsDiscounted) =>
        investmentDiscounted > 1e-9 ? savingsDiscounted / investmentDiscounted : null;

    /// <summary>
    /// Wrong-pocket matrix [investor, saver] over the payers (discounted euros): the savings of each payer (column)
    /// attributed to the payers that invest (rows) in proportion to their share of the positive discounted
    /// investments. Column sums = each payer's savings when anyone invests; all zero otherwise. A modelling convention.
    /// </summary>
    public double[,] WrongPocket()
    {
        var n = _p;
        var matrix = new double[n, n];
        var totalPositive = 0.0;
        for (var i = 0; i < n; i++) totalPositive += Math.Max(0, InvestmentDiscounted[i]);
        if (totalPositive <= 1e-9) return matrix;
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                matrix[i, j] = Math.Max(0, InvestmentDiscounted[i]) / totalPositive * SavingsDiscounted[j];
        return matrix;
    }
}
