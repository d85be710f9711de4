using Preventie.Analytics.Costs;

namespace Preventie.Analytics.Simulation;

/// <summary>
/// The lean, reusable output of <see cref="CompiledScenario.Run(ReadOnlySpan{double}, SimulationBuffer)"/> for the PSA:
/// allocate one per thread with <see cref="CompiledScenario.CreateBuffer"/> and reuse it for every parameter vector
/// (a run then allocates nothing). A buffer belongs to the compiled scenario that created it. All arrays are flat; <c>T</c> = cycles, <c>S</c> = states.
/// <list type="bullet">
/// <item><see cref="PayerCosts"/>[payer·T + t]: total nominal cost of payer in cycle t (care in the states + interventions).</item>
/// <item><see cref="InterventionCosts"/>[payer·T + t]: the intervention part of that.</item>
/// <item><see cref="TransitionCosts"/>[payer·T + t]: the one-off transition-cost part of that (a care cost).</item>
/// <item><see cref="StateCounts"/>[t·S + s]: people in state s at time point t (t = 0 is 1 January of the start year,
/// t = k the end of cycle k), summed over bands.</item>
/// <item><see cref="PersonYears"/>[t·S + s]: person-years in state s during cycle t+1 (by the counting method).</item>
/// <item><see cref="Clamps"/>, <see cref="ClampedRows"/>[band·S + state]: probabilities corrected in this run (negative
/// set to 0, or a row's outflows above 1 scaled back).</item>
/// </list>
/// </summary>
public sealed class SimulationBuffer
{
    internal SimulationBuffer(object owner, int cycles, int states, int bands, int values, int ruleSets, int payers)
    {
        Owner = owner;
        Cycles = cycles;
        States = states;
        Payers = payers;
        Values = new double[values];
        BaseProbabilities = new double[ruleSets * bands * states * states];
        PayerCosts = new double[payers * cycles];
        InterventionCosts = new double[payers * cycles];
        TransitionCosts = new double[payers * cycles];
        Prepared = new double[(ruleSets + 1) * bands * states * states];
        PreparedScale = new double[(ruleSets + 1) * bands * states];
        PreparedClamped = new bool[(ruleSets + 1) * bands * states];
        RowOffset = new int[bands * states];
        SetClamps = new int[ruleSets];
        SetFinite = new bool[ruleSets];
        CostStart = new int[bands * states + 1];
        CostPayer = new int[bands * states * payers];
        CostValue = new double[bands * states * payers];
        ClampedRows = new bool[bands * states];
        StateCounts = new double[(cycles + 1) * states];
        PersonYears = new double[cycles * states];
        Current = new double[bands * states];
        Next = new double[bands * states];
        Probabilities = new double[bands * states * states];
        CostRates = new double[bands * states * payers];
        StartShares = new double[bands * states];
        Migration = new double[bands];
    }

    /// <summary>Number of yearly cycles T.</summary>
    public int Cycles { get; }
    /// <summary>Number of model states S.</summary>
    public int States { get; }
    /// <summary>Number of payers P (the model's <see cref="PayerSet"/>).</summary>
    public int Payers { get; }
    /// <summary>[payer·T + t]: total nominal cost of the payer in cycle t (care in the states + interventions).</summary>
    public double[] PayerCosts { get; }
    /// <summary>[payer·T + t]: the intervention part of <see cref="PayerCosts"/>.</summary>
    public double[] InterventionCosts { get; }
    /// <summary>[payer·T + t]: the one-off transition-cost part of <see cref="PayerCosts"/> (a care cost).</summary>
    public double[] TransitionCosts { get; }
    /// <summary>Number of (row, cycle) corrections of probabilities in the last run (0 = none).</summary>
    public int Clamps { get; internal set; }
    /// <summary>[band·S + state]: true when that row's probabilities were corrected in some cycle of the last run.</summary>
    public bool[] ClampedRows { get; }
    /// <summary>[t·S + s]: people in state s at time point t (0 = start population, t = end of cycle t), summed over bands.</summary>
    public double[] StateCounts { get; }
    /// <summary>[t·S + s]: person-years in state s during cycle t+1, by the scenario's counting method, summed over bands.</summary>
    public double[] PersonYears { get; }

    // scratch space of the run
    internal double[] Current { get; }
    internal double[] Next { get; }
    internal double[] Probabilities { get; }
    internal double[] CostRates { get; }
    internal double[] Values { get; }
    internal double[] BaseProbabilities { get; }
    internal object Owner { get; }
    internal double[] StartShares { get; }
    internal double[] Migration { get; }
    // prepared (corrected) transition rows: one region per rule set and one for the rows effects change in a cycle;
    // a row holds the outflow probabilities and, on its diagonal, the share that stays (1 − outflow × scale)
    internal double[] Prepared { get; }
    internal double[] PreparedScale { get; }
    internal bool[] PreparedClamped { get; }
    internal int[] RowOffset { get; }   // per (band·S + state): its prepared row in this cycle
    internal int[] SetClamps { get; }   // per rule set: corrected rows
    internal bool[] SetFinite { get; }  // per rule set: every prepared value finite
    // the non-zero yearly cost rates per (band·S + state): entries CostStart[row] .. CostStart[row + 1] − 1
    internal int[] CostStart { get; }
    internal int[] CostPayer { get; }
    internal double[] CostValue { get; }

    /// <summary>Adds the figures of <paramref name="part"/> (a buffer of the same shape, e.g. one wijk's) to these:
    /// costs, counts and person-years summed, corrections counted together.</summary>
    /// <exception cref="ArgumentException">The shapes differ.</exception>
    internal void Add(SimulationBuffer part)
    {
        Sum(PayerCosts, part.PayerCosts);
        Sum(InterventionCosts, part.InterventionCosts);
        Sum(TransitionCosts, part.TransitionCosts);
        Sum(StateCounts, part.StateCounts);
        Sum(PersonYears, part.PersonYears);
        if (ClampedRows.Length != part.ClampedRows.Length) throw new ArgumentException("the buffers differ in shape", nameof(part));
        Clamps += part.Clamps;
        for (var k = 0; k < ClampedRows.Length; k++) ClampedRows[k] |= part.ClampedRows[k];
    }

    /// <summary>Sets every figure of the last run to zero (before <see cref="Add"/>ing parts).</summary>
    internal void ClearResults()
    {
        Array.Clear(PayerCosts);
        Array.Clear(InterventionCosts);
        Array.Clear(TransitionCosts);
        Array.Clear(StateCounts);
        Array.Clear(PersonYears);
        Array.Clear(ClampedRows);
        Clamps = 0;
    }

    private static void Sum(double[] sum, double[] part)
    {
        if (sum.Length != part.Length) throw new ArgumentException("the buffers differ in shape", nameof(part));
        for (var k = 0; k < sum.Length; k++) sum[k] += part[k];
    }

    /// <summary>Nominal yearly costs of one payer (length T).</summary>
    public ReadOnlySpan<double> CostsOf(Payer payer) => PayerCosts.AsSpan(payer.Index * Cycles, Cycles);

    /// <summary>Present value of one payer's costs (see <see cref="Discounting"/>).</summary>
    public double DiscountedCosts(Payer payer, double rate) => Discounting.PresentValue(CostsOf(payer), rate);
}
