using Preventie.Analytics.Input;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Model;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Population;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Timeline;

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
public sealed class CompiledScenario : IRunnableScenario
{
    private readonly int B; // number of age bands, from the model's band set
    private readonly int _s;
    private readonly int _t;
    private readonly int _p;
    private readonly bool[] _living;
    private readonly int[] _livingStates;
    private readonly int[][] _touchedRows;    // per cycle: living rows (b·S + s) that an effect with intensity > 0 changes
    private readonly int[][] _effectsOfCycle; // per cycle: those effects (indices into _effects, in order)
    private readonly bool[] _sameAsPrevious;  // per cycle: same rule set, effects and intensities as the cycle before
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

    /// <summary>
    /// Compiles <paramref name="scenario"/> against <paramref name="model"/> (once; run the result many times): resolves
    /// every value to the model's shared parameter vector and checks, with the base-case values, that the scenario's
    /// effects keep each state's yearly outflows at most 1 (a Dutch error naming the scenario file otherwise).
    /// </summary>
    /// <exception cref="DataValidationException">The effects push a state's outflows above 1.</exception>
    public static CompiledScenario Compile(ModelDefinition model, Scenario scenario)
    {
        var compiled = new CompiledScenario(model, scenario);
        compiled.CheckEffects();
        return compiled;
    }

    private void CheckEffects()
    {
        var bad = OutflowsAboveOne(Model.Parameters.DefaultVector()).ToList();
        if (bad.Count == 0) return;
        var errors = new ErrorCollector(Scenario.File ?? Scenario.Name);
        foreach (var g in bad.GroupBy(x => x.State))
        {
            var name = Model.States[g.Key].Name;
            errors.Add(null, "interventies.effecten", name,
                $"met de effecten van het scenario telt de uitstroom uit '{name}' op tot {g.Max(x => x.Outflow):0.####} (meer dan 1), in leeftijdsgroep(en) {string.Join(", ", g.Select(x => x.Band.Code).Distinct())} in {string.Join(", ", g.Select(x => x.Year).Distinct())}");
        }
        errors.ThrowIfAny();
    }

