namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// The summary of one outcome over the draws of a PSA: mean, 90% interval (5th–95th percentile), standard deviation
/// and the probability that the outcome is positive.
/// </summary>
/// <param name="Mean">Mean over the draws.</param>
/// <param name="Low">5th percentile (see <see cref="StreamingQuantile"/> for accuracy).</param>
/// <param name="High">95th percentile.</param>
/// <param name="StandardDeviation">Sample standard deviation (n − 1); 0 with one draw.</param>
/// <param name="ProbabilityPositive">Share of draws with a value &gt; 0.</param>
/// <param name="Draws">Number of draws.</param>
public sealed record OutcomeSummary(double Mean, double Low, double High, double StandardDeviation, double ProbabilityPositive, long Draws)
{
    /// <summary>Monte Carlo standard error of the mean, sd/√n.</summary>
    public double StandardError => Draws > 0 ? StandardDeviation / Math.Sqrt(Draws) : double.NaN;
}
