using Preventie.Analytics.Simulation;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// Runs a scenario and (optionally) its comparator on ONE parameter vector (common random numbers) and fills a
/// <see cref="ComparisonLedger"/> — the same arithmetic <see cref="ScenarioComparison"/> uses — so that a draw at the
/// point values reproduces the deterministic comparison bit for bit. Without a comparator the ledger holds the
/// scenario's absolute figures (see <see cref="ComparisonLedger"/>). Holds the reusable buffers of one thread;
/// allocates nothing per run.
/// </summary>
public sealed class PairedRun
{
    private readonly CompiledScenario _scenario;
    private readonly CompiledScenario? _comparator;
    private readonly ScenarioRunner _s;
    private readonly ScenarioRunner? _c;

    /// <summary>Prepares the runners of <paramref name="scenario"/> and its <paramref name="comparator"/> (null: the
    /// scenario alone); both must run on one parameter vector and share their years (a scenario on the city model, or
    /// both compiled per wijk on one wijk model).</summary>
    /// <exception cref="ArgumentException">They run on different models or years.</exception>
    public PairedRun(IRunnableScenario scenario, IRunnableScenario? comparator)
    {
        if (comparator is not null && !ReferenceEquals(scenario.VectorModel, comparator.VectorModel))
            throw new ArgumentException("scenario and comparator must run on one model (one parameter vector)", nameof(comparator));
        ScenarioPair.From(scenario.Shape, comparator?.Shape); // same city model, same years
        _scenario = scenario.Shape;
        _comparator = comparator?.Shape;
        _s = scenario.CreateRunner();
        _c = comparator?.CreateRunner();
        Ledger = new ComparisonLedger(_scenario.Cycles, _scenario.StartYear, _scenario.Model.States, _scenario.Model.Payers);
    }

    /// <summary>The figures of the last run.</summary>
    public ComparisonLedger Ledger { get; }

    /// <summary>Number of years (cycles).</summary>
    public int Cycles => Ledger.Cycles;

    /// <summary>First calendar year.</summary>
    public CalendarYear StartYear => Ledger.StartYear;

    /// <summary>True when there is a comparator.</summary>
    public bool HasComparator => _comparator is not null;

    /// <summary>[group·T + t]: investment, nominal (<see cref="ComparisonLedger.Investment"/>).</summary>
    public double[] Investment => Ledger.Investment;

    /// <summary>[group·T + t]: savings, nominal.</summary>
    public double[] Savings => Ledger.Savings;

    /// <summary>Zelfredzame life-years gained, undiscounted.</summary>
    public double SelfReliantYearsGained => Ledger.SelfReliantYearsGained;

    /// <summary>Zelfredzame life-years gained, discounted like costs.</summary>
    public double SelfReliantYearsGainedDiscounted => Ledger.SelfReliantYearsGainedDiscounted;

    /// <summary>The discount rate of the last run.</summary>
    public double DiscountRate => Ledger.DiscountRate;

    /// <summary>Probability corrections (clamps) in the last run, scenario and comparator together.</summary>
    public int Clamps => _s.Result.Clamps + (_c?.Result.Clamps ?? 0);

    /// <summary>Discounted net benefit of a group.</summary>
    public double NetBenefitDiscounted(int group) => Ledger.NetBenefitDiscounted(group);

    /// <summary>Nominal net benefit of a group in year index <paramref name="t"/>.</summary>
    public double NetBenefit(int group, int t) => Ledger.NetBenefit(group, t);

    /// <summary>Break-even year of a group (<see cref="ComparisonLedger.BreakEven"/>), or null.</summary>
    public CalendarYear? BreakEvenYear(int group) => Ledger.BreakEvenYear(group);

    /// <summary>Runs both scenarios on <paramref name="parameters"/> and fills <see cref="Ledger"/>.</summary>
    public void Run(ReadOnlySpan<double> parameters)
    {
        _s.Run(parameters);
        _c?.Run(parameters);
        Ledger.Compute(_s.Result, _c?.Result, _scenario.DiscountRate(parameters));
    }

    /// <summary>
    /// Sets <paramref name="flags"/>[i] = 1 for every parameter i (vector index) that feeds a probability corrected in
    /// the last run (see <see cref="CompiledScenario.ParametersOfRow"/>).
    /// </summary>
    public void MarkClampedParameters(Span<double> flags)
    {
        Mark(_scenario, _s.Result, flags);
        if (_comparator is not null) Mark(_comparator, _c!.Result, flags);
    }

    private static void Mark(CompiledScenario compiled, SimulationBuffer buffer, Span<double> flags)
    {
        if (buffer.Clamps == 0) return;
        for (var row = 0; row < buffer.ClampedRows.Length; row++)
            if (buffer.ClampedRows[row])
                foreach (var p in compiled.ParametersOfRow(row)) flags[p] = 1;
    }
}
