using Preventie.Analytics.Formatting;
using System.Net;
using System.Text;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.States;

namespace Preventie.Analytics.Wijken;

/// <summary>The outcome of a scenario against its comparator in one wijk (or, for the total row, the city).</summary>
/// <param name="Wijk">Wijk name ("heel Deventer" for the total).</param>
/// <param name="Inhabitants">Living inhabitants at the start.</param>
/// <param name="InvestmentDiscounted">Extra intervention costs, all payers, discounted.</param>
/// <param name="SavingsDiscounted">Lower care costs, all payers, discounted.</param>
/// <param name="NetMunicipality">Net benefit of the municipality (its four budgets), discounted.</param>
/// <param name="NetTotal">Net benefit of all payers, discounted.</param>
/// <param name="SelfReliantYearsGained">Extra self-reliant person-years over the horizon.</param>
/// <param name="IndicatedScenario">Residents in indicated care (maatwerk) at the end of the horizon, scenario.</param>
/// <param name="IndicatedComparator">The same in the comparator.</param>
public sealed record WijkOutcome(string Wijk, double Inhabitants, double InvestmentDiscounted, double SavingsDiscounted,
    double NetMunicipality, double NetTotal, double SelfReliantYearsGained, double IndicatedScenario, double IndicatedComparator);

/// <summary>
/// A scenario against its comparator per wijk and for the city: one <see cref="ScenarioComparison"/> per wijk (the
/// same computation as for the city model), the city row = the sum over the wijken. Counts of people per wijk below 10
/// are suppressed in every rendering (<see cref="SmallCountSuppression"/>); a difference of counts only shows when
/// both counts may be shown and the difference itself is not a small count (1-9 people either way).
/// </summary>
public sealed class WijkComparison
{
    private WijkComparison(WijkModel model, IReadOnlyList<ScenarioComparison> perWijk, IReadOnlyList<WijkOutcome> rows, WijkOutcome city,
        IReadOnlyList<WijkOutcomeUncertainty>? uncertainty, int draws, ulong seed, ScenarioComparison cityComparison, IReadOnlyList<Input.DataError> warnings)
    {
        CityComparison = cityComparison;
        Warnings = warnings;
        Uncertainty = uncertainty;
        Draws = draws;
        Seed = seed;
        Model = model;
        PerWijk = perWijk;
        Rows = rows;
        City = city;
    }

    public WijkModel Model { get; }
    public IReadOnlyList<ScenarioComparison> PerWijk { get; }
    /// <summary>One row per wijk, in the order of the wijk file.</summary>
    public IReadOnlyList<WijkOutcome> Rows { get; }
    /// <summary>The city ("heel Deventer"): the row of <see cref="CityComparison"/>, i.e. the sums over the wijken.</summary>
    public WijkOutcome City { get; }

    /// <summary>The city's comparison, built from the sums over the wijken (<see cref="WijkScenario.SumOverWijken"/>) of
    /// both scenarios: with a wijk file these are THE city figures of every output (headline, tables, charts, JSON, CSV,
    /// xlsx), equal to the "heel Deventer" row. Its scenario and comparator are compiled on the city model
    /// (<see cref="WijkScenario.City"/>). Without a wijk file it is exactly the city model's comparison.</summary>
    public ScenarioComparison CityComparison { get; }

    /// <summary>Dutch warnings of splitting the scenario and comparator over the wijken (<see cref="WijkScenario.Warnings"/>).</summary>
    public IReadOnlyList<Input.DataError> Warnings { get; }
    /// <summary>The PSA per wijk (wijk order, then the city), or null when none was asked.</summary>
    public IReadOnlyList<WijkOutcomeUncertainty>? Uncertainty { get; }
    public int Draws { get; }
    public ulong Seed { get; }
    public string ScenarioName => PerWijk[0].Scenario.ScenarioName;
    public string ComparatorName => PerWijk[0].Comparator.ScenarioName;
    public bool IsIllustrative => Model.IsIllustrative;

    /// <summary>The wijk file (full path), or null for the model without one.</summary>
    public string? InputFile => Model.Wijken.File is { } f ? Path.GetFullPath(f) : null;

    /// <summary>The wijk parameter file used (full path), or null.</summary>
    public string? ParameterInputFile => Model.WijkParameterFile is { } f ? Path.GetFullPath(f) : null;

