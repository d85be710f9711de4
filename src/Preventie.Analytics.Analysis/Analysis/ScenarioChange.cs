using Preventie.Analytics.Quantities;
using System.Globalization;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Input;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Model;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Analysis;

/// <summary>
/// A "wat als" on one named intervention: its reach, its effects or its yearly costs times a factor, or another start
/// year — applied to every scenario that has the intervention (the basis too), exactly as if each scenario file had been
/// edited that way (a factor becomes part of the value, <c>0.5*bereik_verschuiven</c>, so the PSA still varies the
/// parameter underneath). A notebook names the intervention and the factors; <see cref="Run"/> computes the scenario as
/// in its files and with the change, through the one analysis.
/// <para>A changed start year moves a funded period along: an intervention funded 2025–2027 and started in 2027 is
/// funded 2027–2029. The changed values are checked as a scenario file's are (a reach between 0 and 1, an effect its
/// kind allows, a start year within the scenario's years); problems come in Dutch, naming the scenario file, the
/// intervention and the value.</para>
/// </summary>
/// <param name="Intervention">The intervention's name as in the scenario files (not case-sensitive).</param>
public sealed record ScenarioChange(string Intervention)
{
    /// <summary>The reach times this factor (1 = as in the files; 0,5 = half as many people reached).</summary>
    public double ReachFactor { get; init; } = 1;

    /// <summary>Every effect of the intervention times this factor (0,5 = half the effect; negative = the opposite effect).</summary>
    public double EffectFactor { get; init; } = 1;

    /// <summary>Every yearly cost of the intervention times this factor (1,2 = 20% more expensive).</summary>
    public double CostFactor { get; init; } = 1;

    /// <summary>The first funded year instead of the file's, or null for the file's.</summary>
    public CalendarYear? StartYear { get; init; }

    /// <summary>This change with the reach times <paramref name="factor"/>.</summary>
    public ScenarioChange WithReachFactor(double factor) => this with { ReachFactor = factor };

    /// <summary>This change with every effect times <paramref name="factor"/>.</summary>
    public ScenarioChange WithEffectFactor(double factor) => this with { EffectFactor = factor };

    /// <summary>This change with every yearly cost times <paramref name="factor"/>.</summary>
    public ScenarioChange WithCostFactor(double factor) => this with { CostFactor = factor };

    /// <summary>This change starting in <paramref name="year"/>; null keeps the file's start year.</summary>
    /// <exception cref="DataValidationException">Not a calendar year the model can compute (Dutch).</exception>
    public ScenarioChange WithStartYear(int? year)
    {
        if (year is { } y && !CalendarYear.IsValid(y))
            throw new DataValidationException(Error("wat als", "start", y.ToString(CultureInfo.InvariantCulture),
                $"geen geldig startjaar (tussen {CalendarYear.MinValue} en {CalendarYear.MaxValue})"));
        return this with { StartYear = year is { } valid ? new CalendarYear(valid) : null };
    }

    /// <summary>True when nothing changes (every factor 1, no start year).</summary>
    public bool IsNone => ReachFactor == 1 && EffectFactor == 1 && CostFactor == 1 && StartYear is null;

