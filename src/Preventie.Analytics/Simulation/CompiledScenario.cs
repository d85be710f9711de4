using Preventie.Analytics.Costs;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Model;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Population;
using Preventie.Analytics.Scenarios;

namespace Preventie.Analytics.Simulation;

/// <summary>
/// A scenario compiled against a model into flat arrays, ready to run many times (PSA). Every value refers by index to
/// the model's ONE shared parameter vector (<see cref="ModelDefinition.Parameters"/>): compile scenario and comparator
/// against the same <see cref="ModelDefinition"/> and run both with the same vector for common random numbers.
/// <para><b>Cycle convention</b> (as heemod documents it): cycle k (k = 1..T) is calendar year <c>StartYear + k − 1</c>;
/// time point 0 is 1 January of the start year (the start population); time point k is the end of cycle k
/// (= 1 January of the next year). Within a cycle, in this order: (1) state transitions per band with that year's
/// probabilities (death = transition to an outflow state); (2) ageing: a fraction 1/width of each band's living people
/// moves to the next band (0-3: 1/4, 4-12: 1/9, 13-17: 1/5, 18-27: 1/10, 28-44: 1/17, 45-64: 1/20, 65-79: 1/15;
/// 80+ keeps everyone), keeping their state; (3) net migration: living counts × (1 + migration rate of the band);
/// (4) births = birth rate × living population at the start of the cycle, entering the youngest band with its start
/// shares. Person-years and yearly state costs of cycle k follow the scenario's <see cref="CountingMethod"/>: by default
/// the life-table method, the mean of the counts at time points k−1 and k; <c>begin</c> uses k−1, <c>eind</c> k.
/// One-off transition costs (<see cref="Costs.TransitionCost"/>) fall in the cycle of the transition, on the people
/// making it. Intervention costs fall in the years they are funded. Discounting: see <see cref="Discounting"/>
/// (cycle 1 undiscounted, cycle k by (1 + r)^−(k−1)); zelfredzame life-years are discounted the same way.</para>
/// <para>Probabilities that effects push below 0 are set to 0, and a state's outflows above 1 are scaled back to 1
/// (the compiler already refuses this for the base-case vector; in the PSA a sampled vector may get there). Every such
/// correction is recorded in the buffer (<see cref="SimulationBuffer.Clamps"/>, <see cref="SimulationBuffer.ClampedRows"/>)
/// so the PSA can count and report it per parameter (<see cref="ParametersOfRow"/>).</para>
/// </summary>
public sealed class CompiledScenario
{
    private const int B = 8;
    private readonly int _s;
    private readonly int _t;
    private readonly bool[] _living;
    private readonly double[] _ageingRate; // per band
    private readonly ValueExpression[] _exprs; // distinct expressions, evaluated once per run
    private readonly int[] _population; // expr per band
    private readonly int[] _migration;  // expr per band
    private readonly int _birthRate;
    private readonly (int Slot, int Expr)[] _startShares;
    private readonly (int Slot, int Expr)[][] _ruleSets; // distinct sets of active rules; slot = (b·S + from)·S + to
    private readonly int[] _ruleSetOfCycle;
    private readonly CompiledEffect[] _effects;
    private readonly (int Slot, int Expr)[] _costs; // slot = (b·S + s)·P + payer
    private readonly CompiledCost[] _interventionCosts;
    private readonly (int Slot, int Payer, int Expr)[] _transitionCosts; // slot = (b·S + from)·S + to
    private readonly CountingMethod _counting;
    private readonly int[][] _rowParameters; // per (b·S + s): parameter indices feeding that row's outflows

    private sealed record CompiledEffect(int Slot, EffectKind Kind, int Size, int Reach, int Wijk, double[] Intensity);
    private sealed record CompiledCost(int Payer, int Intervention, int Amount, bool[] Funded);