    /// <summary>The migration file (full path), or null when nobody moves between wijken.</summary>
    public string? MigrationInputFile => Model.Migration?.File is { } f && File.Exists(f) ? Path.GetFullPath(f) : null;

    /// <summary>The indicator file of the need model (full path), or null.</summary>
    public string? NeedInputFile => Model.NeedFile is { } f ? Path.GetFullPath(f) : null;

    /// <summary>Dutch sentence on where each wijk's need comes from: the need model with its cross-validated error, or the
    /// city's need in every wijk; null for the model without wijken.</summary>
    public string? NeedNote()
    {
        if (Model.Wijken.IsWholeCity) return null;
        if (Model.Need is not { } need) return "De behoefte per wijk is die van de stad (geen wijkcijfers gegeven); alleen inwonertal en leeftijdsopbouw verschillen.";
        var missing = need.WithoutData(Model.Wijken);
        return $"De behoefte per wijk komt uit het behoeftemodel ({need.ChosenLearner}, gekozen met kruisvalidatie; gekruisvalideerde fout " +
               $"{DutchFormat.Number(need.Chosen.Rmse, 1)} per 1.000 inwoners bij een stadsgemiddelde van {DutchFormat.Number(need.CityRate, 1)}), " +
               $"geleerd uit {need.Options.Target} in {DutchFormat.Number(need.Rows)} gebieden van {Path.GetFileName(Model.NeedFile)}: " +
               "de verwachte behoefte van een wijk ten opzichte van de stad schaalt haar instroom in ondersteuning en haar startverdeling (kolom 'behoefte')." +
               (missing.Count > 0 ? $" Zonder cijfers, dus met de behoefte van de stad: {string.Join(", ", missing.Select(w => w.Name))}." : "") +
               (need.IsIllustrative ? " De wijkcijfers voor het behoeftemodel zijn illustratief, geen echte Deventer-cijfers." : "");
    }

    /// <summary>Loads the wijk model (<see cref="WijkModel.Load"/>: the model in <paramref name="modelDirectory"/>, the wijk
    /// file with <c>wijkparameters.csv</c> beside it when present and, with <paramref name="indicatorFile"/>, the need per
    /// wijk from the need model) and both scenarios, and compares them per wijk on the base-case vector.</summary>
    /// <exception cref="Input.DataValidationException">Bad input (Dutch messages naming file, row and field).</exception>
    /// <param name="modelDirectory">The model folder (e.g. <c>data/parameters</c>).</param>
    /// <param name="scenarioFile">The scenario's YAML file.</param>
    /// <param name="comparatorFile">The comparator's YAML file (e.g. <c>basis.yaml</c>).</param>
    /// <param name="wijkFile">The wijk file (<see cref="WijkFile"/>).</param>
    /// <param name="psaDraws">Draws for the uncertainty per wijk (null = none).</param>
    /// <param name="seed">Seed of those draws.</param>
    /// <param name="indicatorFile">Wijk or buurt figures in the monitor layout for the need model; null = the city's need in every wijk.</param>
    public static WijkComparison Load(string modelDirectory, string scenarioFile, string comparatorFile, string wijkFile, int? psaDraws = null, ulong seed = 20240101,
        string? indicatorFile = null) =>
        Load(WijkModel.Load(modelDirectory, wijkFile, indicatorFile), scenarioFile, comparatorFile, psaDraws, seed);

    /// <summary>Compares two scenario files per wijk on an already loaded wijk model (e.g. once for all pilots of a batch).</summary>
    public static WijkComparison Load(WijkModel wijken, string scenarioFile, string comparatorFile, int? psaDraws = null, ulong seed = 20240101) =>
        Create(wijken.Compile(Scenarios.ScenarioFile.Load(scenarioFile, wijken.City)), wijken.Compile(Scenarios.ScenarioFile.Load(comparatorFile, wijken.City)), psaDraws, seed);

