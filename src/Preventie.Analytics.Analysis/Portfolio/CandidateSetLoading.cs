using Preventie.Analytics.Formatting;
using System.Globalization;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Evidence;
using Preventie.Analytics.Input;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Model;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Population;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Portfolio;

/// <summary>
/// Builds a <see cref="CandidateSet"/> from the analyst's files: the model, the baseline and the other scenarios, the
/// inventory and the evidence table (<c>CandidateSet.Load</c> / <c>CandidateSet.Create</c>).
/// </summary>
public static class CandidateSetLoading
{
    extension(CandidateSet)
    {
        /// <summary>
        /// Loads the model, the baseline and the other scenarios in <paramref name="scenarioDirectory"/>, and — when given —
        /// the inventory and the evidence table. Dutch errors (file, row, field, value) for bad input.
        /// </summary>
        /// <param name="modelDirectory">The model directory (data/parameters).</param>
        /// <param name="scenarioDirectory">The scenario directory (data/scenarios).</param>
        /// <param name="baselineFile">The baseline file name or path (default basis.yaml in the scenario directory).</param>
        /// <param name="inventoryPath">The inventory (CSV or xlsx), or null.</param>
        /// <param name="evidenceDirectory">The evidence table directory (data/evidence), or null.</param>
        public static CandidateSet Load(string modelDirectory, string scenarioDirectory, string? baselineFile = null, string? inventoryPath = null,
            string? evidenceDirectory = null)
        {
            var baseModel = ModelFiles.Load(modelDirectory);
            var evidence = evidenceDirectory is null ? EvidenceTable.Empty : EvidenceTable.Load(evidenceDirectory, baseModel);
            var inventory = inventoryPath is null ? null : InventoryLoader.Load(inventoryPath);
            return Create(baseModel, scenarioDirectory, baselineFile, inventory, evidence);
        }

