using Preventie.Analytics.Formatting;
using Preventie.Analytics.Quantities;
using Preventie.Analytics.Timeline;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Optimisation;

/// <summary>Settings of a portfolio optimisation (see <see cref="PortfolioOptimiser"/>).</summary>
public sealed record OptimisationOptions
{
    /// <summary>Yearly municipal budget for the activities (euro); null = what the current portfolio costs.</summary>
    public Money? Budget { get; init; }

    /// <summary>Extra yearly sum moved from maatwerk to prevention, added to the budget (euro).</summary>
    public Money ShiftFromMaatwerk { get; init; }

    /// <summary>What the portfolio maximises (default: the discounted net benefit of all payers).</summary>
    public PortfolioObjective Objective { get; init; } = PortfolioObjective.NetBenefitAllPayers;

    /// <summary>Minimum probability that the municipality breaks even (against the current portfolio) by the end of the
    /// council term; 0 = no constraint.</summary>
    public Probability MinBreakEvenProbability { get; init; }

    /// <summary>Floors on the expected discounted net benefit (against the current portfolio) per payer group
    /// (row index in the model's <see cref="Costs.PayerRows"/>).</summary>
    public IReadOnlyDictionary<int, Money> PayerFloors { get; init; } = new Dictionary<int, Money>();

    /// <summary>Activities that must stay funded (scale at least 1, or their maximum when that is lower).</summary>
    public IReadOnlyList<string> MustFund { get; init; } = [];

    /// <summary>True: legal tasks (<see cref="Portfolio.Candidate.LegalTask"/>) may be scaled down or stopped like any other
    /// activity. Default false: they stay at least at their current scale (CLI <c>--wettelijke-taken-mogen-stoppen</c>).</summary>
    public bool AllowStoppingLegalTasks { get; init; }

    /// <summary>Maximum scale per activity, overriding the data.</summary>
    public IReadOnlyDictionary<string, double> MaxScale { get; init; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);

    /// <summary>True: every activity on or off (scale 0 or 1).</summary>
    public bool OnOffOnly { get; init; }

    /// <summary>Step between the scales the optimiser considers (default ½: 0, ½, 1, 1½, 2).</summary>
    public double ScaleStep { get; init; } = 0.5;

    /// <summary>PSA draws (sample average approximation and the evaluation), default 1,000.</summary>
    public int Draws { get; init; } = 1000;

    /// <summary>The seed of the PSA draws: same seed, same draws as the other analyses.</summary>
    public ulong Seed { get; init; } = PsaOptions.DefaultSeed;

    /// <summary>Worker threads (0 = all); does not change the results.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>Budgets of the efficient frontier; empty = 10 budgets from 0 to twice the chosen budget.</summary>
    public IReadOnlyList<Money> FrontierBudgets { get; init; } = [];

    /// <summary>Number of frontier budgets when <see cref="FrontierBudgets"/> is empty (0 = no frontier).</summary>
    public int FrontierPoints { get; init; } = 10;

    /// <summary>Scale increase used for the marginal return of one more euro (default 0,1).</summary>
    public double MarginalStep { get; init; } = 0.1;

    /// <summary>Time limit of the solver per solve.</summary>
    public TimeSpan SolverTimeLimit { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>First and last year of the council term (break-even constraint).</summary>
    public CalendarYear CouncilTermStart { get; init; } = new(2026);
    /// <summary>Last year of the council term (break-even constraint).</summary>
    public CalendarYear CouncilTermEnd { get; init; } = new(2030);

    /// <summary>Compute the EVPPI (default true).</summary>
    public bool ComputeEvppi { get; init; } = true;

    /// <summary>Dutch messages for invalid settings.</summary>
    public IEnumerable<string> Validate()
    {
        if (Budget is { } b && b < Money.Zero) yield return "het budget moet een bedrag ≥ 0 zijn";
        if (CouncilTermEnd < CouncilTermStart) yield return "de raadsperiode eindigt vóór ze begint";
        if (Draws < 10 || Draws > PsaOptions.MaxDraws) yield return $"het aantal trekkingen moet tussen 10 en {DutchFormat.Number(PsaOptions.MaxDraws)} liggen";
        if (ScaleStep <= 0 || ScaleStep > 10) yield return "de stap tussen schalen moet tussen 0 en 10 liggen";
        if (FrontierPoints < 0 || FrontierPoints > 50) yield return "het aantal punten van de grens moet tussen 0 en 50 liggen";
        foreach (var (name, max) in MaxScale)
            if (max < 0 || max > 10) yield return $"maximale schaal van '{name}' moet tussen 0 en 10 liggen";
    }
}
