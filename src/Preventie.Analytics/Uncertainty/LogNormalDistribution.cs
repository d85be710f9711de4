namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// Lognormal distribution for costs and ratios, given by its mean &gt; 0 and standard deviation on the natural
/// scale: σ² = ln(1 + sd²/m²), μ = ln m − σ²/2. A standard deviation of zero gives the point value.
/// </summary>
public sealed class LogNormalDistribution : ParameterDistribution
{
    private readonly double _mean;

    private LogNormalDistribution(string parameter, double mean, double mu, double sigma) : base(parameter)
    {
        _mean = mean;
        Mu = mu;
        Sigma = sigma;
    }

    /// <summary>μ, the mean of ln X.</summary>
    public double Mu { get; }

    /// <summary>σ, the standard deviation of ln X (0 when degenerate).</summary>
    public double Sigma { get; }

    /// <summary>From mean &gt; 0 and standard deviation on the natural scale; a standard deviation of zero gives the point value, which may be 0.</summary>
    public static LogNormalDistribution FromMeanSd(string parameter, double mean, double sd)
    {
        InvalidDistributionException.RequireFinite(parameter, "het gemiddelde", mean);
        InvalidDistributionException.RequireNonNegativeSpread(parameter, sd);
        if (sd == 0)
        {
            if (mean < 0)
                throw new InvalidDistributionException(parameter, $"een lognormale verdeling kan niet negatief zijn (gekregen: {Show(mean)})");
            return new LogNormalDistribution(parameter, mean, mean > 0 ? Math.Log(mean) : double.NegativeInfinity, 0);
        }
        if (!(mean > 0))
            throw new InvalidDistributionException(parameter,
                $"het gemiddelde van een lognormale verdeling moet groter dan 0 zijn (gekregen: {Show(mean)})");
        var s2 = Math.Log(1 + sd * sd / (mean * mean));
        return new LogNormalDistribution(parameter, mean, Math.Log(mean) - s2 / 2, Math.Sqrt(s2));
    }

    /// <summary>From μ and σ ≥ 0 of ln X (mean exp(μ + σ²/2)).</summary>
    public static LogNormalDistribution FromMuSigma(string parameter, double mu, double sigma)
    {
        InvalidDistributionException.RequireFinite(parameter, "μ", mu);
        InvalidDistributionException.RequireNonNegativeSpread(parameter, sigma);
        return new LogNormalDistribution(parameter, Math.Exp(mu + sigma * sigma / 2), mu, sigma);
    }

    /// <inheritdoc />
    public override string KindName => "lognormaal";
    /// <inheritdoc />
    public override double Mean => _mean;
    /// <inheritdoc />
    public override bool IsDegenerate => Sigma == 0;
    /// <inheritdoc />
    public override double Variance => IsDegenerate ? 0 : (Math.Exp(Sigma * Sigma) - 1) * Math.Exp(2 * Mu + Sigma * Sigma);
    /// <inheritdoc />
    public override double SupportMin => IsDegenerate ? _mean : 0;
    /// <inheritdoc />
    public override double SupportMax => IsDegenerate ? _mean : double.PositiveInfinity;

    /// <inheritdoc />
    public override double Sample(Random random) =>
        IsDegenerate ? _mean : MathNet.Numerics.Distributions.LogNormal.Sample(random, Mu, Sigma);

    /// <inheritdoc />
    public override double Quantile(double probability)
    {
        CheckProbability(probability);
        return IsDegenerate ? _mean : MathNet.Numerics.Distributions.LogNormal.InvCDF(Mu, Sigma, probability);
    }

    /// <inheritdoc />
    public override string Describe() =>
        IsDegenerate ? $"lognormaal zonder spreiding ({Show(_mean)})" : $"lognormaal(μ = {Show(Mu)}, σ = {Show(Sigma)})";
}