    internal CompiledScenario(ModelDefinition model, Scenario scenario)
    {
        Model = model;
        Scenario = scenario;
        _s = model.States.Count;
        _t = scenario.Cycles;
        var S = _s;
        var exprs = new List<ValueExpression>();
        var index = new Dictionary<ValueExpression, int>(ReferenceEqualityComparer.Instance);
        int X(ValueExpression e)
        {
            if (index.TryGetValue(e, out var i)) return i;
            exprs.Add(e);
            return index[e] = exprs.Count - 1;
        }

        _living = model.States.Select(s => !s.IsOutflow).ToArray();
        _ageingRate = AgeBands.All.Select(b => b.WidthInYears() is { } w ? 1.0 / w : 0.0).ToArray();
        _population = model.Demography.Select(d => X(d.Inhabitants)).ToArray();
        _migration = model.Demography.Select(d => X(d.NetMigration)).ToArray();
        _birthRate = X(model.BirthRate);
        _startShares = model.StartShares.Select(x => ((int)x.Band * S + x.State, X(x.Share))).ToArray();

        var sets = new List<(int, int)[]>();
        var setKeys = new List<string>();
        _ruleSetOfCycle = new int[_t];
        for (var t = 0; t < _t; t++)
        {
            var active = model.Transitions.Select((r, i) => (r, i)).Where(x => x.r.AppliesIn(scenario.StartYear + t)).ToList();
            var key = string.Join(",", active.Select(x => x.i));
            var k = setKeys.IndexOf(key);
            if (k < 0)
            {
                setKeys.Add(key);
                sets.Add(active.Select(x => ((((int)x.r.Band * S) + x.r.From) * S + x.r.To, X(x.r.Probability))).ToArray());
                k = sets.Count - 1;
            }
            _ruleSetOfCycle[t] = k;
        }
        _ruleSets = sets.ToArray();

        var effects = new List<CompiledEffect>();
        var costs = new List<CompiledCost>();
        for (var i = 0; i < scenario.Interventions.Count; i++)
        {
            var iv = scenario.Interventions[i];
            var intensity = Enumerable.Range(0, _t).Select(t => iv.Intensity(scenario.StartYear + t)).ToArray();
            foreach (var e in iv.Effects)
                foreach (var b in iv.TargetBands)
                    effects.Add(new CompiledEffect(((int)b * S + e.From) * S + e.To, e.Kind, X(e.Size.Expression), X(iv.Reach.Expression), X(iv.NeighbourhoodShare.Expression), intensity));
            var funded = Enumerable.Range(0, _t).Select(t => iv.IsFunded(scenario.StartYear + t)).ToArray();
            foreach (var c in iv.Costs)
                costs.Add(new CompiledCost((int)c.Payer, i, X(c.AmountPerYear.Expression), funded));
        }
        // transition changes before route shifts, so a shift is not itself scaled
        _effects = effects.OrderBy(e => e.Kind == EffectKind.TransitionChange ? 0 : 1).ToArray();
        _interventionCosts = costs.ToArray();
        _costs = model.Costs.Select(c => ((((int)c.Band * S) + c.State) * Payers.Count + (int)c.Payer, X(c.AmountPerPerson))).ToArray();
        _transitionCosts = model.TransitionCosts.Select(c => ((((int)c.Band * S) + c.From) * S + c.To, (int)c.Payer, X(c.AmountPerPerson))).ToArray();
        _counting = scenario.CountingMethod;
        _exprs = exprs.ToArray();

        var rowParameters = Enumerable.Range(0, B * S).Select(_ => new SortedSet<int>()).ToArray();
        foreach (var set in _ruleSets)
            foreach (var (slot, e) in set) rowParameters[slot / S].UnionWith(_exprs[e].ParameterIndices);
        foreach (var e in _effects)
            foreach (var x in new[] { e.Size, e.Reach, e.Wijk }) rowParameters[e.Slot / S].UnionWith(_exprs[x].ParameterIndices);
        _rowParameters = rowParameters.Select(r => r.ToArray()).ToArray();
    }

    public ModelDefinition Model { get; }
    public Scenario Scenario { get; }
    /// <summary>Number of yearly cycles T.</summary>
    public int Cycles => _t;
    public int StartYear => Scenario.StartYear;
    /// <summary>How person-years and yearly state costs are counted.</summary>
    public CountingMethod CountingMethod => _counting;
    /// <summary>Number of (band, state) rows of the transition matrix: 8 · S.</summary>
    public int Rows => B * _s;

    /// <summary>
    /// The parameters (vector indices) whose values set the outflow probabilities of row <paramref name="row"/>
    /// (= band · S + state): the base transitions of every year and the effects on that row. Used to attribute a
    /// corrected (clamped) probability to parameters.
    /// </summary>
    public IReadOnlyList<int> ParametersOfRow(int row) => _rowParameters[row];
    /// <summary>Length of the parameter vector <see cref="Run(ReadOnlySpan{double}, SimulationBuffer)"/> expects.</summary>
    public int ParameterCount => Model.Parameters.Count;

    /// <summary>A buffer sized for this scenario; reuse it across runs (one per thread; it belongs to this scenario).</summary>
    public SimulationBuffer CreateBuffer() => new(this, _t, _s, B, _exprs.Length, _ruleSets.Length);

