namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// Gamma distribution for costs (non-negative, right-skewed), given by mean &gt; 0 and standard deviation:
/// shape k = m²/sd², scale θ = sd²/m. A standard deviation of zero gives the point value.
/// </summary>
public sealed class GammaDistribution : ParameterDistribution
{
    private readonly double _mean;

    private GammaDistribution(string parameter, double mean, double shape, double rate) : base(parameter)
    {
        _mean = mean;
        Shape = shape;
        Rate = rate;
    }

    /// <summary>Shape k (0 when degenerate).</summary>
    public double Shape { get; }

    /// <summary>Rate 1/θ (0 when degenerate).</summary>
    public double Rate { get; }

    /// <summary>From mean &gt; 0 and standard deviation (method of moments); a standard deviation of zero gives the point value, which may be 0.</summary>
    public static GammaDistribution FromMeanSd(string parameter, double mean, double sd)
    {
        InvalidDistributionException.RequireFinite(parameter, "het gemiddelde", mean);
        InvalidDistributionException.RequireNonNegativeSpread(parameter, sd);
        if (sd == 0)
        {
            if (mean < 0)
                throw new InvalidDistributionException(parameter, $"een gamma-verdeling kan niet negatief zijn (gekregen: {Show(mean)})");
            return new GammaDistribution(parameter, mean, 0, 0);
        }
        if (!(mean > 0))
            throw new InvalidDistributionException(parameter,
                $"het gemiddelde van een gamma-verdeling moet groter dan 0 zijn (gekregen: {Show(mean)}); gebruik een normale verdeling voor waarden die negatief kunnen zijn");
        return new GammaDistribution(parameter, mean, mean * mean / (sd * sd), mean / (sd * sd));
    }

    /// <summary>From shape k &gt; 0 and scale θ &gt; 0 (mean kθ, variance kθ²).</summary>
    public static GammaDistribution FromShapeScale(string parameter, double shape, double scale)
    {
        InvalidDistributionException.RequireFinite(parameter, "de vorm", shape);
        InvalidDistributionException.RequireFinite(parameter, "de schaal", scale);
        if (shape <= 0 || scale <= 0)
            throw new InvalidDistributionException(parameter,
                $"vorm en schaal van een gamma-verdeling moeten groter dan 0 zijn (gekregen: vorm = {Show(shape)}, schaal = {Show(scale)})");
        return new GammaDistribution(parameter, shape * scale, shape, 1 / scale);
    }

    /// <inheritdoc />
    public override string KindName => "gamma";
    /// <inheritdoc />
    public override double Mean => _mean;
    /// <inheritdoc />
    public override bool IsDegenerate => Shape == 0;
    /// <inheritdoc />
    public override double Variance => IsDegenerate ? 0 : Shape / (Rate * Rate);
    /// <inheritdoc />
    public override double SupportMin => IsDegenerate ? _mean : 0;
    /// <inheritdoc />
    public override double SupportMax => IsDegenerate ? _mean : double.PositiveInfinity;

    /// <inheritdoc />
    public override double Sample(Random random) =>
        IsDegenerate ? _mean : MathNet.Numerics.Distributions.Gamma.Sample(random, Shape, Rate);

    /// <inheritdoc />
    public override double Quantile(double probability)
    {
        CheckProbability(probability);
        return IsDegenerate ? _mean : MathNet.Numerics.Distributions.Gamma.InvCDF(Shape, Rate, probability);
    }

    /// <inheritdoc />
    public override string Describe() =>
        IsDegenerate ? $"gamma zonder spreiding ({Show(_mean)})" : $"gamma(vorm = {Show(Shape)}, schaal = {Show(1 / Rate)})";
}
