using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Monitor;
using Preventie.Analytics.Population;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Calibration;

/// <summary>
/// Fits model parameters (typically transition rates per band: incidence, Wmo→Wlz entry, route shares) so that the
/// baseline reproduces the yearly counts of a monitor file.
/// <para><b>Method.</b> The baseline scenario is run over the monitor's years (time point 0 = 1 January of the first
/// year, start population per band from the monitor's <c>bevolking</c> of that year when present). The start level of
/// each calibrated indicator per band comes from the monitor's first year: the indicator's states are scaled so that
/// the model's mean in the first year equals the observed figure (the largest uncounted state, normally zelfredzaam,
/// absorbs the difference); this is re-derived from the fitted rates and the rates refitted, four rounds, so that level
/// and rates agree (exact for data the model generated). The rates are thus fitted to the development over the years,
/// not to the gap between the pyramid's default shares and the data. Each observed count of a calibrated indicator is compared with the model's equivalent — the mean number
/// of people in the indicator's states during the year (person-years of the cycle), or the count on 1 January — summed
/// over the reported band or, for a total row, over the indicator's bands. Per indicator and year the band rows are
/// used when there are any, otherwise the total (never both). The free parameters minimise the penalised objective
/// Σ (observed − model)² / observed / φ + Σ ((value − model value) / sd)²: the Poisson-weighted sum of squares, divided
/// by the dispersion φ (weighted sum of squares per degree of freedom of the previous round, at least 1: quasi-Poisson),
/// plus a normal prior per parameter centred on its value in the model with the standard deviation of its distribution
/// (<see cref="ParameterPrior"/>), by Levenberg-Marquardt (MathNet.Numerics) within the bounds of the specification, from
/// the current values and seeded random starting points; the best fit wins (deterministic for a given seed).
/// <see cref="CalibrationOptions.Penalised"/> = false drops the prior and φ.</para>
/// <para><b>Refusal.</b> The data are too sparse to identify the rates — and nothing is calibrated — when fewer than
/// <see cref="CalibrationOptions.MinimumYears"/> years carry fitted figures, when there are fewer figures than free
/// parameters, when a parameter does not move any fitted figure (flat objective), or when the scaled Jacobian at the
/// optimum has a condition number above <see cref="CalibrationOptions.MaxConditionNumber"/> (parameters that cannot be
/// told apart). The refusal is a <see cref="DataValidationException"/> naming the monitor file and the parameters.</para>
/// </summary>
public static class ModelCalibrator
{
    private sealed record Target(MonitorIndicator Indicator, AgeBand[] Bands, int[] States, int Year, double? Observed,
        bool Provisional, string Band, bool InObjective);