    /// <summary>
    /// "bereik van 'Voorliggende voorzieningen' × 0,5; start in 2027": what changes, in Dutch; "niets veranderd" when
    /// nothing does.
    /// </summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (ReachFactor != 1) parts.Add($"bereik × {Factor(ReachFactor)}");
        if (EffectFactor != 1) parts.Add($"effect × {Factor(EffectFactor)}");
        if (CostFactor != 1) parts.Add($"kosten × {Factor(CostFactor)}");
        if (StartYear is { } year) parts.Add($"start in {year}");
        return parts.Count == 0 ? $"'{Intervention}': niets veranderd" : $"'{Intervention}': {string.Join(", ", parts)}";
    }

    /// <summary>
    /// <paramref name="scenario"/> with the change made to its intervention named <see cref="Intervention"/>; the scenario
    /// itself when it has no such intervention. For <see cref="AnalysisInputs.Load"/>'s <c>adjust</c>; <see cref="Load"/>
    /// also checks the changed values against the model.
    /// </summary>
    /// <exception cref="DataValidationException">A factor that is not a number, a negative reach or cost factor, or a start year
    /// outside the scenario's years (Dutch).</exception>
    public Scenario Apply(Scenario scenario)
    {
        CheckFactors();
        return Apply(scenario, model: null);
    }

    /// <summary>
    /// Loads and validates every input of <paramref name="paths"/> (<see cref="AnalysisInputs.Load"/>) with this change
    /// made after <paramref name="before"/> (e.g. a notebook's end year), checked against the model. Throws when no
    /// scenario, the basis included, has the intervention.
    /// </summary>
    /// <exception cref="DataValidationException">Bad input or a change the model cannot take, in Dutch.</exception>
    public AnalysisInputs Load(InputPaths paths, Func<Scenario, Scenario>? before = null, ModelDefinition? model = null)
    {
        CheckFactors();
        model ??= ModelFiles.Load(paths.ModelDirectory);
        var checkedModel = model;
        var inputs = AnalysisInputs.Load(paths, s => Apply(before is null ? s : before(s), checkedModel), model);
        var all = inputs.Scenarios.Prepend(inputs.Basis).Select(s => s.Scenario).ToList();
        if (!all.Any(s => Find(s) is not null))
        {
            var names = all.SelectMany(s => s.Interventions).Select(i => i.Name).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);
            throw new DataValidationException(Error(paths.ScenarioDirectory, "interventie", Intervention,
                $"geen scenario heeft een interventie met deze naam; wel: {string.Join(", ", names)}"));
        }
        return inputs;
    }

    /// <summary>
    /// The scenario in <paramref name="scenarioFile"/> (a file name in the scenario folder, e.g.
    /// <c>verschuiven-naar-voorliggend.yaml</c>) against the basis, computed as in <paramref name="original"/> and with
    /// this change: the same paths, the same adjustment (<see cref="AnalysisInputs.Adjust"/>) and the same model.
    /// </summary>
    /// <exception cref="DataValidationException">The scenario is not among <paramref name="original"/>'s, or the change does not fit (Dutch).</exception>
    public WhatIfResult Run(AnalysisInputs original, string scenarioFile)
    {
        var before = ScenarioOf(original, scenarioFile);
        var changed = Load(original.Paths, original.Adjust, original.Model);
        var after = ScenarioOf(changed, scenarioFile);
        var options = new AnalysisOptions(Investment: false);
        return new WhatIfResult(this, AnalysisRunner.Run(original, before, options), AnalysisRunner.Run(changed, after, options));
    }

    private static ScenarioInput ScenarioOf(AnalysisInputs inputs, string scenarioFile) =>
        inputs.Scenarios.FirstOrDefault(s => string.Equals(Path.GetFileName(s.File), Path.GetFileName(scenarioFile), StringComparison.OrdinalIgnoreCase))
        ?? throw new DataValidationException(Error(inputs.Paths.ScenarioDirectory, "scenario", scenarioFile,
            $"dit scenario staat niet in de scenariomap; wel: {string.Join(", ", inputs.Scenarios.Select(s => Path.GetFileName(s.File)))}"));

    private Intervention? Find(Scenario scenario) =>
        scenario.Interventions.FirstOrDefault(i => string.Equals(i.Name, Intervention, StringComparison.OrdinalIgnoreCase));

    private Scenario Apply(Scenario scenario, ModelDefinition? model)
    {
        var file = scenario.File ?? scenario.Name;
        if (IsNone || Find(scenario) is not { } target) return scenario;
        if (StartYear is { } start && (start < scenario.StartYear || start > scenario.EndYear))
            throw new DataValidationException(Error(file, $"interventies[{target.Name}].start", start.ToString(),
                $"wat als: het startjaar moet binnen de jaren van het scenario liggen ({scenario.StartYear}–{scenario.EndYear})"));

        var shift = StartYear is { } s ? s - target.StartYear : 0;
        var changed = target with
        {
            Reach = Scale(target.Reach, ReachFactor),
            Effects = target.Effects.Select(e => e with { Size = Scale(e.Size, EffectFactor) }).ToList(),
            Costs = target.Costs.Select(c => c with { AmountPerYear = Scale(c.AmountPerYear, CostFactor) }).ToList(),
            StartYear = StartYear ?? target.StartYear,
            EndYear = target.EndYear is { } end ? end + shift : null,
        };
        if (model is not null) CheckValues(file, changed, model);
        return scenario with { Interventions = scenario.Interventions.Select(i => ReferenceEquals(i, target) ? changed : i).ToList() };
    }

    /// <summary>The changed values as <c>ScenarioFile</c> checks a file's: a reach in [0, 1], an effect size its kind allows.</summary>
    private static void CheckValues(string file, Intervention changed, ModelDefinition model)
    {
        var vector = model.Parameters.DefaultVector();
        var errors = new List<DataError>();
        var field = $"interventies[{changed.Name}]";
        var reach = changed.Reach.Expression.Evaluate(vector);
        if (!Probability.IsValid(reach))
            errors.Add(new DataError(file, null, field + ".bereik", changed.Reach.Expression.Text,
                $"wat als: het bereik wordt {DutchFormat.Number(reach, 3)}; een bereik moet tussen 0 en 1 liggen"));
        foreach (var effect in changed.Effects)
            if (effect.Kind.SizeError(effect.Size.Expression.Evaluate(vector)) is { } error)
                errors.Add(new DataError(file, null, $"{field}.effecten.{effect.Kind.SizeKey}", effect.Size.Expression.Text, "wat als: " + error));
        if (errors.Count > 0) throw new DataValidationException(errors);
    }

    /// <summary>Every factor a number; reach and costs not negative (an effect may turn around).</summary>
    private void CheckFactors()
    {
        var errors = new List<DataError>();
        foreach (var (what, factor, mayBeNegative) in new[] { ("bereik", ReachFactor, false), ("effect", EffectFactor, true), ("kosten", CostFactor, false) })
            if (!double.IsFinite(factor) || (!mayBeNegative && factor < 0))
                errors.Add(Error("wat als", what + "factor", factor.ToString(CultureInfo.InvariantCulture),
                    mayBeNegative ? "de factor moet een getal zijn" : "de factor moet een getal van 0 of meer zijn (1 = zoals in het bestand)"));
        if (errors.Count > 0) throw new DataValidationException(errors);
    }

    /// <summary>The value times <paramref name="factor"/>, marked as an assumption with the change in its note.</summary>
    private static SourcedValue Scale(SourcedValue value, double factor) =>
        factor == 1 ? value
            : value with
            {
                Expression = value.Expression.Affine(0, factor),
                IsAssumption = true,
                Note = $"wat als: × {Factor(factor)}" + (value.Note is { } note ? "; " + note : ""),
            };

    private static string Factor(double factor) => factor.ToString("0.###", DutchFormat.Culture);

    private static DataError Error(string file, string field, string value, string message) => new(file, null, field, value, message);
}