    internal CompiledScenario(ModelDefinition model, Scenario scenario)
    {
        Model = model;
        Scenario = scenario;
        _s = model.States.Count;
        B = model.Bands.Count;
        _t = scenario.Cycles;
        _p = model.Payers.Count;
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
        _livingStates = Enumerable.Range(0, S).Where(s => _living[s]).ToArray();
        _ageingRate = model.Bands.Select(b => b.WidthInYears is { } w ? 1.0 / w : 0.0).ToArray();
        _population = model.Demography.Select(d => X(d.Inhabitants)).ToArray();
        _migration = model.Demography.Select(d => X(d.NetMigration)).ToArray();
        _birthRate = X(model.BirthRate);
        _startShares = model.StartShares.Select(x => ((int)x.Band * S + x.State, X(x.Share))).ToArray();

        var sets = new List<(int, int)[]>();
        var setKeys = new List<string>();
        _ruleSetOfCycle = new int[_t];
        for (var t = 0; t < _t; t++)
        {
            var year = scenario.YearOf(new CycleIndex(t));
            var active = model.Transitions.Select((r, i) => (r, i)).Where(x => x.r.AppliesIn(year)).ToList();
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
            // per cycle, through the typed API (the year of cycle t, not t): the inner loop only reads the array
            var intensity = CycleIndex.Range(_t).Select(t => iv.Intensity(scenario.YearOf(t))).ToArray();
            foreach (var e in iv.Effects)
                foreach (var b in iv.TargetBands)
                    effects.Add(new CompiledEffect(((int)b * S + e.From) * S + e.To, e.Kind, X(e.Size.Expression), X(iv.Reach.Expression), X(iv.NeighbourhoodShare.Expression), intensity));
            var funded = CycleIndex.Range(_t).Select(t => iv.IsFunded(scenario.YearOf(t))).ToArray();
            foreach (var c in iv.Costs)
                costs.Add(new CompiledCost(c.Payer.Index, i, X(c.AmountPerYear.Expression), funded));
        }
        // in the kinds' application order (e.g. transition changes before route shifts, so a shift is not itself scaled);
        // a stable sort keeps the scenario's order within one kind
        _effects = effects.OrderBy(e => e.Kind.ApplicationOrder).ToArray();
        _interventionCosts = costs.ToArray();
        _costs = model.Costs.Select(c => ((((int)c.Band * S) + c.State) * _p + c.Payer.Index, X(c.AmountPerPerson))).ToArray();
        if (model.TransitionCosts.Any(c => c.From == c.To))
            throw new ArgumentException("a transition cost needs two different states", nameof(model));
        // transition costs out of an outflow state never fall (nobody makes that transition)
        _transitionCosts = model.TransitionCosts.Where(c => _living[c.From])
            .Select(c => ((((int)c.Band * S) + c.From) * S + c.To, c.Payer.Index, X(c.AmountPerPerson))).ToArray();
        // effects only matter for living rows, and only in the cycles where their intensity is not 0
        _effectsOfCycle = Enumerable.Range(0, _t)
            .Select(t => Enumerable.Range(0, _effects.Length).Where(i => _effects[i].Intensity[t] != 0 && _living[_effects[i].Slot / S % S]).ToArray())
            .ToArray();
        _touchedRows = _effectsOfCycle.Select(list => list.Select(i => _effects[i].Slot / S).Distinct().Order().ToArray()).ToArray();
        _sameAsPrevious = Enumerable.Range(0, _t).Select(t => t > 0 && _ruleSetOfCycle[t] == _ruleSetOfCycle[t - 1]
            && _effectsOfCycle[t].SequenceEqual(_effectsOfCycle[t - 1])
            && _effectsOfCycle[t].All(i => _effects[i].Intensity[t] == _effects[i].Intensity[t - 1])).ToArray();
        _counting = scenario.CountingMethod;
        _exprs = exprs.ToArray();

        var rowParameters = Enumerable.Range(0, B * S).Select(_ => new SortedSet<int>()).ToArray();
        foreach (var set in _ruleSets)
            foreach (var (slot, e) in set) rowParameters[slot / S].UnionWith(_exprs[e].ParameterIndices);
        foreach (var e in _effects)
            foreach (var x in new[] { e.Size, e.Reach, e.Wijk }) rowParameters[e.Slot / S].UnionWith(_exprs[x].ParameterIndices);
        _rowParameters = rowParameters.Select(r => r.ToArray()).ToArray();
    }

    /// <summary>
    /// The first calendar year in which this scenario does something other than <paramref name="comparator"/>: an effect
    /// that is active (intensity &gt; 0) in one and not, or with another intensity, reach, size or neighbourhood share, in the
    /// other, or an intervention cost funded in one and not in the other. Computed from the compiled intensities and
    /// funded years, so it is the year the model starts to count the scenario's change, whatever its description says;
    /// null when the two never differ (e.g. a scenario against itself). With no comparator (null), the first year with
    /// an active effect or a funded cost.
    /// </summary>
    public CalendarYear? FirstYearDifferentFrom(CompiledScenario? comparator)
    {
        for (var t = 0; t < _t; t++)
        {
            var mine = YearSignature(t);
            var theirs = comparator is null ? [] : comparator.YearSignature(t);
            if (!mine.SequenceEqual(theirs, StringComparer.Ordinal)) return Scenario.YearOf(new CycleIndex(t));
        }
        return null;
    }

    // what cycle t applies, as sorted text: effects with intensity > 0 and funded costs, by expression text (so two
    // scenarios compiled against the same model compare, whatever the order of their interventions)
    private List<string> YearSignature(int t)
    {
        var items = _effects.Where(e => e.Intensity[t] != 0)
            .Select(e => FormattableString.Invariant($"E|{e.Slot}|{e.Kind.Key}|{_exprs[e.Size].Text}|{_exprs[e.Reach].Text}|{_exprs[e.Wijk].Text}|{e.Intensity[t]:R}"))
            .Concat(_interventionCosts.Where(c => c.Funded[t]).Select(c => $"K|{c.Payer}|{_exprs[c.Amount].Text}"))
            .ToList();
        items.Sort(StringComparer.Ordinal);
        return items;
    }