    /// <summary>Calibrates <paramref name="spec"/>'s parameters of <paramref name="model"/> on <paramref name="data"/>.</summary>
    /// <param name="model">The model (its current values are the starting point and the "before" values).</param>
    /// <param name="baseline">The baseline scenario (its interventions act in the monitor years as in any other year).</param>
    /// <param name="data">The validated monitor data.</param>
    /// <param name="spec">Free parameters and bounds.</param>
    /// <param name="options">Seed, starts, date, refusal thresholds.</param>
    public static CalibrationResult Calibrate(ModelDefinition model, Scenario baseline, MonitorData data, CalibrationSpec spec, CalibrationOptions? options = null)
    {
        options ??= new CalibrationOptions();
        var original = model;
        var fileName = Path.GetFileName(data.File);
        if (!data.Bands.SameBandsAs(model.Bands))
            throw new DataValidationException(Refusal(data, null,
                $"het monitorbestand is gelezen met andere leeftijdsklassen ({data.Bands.ValidCodes}) dan die van het model ({model.Bands.ValidCodes}); lees de indicatorenlijst met de klassen van het model. Er is niets gekalibreerd."));
        var targets = BuildTargets(model, data);
        var used = targets.Where(t => t.InObjective).ToList();
        var years = data.Years;
        var y0 = years[0];
        var free = spec.Parameters;
        var k = free.Count;
        var idx = free.Select(f => model.Parameters.IndexOf(f.Name)).ToArray();

        // (1) too sparse before any fitting
        var refusals = new List<DataError>();
        var usedYears = used.Select(t => t.Year).Distinct().Count();
        if (usedYears < options.MinimumYears)
            refusals.Add(Refusal(data, null, $"te weinig gegevens om te kalibreren: {usedYears} jaar met te fitten cijfers, minimaal {options.MinimumYears} nodig (met één jaar is een overgangskans niet te scheiden van de startverdeling). Er is niets gekalibreerd."));
        else if (used.Count < k)
            refusals.Add(Refusal(data, null, $"te weinig gegevens om te kalibreren: {used.Count} waargenomen cijfers voor {k} vrije parameters. Verwijder parameters uit {Path.GetFileName(spec.File ?? CalibrationSpec.DefaultPath)} of lever meer jaren of leeftijdsgroepen aan."));
        if (refusals.Count > 0) throw new DataValidationException(refusals);

        var baseVector = model.Parameters.DefaultVector();
        var population = StartPopulation.FromMonitor(model, data, y0);
        foreach (var u in population) baseVector[model.Parameters.IndexOf(u.Name)] = u.Value;
        var populationNote = StartPopulation.Describe(population, y0) + " " + ObservedStartState(ref model, data, y0, baseVector);
        var scenario = baseline with { StartYear = new CalendarYear(y0), EndYear = new CalendarYear(years[^1]) };
        var compiled = CompiledScenario.Compile(model, scenario);

        double[] Vector(IReadOnlyList<double> p)
        {
            var v = (double[])baseVector.Clone();
            for (var j = 0; j < k; j++) v[idx[j]] = p[j];
            return v;
        }
        double[] Predict(IReadOnlyList<double> p, IReadOnlyList<Target> which) => Evaluate(compiled.RunWithTrace(Vector(p)), which, y0);

        var observed = used.Select(t => t.Observed!.Value).ToArray();
        var weights = observed.Select(o => 1.0 / Math.Max(o, 1.0)).ToArray();
        var lower = free.Select(f => f.Lower).ToArray();
        var upper = free.Select(f => f.Upper).ToArray();
        var before = idx.Select(i => baseVector[i]).ToArray();

        // (2) flat objective: a parameter that moves no fitted figure cannot be estimated
        var jac0 = ScaledJacobian(p => Predict(p, used), before, lower, upper, weights);
        var norms = Enumerable.Range(0, k).Select(j => jac0.Column(j).L2Norm()).ToArray();
        var maxNorm = norms.Max();
        for (var j = 0; j < k; j++)
            if (norms[j] <= 1e-9 * Math.Max(maxNorm, 1e-300) || norms[j] < 1e-12)
                refusals.Add(Refusal(data, free[j].Name, $"parameter '{free[j].Name}' is niet te bepalen: hij verandert geen van de waargenomen cijfers (vlakke doelfunctie). Lever de indicator aan die hem bepaalt of haal hem uit {Path.GetFileName(spec.File ?? CalibrationSpec.DefaultPath)}."));
        if (refusals.Count > 0) throw new DataValidationException(refusals);

        // (3) penalised weighted least squares, Levenberg-Marquardt within bounds, several seeded starts. Each free
        //     parameter adds a pseudo-observation: its value, "observed" at the model's point value, with weight 1/sd²
        //     (a normal prior); the data term is divided by the dispersion φ of the previous round (quasi-Poisson).
        var priors = options.Penalised
            ? free.Select((f, j) => ParameterPrior.For(model.Parameters[idx[j]], f.Lower, f.Upper)).ToArray()
            : null;
        var n = used.Count;
        var x = Vector<double>.Build.Dense(n + (priors?.Length ?? 0), i => i);
        var yObs = Vector<double>.Build.Dense(priors is null ? observed : [.. observed, .. priors.Select(pr => pr.Mean)]);
        var dispersion = 1.0;
        Vector<double> Weights() => Vector<double>.Build.Dense(priors is null ? weights
            : [.. weights.Select(wt => wt / dispersion), .. priors.Select(pr => 1.0 / (pr.Sd * pr.Sd))]);
        double Penalty(double[] p) => priors is null ? 0 : priors.Select((pr, j) => pr.Penalty(p[j])).Sum();
        double Objective(double[] p) => Sse(Predict(p, used), observed, weights) / dispersion + Penalty(p);
        var rng = new Random(options.Seed);
        var starts = new List<double[]> { Inside(before, lower, upper) };
        for (var s = 1; s < options.Starts; s++)
            starts.Add(Inside(before.Select((b, j) => Math.Clamp(Math.Max(b, 1e-3 * (upper[j] - lower[j])) * Math.Exp(rng.NextDouble() * 1.4 - 0.7), lower[j], upper[j])).ToArray(), lower, upper));

        double[]? best = null;
        var bestObjective = double.PositiveInfinity;
        var lmLower = Vector<double>.Build.Dense(lower);
        var lmUpper = Vector<double>.Build.Dense(upper);
        // The start levels are re-derived from the fitted rates (the first year's mean must match the monitor) and the
        // rates refitted, until both agree: a fixed point that is exact for data the model generated. With priors the
        // dispersion φ is re-estimated from each round's fit.
        const int rounds = 4;
        for (var round = 0; round < rounds; round++)
        {
            if (round > 0)
            {
                var y0Targets = targets.Where(t => t.Year == y0 && t.InObjective && t.Bands.Length == 1).ToList();
                var levels = Evaluate(compiled.RunWithTrace(Vector(best!)), y0Targets, y0);
                var byKey = y0Targets.Select((t, i) => (t, i)).ToDictionary(x => (x.t.Indicator.Code, x.t.Bands[0]), x => levels[x.i]);
                ObservedStartState(ref model, data, y0, baseVector, (code, band) => byKey.TryGetValue((code, band), out var l) ? l : null);
                compiled = CompiledScenario.Compile(model, scenario);
                if (priors is not null) dispersion = Dispersion(Sse(Predict(best!, used), observed, weights), n, k);
                starts = [best!];
                bestObjective = double.PositiveInfinity;
                best = null;
            }
            var w = Weights();
            foreach (var start in starts)
            {
                var objective = ObjectiveFunction.NonlinearModel((p, _) =>
                {
                    var point = p.ToArray();
                    var predicted = Predict(point, used);
                    return Vector<double>.Build.Dense(priors is null ? predicted : [.. predicted, .. point]);
                }, x, yObs, w);
                var solver = new LevenbergMarquardtMinimizer(maximumIterations: 400);
                double[] point;
                try
                {
                    point = solver.FindMinimum(objective, Vector<double>.Build.Dense(Inside(start, lower, upper)), lmLower, lmUpper).MinimizingPoint.ToArray();
                }
                catch (MaximumIterationsException)
                {
                    continue;
                }
                for (var j = 0; j < k; j++) point[j] = Math.Clamp(point[j], lower[j], upper[j]);
                var value = Objective(point);
                if (value < bestObjective) { bestObjective = value; best = point; }
            }
            if (best is null)
                throw new DataValidationException(Refusal(data, null, "de kalibratie convergeert niet (maximaal aantal iteraties bereikt vanuit elk startpunt); er is niets gekalibreerd."));
        }

        // (4) identifiability at the optimum
        var fitted = best!;
        var bestSse = Sse(Predict(fitted, used), observed, weights);
        var jac = ScaledJacobian(p => Predict(p, used), fitted, lower, upper, weights);
        var svd = jac.Svd(true);
        var sigma = svd.S;
        var cond = sigma[k - 1] > 0 ? sigma[0] / sigma[k - 1] : double.PositiveInfinity;
        if (!(cond <= options.MaxConditionNumber))
        {
            var v = svd.VT.Row(k - 1);
            var names = Enumerable.Range(0, k).Where(j => Math.Abs(v[j]) > 0.3).Select(j => free[j].Name).ToList();
            throw new DataValidationException(Refusal(data, string.Join(", ", names),
                $"de gegevens zijn te schaars om deze parameters afzonderlijk te bepalen: {string.Join(" en ", names)} hebben op de waargenomen cijfers (bijna) hetzelfde effect (conditiegetal {cond:0.#E+0}). Lever meer jaren of leeftijdsgroepen aan, of kalibreer minder parameters. Er is niets gekalibreerd."));
        }

        // (5) standard errors: the data's information (quasi-Poisson, scaled by the dispersion) plus the priors'
        var (se, priorShare) = StandardErrors(jac, fitted, lower, upper, bestSse, n, priors);
        var date = options.Date.ToString("yyyy-MM-dd");
        var source = $"gekalibreerd op {fileName}, periode {data.PeriodText}, op {date}" + (data.IsIllustrative ? $" — {MonitorData.IllustrativeNotice}" : string.Empty);
        var calibrated = free.Select((f, j) =>
        {
            var p = model.Parameters[idx[j]];
            return new CalibratedParameter(f.Name, before[j], fitted[j], se[j], f.Lower, f.Upper, p.Source ?? "aanname", source, priors?[j], priorShare[j]);
        }).ToList();

        var allFitted = Evaluate(compiled.RunWithTrace(Vector(fitted)), targets, y0);
        // the start level per indicator and band comes from the first year's figure: later years inherit its noise
        var firstYear = targets.Select((t, i) => (t, i)).Where(x => x.t.Year == y0 && x.t.InObjective && x.t.Bands.Length == 1 && x.t.Indicator.Moment == MeasurementMoment.YearAverage)
            .ToDictionary(x => (x.t.Indicator.Code, x.t.Bands[0]), x => allFitted[x.i]);
        double LevelVariance(Target t, double fittedValue) =>
            t.Year > y0 && t.Bands.Length == 1 && firstYear.TryGetValue((t.Indicator.Code, t.Bands[0]), out var m0) && m0 > 0
                ? fittedValue * fittedValue / (m0 * m0) * (m0 + IndicatorFit.RoundingVariance) : 0;
        var fits = targets.Select((t, i) => new IndicatorFit(t.Indicator.Code, t.Indicator.Label, t.Band, t.Year, t.Provisional, t.Observed, allFitted[i], t.InObjective,
            LevelVariance(t, allFitted[i]))).ToList();
        var updates = calibrated.Select(c => new ParameterUpdate(c.Name, c.After, c.Source, $"was {c.Before:0.#####} ({c.PreviousSource})",
            KeepDistribution: false, Distribution: Recentred(c, original.Parameters[original.Parameters.IndexOf(c.Name)].Distribution))).ToList();
        var updatedModel = ParameterUpdate.Apply(original, updates);
        return new CalibrationResult(data, calibrated, fits, Sse(Predict(before, used), observed, weights), bestSse, used.Count,
            cond, updatedModel, options, populationNote, priors is null ? 1.0 : Dispersion(bestSse, n, k), Penalty(fitted));
    }

