
using Preventie.Analytics.Costs;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// The result of a <see cref="ProbabilisticAnalysis"/>: per payer group the mean and 90% interval of the discounted
/// net benefit and of each year's nominal net benefit, the probability of a positive net benefit, the acceptability
/// and EVPI curves, and the probability that the group has broken even by the end of the council term; plus the
/// zelfredzame life-years gained.
/// </summary>
[Display.TypeFormatterSource]
public sealed class PsaResult
{
    /// <summary>Assembles a PSA result; <paramref name="cloud"/> holds the stored draws for scatter plots (none when null).</summary>
    public PsaResult(string scenarioName, string? comparatorName, CalendarYear startYear, int cycles, PsaOptions options, double discountRate,
        PayerRows rows, IReadOnlyList<PayerUncertainty> groups, OutcomeSummary selfReliantYearsGained, IReadOnlyList<string> uncertainParameters,
        IReadOnlyList<PsaDraw>? cloud = null)
    {
        Rows = rows;
        Cloud = cloud ?? [];
        ScenarioName = scenarioName;
        ComparatorName = comparatorName;
        StartYear = startYear;
        Cycles = cycles;
        Options = options;
        DiscountRate = discountRate;
        Groups = groups;
        SelfReliantYearsGained = selfReliantYearsGained;
        UncertainParameters = uncertainParameters;
    }

    /// <summary>The name of the scenario analysed.</summary>
    public string ScenarioName { get; }
    /// <summary>The comparator's name, or null for a PSA of the scenario on its own (absolute totals).</summary>
    public string? ComparatorName { get; }

    /// <summary>True when the scenario was compared with a comparator.</summary>
    public bool HasComparator => ComparatorName is not null;
    /// <summary>Calendar year of cycle 1.</summary>
    public CalendarYear StartYear { get; }
    /// <summary>The number of yearly cycles of the horizon.</summary>
    public int Cycles { get; }
    /// <summary>The settings of the run (draws, seed, λ grid, threads…).</summary>
    public PsaOptions Options { get; }
    /// <summary>The number of draws.</summary>
    public int Draws => Options.Draws;
    /// <summary>The seed the draws were made with: same seed, same draws.</summary>
    public ulong Seed => Options.Seed;

    /// <summary>The discount rate of draw 0 (a parameter; it may vary between draws if it is uncertain).</summary>
    public double DiscountRate { get; }

    /// <summary>The calendar years of the cycles.</summary>
    public IReadOnlyList<CalendarYear> Years => CycleIndex.Range(Cycles).Select(t => t.YearIn(StartYear)).ToArray();

    /// <summary>The last calendar year of the horizon.</summary>
    public CalendarYear EndYear => StartYear + (Cycles - 1);

    /// <summary>The model's payer rows: what each entry of <see cref="Groups"/> is.</summary>
    public PayerRows Rows { get; }

    /// <summary>One per row of <see cref="Rows"/>: the payers, then "gemeente" (the own budget), the other groups of
    /// several payers and "totaal".</summary>
    public IReadOnlyList<PayerUncertainty> Groups { get; }

    /// <summary>The own-budget group: the municipal budgets together ("gemeente").</summary>
    public PayerUncertainty Gemeente => Groups[Rows.Gemeente];
    /// <summary>All payers together ("totaal").</summary>
    public PayerUncertainty Total => Groups[Rows.Total];

    /// <summary>The group with code <paramref name="code"/>.</summary>
    public PayerUncertainty For(string code) => Groups.First(g => g.Code == code);

    /// <summary>A payer group: its aggregate row, or its payer's row for a group of one payer.</summary>
    public PayerUncertainty For(PayerGroup group) => Groups[Rows.Of(group)];

    /// <summary>The summary columns: every group (own budget first), then all payers together.</summary>
    public IReadOnlyList<PayerUncertainty> GroupsAndTotal => Rows.Payers.Groups.Select(For).Append(Total).ToList();

    /// <summary>Zelfredzame life-years gained (scenario − comparator, undiscounted).</summary>
    public OutcomeSummary SelfReliantYearsGained { get; }

    /// <summary>Zelfredzame life-years gained, discounted like the costs (used by acceptability and EVPI).</summary>
    public OutcomeSummary SelfReliantYearsGainedDiscounted { get; init; } = new(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0);

    /// <summary>Zelfredzame life-years gained at the point values, undiscounted.</summary>
    public double PointSelfReliantYearsGained { get; init; } = double.NaN;

    /// <summary>Zelfredzame life-years gained at the point values, discounted.</summary>
    public double PointSelfReliantYearsGainedDiscounted { get; init; } = double.NaN;

    /// <summary>Draws in which some transition probability had to be corrected (clamped to [0, 1]).</summary>
    public long ClampedDraws { get; init; }

    /// <summary>Share of the draws with a correction (<see cref="ClampedDraws"/> ÷ draws).</summary>
    public double ClampedShare => Draws == 0 ? 0 : (double)ClampedDraws / Draws;

    /// <summary>True when more than 1% of the draws needed a correction: say so prominently.</summary>
    public bool ClampingIsMaterial => ClampedShare > 0.01;

    /// <summary>Per parameter, the draws in which it fed a corrected probability (only parameters with at least one).</summary>
    public IReadOnlyList<ClampedParameter> ClampedParameters { get; init; } = [];

    /// <summary>Probability that the municipality has broken even by the end of the council term.</summary>
    public double MunicipalBreakEvenInTerm => Gemeente.BreakEvenInTerm;

    /// <summary>
    /// The first <see cref="PsaOptions.CloudDraws"/> draws (or all, when there are fewer) in draw order: per draw the
    /// municipality's and the other payers' (all payers minus the municipality) discounted net benefit, for
    /// the PSA cloud chart. Bounded, so memory does not grow with the number of draws.
    /// </summary>
    public IReadOnlyList<PsaDraw> Cloud { get; }

    /// <summary>Dutch descriptions of the uncertain parameters and their distributions.</summary>
    public IReadOnlyList<string> UncertainParameters { get; }

    /// <summary>The groups to show: involved payers, then gemeente, the other groups of several payers and totaal.</summary>
    public IEnumerable<PayerUncertainty> Shown => Groups.Where((g, i) => !Rows.IsPayer(i) || !g.IsUninvolved);

    /// <summary>A short description; the Dutch text and HTML are rendered by <c>Reporting.ResultRendering</c>.</summary>
    public override string ToString() => $"Onzekerheidsanalyse (PSA): '{ScenarioName}'" + (ComparatorName is null ? "" : $" ten opzichte van '{ComparatorName}'");
}
