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
/// time point 0 is 1 January of the start year (the start population); time point k is the end of cycle k. Within a
/// cycle, in this order: (1) state transitions per band with that year's probabilities (death = transition to an
/// outflow state); (2) ageing: a fraction 1/width of each band's living people moves to the next band (0-3: 1/4,
/// 4-12: 1/9, 13-17: 1/5, 18-27: 1/10, 28-44: 1/17, 45-64: 1/20, 65-79: 1/15; 80+ keeps everyone), keeping their
/// state; (3) net migration: living counts × (1 + migration rate of the band); (4) births = birth rate × living
/// population at the start of the cycle, entering the youngest band with its start shares.
/// Person-years and state costs of cycle k use the life-table method: the mean of the counts at time points k−1 and k.
/// Intervention costs fall in the years they are funded. Discounting: see <see cref="Discounting"/> (cycle 1 undiscounted).
/// Probabilities that effects push outside [0, 1] are clipped, and a state's outflows above 1 are scaled back to 1.</para>
/// </summary>
public sealed class CompiledScenario
{
    private const int B = 8;
    private readonly int _s;
    private readonly int _t;
    private readonly bool[] _living;
    private readonly double[] _ageingRate; // per band
    private readonly ValueExpression[] _population; // per band
    private readonly ValueExpression[] _migration;  // per band
    private readonly ValueExpression _birthRate;
    private readonly (int Slot, ValueExpression Share)[] _startShares;
    private readonly (int Slot, ValueExpression P)[][] _rulesByCycle; // slot = (b·S + from)·S + to
    private readonly CompiledEffect[] _effects;
    private readonly (int CostSlot, ValueExpression Amount)[] _costs; // slot = (b·S + s)·P + payer
    private readonly CompiledCost[] _interventionCosts;

    private sealed record CompiledEffect(int Slot, EffectKind Kind, ValueExpression Size, ValueExpression Reach, ValueExpression Wijk, double[] Intensity);
    private sealed record CompiledCost(int Payer, int Intervention, ValueExpression Amount, bool[] Funded);

    internal CompiledScenario(ModelDefinition model, Scenario scenario)
    {
        Model = model;
        Scenario = scenario;
        _s = model.States.Count;
        _t = scenario.Cycles;
        var S = _s;
        _living = model.States.Select(s => !s.IsOutflow).ToArray();
        _ageingRate = AgeBands.All.Select(b => b.WidthInYears() is { } w ? 1.0 / w : 0.0).ToArray();
        _population = model.Demography.Select(d => d.Inhabitants).ToArray();
        _migration = model.Demography.Select(d => d.NetMigration).ToArray();
        _birthRate = model.BirthRate;
        _startShares = model.StartShares.Select(x => ((int)x.Band * S + x.State, x.Share)).ToArray();
        _rulesByCycle = Enumerable.Range(0, _t).Select(t => model.Transitions
                .Where(r => r.AppliesIn(scenario.StartYear + t))
                .Select(r => ((((int)r.Band * S) + r.From) * S + r.To, r.Probability)).ToArray())
            .ToArray();
        var effects = new List<CompiledEffect>();
        var costs = new List<CompiledCost>();
        for (var i = 0; i < scenario.Interventions.Count; i++)
        {
            var iv = scenario.Interventions[i];
            var intensity = Enumerable.Range(0, _t).Select(t => iv.Intensity(scenario.StartYear + t)).ToArray();
            foreach (var e in iv.Effects)
                foreach (var b in iv.TargetBands)
                    effects.Add(new CompiledEffect(((int)b * S + e.From) * S + e.To, e.Kind, e.Size.Expression, iv.Reach.Expression, iv.NeighbourhoodShare.Expression, intensity));
            var funded = Enumerable.Range(0, _t).Select(t => iv.IsFunded(scenario.StartYear + t)).ToArray();
            foreach (var c in iv.Costs)
                costs.Add(new CompiledCost((int)c.Payer, i, c.AmountPerYear.Expression, funded));
        }
        // transition changes before route shifts, so a shift is not itself scaled
        _effects = effects.OrderBy(e => e.Kind == EffectKind.TransitionChange ? 0 : 1).ToArray();
        _interventionCosts = costs.ToArray();
        _costs = model.Costs.Select(c => ((((int)c.Band * S) + c.State) * Payers.Count + (int)c.Payer, c.AmountPerPerson)).ToArray();
    }

    public ModelDefinition Model { get; }
    public Scenario Scenario { get; }
    /// <summary>Number of yearly cycles T.</summary>
    public int Cycles => _t;
    public int StartYear => Scenario.StartYear;
    /// <summary>Length of the parameter vector <see cref="Run(ReadOnlySpan{double}, SimulationBuffer)"/> expects.</summary>
    public int ParameterCount => Model.Parameters.Count;

    /// <summary>A buffer sized for this scenario; reuse it across runs (one per thread).</summary>
    public SimulationBuffer CreateBuffer() => new(_t, _s, B);

    /// <summary>The scenario's discount rate under a parameter vector.</summary>
    public double DiscountRate(ReadOnlySpan<double> parameters) => Scenario.DiscountRate.Expression.Evaluate(parameters);