    /// <summary>
    /// Replaces, per band, the start shares of the states that calibrated indicators count by the monitor's first-year
    /// level (observed count ÷ inhabitants), scaling the indicator's states together and letting the largest uncounted
    /// state (normally zelfredzaam) absorb the difference. Bands where that would go negative keep the model's shares.
    /// So the rates are fitted to the trend, not to a difference in level between the pyramid defaults and the data.
    /// </summary>
    private static string ObservedStartState(ref ModelDefinition modelRef, MonitorData data, int y0, double[] vector, Func<string, AgeBand, double?>? modelLevel = null)
    {
        var model = modelRef;
        var S = model.States.Count;
        var shares = new List<StartShare>();
        var changed = new List<string>();
        foreach (var band in model.Bands)
        {
            var current = new double[S];
            foreach (var x in model.StartShares.Where(x => x.Band == band)) current[x.State] += x.Share.Evaluate(vector);
            var inhabitants = model.Demography[(int)band].Inhabitants.Evaluate(vector);
            var next = (double[])current.Clone();
            var counted = new HashSet<int>();
            foreach (var o in data.Observations.Where(o => o.Year == y0 && o.Band == band && o.Value is not null && o.Indicator.Calibrate
                                                            && o.Indicator.Moment == MeasurementMoment.YearAverage))
            {
                var states = o.Indicator.ModelStates.Select(model.StateIndex).Where(i => i >= 0).ToList();
                var sum = states.Sum(i => current[i]);
                if (states.Count == 0 || sum <= 0 || inhabitants <= 0) continue;
                var level = modelLevel?.Invoke(o.Indicator.Code, band) ?? inhabitants * sum;
                if (level <= 0) continue;
                foreach (var i in states) { next[i] = current[i] * o.Value!.Value / level; counted.Add(i); }
            }
            var absorber = Enumerable.Range(0, S).Where(i => !counted.Contains(i) && !model.States[i].IsOutflow).OrderByDescending(i => current[i]).FirstOrDefault(-1);
            if (counted.Count > 0 && absorber >= 0)
            {
                next[absorber] += 1.0 - next.Sum();
                if (next[absorber] >= 0) { current = next; changed.Add(band.Code); }
            }
            for (var i = 0; i < S; i++)
                if (current[i] != 0) shares.Add(new StartShare(band, i, ValueExpression.Of(current[i]), 0));
        }
        modelRef = model.WithStartShares(shares);
        return changed.Count == 0
            ? "Startverdeling over de toestanden: uit het model."
            : $"Startverdeling {y0}: het niveau van de gekalibreerde indicatoren komt uit de monitor ({string.Join(", ", changed)}); de parameters volgen dus de ontwikkeling, niet het verschil in niveau met de piramide.";
    }

