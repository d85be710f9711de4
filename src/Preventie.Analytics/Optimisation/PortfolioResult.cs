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
    /// <summary>Candidates that cost the municipal budgets nothing (<see cref="Candidate.HasNoKnownCost"/>): kept at their
    /// current scale and shown apart as "geen kosten bekend" instead of being chosen for free.</summary>
    public IReadOnlyList<string> WithoutKnownCost { get; init; } = [];

    /// <summary>
    /// What the council must know beside the choice, in Dutch: which legal tasks were kept (and under which law), or that
    /// stopping them was allowed; which candidates have no known cost and were therefore not chosen. Empty when neither applies.
    /// </summary>
    public IReadOnlyList<string> Notes()
    {
        var notes = new List<string>();
        foreach (var c in Candidates.Candidates.Where(c => c.LegalTask is not null))
            notes.Add(Options.AllowStoppingLegalTasks
                ? $"{c.Name} is een wettelijke taak ({c.LegalTask}); op verzoek mocht de berekening die toch verkleinen of stoppen."
                : $"{c.Name} is een wettelijke taak ({c.LegalTask}) en blijft daarom minstens op de huidige omvang.");
        if (WithoutKnownCost.Count > 0)
            notes.Add($"Geen kosten bekend: {string.Join(", ", WithoutKnownCost)}. Deze kosten de gemeentelijke budgetten per saldo € 0 per jaar; " +
                      "personeelstijd is niet gratis, dus ze worden niet 'gratis' gekozen en blijven op hun huidige omvang. Vul de kosten in om ze mee te laten wegen.");
        return notes;
    }

    /// <summary>Activities funded in the portfolio (scale above 0).</summary>
    public IEnumerable<PortfolioLine> Funded => Portfolio.Where(l => l.Scale > 0);

    /// <summary>Activities funded today that the portfolio stops.</summary>
    public IEnumerable<PortfolioLine> Stopped => Portfolio.Where(l => l.IsStopped);
}
