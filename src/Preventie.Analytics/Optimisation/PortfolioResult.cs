using Preventie.Analytics.Portfolio;

namespace Preventie.Analytics.Optimisation;

/// <summary>The outcome of <see cref="PortfolioOptimiser.Run"/>.</summary>
/// <param name="Candidates">The candidate set (with the activities without data).</param>
/// <param name="Options">The settings used.</param>
/// <param name="Budget">The yearly budget applied (budget + shift from maatwerk).</param>
/// <param name="CurrentCostPerYear">What the current portfolio costs the municipality per year.</param>
/// <param name="SolverStatus">Optimal, or feasible when the solver's time limit was reached.</param>
/// <param name="Portfolio">Every candidate with its current and chosen scale.</param>
/// <param name="Evaluation">The chosen portfolio in the full model against the current one.</param>
/// <param name="Frontier">Best portfolio per budget.</param>
/// <param name="Marginal">Return of one more euro per activity, best first.</param>
/// <param name="Sample">Per-draw data for the EVPPI.</param>
public sealed record PortfolioResult(
    CandidateSet Candidates,
    OptimisationOptions Options,
    double Budget,
    double CurrentCostPerYear,
    AllocationStatus SolverStatus,
    IReadOnlyList<PortfolioLine> Portfolio,
    PortfolioEvaluation Evaluation,
    IReadOnlyList<FrontierPoint> Frontier,
    IReadOnlyList<MarginalReturn> Marginal,
    DecisionSample Sample)
{
    /// <summary>Activities funded in the portfolio (scale above 0).</summary>
    public IEnumerable<PortfolioLine> Funded => Portfolio.Where(l => l.Scale > 0);

    /// <summary>Activities funded today that the portfolio stops.</summary>
    public IEnumerable<PortfolioLine> Stopped => Portfolio.Where(l => l.IsStopped);
}