    /// <summary>
    /// The PSA distribution of a calibrated parameter, centred on the estimate so that the PSA does not undo the
    /// calibration: a probability gets Beta(α, β) with mean = estimate and sd = standard error (method of moments);
    /// without a usable standard error a Beta keeps its old α + β (its old weight) around the new mean. Other values get
    /// Normal(estimate, standard error). Null (fixed in the PSA) when neither is possible.
    /// </summary>
    internal static DistributionSpec? Recentred(CalibratedParameter c, DistributionSpec? old)
    {
        var m = c.After;
        var se = c.StandardError;
        DistributionSpec? result = null;
        var probability = c.Lower >= 0 && c.Upper <= 1;
        if (probability && m is > 0 and < 1)
        {
            if (double.IsFinite(se) && se > 0 && se * se < m * (1 - m))
            {
                var n = m * (1 - m) / (se * se) - 1;
                result = new DistributionSpec(DistributionKind.Beta, [m * n, (1 - m) * n]);
            }
            else if (old is { Kind: DistributionKind.Beta } b && b.Arguments.Count == 2)
            {
                var n = b.Arguments[0] + b.Arguments[1];
                result = new DistributionSpec(DistributionKind.Beta, [m * n, (1 - m) * n]);
            }
        }
        else if (!probability && double.IsFinite(se) && se > 0)
            result = new DistributionSpec(DistributionKind.Normal, [m, se]);
        return result is not null && !result.Validate(m).Any() ? result : null;
    }

