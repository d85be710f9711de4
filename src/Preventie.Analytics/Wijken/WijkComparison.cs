using Preventie.Analytics.Formatting;
using Preventie.Analytics.Costs;
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

    /// <summary>The wijk model both scenarios were split over.</summary>
    public WijkModel Model { get; }
    /// <summary>One comparison per wijk, in the order of the wijk file.</summary>
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
    /// <summary>The number of PSA draws per wijk (0 when no uncertainty was asked).</summary>
    public int Draws { get; }
    /// <summary>The seed of the PSA draws per wijk.</summary>
    public ulong Seed { get; }
    /// <summary>The name of the scenario.</summary>
    public string ScenarioName => PerWijk[0].Scenario.ScenarioName;
    /// <summary>The name of the comparator.</summary>
    public string ComparatorName => PerWijk[0].Comparator.ScenarioName;
    /// <summary>True when the wijk figures, per-wijk parameters or need model are illustrative; every output must say so.</summary>
    public bool IsIllustrative => Model.IsIllustrative;

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
            [.. scenario.Warnings, .. comparator.Warnings.Where(w => !scenario.Warnings.Contains(w))]);
    }

    private static WijkOutcome Outcome(string name, ScenarioComparison cmp)
    {
        double Indicated(SimulationResult r) =>
            Enumerable.Range(0, r.States.Count).Where(k => r.States[k].Route == SupportRoute.Maatwerk).Sum(k => r.Count(r.Cycles, k));
        return new WijkOutcome(name, cmp.Scenario.LivingPopulation(0), cmp.Total.InvestmentDiscounted, cmp.Total.SavingsDiscounted,
            cmp.Gemeente.NetBenefitDiscounted, cmp.Total.NetBenefitDiscounted, cmp.SelfReliantYearsGained, Indicated(cmp.Scenario), Indicated(cmp.Comparator));
    }

}