    /// <summary>Runs <paramref name="scenario"/> and <paramref name="comparator"/> (compiled on the same wijk model) on
    /// the base-case vector and compares them per wijk and, on the sums over the wijken, for the city
    /// (<see cref="CityComparison"/>).</summary>
    /// <param name="scenario">The scenario per wijk.</param>
    /// <param name="comparator">The comparator per wijk, compiled on the same wijk model.</param>
    /// <param name="psaDraws">Draws for the uncertainty per wijk (<see cref="WijkUncertainty"/>); null = none.</param>
    /// <param name="seed">Seed of those draws.</param>
    public static WijkComparison Create(WijkScenario scenario, WijkScenario comparator, int? psaDraws = null, ulong seed = 20240101)
    {
        if (!ReferenceEquals(scenario.Model, comparator.Model)) throw new ArgumentException("scenario and comparator must be compiled on the same wijk model");
        var s = scenario.RunWithTrace();
        var c = comparator.RunWithTrace();
        var comparisons = s.Zip(c, ScenarioComparison.Create).ToList();
        var rows = comparisons.Select((cmp, i) => Outcome(scenario.Model.Wijken.Wijken[i].Name, cmp)).ToList();
        var cityComparison = ScenarioComparison.Create(scenario.SumOverWijken(s), comparator.SumOverWijken(c));
        var city = Outcome(WijkSet.WholeCityName, cityComparison);
        var uncertainty = psaDraws is { } n ? WijkUncertainty.Run(scenario, comparator, n, seed) : null;
        return new WijkComparison(scenario.Model, comparisons, rows, city, uncertainty, psaDraws ?? 0, seed, cityComparison,
            [.. scenario.Warnings, .. comparator.Warnings]);
    }

    private static WijkOutcome Outcome(string name, ScenarioComparison cmp)
    {
        double Indicated(SimulationResult r) =>
            Enumerable.Range(0, r.States.Count).Where(k => r.States[k].Route == SupportRoute.Maatwerk).Sum(k => r.Count(r.Cycles, k));
        return new WijkOutcome(name, cmp.Scenario.LivingPopulation(0), cmp.Total.InvestmentDiscounted, cmp.Total.SavingsDiscounted,
            cmp.Gemeente.NetBenefitDiscounted, cmp.Total.NetBenefitDiscounted, cmp.SelfReliantYearsGained, Indicated(cmp.Scenario), Indicated(cmp.Comparator));
    }

    /// <summary>Bar chart per wijk: discounted net benefit for the municipality and for all payers.</summary>
    public Figure Chart()
    {
        var names = Rows.Select(r => r.Wijk).ToArray();
        var years = PerWijk[0].Years;
        var fig = Charts.Chart.Combine(
                Charts.Chart.Bar(names, Rows.Select(r => r.NetMunicipality), name: "Gemeente", color: ChartPalette.Investment),
                Charts.Chart.Bar(names, Rows.Select(r => r.NetTotal), name: "Alle betalers", color: ChartPalette.Net))
            .WithTitle($"Netto baten per wijk (contante waarde {years[0]}–{years[^1]}){(IsIllustrative ? " — illustratieve wijkcijfers" : "")}")
            .WithBarMode(BarMode.Group)
            .WithYAxis("Netto baten", tickFormat: ",.0f", tickPrefix: "€ ")
            .WithLegend(horizontal: true);
        return fig;
    }

    /// <summary>The table per wijk plus the city row, with small counts suppressed.</summary>
    public ReportTable Table(SmallCountSuppression? suppression = null)
    {
        var sup = suppression ?? SmallCountSuppression.Default;
        string[] header = ["wijk", "inwoners", "investering (contant)", "vermeden zorgkosten (contant)", "netto gemeente", "netto alle betalers", "zelfredzame levensjaren", "maatwerk eind (scenario)", "maatwerk eind (vergelijking)", "verschil maatwerk"];
        var need = Model.Need is not null;
        if (need) header = [.. header, "behoefte (stad = 1)"];
        if (Uncertainty is not null) header = [.. header, "90%-interval netto alle betalers", "kans netto alle betalers > 0"];
        var t = new ReportTable(
            $"Effect per wijk: {ScenarioName} tegenover {ComparatorName}{(IsIllustrative ? " (illustratieve wijkcijfers)" : "")}" +
            (Uncertainty is null ? "" : $"; onzekerheid over {DutchFormat.Number(Draws)} trekkingen (seed {Seed})"), header);
        ReportCell Count(double? v) => sup.Apply(v) is { Value: { } shown } ? ReportCell.Number(shown) : sup.Apply(v).Text!;
        var all = Rows.Append(City).ToList();
        for (var i = 0; i < all.Count; i++)
        {
            var r = all[i];
            List<ReportCell> cells = [r.Wijk, Count(r.Inhabitants), ReportCell.Euro(r.InvestmentDiscounted), ReportCell.Euro(r.SavingsDiscounted),
                ReportCell.Euro(r.NetMunicipality), ReportCell.Euro(r.NetTotal), ReportCell.Number(r.SelfReliantYearsGained),
                Count(r.IndicatedScenario), Count(r.IndicatedComparator),
                sup.Difference(r.IndicatedScenario, r.IndicatedComparator) is { } d && !sup.Hides(Math.Abs(d)) ? ReportCell.Number(d) : sup.SmallText];
            if (need) cells.Add(i < Rows.Count ? ReportCell.Number(Model.NeedFactor[i], 2) : ReportCell.Number(1, 2));
            if (Uncertainty is { } u)
            {
                cells.Add($"{DutchFormat.EuroCompact(u[i].NetTotal.P05)} tot {DutchFormat.EuroCompact(u[i].NetTotal.P95)}");
                cells.Add(ReportCell.Percent(u[i].ProbabilityPositive, 0));
            }
            t = t.WithRow([.. cells]);
        }
        return t;
    }

