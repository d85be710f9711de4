using Preventie.Analytics.Formatting;
using Preventie.Analytics.Input;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Model;
using Preventie.Analytics.Population;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.States;

namespace Preventie.Analytics.Wijken;

/// <summary>
/// The model per wijk, layered over the city model (the engine is unchanged): each wijk is the city's model with
/// <list type="bullet">
/// <item>its own population: band b of wijk w gets share s_w·g_wb / Σ_v s_v·g_vb of the city's band, with s_w its share
/// of the inhabitants and g_wb its 0-17 share (youth bands), 65+ share (65-79, 80+) or the rest (18-64), so the wijken
/// partition every band of the city exactly;</item>
/// <item>its own need: a factor f_w (from the need model, normalised so that the population-weighted mean is 1)
/// multiplies the yearly incidence (transitions from a self-reliant state into a need state) and the need start
/// shares (self-reliant start share = 1 − f_w·(1 − city share)); default 1 = the city's values;</item>
/// <item>its own value of any model parameter from a wijk parameter file (<see cref="WijkParameterFile"/>), e.g. a
/// route share, an incidence or the start pyramid: the wijk's copy is appended to the one shared parameter vector (so
/// it can carry its own PSA distribution) and replaces the city's parameter in that wijk's expressions;</item>
/// <item>the city's transitions, costs, migration rate and birth rate otherwise. Nobody moves between wijken unless a
/// migration matrix is given (<see cref="Migration"/>, <see cref="WijkMigration"/>): then the wijken run in lock-step
/// (<see cref="WijkScenario"/>).</item>
/// </list>
/// A scenario is compiled once per wijk with the interventions that act there: a city-wide intervention acts in every
/// wijk as before, with its costs split by population share; an intervention with <c>wijken: [...]</c> acts only in
/// those wijken, reaching its bereik of each (wijkaandeel 1 within the wijk, see <see cref="Compile"/>), with its costs split over them by population. Results of the city
/// are the sums over the wijken. Because the cohort model is linear in the population, a partition with f_w = 1
/// reproduces the city's results for city-wide scenarios. A model without a wijk file (<see cref="WijkSet.WholeCity"/>)
/// is the city model itself, unchanged: exactly today's results. Run time is linear in the number of wijken, the same
/// cost per wijk-band cell as the city model.
/// </summary>
public sealed class WijkModel
{
    // The wijk's youth share (0-17) applies to the model's bands wholly below 18, its elderly share (65+) to those from
    // 65 up; a band straddling 18 or 65 gets the middle share.
    /// <summary>True when <paramref name="band"/> lies wholly below 18: the wijk file's <c>aandeel_0_17</c> applies to it.</summary>
    public static bool IsYouth(AgeBand band) => band.MaxAge is { } max && max < 18;
    /// <summary>True when <paramref name="band"/> starts at 65 or later: the wijk file's <c>aandeel_65plus</c> applies to it.</summary>
    public static bool IsElderly(AgeBand band) => band.MinAge >= 65;

    private WijkModel(ModelDefinition city, WijkSet wijken, IReadOnlyList<ModelDefinition> models, IReadOnlyList<double> populationShare, IReadOnlyList<double> needFactor,
        string? wijkParameterFile = null, bool illustrativeParameters = false)
    {
        WijkParameterFile = wijkParameterFile;
        _illustrative = wijken.IsIllustrative || illustrativeParameters;
        City = city;
        Wijken = wijken;
        Models = models;
        PopulationShare = populationShare;
        NeedFactor = needFactor;
    }

    /// <summary>The city model every wijk model derives from.</summary>
    public ModelDefinition City { get; }
    /// <summary>True when the wijk file, the per-wijk parameters or the need model's figures say they are illustrative.</summary>
    public bool IsIllustrative => _illustrative || Need?.IsIllustrative == true || Migration?.IsIllustrative == true;
    private readonly bool _illustrative;
    /// <summary>The per-wijk parameter file used, or null.</summary>
    public string? WijkParameterFile { get; }
    /// <summary>The wijken of the wijk file (or <see cref="WijkSet.WholeCity"/>).</summary>
    public WijkSet Wijken { get; }
    /// <summary>One model per wijk, in the order of <see cref="WijkSet.Wijken"/>.</summary>
    public IReadOnlyList<ModelDefinition> Models { get; }
    /// <summary>Each wijk's share of the inhabitants.</summary>
    public IReadOnlyList<double> PopulationShare { get; }
    /// <summary>Each wijk's need factor after normalisation (population-weighted mean 1).</summary>
    public IReadOnlyList<double> NeedFactor { get; }

