using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Optimisation;

/// <summary>
/// A portfolio run in the full model over the PSA draws against the current portfolio (common random numbers): the
/// objective's summary, the municipal break-even probability by the end of the council term (definition of
/// <see cref="PairedRun.BreakEvenYear"/>), the expected discounted net benefit per payer group and the probability that
/// it beats the current portfolio (objective &gt; 0).
/// </summary>
public sealed record PortfolioEvaluation(
    IReadOnlyList<double> Scales,
    double CostPerYear,
    OutcomeSummary Objective,
    double BreakEvenProbability,
    IReadOnlyList<OutcomeSummary> NetBenefitByGroup,
    double ProbabilityBeatsCurrent);
