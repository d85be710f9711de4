namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// The summary of one outcome over the draws of a PSA: mean, 90% interval (5th–95th percentile), standard deviation
/// and the probability that the outcome is positive.
/// </summary>
/// <param name="Mean">Mean over the draws.</param>
/// <param name="Low">5th percentile (exact, type 7; see <see cref="SampleQuantiles"/>).</param>
/// <param name="High">95th percentile.</param>
/// <param name="StandardDeviation">Sample standard deviation (n − 1); 0 with one draw.</param>
/// <param name="ProbabilityPositive">Share of draws with a value &gt; 0.</param>
/// <param name="Draws">Number of draws.</param>
public sealed record OutcomeSummary(double Mean, double Low, double High, double StandardDeviation, double ProbabilityPositive, long Draws)
{
    /// <summary>Monte Carlo standard error of the mean, sd/√n.</summary>
    public double StandardError => Draws > 0 ? StandardDeviation / Math.Sqrt(Draws) : double.NaN;

    /// <summary>The summary of −X from that of X (mean, percentiles swapped and negated; P(−X &gt; 0) is not
    /// derivable from P(X &gt; 0) when values are exactly 0, so it is NaN).</summary>
    public static OutcomeSummary Negate(OutcomeSummary s) => new(-s.Mean, -s.High, -s.Low, s.StandardDeviation, double.NaN, s.Draws);
}
