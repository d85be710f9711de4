using Preventie.Analytics.Quantities;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Input;
using Preventie.Analytics.Portfolio;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Uncertainty;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Optimisation;

/// <summary>
/// Chooses which candidate activities to fund, and at what scale, under a yearly budget.
/// <para><b>Method.</b> (1) Sample average approximation with common random numbers: every candidate at every allowed
/// scale is run alone against the empty portfolio on the same PSA draws (<see cref="PairedRun"/>), giving per draw its
/// objective, its discounted net benefit per payer group and the municipality's cumulative nominal net benefit per year.
/// (2) A mixed-integer programme (<see cref="AllocationProblem"/>, OR-Tools SCIP) picks one scale per activity to
/// maximise the sum of the expected objectives within the budget, with the payer floors as linear constraints and the
/// break-even probability as a chance constraint over the draws (binary per draw, big-M). (3) The chosen portfolio is
/// run in the FULL model with all its activities together on the same draws, so interactions count; if a constraint
/// fails there (the sum of single-activity effects was too optimistic) the constraint is tightened by the shortfall and
/// the programme solved again (at most five times), otherwise the request is refused. Every reported portfolio meets its
/// constraints in the full model.</para>
/// <para>The objective is measured against the current portfolio (the baseline's activities at scale 1): expected
/// discounted net benefit for all payers or for the municipality, or zelfredzame life-years gained.</para>
/// </summary>
public static class PortfolioOptimiser
{
    /// <summary>Runs the optimisation: the chosen portfolio, its full-model evaluation, the frontier, marginal returns
    /// and the decision sample for the EVPPI. Throws <see cref="DataValidationException"/> (Dutch) for invalid options or
    /// an infeasible request.</summary>
    public static PortfolioResult Run(CandidateSet set, OptimisationOptions options, Action<string>? progress = null)
    {
        var problems = options.Validate().ToList();
        foreach (var name in options.MustFund.Concat(options.MaxScale.Keys))
            if (!set.Candidates.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
                problems.Add($"onbekende activiteit '{name}' (zie de lijst van kandidaten)");
        if (problems.Count > 0)
            throw new DataValidationException(problems.Select(m => new DataError("optimaliseer", null, null, null, m)));

        var engine = new Engine(set, options);
        progress?.Invoke("effect per activiteit per schaal op de trekkingen");
        engine.ComputeCandidateOutcomes();
        var currentCost = set.CostPerYear(set.CurrentScales);
        var budget = (options.Budget?.Euros ?? currentCost) + options.ShiftFromMaatwerk.Euros;

        // the chosen budget and the frontier's budgets solved together, smallest first, so that a larger budget never gives
        // a worse optimum: the best portfolio of a smaller budget stays feasible (its cost and its verified constraints do
        // not depend on the budget) and is kept when the solve at the larger budget does worse (FrontierSearch)
        progress?.Invoke("beste portefeuille binnen het budget, en de grens: beste portefeuille per budget");
        var frontierBudgets = engine.FrontierBudgets(budget).ToList();
        var solved = FrontierSearch.Monotone(frontierBudgets.Append(budget).ToList(),
            b => engine.SolveVerified(b) is { } p ? new Solved(p.Choice, p.Evaluation, p.Status) : null, p => p.Evaluation.Objective.Mean);
        var (choice, evaluation, status) = solved[^1] ?? throw engine.Infeasible(budget);
        var scales = engine.Scales(choice);

        var frontier = frontierBudgets.Select((b, i) => solved[i] is { } p
                ? new FrontierPoint(b, true, p.Evaluation.CostPerYear, p.Evaluation.Objective.Mean, p.Evaluation.Objective.Low, p.Evaluation.Objective.High, engine.Scales(p.Choice))
                : new FrontierPoint(b, false, double.NaN, double.NaN, double.NaN, double.NaN, [])).ToList();

        progress?.Invoke("meeropbrengst van een extra euro per activiteit");
        var marginal = engine.MarginalReturns(scales);
        var sample = engine.Sample(scales);
        var lines = set.Candidates.Select((c, i) => new PortfolioLine(c.Name, c.Origin, c.OriginLabel, c.CurrentScale, scales[i], scales[i] * c.CostPerYear,
            c.IsAssumption, c.Level)).ToList();
        return new PortfolioResult(set, options, budget, currentCost, status, lines, evaluation, frontier, marginal, sample)
        {
            WithoutKnownCost = set.Candidates.Where(c => c.HasNoKnownCost).Select(c => c.Name).ToList(),
        };
    }

    private sealed record Solved(int[] Choice, PortfolioEvaluation Evaluation, AllocationStatus Status);

    /// <summary>The objective of a comparison (portfolio against comparator), from the library's one comparison arithmetic.</summary>
    public static double ObjectiveOf(ComparisonLedger ledger, PortfolioObjective objective) => objective switch
    {
        PortfolioObjective.NetBenefitAllPayers => ledger.NetBenefitDiscounted(ledger.TotalGroup),
        PortfolioObjective.NetBenefitMunicipality => ledger.NetBenefitDiscounted(ledger.GemeenteGroup),
        _ => ledger.SelfReliantYearsGainedDiscounted,
    };

    /// <summary>
    /// Per thread: one comparator run per draw shared by many scenarios (each with its own buffer and ledger), so a
    /// draw of k scenarios costs k + 1 runs instead of 2k. The ledgers are the library's comparison arithmetic.
    /// </summary>
    private sealed class SharedComparator(CompiledScenario comparator, IReadOnlyList<CompiledScenario> scenarios)
    {
        private readonly SimulationBuffer _comparator = comparator.CreateBuffer();
        private readonly SimulationBuffer[] _buffers = scenarios.Select(x => x.CreateBuffer()).ToArray();
        public readonly DrawRandom Random = new();
        public readonly double[] Vector = new double[comparator.ParameterCount];
        public readonly ComparisonLedger[] Ledgers = scenarios.Select(x => new ComparisonLedger(x.Cycles, x.StartYear, x.Model.States, x.Model.Payers)).ToArray();

        public void Run()
        {
            comparator.Run(Vector, _comparator);
            for (var k = 0; k < _buffers.Length; k++)
            {
                scenarios[k].Run(Vector, _buffers[k]);
                Ledgers[k].Compute(_buffers[k], _comparator, scenarios[k].DiscountRate(Vector));
            }
        }
    }

    private sealed class Engine
    {
        private readonly CandidateSet _set;
        private readonly OptimisationOptions _o;
        private PayerRows Rows => _set.Model.Payers.Rows;
        private readonly UncertainParameters _uncertain;
        private readonly ParameterSampler _sampler;
        private readonly double[] _point;
        private readonly CompiledScenario _empty;
        private readonly CompiledScenario _current;
        private readonly double[][] _levels;      // [candidate][option] scale
        private readonly bool[][] _allowed;
        private readonly int _n;
        private readonly int _rows;               // years from the end of the council term to the horizon
        private readonly int _firstRow;           // cycle index of the end of the council term
        // sample average data: [candidate][option][draw] etc.
        private double[][][] _objective = [];
        private double[][][] _groupMean = [];      // [c][o][group]
        private double[][][] _cumulative = [];     // [c][o][draw·rows + row]
        private double[] _currentCumulative = [];  // [draw·rows + row]
        private double[] _currentGroupMean = [];

        public Engine(CandidateSet set, OptimisationOptions o)
        {
            _set = set;
            _o = o;
            // the PSA's own sampler (correlaties.csv included): the same seed gives the same draws as simulate and report
            _uncertain = UncertainParameters.For(set.Model);
            _sampler = _uncertain.CreateSampler(o.Seed);
            _point = set.Model.Parameters.DefaultVector();
            _empty = CompiledScenario.Compile(set.Model, set.Build(new double[set.Candidates.Count], "Zonder activiteiten"));
            _current = CompiledScenario.Compile(set.Model, set.Build(set.CurrentScales, "Huidige portefeuille"));
            _n = o.Draws;
            var endIndex = o.CouncilTermEnd - _current.StartYear;
            _firstRow = Math.Clamp(endIndex, 0, _current.Cycles - 1);
            _rows = _current.Cycles - _firstRow;
            _levels = new double[set.Candidates.Count][];
            _allowed = new bool[set.Candidates.Count][];
            for (var c = 0; c < set.Candidates.Count; c++)
            {
                var cand = set.Candidates[c];
                var max = o.MaxScale.TryGetValue(cand.Name, out var m) ? m : cand.MaxScale;
                var limited = cand with { MaxScale = max, OnOff = cand.OnOff || o.OnOffOnly };
                // a candidate without known cost is not chosen for free: it stays at its current scale (listed apart)
                _levels[c] = cand.HasNoKnownCost ? [cand.CurrentScale] : limited.Levels(o.ScaleStep).ToArray();
                var must = o.MustFund.Contains(cand.Name, StringComparer.OrdinalIgnoreCase);
                var floor = Math.Min(1.0, _levels[c].Max());
                // a legal task is never stopped or scaled down unless explicitly allowed
                if (cand.LegalTask is not null && !o.AllowStoppingLegalTasks)
                {
                    floor = must ? Math.Max(floor, Math.Min(cand.CurrentScale, _levels[c].Max())) : Math.Min(cand.CurrentScale, _levels[c].Max());
                    must = true;
                }
                _allowed[c] = _levels[c].Select(s => !must || s >= floor - 1e-9).ToArray();
            }
        }

        public double[] Scales(int[] choice) => choice.Select((o, c) => _levels[c][o]).ToArray();

        public void ComputeCandidateOutcomes()
        {
            var C = _set.Candidates.Count;
            var G = Rows.Count;
            var configs = new List<(int C, int O, CompiledScenario Scenario)>();
            for (var c = 0; c < C; c++)
                for (var o = 0; o < _levels[c].Length; o++)
                {
                    if (_levels[c][o] == 0) continue;
                    var scales = new double[C];
                    scales[c] = _levels[c][o];
                    configs.Add((c, o, CompiledScenario.Compile(_set.Model, _set.Build(scales, _set.Candidates[c].Name))));
                }
            _objective = _levels.Select(l => l.Select(_ => new double[_n]).ToArray()).ToArray();
            _groupMean = _levels.Select(l => l.Select(_ => new double[G]).ToArray()).ToArray();
            _cumulative = _levels.Select(l => l.Select(_ => new double[_n * _rows]).ToArray()).ToArray();
            _currentCumulative = new double[_n * _rows];
            _currentGroupMean = new double[G];
            var per = 1 + G + _rows;
            var width = (configs.Count + 1) * per;
            var runner = new DrawRunner(_n, _o.MaxDegreeOfParallelism);
            var scenarios = configs.Select(k => k.Scenario).Append(_current).ToList();
            runner.Run(width,
                () => new SharedComparator(_empty, scenarios),
                (w, draw, outcome) =>
                {
                    Sample(draw, w.Random, w.Vector);
                    w.Run();
                    for (var k = 0; k < w.Ledgers.Length; k++)
                    {
                        var run = w.Ledgers[k];
                        var at = k * per;
                        outcome[at] = ObjectiveOf(run, _o.Objective);
                        for (var g = 0; g < G; g++) outcome[at + 1 + g] = run.NetBenefitDiscounted(g);
                        var cum = 0.0;
                        for (var t = 0; t < run.Cycles; t++)
                        {
                            cum += run.NetBenefit(Rows.Gemeente, t);
                            if (t >= _firstRow) outcome[at + 1 + G + t - _firstRow] = cum;
                        }
                    }
                },
                (draw, outcome) =>
                {
                    for (var k = 0; k <= configs.Count; k++)
                    {
                        var at = k * per;
                        if (k == configs.Count)
                        {
                            for (var g = 0; g < G; g++) _currentGroupMean[g] += outcome[at + 1 + g] / _n;
                            for (var r = 0; r < _rows; r++) _currentCumulative[draw * _rows + r] = outcome[at + 1 + G + r];
                            continue;
                        }
                        var (c, o, _) = configs[k];
                        _objective[c][o][draw] = outcome[at];
                        for (var g = 0; g < G; g++) _groupMean[c][o][g] += outcome[at + 1 + g] / _n;
                        for (var r = 0; r < _rows; r++) _cumulative[c][o][draw * _rows + r] = outcome[at + 1 + G + r];
                    }
                });
        }

        private void Sample(int draw, DrawRandom random, double[] vector)
        {
            _point.CopyTo(vector, 0);
            _sampler.Sample(draw, random, vector);
        }

        private AllocationProblem Problem(double budget, int requiredDraws, IReadOnlyDictionary<int, double> floors)
        {
            var C = _set.Candidates.Count;
            var items = Enumerable.Range(0, C).Select(c => new AllocationItem(_set.Candidates[c].Name,
                _levels[c].Select(s => s * _set.Candidates[c].CostPerYear).ToArray(),
                _objective[c].Select(d => d.Average()).ToArray(), _allowed[c])).ToList();
            var problem = new AllocationProblem(items, budget);
            foreach (var (g, floor) in floors)
                problem.Requirements.Add(new LinearRequirement(Rows.Code(g),
                    Enumerable.Range(0, C).Select(c => _groupMean[c].Select(m => m[g]).ToArray()).ToArray(), floor + _currentGroupMean[g]));
            if (requiredDraws > 0)
                problem.Chance = new ChanceRequirement("terugverdienen", _n, _rows, _cumulative,
                    _currentCumulative.Select(v => v - 1.0).ToArray(), requiredDraws);
            return problem;
        }

        /// <summary>Solve, evaluate in the full model, tighten on failure; null when infeasible.</summary>
        public (int[] Choice, PortfolioEvaluation Evaluation, AllocationStatus Status)? SolveVerified(double budget)
        {
            var required = (int)Math.Ceiling(_o.MinBreakEvenProbability.Value * _n - 1e-9);
            var floors = _o.PayerFloors.ToDictionary(kv => kv.Key, kv => kv.Value.Euros);
            for (var attempt = 0; attempt < 6; attempt++)
            {
                if (required > _n) return null;
                var solution = Problem(budget, required, floors).Solve(_o.SolverTimeLimit);
                if (!solution.HasSolution) return null;
                var eval = Evaluate(Scales(solution.Choice));
                var ok = true;
                var reached = (int)Math.Round(eval.BreakEvenProbability * _n);
                var needed = (int)Math.Ceiling(_o.MinBreakEvenProbability.Value * _n - 1e-9);
                if (reached < needed) { required += needed - reached; ok = false; }
                foreach (var (g, floorAmount) in _o.PayerFloors)
                {
                    var floor = floorAmount.Euros;
                    var mean = eval.NetBenefitByGroup[g].Mean;
                    if (mean < floor) { floors[g] += floor - mean + Math.Max(1.0, Math.Abs(floor) * 1e-6); ok = false; }
                }
                if (ok) return (solution.Choice, eval, solution.Status);
            }
            return null;
        }

        public DataValidationException Infeasible(double budget)
        {
            var minimum = Enumerable.Range(0, _set.Candidates.Count)
                .Sum(c => _levels[c].Where((_, o) => _allowed[c][o]).Min() * _set.Candidates[c].CostPerYear);
            string message;
            if (minimum > budget + 1e-6)
                message = $"het budget van {DutchFormat.Euro(budget)} per jaar is te klein voor de activiteiten die moeten blijven ({DutchFormat.Euro(minimum)} per jaar)";
            else if (_o.MinBreakEvenProbability > Probability.Zero)
                message = $"geen portefeuille binnen {DutchFormat.Euro(budget)} per jaar haalt een kans van {DutchFormat.Percent(_o.MinBreakEvenProbability.Value)} dat de gemeente binnen de raadsperiode ({_o.CouncilTermStart}-{_o.CouncilTermEnd}) terugverdient"
                    + (_o.PayerFloors.Count > 0 ? " met de gevraagde ondergrenzen per betaler" : "");
            else
                message = $"geen portefeuille binnen {DutchFormat.Euro(budget)} per jaar haalt de gevraagde ondergrenzen per betaler";
            return new DataValidationException(new DataError("optimaliseer", null, null, null, message + "; verruim het budget of de voorwaarden"));
        }

        public IEnumerable<double> FrontierBudgets(double budget)
        {
            if (_o.FrontierBudgets.Count > 0) return _o.FrontierBudgets.Select(b => b.Euros);
            if (_o.FrontierPoints == 0) return [];
            var hi = Math.Max(2 * budget, 100_000);
            var k = _o.FrontierPoints;
            return Enumerable.Range(0, k).Select(i => k == 1 ? budget : Math.Round(hi * i / (k - 1)));
        }

        /// <summary>The portfolio in the full model against the current portfolio, on the same draws.</summary>
        public PortfolioEvaluation Evaluate(double[] scales)
        {
            var scenario = CompiledScenario.Compile(_set.Model, _set.Build(scales, "Portefeuille"));
            var G = Rows.Count;
            var objective = new OutcomeAccumulator();
            var groups = Enumerable.Range(0, G).Select(_ => new OutcomeAccumulator()).ToArray();
            long breakEven = 0, beats = 0;
            new DrawRunner(_n, _o.MaxDegreeOfParallelism).Run(G + 2,
                () => (Run: new PairedRun(scenario, _current), Random: new DrawRandom(), Vector: new double[_point.Length]),
                (w, draw, outcome) =>
                {
                    Sample(draw, w.Random, w.Vector);
                    w.Run.Run(w.Vector);
                    outcome[0] = ObjectiveOf(w.Run.Ledger, _o.Objective);
                    outcome[1] = w.Run.BreakEvenYear(Rows.Gemeente) is { } y && y <= _o.CouncilTermEnd ? 1 : 0;
                    for (var g = 0; g < G; g++) outcome[2 + g] = w.Run.NetBenefitDiscounted(g);
                },
                (_, outcome) =>
                {
                    objective.Add(outcome[0]);
                    if (outcome[0] > 0) beats++;
                    if (outcome[1] > 0) breakEven++;
                    for (var g = 0; g < G; g++) groups[g].Add(outcome[2 + g]);
                });
            return new PortfolioEvaluation(scales, _set.CostPerYear(scales), objective.ToSummary(), (double)breakEven / _n,
                groups.Select(a => a.ToSummary()).ToList(), (double)beats / _n);
        }

        public IReadOnlyList<MarginalReturn> MarginalReturns(double[] scales)
        {
            var C = _set.Candidates.Count;
            var step = _o.MarginalStep;
            var chosen = CompiledScenario.Compile(_set.Model, _set.Build(scales, "Portefeuille"));
            var priced = Enumerable.Range(0, C).Where(c => _set.Candidates[c].CostPerYear > 0).ToList();
            var bumped = priced.Select(c =>
            {
                var s = (double[])scales.Clone();
                s[c] += step;
                return CompiledScenario.Compile(_set.Model, _set.Build(s, _set.Candidates[c].Name));
            }).ToList();
            var sums = new double[priced.Count];
            var costs = new double[priced.Count];
            new DrawRunner(_n, _o.MaxDegreeOfParallelism).Run(2 * priced.Count,
                () => new SharedComparator(chosen, bumped),
                (w, draw, outcome) =>
                {
                    Sample(draw, w.Random, w.Vector);
                    w.Run();
                    for (var k = 0; k < w.Ledgers.Length; k++)
                    {
                        outcome[2 * k] = ObjectiveOf(w.Ledgers[k], _o.Objective);
                        outcome[2 * k + 1] = w.Ledgers[k].InvestmentDiscounted[Rows.Gemeente];
                    }
                },
                (_, outcome) =>
                {
                    for (var k = 0; k < sums.Length; k++)
                    {
                        sums[k] += outcome[2 * k];
                        costs[k] += outcome[2 * k + 1];
                    }
                });
            return priced.Select((c, k) =>
            {
                var cand = _set.Candidates[c];
                var max = _levels[c].Max();
                // per euro of extra municipal spending over the horizon (present value), so the ratio is unit-free
                return new MarginalReturn(cand.Name, scales[c], costs[k] > 0 ? sums[k] / costs[k] : double.NaN, scales[c] + step > max + 1e-9);
            }).OrderByDescending(m => m.PerEuro).ToList();
        }

        /// <summary>Parameters and incremental outcomes per draw of the chosen portfolio against the current one.</summary>
        public DecisionSample Sample(double[] scales)
        {
            var scenario = CompiledScenario.Compile(_set.Model, _set.Build(scales, "Portefeuille"));
            var indices = _uncertain.Scalars.Where(s => !s.Distribution.IsDegenerate).Select(s => s.Index)
                .Concat(_uncertain.Groups.Where(g => !g.Distribution.IsDegenerate).SelectMany(g => g.Indices)).ToArray();
            var names = indices.Select(i => _set.Model.Parameters[i].Name).ToList();
            var G = Rows.Count;
            var prm = new double[_n][];
            var inb = Enumerable.Range(0, G).Select(_ => new double[_n]).ToArray();
            var ly = new double[_n];
            new DrawRunner(_n, _o.MaxDegreeOfParallelism).Run(indices.Length + G + 1,
                () => (Run: new PairedRun(scenario, _current), Random: new DrawRandom(), Vector: new double[_point.Length]),
                (w, draw, outcome) =>
                {
                    Sample(draw, w.Random, w.Vector);
                    w.Run.Run(w.Vector);
                    for (var k = 0; k < indices.Length; k++) outcome[k] = w.Vector[indices[k]];
                    for (var g = 0; g < G; g++) outcome[indices.Length + g] = w.Run.NetBenefitDiscounted(g);
                    outcome[indices.Length + G] = w.Run.SelfReliantYearsGainedDiscounted;
                },
                (draw, outcome) =>
                {
                    prm[draw] = outcome[..indices.Length].ToArray();
                    for (var g = 0; g < G; g++) inb[g][draw] = outcome[indices.Length + g];
                    ly[draw] = outcome[indices.Length + G];
                });
            return new DecisionSample(names, prm, inb, ly, Rows);
        }
    }
}