    /// <summary>The council-report section: what the wijk results mean, the table (small counts suppressed) and the chart.</summary>
    public ReportSection Section()
    {
        var vector = CityComparison.Scenario.Compiled.Model.Parameters.DefaultVector();
        var targeted = new[] { CityComparison.Scenario, CityComparison.Comparator }.SelectMany(r => r.Compiled.Scenario.Interventions).Where(i => i.Wijken.Count > 0)
            .Select(i => $"'{i.Name}' werkt alleen in {string.Join(" en ", i.Wijken)} en bereikt daar {DutchFormat.Percent(i.Reach.Expression.Evaluate(vector), 0)} van de doelgroep").Distinct().ToList();
        var best = Rows.OrderByDescending(r => r.NetTotal).First();
        var section = new ReportSection("Per wijk");
        if (IsIllustrative) section = section.WithParagraph(WijkSet.IllustrativeNote);
        if (NeedNote() is { } needNote) section = section.WithParagraph(needNote);
        section = section.WithParagraph(
            $"Het model rekent per wijk ({Rows.Count} wijken uit {Path.GetFileName(Model.Wijken.File ?? "")}); de stad is de som van de wijken, " +
            "en alle stadscijfers in dit rapport zijn die som. " +
            (targeted.Count > 0 ? string.Join("; ", targeted) + ", en nergens anders. " + string.Concat(Warnings.Select(w => $"Let op: {w.Message}. "))
                : "Alle interventies werken in de hele stad; hun kosten zijn naar inwonertal over de wijken verdeeld. ") +
            $"De grootste netto baat voor alle betalers samen ligt in {best.Wijk} ({DutchFormat.EuroCompact(best.NetTotal)} contant). " +
            (Model.Migration is { } migration ? migration.Note(Model.Wijken) + " " : "Inwoners verhuizen in het model niet tussen wijken. ") +
            "Aantallen personen onder de 10 per wijk worden niet getoond (<10).");
        return section.WithTable(Table()).WithFigure(Chart(), "Netto baten per wijk, contante waarde; de stad is de som van de wijken.");
    }

    /// <summary>The wijk file as a data source, saying when its figures are illustrative.</summary>
    public ReportDataSource DataSource() =>
        new("Wijkbestand", $"{Model.Wijken.Count} wijken, {DutchFormat.Number(Model.Wijken.TotalInhabitants)} inwoners" + (IsIllustrative ? "; illustratief, geen echte Deventer-cijfers" : "") +
            (Model.NeedFile is { } needFile ? $"; behoefte per wijk uit het behoeftemodel op {Path.GetFileName(needFile)}" : ""),
            Model.Wijken.File is { } f ? Path.GetFileName(f) : null);

    public string ToHtml()
    {
        var h = new StringBuilder();
        h.Append("<section class=\"wijken\"><h2>Per wijk</h2>");
        if (IsIllustrative) h.Append("<p><strong>").Append(WebUtility.HtmlEncode(WijkSet.IllustrativeNote)).Append("</strong></p>");
        if (NeedNote() is { } needNote) h.Append("<p>").Append(WebUtility.HtmlEncode(needNote)).Append("</p>");
        h.Append(Table().ToHtml()).Append(Chart().ToHtml()).Append("</section>");
        return h.ToString();
    }
}