        /// <summary>As <see cref="Load"/> with a loaded model, inventory and evidence table.</summary>
        public static CandidateSet Create(ModelDefinition baseModel, string scenarioDirectory, string? baselineFile, PreventionInventory? inventory, EvidenceTable evidence)
        {
            var vector = baseModel.Parameters.DefaultVector();
            var newParameters = new List<Parameter>();
            var pending = new List<(PreventionActivity Activity, CandidateEvidence Row, IReadOnlyList<EffectEvidence> Effects, AgeBand[] Bands, string ReachName, List<string> EffectNames)>();
            var unavailable = new List<UnavailableActivity>();
            var errors = new ErrorCollector(Path.Combine(evidence.Directory ?? "data/evidence", EvidenceTable.CandidatesFile));
            var inventoryErrors = new ErrorCollector(inventory?.Source ?? "inventaris");
            var effectErrors = new ErrorCollector(Path.Combine(evidence.Directory ?? "data/evidence", EvidenceTable.EffectsFile));
            if (inventory is not null)
            {
                foreach (var row in evidence.Candidates.Where(r => inventory.Activities.All(a => a.Number != r.Activity)))
                    errors.Add(row.Row, "nr", row.Activity.ToString(CultureInfo.InvariantCulture), "dit nummer staat niet in de inventaris");
                // an effect for an activity the inventory does not hold would be dropped without a word: refused like a candidate
                foreach (var row in evidence.Effects.Where(r => r.Activity is { } n && inventory.Activities.All(a => a.Number != n)))
                    effectErrors.Add(row.Row, "nr", row.Activity!.Value.ToString(CultureInfo.InvariantCulture),
                        $"dit nummer staat niet in de inventaris ({inventory.Source}): een effect voor een activiteit die er niet is, zou stil wegvallen");
                foreach (var activity in inventory.Activities)
                {
                    var row = evidence.Candidates.FirstOrDefault(r => r.Activity == activity.Number);
                    if (row is not null && row.Name.Length > 0 && !SameName(row.Name, activity.Name))
                        errors.Add(row.Row, "naam", row.Name, $"nr. {activity.Number} heet in de inventaris '{activity.Name}'");
                    var missing = new List<string>();
                    var cost = row?.CostPerYear ?? activity.YearlyCost;
                    var reach = row?.ReachPerYear ?? activity.Reach;
                    var bands = row?.Bands?.ToArray() ?? BandsOf(activity, baseModel.Bands);
                    // in the model's order, not the file's: the effect parameters' names and their places in the PSA's
                    // draws must not depend on where a row stands (permuting effecten.csv changes no result)
                    var effects = evidence.EffectsFor(activity).OrderBy(e => e.Kind.Key, StringComparer.Ordinal).ThenBy(e => e.From).ThenBy(e => e.To)
                        .ThenBy(e => e.Form?.ToString(), StringComparer.Ordinal).ThenBy(e => e.Mean).ToList();
                    if (cost is null) missing.Add("kosten per jaar");
                    if (reach is null) missing.Add("bereik");
                    if (bands is null || bands.Length == 0) missing.Add("leeftijdsgroepen");
                    if (effects.Count == 0) missing.Add("effect");
                    if (row is null && activity.Payer is null) missing.Add("betaler");
                    if (missing.Count > 0)
                    {
                        unavailable.Add(new UnavailableActivity(activity.Label, missing));
                        continue;
                    }
                    // only the inventory's own columns: a candidate at today's size, from 2025, up to double (assumption)
                    if (row is null && !baseModel.Payers.TryParse(activity.Payer, out _))
                    {
                        inventoryErrors.Add(activity.Row, "betaler", activity.Payer, baseModel.Payers.UnknownMessage);
                        continue;
                    }
                    row ??= new CandidateEvidence(activity.Row, activity.Number ?? 0, activity.Name, cost, baseModel.Payers[activity.Payer!], reach, bands, 2025, 1, 2.0, false,
                        null, "kosten, bereik en betaler uit de inventaris");
                    var population = bands!.Sum(b => baseModel.Demography[(int)b].Inhabitants.Evaluate(vector));
                    var share = reach!.Value / population;
                    if (share > 1)
                    {
                        errors.Add(row.Row, "bereik", reach.Value.ToString(CultureInfo.InvariantCulture),
                            $"meer dan het aantal inwoners van de leeftijdsgroepen ({DutchFormat.Number(population)})");
                        continue;
                    }
                    var key = activity.Number is { } nr ? $"inv{nr}" : $"invrij{activity.Row}";
                    var reachName = $"bereik_{key}";
                    newParameters.Add(new Parameter(reachName, share, "aandeel van de doelgroep bereikt", row.Source, row.IsAssumption, null,
                        $"{activity.Label}: {DutchFormat.Number(reach.Value)} inwoners per jaar van {DutchFormat.Number(population)} in {string.Join(", ", bands!.Select(b => b.Code))}"));
                    var effectNames = new List<string>();
                    for (var k = 0; k < effects.Count; k++)
                    {
                        var e = effects[k];
                        var name = $"effect_{key}_{k + 1}";
                        effectNames.Add(name);
                        newParameters.Add(new Parameter(name, e.Mean, e.Kind.SizeUnit,
                            e.Source, e.IsAssumption, e.Prior(), $"{activity.Label}: {e.Level.DutchLabel()}{(e.Note is null ? "" : "; " + e.Note)}"));
                    }
                    pending.Add((activity, row, effects, bands!, reachName, effectNames));
                }
            }
            inventoryErrors.ThrowIfAny();
            if (effectErrors.HasErrors || errors.HasErrors) throw new DataValidationException(effectErrors.Errors.Concat(errors.Errors).ToList());

            var model = baseModel.WithAddedParameters(newParameters);
            var parameters = model.Parameters;
            var extended = parameters.DefaultVector();

            var baselinePath = Path.Combine(scenarioDirectory, baselineFile ?? "basis.yaml");
            if (baselineFile is not null && File.Exists(baselineFile)) baselinePath = baselineFile;
            var current = ScenarioFile.Load(baselinePath, model);
            var candidates = new List<Candidate>();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var iv in current.Interventions)
                if (names.Add(iv.Name)) candidates.Add(FromScenario(iv, CandidateOrigin.Huidig, Path.GetFileName(baselinePath), 1.0, parameters, extended));
            foreach (var file in Directory.GetFiles(scenarioDirectory, "*.yaml").Order(StringComparer.Ordinal))
            {
                if (Path.GetFullPath(file) == Path.GetFullPath(baselinePath)) continue;
                var scenario = ScenarioFile.Load(file, model);
                foreach (var iv in scenario.Interventions)
                    if (names.Add(iv.Name)) candidates.Add(FromScenario(iv, CandidateOrigin.Scenario, Path.GetFileName(file), 0.0, parameters, extended));
            }
            foreach (var (activity, row, effects, bands, reachName, effectNames) in pending)
            {
                if (!names.Add(activity.Name)) continue;
                var reachExpr = ValueExpression.Reference(parameters.IndexOf(reachName), reachName);
                var intervention = new Intervention
                {
                    Name = activity.Name,
                    Description = activity.IntendedEffect,
                    Form = activity.Form,
                    TargetBands = bands,
                    Reach = new SourcedValue(reachExpr, row.Source, row.IsAssumption),
                    StartYear = new CalendarYear(row.StartYear),
                    RampUpYears = row.RampUpYears,
                    Costs = [new InterventionCost(row.Payer, new SourcedValue(ValueExpression.Of(row.CostPerYear ?? activity.YearlyCost ?? 0), row.Source, row.IsAssumption))],
                    Effects = effects.Select((e, k) => new InterventionEffect(e.Kind, e.From, e.To,
                        new SourcedValue(ValueExpression.Reference(parameters.IndexOf(effectNames[k]), effectNames[k]), e.Source, e.IsAssumption))).ToList(),
                    DefinedIn = evidence.Directory,
                };
                var level = effects.Min(e => e.Level);
                candidates.Add(new Candidate(activity.Name, CandidateOrigin.Inventaris, activity.Number is { } num ? $"inventaris nr. {num}" : $"inventaris rij {activity.Row}", intervention,
                    CandidateSet.MunicipalCost(intervention, extended), 0.0, row.MaxScale, row.OnOff, level,
                    row.IsAssumption || effects.Any(e => e.IsAssumption), effectNames.Prepend(reachName).ToList()));
            }
            candidates = candidates.Select(c => evidence.LegalTaskFor(c.Name) is { } task ? c with { LegalTask = task.Law } : c).ToList();
            return new CandidateSet(model, current, candidates, unavailable, newParameters);
        }

    }

    private static Candidate FromScenario(Intervention iv, CandidateOrigin origin, string file, double currentScale, ParameterSet set, double[] vector)
    {
        // pilots and time-limited funds are taken whole or not at all; otherwise up to double, within a reach of 100%
        var onOff = iv.EndYear is not null || iv.Reach.Expression.IsConstant;
        var max = onOff ? 1.0 : Math.Max(currentScale, Math.Min(2.0, Math.Floor(1.0 / Math.Max(iv.Reach.Expression.Evaluate(vector), 1e-9) * 4) / 4));
        var parameters = iv.Effects.SelectMany(e => e.Size.Expression.ParameterIndices)
            .Concat(iv.Reach.Expression.ParameterIndices).Concat(iv.NeighbourhoodShare.Expression.ParameterIndices)
            .Distinct().Select(i => set[i].Name).ToList();
        var assumption = iv.Reach.IsAssumption || iv.Costs.Any(c => c.AmountPerYear.IsAssumption) || iv.Effects.Any(e => e.Size.IsAssumption);
        return new Candidate(iv.Name, origin, file, iv, CandidateSet.MunicipalCost(iv, vector), currentScale, max, onOff, null, assumption, parameters);
    }

    /// <summary>
    /// The model bands an inventory activity targets: all for "inwoners algemeen", else the model's bands that overlap
    /// the activity's inventory bands by age (the inventory keeps its own eight bands, <see cref="InventoryBands"/>).
    /// </summary>
    private static AgeBand[]? BandsOf(PreventionActivity activity, AgeBandSet modelBands)
    {
        if (activity.TargetGroups.Any(g => g.Kind == TargetGroupKind.InwonersAlgemeen)) return modelBands.ToArray();
        var bands = modelBands.Overlapping(activity.TargetGroups.Where(g => g.Band is not null).Select(g => g.Band!)).ToArray();
        return bands.Length == 0 ? null : bands;
    }

    private static bool SameName(string a, string b) => ColumnName.Normalize(a) == ColumnName.Normalize(b);
}