    /// <summary>
    /// Lean run for the PSA: fills <paramref name="buffer"/> (see <see cref="SimulationBuffer"/> for the layout) from
    /// <paramref name="parameters"/>, a vector of length <see cref="ParameterCount"/> in the order of
    /// <see cref="ModelDefinition.Parameters"/> (start from <see cref="ParameterSet.DefaultVector"/> and overwrite
    /// sampled entries). Allocates nothing.
    /// </summary>
    public void Run(ReadOnlySpan<double> parameters, SimulationBuffer buffer) => Simulate(parameters, buffer, null);

    /// <summary>Deterministic run with the full trace (per state, band, year and payer). Uses the base-case vector when
    /// <paramref name="parameters"/> is null.</summary>
    public SimulationResult RunWithTrace(double[]? parameters = null)
    {
        parameters ??= Model.Parameters.DefaultVector();
        var buffer = CreateBuffer();
        var trace = new SimulationTrace(_t, B, _s, Scenario.Interventions.Count);
        Simulate(parameters, buffer, trace);
        return new SimulationResult(this, buffer, trace, DiscountRate(parameters));
    }

    private void Simulate(ReadOnlySpan<double> prm, SimulationBuffer buf, SimulationTrace? trace)
    {
        var S = _s;
        const int P = Payers.Count;
        var x = buf.Current;
        var y = buf.Next;
        var prob = buf.Probabilities;
        var costRate = buf.CostRates;
        var start = buf.StartShares;
        var mig = buf.Migration;
        Array.Clear(buf.PayerCosts);
        Array.Clear(buf.InterventionCosts);
        Array.Clear(buf.StateCounts);
        Array.Clear(buf.PersonYears);
        Array.Clear(costRate);
        Array.Clear(start);

        foreach (var (slot, share) in _startShares) start[slot] += share.Evaluate(prm);
        foreach (var (slot, amount) in _costs) costRate[slot] += amount.Evaluate(prm);
        for (var b = 0; b < B; b++) mig[b] = _migration[b].Evaluate(prm);
        var birthRate = _birthRate.Evaluate(prm);

        for (var b = 0; b < B; b++)
        {
            var n = _population[b].Evaluate(prm);
            for (var s = 0; s < S; s++) x[b * S + s] = n * start[b * S + s];
        }
        Record(0, x, buf, trace);

        for (var t = 0; t < _t; t++)
        {
            // (0) this year's probabilities
            Array.Clear(prob);
            foreach (var (slot, p) in _rulesByCycle[t]) prob[slot] += p.Evaluate(prm);
            foreach (var e in _effects)
            {
                var intensity = e.Intensity[t];
                if (intensity == 0) continue;
                var reached = e.Reach.Evaluate(prm) * e.Wijk.Evaluate(prm) * intensity;
                var size = e.Size.Evaluate(prm);
                if (e.Kind == EffectKind.TransitionChange) prob[e.Slot] *= 1.0 + reached * size;
                else prob[e.Slot] += reached * size;
            }

            // living population at the start of the year (for births)
            var living = 0.0;
            for (var i = 0; i < B * S; i++) if (_living[i % S]) living += x[i];

            // (1) transitions
            Array.Clear(y);
            for (var b = 0; b < B; b++)
                for (var s = 0; s < S; s++)
                {
                    var n = x[b * S + s];
                    if (!_living[s]) { y[b * S + s] += n; continue; }
                    var row = (b * S + s) * S;
                    var outSum = 0.0;
                    for (var k = 0; k < S; k++)
                    {
                        if (k == s) continue;
                        var p = prob[row + k];
                        if (p < 0) { p = 0; prob[row + k] = 0; }
                        outSum += p;
                    }
                    var scale = outSum > 1 ? 1 / outSum : 1.0;
                    for (var k = 0; k < S; k++)
                        if (k != s) y[b * S + k] += n * prob[row + k] * scale;
                    y[b * S + s] += n * (1 - outSum * scale);
                }

            // (2) ageing, oldest band first so each band moves its own (post-transition) count once
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
            // note: because band b+1 already moved its own people before receiving band b's, arrivals do not age twice.

            // (3) migration, (4) births
            for (var b = 0; b < B; b++)
                for (var s = 0; s < S; s++)
                    if (_living[s]) y[b * S + s] *= 1 + mig[b];
            var births = birthRate * living;
            for (var s = 0; s < S; s++) y[s] += births * start[s];

            // person-years and costs of this cycle (life-table: mean of begin and end)
            for (var b = 0; b < B; b++)
                for (var s = 0; s < S; s++)
                {
                    if (!_living[s]) continue;
                    var py = 0.5 * (x[b * S + s] + y[b * S + s]);
                    buf.PersonYears[t * S + s] += py;
                    var cbase = (b * S + s) * P;
                    for (var p = 0; p < P; p++)
                    {
                        var c = py * costRate[cbase + p];
                        if (c == 0) continue;
                        buf.PayerCosts[p * _t + t] += c;
                        if (trace is not null) trace.StateCosts[((t * B + b) * S + s) * P + p] = c;
                    }
                    if (trace is not null) trace.PersonYears[(t * B + b) * S + s] = py;
                }
            foreach (var c in _interventionCosts)
            {
                if (!c.Funded[t]) continue;
                var amount = c.Amount.Evaluate(prm);
                buf.PayerCosts[c.Payer * _t + t] += amount;
                buf.InterventionCosts[c.Payer * _t + t] += amount;
                if (trace is not null) trace.InterventionCosts[(t * trace.Interventions + c.Intervention) * P + c.Payer] += amount;
            }

            Record(t + 1, y, buf, trace);
            (x, y) = (y, x);
        }
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