    /// <summary>Moves between the wijken (<see cref="WijkMigration"/>), or null: nobody moves between wijken.</summary>
    public WijkMigration? Migration { get; private set; }

    /// <summary>The same wijk model with people moving between the wijken as <paramref name="migration"/> says (null = nobody moves).</summary>
    public WijkModel WithMigration(WijkMigration? migration)
    {
        if (migration is not null && (Wijken.IsWholeCity || migration.Wijken != Wijken.Count || migration.Bands != City.Bands.Count))
            throw new ArgumentException("a migration matrix needs the wijken and age bands of this model", nameof(migration));
        var copy = (WijkModel)MemberwiseClone();
        copy.Migration = migration;
        return copy;
    }

    /// <summary>Dutch warnings about the wijk file itself, found when it was loaded (e.g. its inhabitants differ from the
    /// model's population by more than <c>WijkModel.Load</c>'s tolerance); each compiled scenario carries them in
    /// <see cref="WijkScenario.Warnings"/>, so the report shows them.</summary>
    public IReadOnlyList<DataError> LoadWarnings { get; internal set; } = [];

    /// <summary>The need model that set <see cref="NeedFactor"/> (<c>WijkModel.Load</c> with an indicator file), or null.</summary>
    public NeedModelResult? Need { get; internal set; }
    /// <summary>The indicator file the need model learned from, or null.</summary>
    public string? NeedFile { get; internal set; }

    /// <summary>Builds the wijk models. <paramref name="needFactor"/>: wijk code → relative need (e.g.
    /// <see cref="NeedModelResult.NeedFactor"/>); missing wijken get 1.</summary>
    /// <param name="city">The city model every wijk model derives from.</param>
    /// <param name="wijken">The wijken (<see cref="WijkSet.WholeCity"/> gives the city model itself).</param>
    /// <param name="needFactor">Wijk code → relative need; null = 1 everywhere.</param>
    /// <param name="wijkParameters">Per-wijk parameter values (<c>WijkParameterFile.Read</c>); null = none.</param>
    /// <param name="wijkParameterFile">The file they came from (named in errors).</param>
    public static WijkModel Build(ModelDefinition city, WijkSet wijken, IReadOnlyDictionary<string, double>? needFactor = null,
        IReadOnlyList<WijkParameter>? wijkParameters = null, string? wijkParameterFile = null)
    {
        if (wijken.IsWholeCity) return new WijkModel(city, wijken, [city], [1.0], [1.0]);
        wijkParameters ??= [];
        var parameters = wijkParameters.Count == 0 ? city.Parameters : new Parameters.ParameterSet(city.Parameters.All.Concat(wijkParameters.Select(p => p.Parameter)));
        var own = Enumerable.Range(0, wijken.Count).Select(_ => new Dictionary<int, int>()).ToArray();
        for (var k = 0; k < wijkParameters.Count; k++) own[wijkParameters[k].Wijk][wijkParameters[k].BaseIndex] = city.Parameters.Count + k;
        var n = wijken.Count;
        var total = wijken.TotalInhabitants;
        var s = wijken.Wijken.Select(w => w.Inhabitants / total).ToArray();
        double Mean(Func<Wijk, double?> f) =>
            wijken.Wijken.Where(w => f(w) is not null) is var known && known.Any() ? known.Sum(w => w.Inhabitants * f(w)!.Value) / known.Sum(w => w.Inhabitants) : double.NaN;
        var youthMean = Mean(w => w.YouthShare);
        var elderlyMean = Mean(w => w.ElderlyShare);
        double G(Wijk w, AgeBand b)
        {
            if (double.IsNaN(youthMean)) return 1;
            var y = w.YouthShare ?? youthMean;
            var o = w.ElderlyShare ?? elderlyMean;
            return IsYouth(b) ? y : IsElderly(b) ? o : 1 - y - o;
        }
        var bandShare = new double[n, city.Bands.Count];
        foreach (var b in city.Bands)
        {
            var denom = Enumerable.Range(0, n).Sum(i => s[i] * G(wijken.Wijken[i], b));
            for (var i = 0; i < n; i++) bandShare[i, (int)b] = s[i] * G(wijken.Wijken[i], b) / denom;
        }
        var raw = wijken.Wijken.Select(w => needFactor is not null && needFactor.TryGetValue(w.Code, out var f) ? f : 1.0).ToArray();
        var meanNeed = Enumerable.Range(0, n).Sum(i => s[i] * raw[i]);
        var need = raw.Select(f => f / meanNeed).ToArray();

        var states = city.States;
        bool IsNeedInflow(int from, int to) => states[from].Tier == NeedTier.Zelfredzaam && states[to].Tier is NeedTier.Tijdelijk or NeedTier.Blijvend;
        var models = new List<ModelDefinition>();
        for (var i = 0; i < n; i++)
        {
            var f = need[i];
            var k = i;
            var map = own[i];
            Parameters.ValueExpression R(Parameters.ValueExpression e) => map.Count == 0 ? e : e.Remap(x => map.TryGetValue(x, out var y) ? y : x);
            var demography = city.Demography.Select(d => d with { Inhabitants = R(d.Inhabitants).Affine(0, bandShare[k, (int)d.Band]), NetMigration = R(d.NetMigration) }).ToList();
            var starts = city.StartShares.Select(x => states[x.State].Tier switch
            {
                NeedTier.Zelfredzaam => x with { Share = R(x.Share).Affine(1 - f, f) },
                NeedTier.Tijdelijk or NeedTier.Blijvend => x with { Share = R(x.Share).Affine(0, f) },
                _ => x with { Share = R(x.Share) },
            }).ToList();
            var rules = city.Transitions.Select(r => r with { Probability = IsNeedInflow(r.From, r.To) ? R(r.Probability).Affine(0, f) : R(r.Probability) }).ToList();
            var costs = city.Costs.Select(c => c with { AmountPerPerson = R(c.AmountPerPerson) }).ToList();
            var transitionCosts = city.TransitionCosts.Select(c => c with { AmountPerPerson = R(c.AmountPerPerson) }).ToList();
            if (map.Count > 0) Check(wijken.Wijken[i], parameters, states, starts, rules, wijkParameterFile ?? "wijkparameters");
            models.Add(new ModelDefinition(parameters, states, demography, R(city.BirthRate), starts, rules, costs, city.Payers, city.SourceDirectory,
                transitionCosts, city.Correlations));
        }
        var illustrative = wijkParameters.Any(p => $"{p.Parameter.Source} {p.Parameter.Note}".Contains("illustratief", StringComparison.OrdinalIgnoreCase));
        return new WijkModel(city, wijken, models, s, need, wijkParameters.Count > 0 ? wijkParameterFile : null, illustrative);
    }