    private static DataError Refusal(MonitorData data, string? parameter, string message) =>
        new(data.File, null, "kalibratie", parameter, message);

    /// <summary>Resolves indicators to model states and builds one target per (modelled) observation.</summary>
    private static List<Target> BuildTargets(ModelDefinition model, MonitorData data)
    {
        var errors = new List<DataError>();
        var states = new Dictionary<string, int[]>();
        foreach (var ind in data.Observations.Select(o => o.Indicator).Distinct().Where(i => i.IsModelled))
        {
            var list = new List<int>();
            foreach (var name in ind.ModelStates)
            {
                if (string.Equals(name, IndicatorCatalog.AllLiving, StringComparison.OrdinalIgnoreCase))
                    list.AddRange(Enumerable.Range(0, model.States.Count).Where(s => !model.States[s].IsOutflow));
                else if (model.StateIndex(name) is var s and >= 0) list.Add(s);
                else errors.Add(new DataError(IndicatorCatalog.DefaultPath, null, "toestanden", name, $"indicator '{ind.Code}': {model.UnknownStateMessage(name)}"));
            }
            states[ind.Code] = list.Distinct().ToArray();
        }
        if (errors.Count > 0) throw new DataValidationException(errors);

        var targets = new List<Target>();
        foreach (var g in data.Observations.Where(o => o.Indicator.IsModelled).GroupBy(o => (o.Indicator.Code, o.Year)))
        {
            var hasBands = g.Any(o => o.Band is not null && o.Value is not null);
            foreach (var o in g)
            {
                var bands = o.Band is { } b ? new[] { b } : o.Indicator.Bands.ToArray();
                var inObjective = o.Indicator.Calibrate && o.Value is not null && (o.Band is not null || !hasBands);
                targets.Add(new Target(o.Indicator, bands, states[o.Indicator.Code], o.Year, o.Value, o.Period.IsProvisional, o.BandCode, inObjective));
            }
        }
        return targets;
    }

