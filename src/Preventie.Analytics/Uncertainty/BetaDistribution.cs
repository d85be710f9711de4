using MathNet.Numerics.Distributions;

namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// Beta distribution for probabilities and proportions, given by its shapes α and β or (method of moments) by a
/// mean in (0, 1) and a standard deviation: α = m·k, β = (1−m)·k with k = m(1−m)/sd² − 1, which needs
/// sd² &lt; m(1−m). A standard deviation of zero gives the point value (degenerate).
/// </summary>
public sealed class BetaDistribution : ParameterDistribution
{
    private readonly double _mean;

    private BetaDistribution(string parameter, double alpha, double beta, double mean) : base(parameter)
    {
        Alpha = alpha;
        Beta = beta;
        _mean = mean;
    }

    /// <summary>Shape α (0 when degenerate).</summary>
    public double Alpha { get; }

    /// <summary>Shape β (0 when degenerate).</summary>
    public double Beta { get; }

    /// <summary>From mean and standard deviation (method of moments).</summary>
    public static BetaDistribution FromMeanSd(string parameter, double mean, double sd)
    {
        InvalidDistributionException.RequireFinite(parameter, "het gemiddelde", mean);
        InvalidDistributionException.RequireNonNegativeSpread(parameter, sd);
        if (sd == 0)
        {
            if (mean < 0 || mean > 1)
                throw new InvalidDistributionException(parameter,
                    $"een kans moet tussen 0 en 1 liggen (gekregen: {Show(mean)})");
            return new BetaDistribution(parameter, 0, 0, mean);
        }
        if (!(mean > 0 && mean < 1))
            throw new InvalidDistributionException(parameter,
                $"het gemiddelde van een bèta-verdeling moet tussen 0 en 1 liggen (gekregen: {Show(mean)})");
        var variance = sd * sd;
        var limit = mean * (1 - mean);
        if (variance >= limit)
            throw new InvalidDistributionException(parameter,
                $"de spreiding (sd {Show(sd)}) is te groot voor een bèta-verdeling met gemiddelde {Show(mean)}: de sd moet kleiner zijn dan √(g·(1−g)) = {Show(Math.Sqrt(limit))}");
        var k = limit / variance - 1;
        return new BetaDistribution(parameter, mean * k, (1 - mean) * k, mean);
    }

    /// <summary>From the shapes α &gt; 0 and β &gt; 0.</summary>
    public static BetaDistribution FromShapes(string parameter, double alpha, double beta)
    {
        InvalidDistributionException.RequireFinite(parameter, "α", alpha);
        InvalidDistributionException.RequireFinite(parameter, "β", beta);
        if (alpha <= 0 || beta <= 0)
            throw new InvalidDistributionException(parameter,
                $"de vormparameters α en β van een bèta-verdeling moeten groter dan 0 zijn (gekregen: α = {Show(alpha)}, β = {Show(beta)})");
        return new BetaDistribution(parameter, alpha, beta, alpha / (alpha + beta));
    }

    /// <inheritdoc />
    public override string KindName => "bèta";
    /// <inheritdoc />
    public override double Mean => _mean;
    /// <inheritdoc />
    public override bool IsDegenerate => Alpha == 0;
    /// <inheritdoc />
    public override double Variance => StandardDeviation * StandardDeviation;
    /// <inheritdoc />
    public override double SupportMin => IsDegenerate ? _mean : 0;
    /// <inheritdoc />
    public override double SupportMax => IsDegenerate ? _mean : 1;

    /// <summary>The standard deviation √(αβ / ((α+β)²(α+β+1))).</summary>
    public double StandardDeviation => IsDegenerate ? 0
        : Math.Sqrt(Alpha * Beta / ((Alpha + Beta) * (Alpha + Beta) * (Alpha + Beta + 1)));

    /// <inheritdoc />
    public override double Sample(Random random) => IsDegenerate ? _mean : MathNet.Numerics.Distributions.Beta.Sample(random, Alpha, Beta);

    /// <inheritdoc />
    public override double Quantile(double probability)
    {
        CheckProbability(probability);
        return IsDegenerate ? _mean : MathNet.Numerics.Distributions.Beta.InvCDF(Alpha, Beta, probability);
    }

    /// <inheritdoc />
    public override string Describe() =>
        IsDegenerate ? $"bèta zonder spreiding ({Show(_mean)})" : $"bèta(α = {Show(Alpha)}, β = {Show(Beta)})";
}