    /// <summary>With a wijk's own parameter values its start shares must still sum to 1 per band and no state's outflows
    /// may exceed 1 (base-case values), as for the city model.</summary>
    private static void Check(Wijk wijk, Parameters.ParameterSet parameters, IReadOnlyList<ModelState> states, IReadOnlyList<StartShare> starts,
        IReadOnlyList<Transitions.TransitionRule> rules, string file)
    {
        var vector = parameters.DefaultVector();
        var errors = new ErrorCollector(file);
        foreach (var band in starts.Select(x => x.Band).Distinct())
        {
            var sum = starts.Where(x => x.Band == band).Sum(x => x.Share.Evaluate(vector));
            if (Math.Abs(sum - 1) > 1e-6)
                errors.Add(null, "waarde", wijk.Name, $"met de waarden van wijk {wijk.Name} tellen de startaandelen van leeftijdsgroep {band.Code} op tot {sum:0.####}, niet tot 1");
        }
        Transitions.OutflowCheck.CheckOutflows(errors, rules, states, vector);
        errors.ThrowIfAny();
    }

    /// <summary>Compiles <paramref name="scenario"/> per wijk (see the class remarks for how interventions are split),
    /// and once on the city model for the city view (<see cref="WijkScenario.City"/>).
    /// <para><b>Whom a wijk-targeted intervention reaches</b> (<c>wijken: [...]</c>), one definition for both views: with
    /// a wijk file it reaches <c>bereik</c> of the inhabitants (of its target bands) of the named wijken, and nobody
    /// elsewhere; the scenario's <c>wijkaandeel</c> is then replaced by the named wijken's share of the inhabitants in
    /// the wijk file (a Dutch warning in <see cref="WijkScenario.Warnings"/> when the scenario's value differs from it
    /// by more than a tenth). Without a wijk file the named wijken are unknown, so <c>wijkaandeel</c> stands for their
    /// share: the intervention reaches <c>wijkaandeel × bereik</c> of the whole city, spread evenly. The city-only run is
    /// the special case of one wijk holding the whole city (<see cref="WijkSet.WholeCity"/>, or a wijk file with one
    /// wijk named by the scenario and <c>wijkaandeel</c> 1): it gives exactly the same numbers.</para>
    /// </summary>
    /// <exception cref="DataValidationException">An intervention names a wijk the wijk file does not have.</exception>
    public WijkScenario Compile(Scenario scenario)
    {
        var all = Enumerable.Range(0, scenario.Interventions.Count).ToArray();
        if (Wijken.IsWholeCity)
        {
            var only = CompiledScenario.Compile(City, scenario);
            return new WijkScenario(this, scenario, [only], [all], only, []);
        }
        var errors = new ErrorCollector(scenario.File ?? scenario.Name);
        foreach (var iv in scenario.Interventions)
            foreach (var name in iv.Wijken.Where(x => Wijken.IndexOf(x) < 0))
                errors.Add(null, $"interventies[{iv.Name}].wijken", name, Wijken.UnknownMessage(name) + $" ({Wijken.File})");
        errors.ThrowIfAny();
        var compiled = new List<CompiledScenario>();
        var index = new List<int[]>();
        for (var i = 0; i < Wijken.Count; i++)
        {
            var here = new List<Intervention>();
            var map = new List<int>();
            for (var k = 0; k < scenario.Interventions.Count; k++)
            {
                var iv = scenario.Interventions[k];
                if (iv.Wijken.Count == 0) { here.Add(ScaleCosts(iv, PopulationShare[i])); map.Add(k); continue; }
                var targets = Targets(iv);
                if (!targets.Contains(i)) continue;
                var share = PopulationShare[i] / targets.Sum(t => PopulationShare[t]);
                here.Add(ScaleCosts(iv, share) with { NeighbourhoodShare = new SourcedValue(Parameters.ValueExpression.Of(1), "de hele wijk (wijken: in het scenario)", false) });
                map.Add(k);
            }
            compiled.Add(CompiledScenario.Compile(Models[i], scenario with { Interventions = here }));
            index.Add([.. map]);
        }
        var city = CompiledScenario.Compile(City, scenario with
        {
            Interventions = scenario.Interventions.Select(iv => iv.Wijken.Count == 0 ? iv : iv with { NeighbourhoodShare = TargetShare(iv) }).ToList(),
        });
        return new WijkScenario(this, scenario, compiled, index, city, [.. LoadWarnings, .. ShareWarnings(scenario)]);
    }