    /// <summary>The scenario's discount rate under a parameter vector.</summary>
    public double DiscountRate(ReadOnlySpan<double> parameters) => Scenario.DiscountRate.Expression.Evaluate(parameters);

    /// <summary>
    /// Lean run for the PSA: fills <paramref name="buffer"/> (see <see cref="SimulationBuffer"/> for the layout) from
    /// <paramref name="parameters"/>, a vector of length <see cref="ParameterCount"/> in the order of
    /// <see cref="ModelDefinition.Parameters"/> (start from <see cref="ParameterSet.DefaultVector"/> and overwrite
    /// sampled entries; <see cref="ParameterSet.IndexOf"/> gives a parameter's slot). Allocates nothing.
    /// </summary>
    /// <exception cref="ArgumentException">The vector has the wrong length or the buffer was created by another scenario.</exception>
    public void Run(ReadOnlySpan<double> parameters, SimulationBuffer buffer) => Simulate(parameters, buffer, null);

    /// <summary>Deterministic run with the full trace (per state, band, year and payer). Uses the base-case vector when
    /// <paramref name="parameters"/> is null.</summary>
    public SimulationResult RunWithTrace(double[]? parameters = null)
    {
        parameters ??= Model.Parameters.DefaultVector();
        var buffer = CreateBuffer();
        var trace = new SimulationTrace(_t, B, _s, Scenario.Interventions.Count);
        Simulate(parameters, buffer, trace);
        return new SimulationResult(this, buffer, trace, DiscountRate(parameters), (double[])parameters.Clone());
    }

    private void Simulate(ReadOnlySpan<double> prm, SimulationBuffer buf, SimulationTrace? trace)
    {
        if (prm.Length != ParameterCount)
            throw new ArgumentException($"parameter vector has length {prm.Length}, expected {ParameterCount}", nameof(prm));
        if (!ReferenceEquals(buf.Owner, this))
            throw new ArgumentException("this buffer was created by another compiled scenario; use CreateBuffer()", nameof(buf));
        var S = _s;
        const int P = Payers.Count;
        var x = buf.Current;
        var y = buf.Next;
        var prob = buf.Probabilities;
        var costRate = buf.CostRates;
        var start = buf.StartShares;
        var mig = buf.Migration;
        var val = buf.Values;
        Array.Clear(buf.PayerCosts);
        Array.Clear(buf.InterventionCosts);
        Array.Clear(buf.TransitionCosts);
        Array.Clear(buf.ClampedRows);
        buf.Clamps = 0;
        Array.Clear(buf.StateCounts);
        Array.Clear(buf.PersonYears);
        Array.Clear(costRate);
        Array.Clear(start);
        Array.Clear(buf.BaseProbabilities);

        // every distinct value once per run
        for (var i = 0; i < _exprs.Length; i++) val[i] = _exprs[i].Evaluate(prm);
        foreach (var (slot, e) in _startShares) start[slot] += val[e];
        foreach (var (slot, e) in _costs) costRate[slot] += val[e];
        for (var b = 0; b < B; b++) mig[b] = val[_migration[b]];
        var birthRate = val[_birthRate];
        var matrix = B * S * S;
        for (var k = 0; k < _ruleSets.Length; k++)
            foreach (var (slot, e) in _ruleSets[k]) buf.BaseProbabilities[k * matrix + slot] += val[e];

        for (var b = 0; b < B; b++)
        {
            var n = val[_population[b]];
            for (var s = 0; s < S; s++) x[b * S + s] = n * start[b * S + s];
        }
        Record(0, x, buf, trace);

        for (var t = 0; t < _t; t++)
        {
            // (0) this year's probabilities: base set + intervention effects
            FillProbabilities(t, val, buf.BaseProbabilities, prob);

            // living population at the start of the year (for births)
            var living = 0.0;
            for (var b = 0; b < B; b++)
                for (var s = 0; s < S; s++)
                    if (_living[s]) living += x[b * S + s];

            // (1) transitions
            Transitions(x, y, prob, buf);

            // one-off transition costs: people making the transition this cycle × amount per person
            foreach (var (slot, payer, e) in _transitionCosts)
            {
                var fromRow = slot / S;
                if (!_living[fromRow % S]) continue;
                var c = x[fromRow] * prob[slot] * buf.RowScale[fromRow] * val[e];
                buf.PayerCosts[payer * _t + t] += c;
                buf.TransitionCosts[payer * _t + t] += c;
            }

            // (2) ageing
            Ageing(y);

            // (3) migration, (4) births
            for (var b = 0; b < B; b++)
                for (var s = 0; s < S; s++)
                    if (_living[s]) y[b * S + s] *= 1 + mig[b];
            var births = birthRate * living;
            for (var s = 0; s < S; s++) y[s] += births * start[s];

            // person-years and yearly care costs of this cycle, by the counting method
            for (var b = 0; b < B; b++)
                for (var s = 0; s < S; s++)
                {
                    if (!_living[s]) continue;
                    var py = _counting switch
                    {
                        CountingMethod.Beginning => x[b * S + s],
                        CountingMethod.End => y[b * S + s],
                        _ => 0.5 * (x[b * S + s] + y[b * S + s]),
                    };
                    buf.PersonYears[t * S + s] += py;
                    var cbase = (b * S + s) * P;
                    for (var p = 0; p < P; p++)
                    {
                        var rate = costRate[cbase + p];
                        if (rate == 0) continue;
                        var c = py * rate;
                        buf.PayerCosts[p * _t + t] += c;
                        if (trace is not null) trace.StateCosts[((t * B + b) * S + s) * P + p] = c;
                    }
                    if (trace is not null) trace.PersonYears[(t * B + b) * S + s] = py;
                }
            foreach (var c in _interventionCosts)
            {
                if (!c.Funded[t]) continue;
                var amount = val[c.Amount];
                buf.PayerCosts[c.Payer * _t + t] += amount;
                buf.InterventionCosts[c.Payer * _t + t] += amount;
                if (trace is not null) trace.InterventionCosts[(t * trace.Interventions + c.Intervention) * P + c.Payer] += amount;
            }

            Record(t + 1, y, buf, trace);
            (x, y) = (y, x);
        }
    }