    /// <summary>The model whose parameter vector, states, bands and payers the scenario was compiled against.</summary>
    public ModelDefinition Model { get; }
    /// <summary>The scenario as read and validated, before compilation.</summary>
    public Scenario Scenario { get; }
    /// <summary>Number of yearly cycles T.</summary>
    public int Cycles => _t;
    /// <summary>Calendar year of cycle 1 (index 0).</summary>
    public CalendarYear StartYear => Scenario.StartYear;
    /// <summary>How person-years and yearly state costs are counted.</summary>
    public CountingMethod CountingMethod => _counting;
    /// <summary>Number of (band, state) rows of the transition matrix: B · S (B = the model's age bands).</summary>
    public int Rows => B * _s;

    /// <summary>
    /// The parameters (vector indices) whose values set the outflow probabilities of row <paramref name="row"/>
    /// (= band · S + state): the base transitions of every year and the effects on that row. Used to attribute a
    /// corrected (clamped) probability to parameters.
    /// </summary>
    public IReadOnlyList<int> ParametersOfRow(int row) => _rowParameters[row];
    /// <summary>Length of the parameter vector <see cref="Run(ReadOnlySpan{double}, SimulationBuffer)"/> expects.</summary>
    public int ParameterCount => Model.Parameters.Count;

    /// <summary>An empty full trace sized for this scenario (cycles, bands, states, interventions, payers).</summary>
    internal SimulationTrace CreateTrace() => new(_t, B, _s, Scenario.Interventions.Count, _p);

    /// <summary>A buffer sized for this scenario; reuse it across runs (one per thread; it belongs to this scenario).</summary>
    public SimulationBuffer CreateBuffer() => new(this, _t, _s, B, _exprs.Length, _ruleSets.Length, _p);

    /// <summary>Itself: a scenario on the city model has the shape of its results.</summary>
    CompiledScenario IRunnableScenario.Shape => this;

    /// <summary>Its model: the vector a run takes.</summary>
    ModelDefinition IRunnableScenario.VectorModel => Model;