    private List<int> Targets(Intervention iv) => iv.Wijken.Select(Wijken.IndexOf).Distinct().ToList();

    /// <summary>The named wijken's share of the inhabitants in the wijk file: the wijkaandeel of a targeted intervention.</summary>
    private SourcedValue TargetShare(Intervention iv) =>
        new(Parameters.ValueExpression.Of(Targets(iv).Sum(t => PopulationShare[t])),
            $"aandeel inwoners van {string.Join(" en ", Targets(iv).Select(t => Wijken.Wijken[t].Name))} in {Path.GetFileName(Wijken.File ?? "")}", false);

    /// <summary>A warning for each targeted intervention whose stated <c>wijkaandeel</c> (at its point value) differs by
    /// more than a tenth (relative) from the named wijken's share in the wijk file, which the model uses instead.</summary>
    private List<DataError> ShareWarnings(Scenario scenario)
    {
        var vector = City.Parameters.DefaultVector();
        var warnings = new List<DataError>();
        foreach (var iv in scenario.Interventions.Where(iv => iv.Wijken.Count > 0 && !ReferenceEquals(iv.NeighbourhoodShare, SourcedValue.One)))
        {
            var stated = iv.NeighbourhoodShare.Expression.Evaluate(vector);
            var share = TargetShare(iv).Expression.Evaluate(vector);
            if (Math.Abs(stated - share) <= 0.1 * share) continue;
            var names = string.Join(" en ", Targets(iv).Select(t => Wijken.Wijken[t].Name));
            warnings.Add(new DataError(scenario.File ?? scenario.Name, null, $"interventies[{iv.Name}].wijkaandeel",
                $"{iv.NeighbourhoodShare.Expression.Text} = {DutchFormat.Percent(stated, 1)}",
                $"het wijkaandeel van '{iv.Name}' ({DutchFormat.Percent(stated, 1)}) wijkt meer dan een tiende af van het aandeel inwoners van {names} " +
                $"in het wijkbestand {Path.GetFileName(Wijken.File ?? "")} ({DutchFormat.Percent(share, 1)}); met dit wijkbestand rekent het model met " +
                $"{DutchFormat.Percent(share, 1)}: het bereik geldt voor alle inwoners van die wijken (zonder wijkbestand: wijkaandeel × bereik van de hele stad)"));
        }
        return warnings;
    }

    private static Intervention ScaleCosts(Intervention iv, double share) =>
        share == 1 ? iv : iv with { Costs = iv.Costs.Select(c => c with { AmountPerYear = c.AmountPerYear with { Expression = c.AmountPerYear.Expression.Affine(0, share) } }).ToList() };
}
