using Preventie.Analytics.Costs;
using Preventie.Analytics.Population;
using Preventie.Analytics.States;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Simulation;

/// <summary>
/// The inspectable result of a deterministic run (heemod's <c>run_model</c> output): counts per state and band at each
/// time point, person-years and costs per cycle, per payer and per intervention. Time point 0 = 1 January of the start
/// year; cycle t (0-based here) = calendar year StartYear + t. Costs are nominal unless the method says discounted.
/// </summary>
[Display.TypeFormatterSource]
public sealed class SimulationResult
{
    private double[]? _lifeExpectancy;
    private readonly double[] _vector;

    internal SimulationResult(CompiledScenario compiled, SimulationBuffer buffer, SimulationTrace trace, double discountRate, double[] parameters,
        double[]? selfReliantLifeExpectancy = null)
    {
        _lifeExpectancy = selfReliantLifeExpectancy; // given for a sum of results (the wijken's), else computed on first use
        Parameters = parameters;
        _vector = parameters;
        Compiled = compiled;
        Buffer = buffer;
        Trace = trace;
        DiscountRate = discountRate;
    }

    /// <summary>The compiled scenario that was run.</summary>
    public CompiledScenario Compiled { get; }
    /// <summary>The lean per-payer and per-state totals of the run.</summary>
    public SimulationBuffer Buffer { get; }
    /// <summary>The full per-band trace of the run (see <see cref="SimulationTrace"/>); prefer this type's accessors.</summary>
    public SimulationTrace Trace { get; }
    /// <summary>The discount rate under this run's parameter vector.</summary>
    public double DiscountRate { get; }
    /// <summary>The parameter vector of this run.</summary>
    public IReadOnlyList<double> Parameters { get; }

    /// <summary>The value <paramref name="value"/> (an intervention's reach, cost or effect, a parameter's expression)
    /// had in this run: what the report states as "the" value is the value the figures were computed with.</summary>
    public double ValueOf(Interventions.SourcedValue value) => value.Expression.Evaluate(_vector);

    /// <summary>The value of <paramref name="expression"/> in this run.</summary>
    public double ValueOf(Parameters.ValueExpression expression) => expression.Evaluate(_vector);

    /// <summary>
    /// Zelfredzame levensverwachting per band (element = <see cref="AgeBand"/>): expected years in a zelfredzaam state
    /// for a person of that band from the start year on, under this scenario (see
    /// <see cref="CompiledScenario.SelfReliantLifeExpectancy"/>). Computed once, on first use.
    /// </summary>
    public IReadOnlyList<double> SelfReliantLifeExpectancy => _lifeExpectancy ??= Compiled.SelfReliantLifeExpectancy(Parameters.ToArray());
    /// <summary>The name of the scenario that was run.</summary>
    public string ScenarioName => Compiled.Scenario.Name;
    /// <summary>Calendar year of cycle 1 (index 0); time point p is 1 January of <c>StartYear + p</c>.</summary>
    public CalendarYear StartYear => Compiled.StartYear;
    /// <summary>Number of yearly cycles T.</summary>
    public int Cycles => Compiled.Cycles;
    /// <summary>The model's states, in the order of the state dimension of the trace.</summary>
    public IReadOnlyList<ModelState> States => Compiled.Model.States;
    /// <summary>The model's age bands (<see cref="Model.ModelDefinition.Bands"/>).</summary>
    public AgeBandSet Bands => Compiled.Model.Bands;
    /// <summary>The model's payers (the payer dimension of the costs).</summary>
    public PayerSet Payers => Compiled.Model.Payers;
    /// <summary>The calendar years of the cycles.</summary>
    public IReadOnlyList<CalendarYear> Years => Compiled.Scenario.Years;

    /// <summary>People in <paramref name="state"/> and <paramref name="band"/> at time point <paramref name="point"/> (0..T).</summary>
    public double Count(int point, AgeBand band, int state) => Trace.Counts[(point * Trace.Bands + (int)band) * Trace.States + state];
    /// <summary>People in a state at a time point, all bands.</summary>
    public double Count(int point, int state) => Buffer.StateCounts[point * Trace.States + state];
    /// <summary>Living people (outflow states excluded) at a time point.</summary>
    public double LivingPopulation(int point) => Enumerable.Range(0, States.Count).Where(s => !States[s].IsOutflow).Sum(s => Count(point, s));
    /// <summary>People in a band at a time point, living states only.</summary>
    public double BandPopulation(int point, AgeBand band) => Enumerable.Range(0, States.Count).Where(s => !States[s].IsOutflow).Sum(s => Count(point, band, s));

    /// <summary>Person-years in <paramref name="state"/> (index) of <paramref name="band"/> during cycle <paramref name="cycle"/> (0-based), by the counting method.</summary>
    public double PersonYears(int cycle, AgeBand band, int state) => Trace.PersonYears[(cycle * Trace.Bands + (int)band) * Trace.States + state];
    /// <summary>Probability corrections (clamps) in this run; 0 at the point values of a compiled scenario.</summary>
    public int Clamps => Buffer.Clamps;
    /// <summary>Person-years of a need tier over the whole horizon (undiscounted).</summary>
    public double PersonYears(NeedTier tier) =>
        Enumerable.Range(0, Cycles).Sum(t => Enumerable.Range(0, States.Count).Where(s => States[s].Tier == tier).Sum(s => Buffer.PersonYears[t * States.Count + s]));

    /// <summary>Nominal total cost (care + interventions) of a payer in a cycle.</summary>
    public double Costs(Payer payer, int cycle) => Buffer.PayerCosts[Payers.IndexOf(payer) * Cycles + cycle];
    /// <summary>Nominal intervention costs of a payer in a cycle.</summary>
    public double InterventionCosts(Payer payer, int cycle) => Buffer.InterventionCosts[Payers.IndexOf(payer) * Cycles + cycle];
    /// <summary>Nominal one-off transition costs of a payer in a cycle (part of the care costs).</summary>
    public double TransitionCosts(Payer payer, int cycle) => Buffer.TransitionCosts[Payers.IndexOf(payer) * Cycles + cycle];
    /// <summary>Nominal care costs (yearly state costs + one-off transition costs) of a payer in a cycle.</summary>
    public double CareCosts(Payer payer, int cycle) => Costs(payer, cycle) - InterventionCosts(payer, cycle);
    /// <summary>Nominal care cost of one state, band and payer in a cycle.</summary>
    public double StateCost(int cycle, AgeBand band, int state, Payer payer) =>
        Trace.StateCosts[((cycle * Trace.Bands + (int)band) * Trace.States + state) * Trace.Payers + Payers.IndexOf(payer)];
    /// <summary>Nominal cost of one intervention for one payer in a cycle.</summary>
    public double InterventionCost(int cycle, int intervention, Payer payer) =>
        Trace.InterventionCosts[(cycle * Trace.Interventions + intervention) * Trace.Payers + Payers.IndexOf(payer)];
    /// <summary>Present value of a payer's total costs at <see cref="DiscountRate"/>.</summary>
    public double DiscountedCosts(Payer payer) => Buffer.DiscountedCosts(payer, DiscountRate);

    /// <summary>A short description; the Dutch text and HTML are rendered by <c>Reporting.ResultRendering</c>.</summary>
    public override string ToString() => $"Simulatie '{ScenarioName}', {StartYear}-{Compiled.Scenario.EndYear}";
}