    /// <summary>
    /// Step (1) of a cycle: moves the counts <paramref name="x"/> into <paramref name="y"/> with the probabilities
    /// <paramref name="prob"/>; negative probabilities are set to 0 and a row whose outflows exceed 1 is scaled back,
    /// each such correction recorded in <paramref name="buf"/> (<see cref="SimulationBuffer.Clamps"/>).
    /// </summary>
    private void Transitions(double[] x, double[] y, double[] prob, SimulationBuffer buf)
    {
        var S = _s;
        Array.Clear(y);
        for (var b = 0; b < B; b++)
            for (var s = 0; s < S; s++)
            {
                var n = x[b * S + s];
                if (!_living[s]) { y[b * S + s] += n; continue; }
                var row = (b * S + s) * S;
                var outSum = 0.0;
                var clamped = false;
                for (var k = 0; k < S; k++)
                {
                    if (k == s) continue;
                    if (prob[row + k] < 0) { prob[row + k] = 0; clamped = true; }
                    outSum += prob[row + k];
                }
                var scale = 1.0;
                if (outSum > 1) { scale = 1 / outSum; clamped = true; }
                buf.RowScale[b * S + s] = scale;
                if (clamped) { buf.ClampedRows[b * S + s] = true; buf.Clamps++; }
                for (var k = 0; k < S; k++)
                    if (k != s) y[b * S + k] += n * prob[row + k] * scale;
                y[b * S + s] += n * (1 - outSum * scale);
            }
    }

    /// <summary>
    /// Step (2) of a cycle: a fraction 1/width of each band's living people moves up one band, oldest band first (band
    /// b+1 has already sent its own movers on before it receives band b's, so nobody ages twice in one cycle).
    /// </summary>
    private void Ageing(double[] y)
    {
        var S = _s;
        for (var b = B - 2; b >= 0; b--)
        {
            var rate = _ageingRate[b];
            for (var s = 0; s < S; s++)
            {
                if (!_living[s]) continue;
                var moving = y[b * S + s] * rate;
                y[b * S + s] -= moving;
                y[(b + 1) * S + s] += moving;
            }
        }
    }

