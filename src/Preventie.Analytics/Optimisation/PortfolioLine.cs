using Preventie.Analytics.Evidence;
using Preventie.Analytics.Portfolio;

namespace Preventie.Analytics.Optimisation;

/// <summary>One activity in a portfolio: its scale today and in the portfolio, and its yearly municipal cost at that scale.</summary>
public sealed record PortfolioLine(string Activity, CandidateOrigin Origin, string OriginLabel, double CurrentScale, double Scale, double CostPerYear,
    bool IsAssumption, EvidenceLevel? Level)
{
    /// <summary>Funded today and not in the portfolio.</summary>
    public bool IsStopped => CurrentScale > 0 && Scale == 0;
}
