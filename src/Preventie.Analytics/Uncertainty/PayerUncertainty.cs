using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// The PSA result for one payer group (a payer, "gemeente" or "totaal"), scenario against comparator.
/// </summary>
/// <param name="Code">Group code (e.g. <c>gemeente_wmo</c>, <c>gemeente</c>, <c>totaal</c>).</param>
/// <param name="Label">Dutch label.</param>
/// <param name="PointEstimate">Discounted net benefit of the deterministic run (all parameters at their point values).</param>
/// <param name="NetBenefit">Discounted net benefit (savings − investment) over the horizon, over the draws.</param>
/// <param name="NetBenefitByYear">Nominal net benefit (the budget view) per year, element 0 = start year.</param>
/// <param name="Acceptability">Acceptability and EVPI curve over the values per zelfredzaam life-year.</param>
/// <param name="Evpi">EVPI at the first value of the grid (default 0: money only), in euro.</param>
/// <param name="BreakEvenInTerm">Share of draws in which the group breaks even by the end of the council term
/// (<see cref="Simulation.ComparisonLedger.BreakEven"/>); NaN without a comparator.</param>
public sealed record PayerUncertainty(
    string Code,
    string Label,
    double PointEstimate,
    OutcomeSummary NetBenefit,
    IReadOnlyList<OutcomeSummary> NetBenefitByYear,
    IReadOnlyList<AcceptabilityPoint> Acceptability,
    double Evpi,
    double BreakEvenInTerm)
{
    /// <summary>The break-even year of the deterministic run (same definition), or null.</summary>
    public CalendarYear? PointBreakEvenYear { get; init; }

    /// <summary>Without a comparator: discounted total costs (care + interventions) over the draws; else null.</summary>
    public OutcomeSummary? Costs { get; init; }

    /// <summary>Without a comparator: nominal total costs per year over the draws; else null.</summary>
    public IReadOnlyList<OutcomeSummary>? CostsByYear { get; init; }

    /// <summary>Without a comparator: discounted total costs at the point values; else NaN.</summary>
    public double PointCosts { get; init; } = double.NaN;

    /// <summary>True when every draw leaves this payer untouched (all figures below half a euro).</summary>
    public bool IsUninvolved =>
        Math.Abs(NetBenefit.Low) < 0.5 && Math.Abs(NetBenefit.High) < 0.5 && Math.Abs(NetBenefit.Mean) < 0.5
        && NetBenefitByYear.All(y => Math.Abs(y.Low) < 0.5 && Math.Abs(y.High) < 0.5 && Math.Abs(y.Mean) < 0.5);
}