    private static double[] Evaluate(SimulationResult r, IReadOnlyList<Target> targets, int y0)
    {
        var result = new double[targets.Count];
        for (var i = 0; i < targets.Count; i++)
        {
            var t = targets[i];
            var c = t.Year - y0;
            var sum = 0.0;
            foreach (var b in t.Bands)
                foreach (var s in t.States)
                    sum += t.Indicator.Moment == MeasurementMoment.FirstOfJanuary ? r.Count(c, b, s) : r.PersonYears(c, b, s);
            result[i] = sum;
        }
        return result;
    }

    private static double Sse(double[] predicted, double[] observed, double[] weights)
    {
        var sse = 0.0;
        for (var i = 0; i < observed.Length; i++) sse += weights[i] * (observed[i] - predicted[i]) * (observed[i] - predicted[i]);
        return sse;
    }

    private static double[] Inside(double[] p, double[] lower, double[] upper) =>
        p.Select((v, j) => Math.Clamp(v, lower[j] + 1e-6 * (upper[j] - lower[j]), upper[j] - 1e-6 * (upper[j] - lower[j]))).ToArray();

    private static double Scale(double p, double lower, double upper) => Math.Max(Math.Abs(p), 1e-3 * (upper - lower));

    /// <summary>Central-difference Jacobian of the weighted residuals, each column scaled by its parameter's size
    /// (so the condition number compares relative changes).</summary>
    private static Matrix<double> ScaledJacobian(Func<double[], double[]> predict, double[] p, double[] lower, double[] upper, double[] weights)
    {
        var k = p.Length;
        var n = weights.Length;
        var jac = Matrix<double>.Build.Dense(n, k);
        for (var j = 0; j < k; j++)
        {
            var scale = Scale(p[j], lower[j], upper[j]);
            var h = 1e-4 * scale;
            var up = (double[])p.Clone();
            var down = (double[])p.Clone();
            up[j] += h;
            down[j] -= h;
            var fu = predict(up);
            var fd = predict(down);
            for (var i = 0; i < n; i++) jac[i, j] = Math.Sqrt(weights[i]) * (fu[i] - fd[i]) / (2 * h) * scale;
        }
        return jac;
    }

    /// <summary>The dispersion φ: the weighted sum of squares per degree of freedom, at least 1 (Poisson).</summary>
    private static double Dispersion(double sse, int n, int k) => n > k ? Math.Max(1.0, sse / (n - k)) : 1.0;

    /// <summary>
    /// Standard errors from the inverse of the information: the data's (JᵀWJ / φ, φ the dispersion) plus, with priors,
    /// 1/sd² per parameter; and per parameter the prior's share of its information (NaN without priors).
    /// </summary>
    private static (double[] Se, double[] PriorShare) StandardErrors(Matrix<double> scaledJac, double[] p, double[] lower, double[] upper, double sse, int n, ParameterPrior[]? priors)
    {
        var k = p.Length;
        var nan = Enumerable.Repeat(double.NaN, k).ToArray();
        if (n <= k) return (nan, nan);
        var unscaled = scaledJac.Clone();
        for (var j = 0; j < k; j++) unscaled.SetColumn(j, scaledJac.Column(j) / Scale(p[j], lower[j], upper[j]));
        // unpenalised: the classical s² = SSE/(n − k); penalised: the dispersion φ the data term was divided by
        var info = unscaled.TransposeThisAndMultiply(unscaled) / (priors is null ? sse / (n - k) : Dispersion(sse, n, k));
        var share = (double[])nan.Clone();
        if (priors is not null)
            for (var j = 0; j < k; j++)
            {
                var prior = 1.0 / (priors[j].Sd * priors[j].Sd);
                share[j] = prior / (info[j, j] + prior);
                info[j, j] += prior;
            }
        try
        {
            var cov = info.Inverse();
            return (Enumerable.Range(0, k).Select(j => cov[j, j] >= 0 ? Math.Sqrt(cov[j, j]) : double.NaN).ToArray(), share);
        }
        catch (Exception)
        {
            return (nan, share);
        }
    }
}
