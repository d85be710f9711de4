using Preventie.Analytics.Costs;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.States;

namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// Runs a scenario and its comparator on ONE parameter vector (common random numbers) and derives, per payer group
/// (<see cref="PayerGroups"/>), the investment, savings and net benefit, with exactly the arithmetic — and the order
/// of operations — of <see cref="ScenarioComparison"/>, so that a draw at the point values reproduces the
/// deterministic comparison bit for bit. Holds the reusable buffers of one thread; allocates nothing per run.
/// </summary>
public sealed class PairedRun
{
    private readonly CompiledScenario _scenario;
    private readonly CompiledScenario _comparator;
    private readonly SimulationBuffer _s;
    private readonly SimulationBuffer _c;
    private readonly int[] _selfReliantStates;
    private readonly int _t;

    public PairedRun(CompiledScenario scenario, CompiledScenario comparator)
    {
        Check(scenario, comparator);
        _scenario = scenario;
        _comparator = comparator;
        _s = scenario.CreateBuffer();
        _c = comparator.CreateBuffer();
        _t = scenario.Cycles;
        var states = scenario.Model.States;
        _selfReliantStates = Enumerable.Range(0, states.Count).Where(i => states[i].Tier == NeedTier.Zelfredzaam).ToArray();
        Investment = new double[PayerGroups.Count * _t];
        Savings = new double[PayerGroups.Count * _t];
        InvestmentDiscounted = new double[PayerGroups.Count];
        SavingsDiscounted = new double[PayerGroups.Count];
    }

    /// <summary>Number of years (cycles).</summary>
    public int Cycles => _t;

    /// <summary>First calendar year.</summary>
    public int StartYear => _scenario.StartYear;

    /// <summary>[group·T + t]: scenario minus comparator intervention costs, nominal.</summary>
    public double[] Investment { get; }

    /// <summary>[group·T + t]: comparator minus scenario care costs, nominal.</summary>
    public double[] Savings { get; }

    /// <summary>[group]: present value of <see cref="Investment"/>.</summary>
    public double[] InvestmentDiscounted { get; }

    /// <summary>[group]: present value of <see cref="Savings"/>.</summary>
    public double[] SavingsDiscounted { get; }

    /// <summary>Zelfredzame person-years of the scenario minus the comparator (undiscounted, whole horizon).</summary>
    public double SelfReliantYearsGained { get; private set; }

    /// <summary>The discount rate of the last run.</summary>
    public double DiscountRate { get; private set; }

    /// <summary>Net benefit (savings − investment) of a group, discounted.</summary>
    public double NetBenefitDiscounted(int group) => SavingsDiscounted[group] - InvestmentDiscounted[group];

    /// <summary>Nominal net benefit of a group in year index <paramref name="t"/>.</summary>
    public double NetBenefit(int group, int t) => Savings[group * _t + t] - Investment[group * _t + t];

    /// <summary>
    /// The break-even year of a group with the definition of <see cref="PayerOutcome.BreakEvenYear"/>: the first year
    /// from which the cumulative nominal net benefit stays ≥ 0 (tolerance €1) until the horizon; null when that never
    /// happens or the group is not involved (all figures below €0,50). Written without LINQ so a draw allocates nothing.
    /// </summary>
    public int? BreakEvenYear(int group)
    {
        var inv = Investment.AsSpan(group * _t, _t);
        var sav = Savings.AsSpan(group * _t, _t);
        var involved = false;
        for (var t = 0; t < _t && !involved; t++) involved = Math.Abs(inv[t]) >= 0.5 || Math.Abs(sav[t]) >= 0.5;
        if (!involved) return null;
        var cum = 0.0;
        int? candidate = null;
        for (var t = 0; t < _t; t++)
        {
            cum += sav[t] - inv[t];
            if (cum >= -1.0) candidate ??= StartYear + t;
            else candidate = null;
        }
        return candidate;
    }

    /// <summary>Runs both scenarios on <paramref name="parameters"/> and fills the per-group figures.</summary>
    public void Run(ReadOnlySpan<double> parameters)
    {
        _scenario.Run(parameters, _s);
        _comparator.Run(parameters, _c);
        var T = _t;
        var rate = _scenario.DiscountRate(parameters);
        DiscountRate = rate;
        var inv = Investment;
        var sav = Savings;
        Array.Clear(inv, Payers.Count * T, 2 * T);
        Array.Clear(sav, Payers.Count * T, 2 * T);
        for (var p = 0; p < Payers.Count; p++)
        {
            for (var t = 0; t < T; t++)
            {
                var i = p * T + t;
                inv[i] = _s.InterventionCosts[i] - _c.InterventionCosts[i];
                // care costs as SimulationResult.CareCosts: total − intervention
                sav[i] = (_c.PayerCosts[i] - _c.InterventionCosts[i]) - (_s.PayerCosts[i] - _s.InterventionCosts[i]);
            }
        }
        // groups summed in payer order, as ScenarioComparison.Sum does
        for (var p = 0; p < Payers.Count; p++)
        {
            var gemeente = Payers.All[p].IsGemeente();
            for (var t = 0; t < T; t++)
            {
                if (gemeente)
                {
                    inv[PayerGroups.Gemeente * T + t] += inv[p * T + t];
                    sav[PayerGroups.Gemeente * T + t] += sav[p * T + t];
                }
                inv[PayerGroups.Total * T + t] += inv[p * T + t];
                sav[PayerGroups.Total * T + t] += sav[p * T + t];
            }
        }
        for (var g = 0; g < PayerGroups.Count; g++)
        {
            InvestmentDiscounted[g] = Discounting.PresentValue(inv.AsSpan(g * T, T), rate);
            SavingsDiscounted[g] = Discounting.PresentValue(sav.AsSpan(g * T, T), rate);
        }
        SelfReliantYearsGained = PersonYears(_s) - PersonYears(_c);
    }

    /// <summary>Zelfredzame person-years, summed per cycle then over cycles as SimulationResult.PersonYears(tier) does.</summary>
    private double PersonYears(SimulationBuffer b)
    {
        var total = 0.0;
        var S = b.States;
        for (var t = 0; t < _t; t++)
        {
            var cycle = 0.0;
            foreach (var s in _selfReliantStates) cycle += b.PersonYears[t * S + s];
            total += cycle;
        }
        return total;
    }

    private static void Check(CompiledScenario scenario, CompiledScenario comparator)
    {
        if (!ReferenceEquals(scenario.Model, comparator.Model))
            throw new ArgumentException("Scenario and comparator must be compiled against the same model (one shared parameter vector).");
        if (scenario.StartYear != comparator.StartYear || scenario.Cycles != comparator.Cycles)
            throw new Input.DataValidationException(new Input.DataError(comparator.Scenario.File ?? comparator.Scenario.Name, null, "startjaar/eindjaar",
                $"{comparator.StartYear}-{comparator.StartYear + comparator.Cycles - 1}",
                $"de vergelijking moet dezelfde jaren hebben als het scenario ({scenario.StartYear}-{scenario.StartYear + scenario.Cycles - 1})"));
    }
}