    /// <summary>A runner with a buffer of its own (<see cref="CreateBuffer"/>).</summary>
    public ScenarioRunner CreateRunner() => new CompiledScenarioRunner(this);

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
        var trace = CreateTrace();
        Simulate(parameters, buffer, trace);
        return new SimulationResult(this, buffer, trace, DiscountRate(parameters), (double[])parameters.Clone());
    }

    private void Simulate(ReadOnlySpan<double> prm, SimulationBuffer buf, SimulationTrace? trace)
    {
        var run = BeginRun(prm, buf, trace);
        for (var t = 0; t < _t; t++)
        {
            AdvanceCycle(ref run, t);
            CloseCycle(ref run, t);
        }
    }

    /// <summary>
    /// Where a run stands between the steps of a cycle. A run is <see cref="BeginRun"/>, then per cycle
    /// <see cref="AdvanceCycle"/> (steps 1-4: the counts at the end of the cycle in <see cref="Next"/>) and
    /// <see cref="CloseCycle"/> (person-years, costs, trace; then the end counts become the next cycle's start). The
    /// single run does exactly that; runs of several wijken in lock-step may move people between the wijken's
    /// <see cref="Next"/> counts between the two (<see cref="Wijken.WijkMigration"/>). A struct: the lean run allocates nothing.
    /// </summary>
    internal struct RunCursor
    {
        internal SimulationBuffer Buffer;
        internal SimulationTrace? Trace;
        /// <summary>Counts at the start of the cycle, index band · S + state.</summary>
        internal double[] Current;
        /// <summary>Counts at the end of the cycle (after <see cref="AdvanceCycle"/>), same layout.</summary>
        internal double[] Next;
        internal int FirstBand;
        internal int ClampsThisCycle;
        internal bool Finite;
        internal double BirthRate;
    }

    /// <summary>Starts a run: values, prepared rows, cost lists and the start population (time point 0).</summary>
    /// <param name="prm">The parameter vector (length <see cref="ParameterCount"/>).</param>
    /// <param name="buf">A buffer of this scenario (<see cref="CreateBuffer"/>).</param>
    /// <param name="trace">The full trace to fill, or null for a lean run.</param>
    /// <param name="everyBand">Step every band, also the empty ones below the first populated band (needed when people
    /// can arrive from elsewhere, as in a run with migration between wijken).</param>
    internal RunCursor BeginRun(ReadOnlySpan<double> prm, SimulationBuffer buf, SimulationTrace? trace, bool everyBand = false)
    {
        if (prm.Length != ParameterCount)
            throw new ArgumentException($"parameter vector has length {prm.Length}, expected {ParameterCount}", nameof(prm));
        if (!ReferenceEquals(buf.Owner, this))
            throw new ArgumentException("this buffer was created by another compiled scenario; use CreateBuffer()", nameof(buf));
        var S = _s;
        var P = _p;
        var BS = B * S;
        var x = buf.Current;
        var costRate = buf.CostRates;
        var growth = buf.Migration;
        var val = buf.Values;
        var start = buf.StartShares;
        Array.Clear(buf.PayerCosts);
        Array.Clear(buf.InterventionCosts);
        Array.Clear(buf.TransitionCosts);
        Array.Clear(buf.ClampedRows);
        buf.Clamps = 0;
        Array.Clear(buf.StateCounts);
        Array.Clear(buf.PersonYears);
        Array.Clear(costRate);

        // every distinct value once per run; start shares; the rule sets' rows, corrected
        PrepareRun(prm, buf);
        foreach (var (slot, e) in _costs) costRate[slot] += val[e];
        for (var b = 0; b < B; b++) growth[b] = 1 + val[_migration[b]];
        var birthRate = val[_birthRate];
        // the yearly cost rates as a compact list per row: (payer, rate) where the rate is not 0
        var costStart = buf.CostStart;
        var costPayer = buf.CostPayer;
        var costValue = buf.CostValue;
        var nCost = 0;
        for (var row = 0; row < BS; row++)
        {
            costStart[row] = nCost;
            if (!_living[row % S]) continue;
            for (var p = 0; p < P; p++)
            {
                var rate = costRate[row * P + p];
                if (rate == 0) continue;
                costPayer[nCost] = p;
                costValue[nCost++] = rate;
            }
        }
        costStart[BS] = nCost;

        for (var b = 0; b < B; b++)
        {
            var n = val[_population[b]];
            for (var s = 0; s < S; s++) x[b * S + s] = n * start[b * S + s];
        }
        Record(0, x, buf, trace);

        // the bands that can hold anyone in this run: from the first populated band up (ageing feeds every next band),
        // and all of them when there are births. The bands below stay exactly empty and are skipped — not with a trace
        // (which writes every band), nor when growth or a probability or count is not finite (then 0 × it is not 0).
        var firstBand = B;
        for (var b = 0; b < B; b++)
            if (!IsEmpty(x, b * S, S)) { firstBand = b; break; }
        if (birthRate != 0 || trace is not null || everyBand) firstBand = 0;
        for (var b = 0; b < firstBand; b++)
            if (!(growth[b] >= 0 && double.IsFinite(growth[b]))) firstBand = 0;
        return new RunCursor { Buffer = buf, Trace = trace, Current = x, Next = buf.Next, FirstBand = firstBand, Finite = true, BirthRate = birthRate };
    }

    /// <summary>Steps (0)-(4) of cycle <paramref name="t"/>: the counts at its end in <see cref="RunCursor.Next"/>
    /// (and the cycle's one-off transition costs).</summary>
    internal void AdvanceCycle(ref RunCursor run, int t)
    {
        var S = _s;
        var T = _t;
        var BS = B * S;
        var buf = run.Buffer;
        var x = run.Current;
        var y = run.Next;
        var val = buf.Values;
        var prep = buf.Prepared;
        var rowScale = buf.PreparedScale;
        var rowOf = buf.RowOffset;
        var payerCosts = buf.PayerCosts;
        var growth = buf.Migration;
        var start = buf.StartShares;

        // (0) this year's probabilities: the cycle's rule set, with the rows that effects change prepared anew —
        // unless rule set, effects and intensities are those of the cycle before, whose rows then still hold
        if (!_sameAsPrevious[t]) (run.ClampsThisCycle, run.Finite) = PrepareCycle(t, buf);
        if (run.ClampsThisCycle > 0)
        {
            buf.Clamps += run.ClampsThisCycle;
            for (var row = 0; row < BS; row++)
                if (_living[row % S] && buf.PreparedClamped[rowOf[row]]) buf.ClampedRows[row] = true;
        }
        if (!run.Finite) run.FirstBand = 0;

        // (1) transitions, with the living population at the start of the year (for births) summed on the way
        var alive = Transitions(x, y, buf, run.FirstBand);
        if (!double.IsFinite(alive)) run.FirstBand = 0;

        // one-off transition costs: people making the transition this cycle × amount per person
        foreach (var (slot, payer, e) in _transitionCosts)
        {
            var fromRow = slot / S;
            var pr = rowOf[fromRow];
            var c = x[fromRow] * prep[pr * S + slot % S] * rowScale[pr] * val[e];
            payerCosts[payer * T + t] += c;
            buf.TransitionCosts[payer * T + t] += c;
        }

        // (2) ageing, (3) net migration of the living, (4) births
        Ageing(y, run.FirstBand);
        for (var b = run.FirstBand; b < B; b++)
        {
            var g = growth[b];
            foreach (var s in _livingStates) y[b * S + s] *= g;
        }
        var births = run.BirthRate * alive;
        for (var s = 0; s < S; s++) y[s] += births * start[s];
    }

    /// <summary>The accounting of cycle <paramref name="t"/> on the start and end counts: counts at the end, person-years
    /// and yearly care costs by the counting method, intervention costs, the trace; then the end counts become the
    /// start counts of the next cycle.</summary>
    internal void CloseCycle(ref RunCursor run, int t)
    {
        var S = _s;
        var T = _t;
        var P = _p;
        var BS = B * S;
        var buf = run.Buffer;
        var trace = run.Trace;
        var x = run.Current;
        var y = run.Next;
        var payerCosts = buf.PayerCosts;
        var personYears = buf.PersonYears;
        var costStart = buf.CostStart;
        var costPayer = buf.CostPayer;
        var costValue = buf.CostValue;
        var val = buf.Values;

        // counts at the end of the cycle; person-years and yearly care costs of this cycle, by the counting method
        var counts = buf.StateCounts.AsSpan((t + 1) * S, S);
        for (var b = run.FirstBand; b < B; b++)
        {
            var first = b * S;
            var yb = y.AsSpan(first, S);
            for (var s = 0; s < yb.Length; s++) counts[s] += yb[s];
            foreach (var s in _livingStates)
            {
                var at = first + s;
                var py = _counting switch
                {
                    CountingMethod.Beginning => x[at],
                    CountingMethod.End => y[at],
                    _ => 0.5 * (x[at] + y[at]),
                };
                personYears[t * S + s] += py;
                for (var i = costStart[at]; i < costStart[at + 1]; i++)
                {
                    var c = py * costValue[i];
                    payerCosts[costPayer[i] * T + t] += c;
                    if (trace is not null) trace.StateCosts[(t * BS + at) * P + costPayer[i]] = c;
                }
                if (trace is not null) trace.PersonYears[t * BS + at] = py;
            }
        }
        foreach (var c in _interventionCosts)
        {
            if (!c.Funded[t]) continue;
            var amount = val[c.Amount];
            payerCosts[c.Payer * T + t] += amount;
            buf.InterventionCosts[c.Payer * T + t] += amount;
            if (trace is not null) trace.InterventionCosts[(t * trace.Interventions + c.Intervention) * P + c.Payer] += amount;
        }

        if (trace is not null) Array.Copy(y, 0, trace.Counts, (t + 1) * BS, BS);
        (run.Current, run.Next) = (y, x);
    }

    /// <summary>
    /// The part of a run that depends only on the parameter vector: every distinct value once
    /// (<see cref="SimulationBuffer.Values"/>), the start shares, and each rule set's rows corrected once
    /// (<see cref="PrepareRow"/>; rows that an effect changes are prepared per cycle by <see cref="PrepareCycle"/>).
    /// </summary>
    private void PrepareRun(ReadOnlySpan<double> prm, SimulationBuffer buf)
    {
        var S = _s;
        var BS = B * S;
        var matrix = BS * S;
        var val = buf.Values;
        var start = buf.StartShares;
        var prep = buf.Prepared;
        Array.Clear(start);
        Array.Clear(buf.BaseProbabilities);
        for (var i = 0; i < _exprs.Length; i++) val[i] = _exprs[i].Evaluate(prm);
        foreach (var (slot, e) in _startShares) start[slot] += val[e];
        for (var k = 0; k < _ruleSets.Length; k++)
            foreach (var (slot, e) in _ruleSets[k]) buf.BaseProbabilities[k * matrix + slot] += val[e];
        Array.Copy(buf.BaseProbabilities, prep, _ruleSets.Length * matrix);
        for (var k = 0; k < _ruleSets.Length; k++)
        {
            var clamped = 0;
            var allFinite = true;
            for (var row = 0; row < BS; row++)
            {
                if (!_living[row % S]) continue;
                if (PrepareRow(buf, k * matrix + row * S, k * BS + row, row % S)) clamped++;
                allFinite &= double.IsFinite(buf.PreparedScale[k * BS + row]) && double.IsFinite(prep[k * matrix + row * S + row % S]);
            }
            buf.SetClamps[k] = clamped;
            buf.SetFinite[k] = allFinite;
        }
    }

    /// <summary>
    /// Points every row of cycle <paramref name="t"/> at its prepared probabilities: the cycle's rule set, except the
    /// rows that the cycle's effects change, which are copied from the raw rule set, changed (each effect by its kind,
    /// <see cref="EffectKind.Apply"/>, in the kinds' application order) and corrected into the scratch region. Returns the number of corrected rows in this
    /// cycle and whether every prepared value is finite.
    /// </summary>
    private (int Clamps, bool Finite) PrepareCycle(int t, SimulationBuffer buf)
    {
        var S = _s;
        var BS = B * S;
        var matrix = BS * S;
        var scratch = _ruleSets.Length;
        var prep = buf.Prepared;
        var val = buf.Values;
        var rowOf = buf.RowOffset;
        var set = _ruleSetOfCycle[t];
        var clamps = buf.SetClamps[set];
        var finite = buf.SetFinite[set];
        for (var row = 0; row < BS; row++) rowOf[row] = set * BS + row;
        var touched = _touchedRows[t];
        if (touched.Length == 0) return (clamps, finite);
        foreach (var row in touched)
        {
            Array.Copy(buf.BaseProbabilities, set * matrix + row * S, prep, scratch * matrix + row * S, S);
            if (buf.PreparedClamped[set * BS + row]) clamps--;
        }
        foreach (var i in _effectsOfCycle[t])
        {
            var e = _effects[i];
            var reached = val[e.Reach] * val[e.Wijk] * e.Intensity[t];
            var at = scratch * matrix + e.Slot;
            prep[at] = e.Kind.Apply(prep[at], reached, val[e.Size]);
        }
        foreach (var row in touched)
        {
            if (PrepareRow(buf, scratch * matrix + row * S, scratch * BS + row, row % S)) clamps++;
            finite &= double.IsFinite(buf.PreparedScale[scratch * BS + row]) && double.IsFinite(prep[scratch * matrix + row * S + row % S]);
            rowOf[row] = scratch * BS + row;
        }
        return (clamps, finite);
    }

    /// <summary>
    /// Corrects one row of transition probabilities in place (prepared index <paramref name="index"/>, first entry at
    /// <paramref name="at"/>, state <paramref name="s"/>): negative probabilities become 0, outflows summing above 1
    /// are scaled back to 1 (the scale is stored), and the diagonal receives the share that stays, 1 − outflow × scale.
    /// Returns true when the row had to be corrected.
    /// </summary>
    private bool PrepareRow(SimulationBuffer buf, int at, int index, int s)
    {
        var p = buf.Prepared;
        var outSum = 0.0;
        var clamped = false;
        for (var k = 0; k < _s; k++)
        {
            if (k == s) continue;
            if (p[at + k] < 0) { p[at + k] = 0; clamped = true; }
            outSum += p[at + k];
        }
        var scale = 1.0;
        if (outSum > 1) { scale = 1 / outSum; clamped = true; }
        p[at + s] = 1 - outSum * scale;
        buf.PreparedScale[index] = scale;
        buf.PreparedClamped[index] = clamped;
        return clamped;
    }

    private static bool IsEmpty(double[] counts, int first, int length)
    {
        for (var i = first; i < first + length; i++)
            if (counts[i] != 0) return false;
        return true;
    }

    /// <summary>
    /// Step (1) of a cycle: moves the counts <paramref name="x"/> into <paramref name="y"/> (cleared first) with the
    /// cycle's prepared rows (<see cref="PrepareCycle"/>), band by band from <paramref name="firstBand"/>: for a
    /// living state with n people, y_b += n · (prepared row), whose diagonal is the share that stays; an outflow state
    /// keeps everyone. Returns the living population of <paramref name="x"/> (in those bands), summed on the way.
    /// </summary>
    private double Transitions(double[] x, double[] y, SimulationBuffer buf, int firstBand)
    {
        var S = _s;
        var isLiving = _living;
        var prep = buf.Prepared;
        var rowScale = buf.PreparedScale;
        var rowOf = buf.RowOffset;
        Array.Clear(y);
        var alive = 0.0;
        for (var b = firstBand; b < B; b++)
        {
            var first = b * S;
            var xb = x.AsSpan(first, S);
            var yb = y.AsSpan(first, S);
            for (var s = 0; s < xb.Length; s++)
            {
                var n = xb[s];
                if (!isLiving[s]) { yb[s] += n; continue; }
                alive += n;
                var pr = rowOf[first + s];
                var row = prep.AsSpan(pr * S, yb.Length);
                var scale = rowScale[pr];
                if (scale == 1)
                {
                    for (var k = 0; k < row.Length; k++) yb[k] += n * row[k];
                }
                else
                {
                    // a scaled row: n · p · scale in that order, as the convention is written
                    for (var k = 0; k < row.Length; k++)
                        if (k != s) yb[k] += n * row[k] * scale;
                    yb[s] += n * row[s];
                }
            }
        }
        return alive;
    }

    /// <summary>
    /// Step (2) of a cycle: a fraction 1/width of each band's living people moves up one band, oldest band first (band
    /// b+1 has already sent its own movers on before it receives band b's, so nobody ages twice in one cycle). Bands
    /// below <paramref name="firstBand"/> are empty and skipped.
    /// </summary>
    private void Ageing(double[] y, int firstBand)
    {
        var S = _s;
        for (var b = B - 2; b >= firstBand; b--)
        {
            var rate = _ageingRate[b];
            foreach (var s in _livingStates)
            {
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
        var buf = Prepared(parameters);
        var start = buf.StartShares;
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
                if (t == 0 || (t < _t && !_sameAsPrevious[t])) PrepareCycle(Math.Min(t, _t - 1), buf);
                Transitions(x, y, buf, 0);
                Ageing(y, 0);
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
    /// intervention effects (in the kinds' application order).</summary>
    private void FillProbabilities(int t, double[] val, double[] baseProbabilities, double[] prob)
    {
        var matrix = B * _s * _s;
        Array.Copy(baseProbabilities, _ruleSetOfCycle[t] * matrix, prob, 0, matrix);
        foreach (var e in _effects)
        {
            var intensity = e.Intensity[t];
            if (intensity == 0) continue;
            var reached = val[e.Reach] * val[e.Wijk] * intensity;
            prob[e.Slot] = e.Kind.Apply(prob[e.Slot], reached, val[e.Size]);
        }
    }

    /// <summary>A fresh buffer prepared for <paramref name="parameters"/> (<see cref="PrepareRun"/>: every distinct value,
    /// the start shares, the base probabilities and the corrected rows of every rule set).</summary>
    private SimulationBuffer Prepared(ReadOnlySpan<double> parameters)
    {
        var buf = CreateBuffer();
        PrepareRun(parameters, buf);
        return buf;
    }

    /// <summary>
    /// Every (year, band, state) whose outflow probabilities sum above 1 under <paramref name="parameters"/>, with that
    /// sum; used by the compiler to refuse scenarios whose effects break the model with base-case values.
    /// </summary>
    internal IEnumerable<(CalendarYear Year, AgeBand Band, int State, double Outflow)> OutflowsAboveOne(double[] parameters)
    {
        var buf = Prepared(parameters);
        var val = buf.Values;
        var found = new List<(CalendarYear, AgeBand, int, double)>();
        for (var t = 0; t < _t; t++)
        {
            FillProbabilities(t, val, buf.BaseProbabilities, buf.Probabilities);
            for (var b = 0; b < B; b++)
                for (var s = 0; s < _s; s++)
                {
                    var sum = 0.0;
                    for (var k = 0; k < _s; k++)
                        if (k != s) sum += Math.Max(0, buf.Probabilities[(b * _s + s) * _s + k]);
                    if (_living[s] && sum > 1 + 1e-9) found.Add((StartYear + t, Model.Bands[b], s, sum));
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