    /// <summary>
    /// Zelfredzame levensverwachting per band: the expected number of years a person of band b lives in a zelfredzaam
    /// state from 1 January of the start year on (the self-reliant analogue of healthy life expectancy). A cohort of one
    /// person with the band's start distribution over the living states (<see cref="ModelDefinition.StartShares"/>)
    /// follows this scenario's yearly probabilities (interventions included; after the horizon those of the last year)
    /// and ages through the bands like the population, without migration or births, until it has died out (less than
    /// 10⁻¹² left) or for at most <paramref name="maxYears"/> years; its zelfredzame person-years are counted with the
    /// scenario's counting method, undiscounted. Element b = band b.
    /// </summary>
    public double[] SelfReliantLifeExpectancy(ReadOnlySpan<double> parameters, int maxYears = 1000)
    {
        if (parameters.Length != ParameterCount)
            throw new ArgumentException($"parameter vector has length {parameters.Length}, expected {ParameterCount}", nameof(parameters));
        var S = _s;
        var buf = CreateBuffer();
        var val = buf.Values;
        for (var i = 0; i < _exprs.Length; i++) val[i] = _exprs[i].Evaluate(parameters);
        var matrix = B * S * S;
        for (var k = 0; k < _ruleSets.Length; k++)
            foreach (var (slot, e) in _ruleSets[k]) buf.BaseProbabilities[k * matrix + slot] += val[e];
        var start = new double[B * S];
        foreach (var (slot, e) in _startShares) start[slot] += val[e];
        var selfReliant = Enumerable.Range(0, S).Select(s => Model.States[s].Tier == States.NeedTier.Zelfredzaam).ToArray();
        var result = new double[B];
        for (var b0 = 0; b0 < B; b0++)
        {
            var x = new double[B * S];
            var living = Enumerable.Range(0, S).Where(s => _living[s]).Sum(s => start[b0 * S + s]);
            if (living <= 0) { result[b0] = double.NaN; continue; }
            for (var s = 0; s < S; s++) if (_living[s]) x[b0 * S + s] = start[b0 * S + s] / living;
            var y = new double[B * S];
            var years = 0.0;
            for (var t = 0; t < maxYears; t++)
            {
                FillProbabilities(Math.Min(t, _t - 1), val, buf.BaseProbabilities, buf.Probabilities);
                Transitions(x, y, buf.Probabilities, buf);
                Ageing(y);
                var alive = 0.0;
                for (var i = 0; i < B * S; i++)
                {
                    var s = i % S;
                    if (!_living[s]) continue;
                    alive += y[i];
                    if (selfReliant[s])
                        years += _counting switch
                        {
                            CountingMethod.Beginning => x[i],
                            CountingMethod.End => y[i],
                            _ => 0.5 * (x[i] + y[i]),
                        };
                }
                (x, y) = (y, x);
                if (alive < 1e-12) break;
            }
            result[b0] = years;
        }
        return result;
    }

    /// <summary>The transition probabilities of cycle <paramref name="t"/>: the cycle's base rule set plus the
    /// intervention effects (transition changes first, then route shifts).</summary>
    private void FillProbabilities(int t, double[] val, double[] baseProbabilities, double[] prob)
    {
        var matrix = B * _s * _s;
        Array.Copy(baseProbabilities, _ruleSetOfCycle[t] * matrix, prob, 0, matrix);
        foreach (var e in _effects)
        {
            var intensity = e.Intensity[t];
            if (intensity == 0) continue;
            var reached = val[e.Reach] * val[e.Wijk] * intensity;
            if (e.Kind == EffectKind.TransitionChange) prob[e.Slot] *= 1.0 + reached * val[e.Size];
            else prob[e.Slot] += reached * val[e.Size];
        }
    }

    /// <summary>
    /// Every (year, band, state) whose outflow probabilities sum above 1 under <paramref name="parameters"/>, with that
    /// sum; used by the compiler to refuse scenarios whose effects break the model with base-case values.
    /// </summary>
    internal IEnumerable<(int Year, AgeBand Band, int State, double Outflow)> OutflowsAboveOne(double[] parameters)
    {
        var buf = CreateBuffer();
        var val = buf.Values;
        for (var i = 0; i < _exprs.Length; i++) val[i] = _exprs[i].Evaluate(parameters);
        var matrix = B * _s * _s;
        for (var k = 0; k < _ruleSets.Length; k++)
            foreach (var (slot, e) in _ruleSets[k]) buf.BaseProbabilities[k * matrix + slot] += val[e];
        var found = new List<(int, AgeBand, int, double)>();
        for (var t = 0; t < _t; t++)
        {
            FillProbabilities(t, val, buf.BaseProbabilities, buf.Probabilities);
            for (var b = 0; b < B; b++)
                for (var s = 0; s < _s; s++)
                {
                    var sum = 0.0;
                    for (var k = 0; k < _s; k++)
                        if (k != s) sum += Math.Max(0, buf.Probabilities[(b * _s + s) * _s + k]);
                    if (_living[s] && sum > 1 + 1e-9) found.Add((StartYear + t, (AgeBand)b, s, sum));
                }
        }
        return found;
    }

    private void Record(int point, double[] counts, SimulationBuffer buf, SimulationTrace? trace)
    {
        var S = _s;
        for (var b = 0; b < B; b++)
            for (var s = 0; s < S; s++)
                buf.StateCounts[point * S + s] += counts[b * S + s];
        if (trace is not null) Array.Copy(counts, 0, trace.Counts, point * B * S, B * S);
    }
}
