namespace Preventie.Analytics.Uncertainty;

/// <summary>Normal distribution for effects that may take either sign, given by mean and standard deviation ≥ 0.</summary>
public sealed class NormalDistribution : ParameterDistribution
{
    /// <summary>A normal distribution for <paramref name="parameter"/> with mean <paramref name="mean"/> and standard deviation <paramref name="sd"/> ≥ 0 (0 gives the point value).</summary>
    public NormalDistribution(string parameter, double mean, double sd) : base(parameter)
    {
        InvalidDistributionException.RequireFinite(parameter, "het gemiddelde", mean);
        InvalidDistributionException.RequireNonNegativeSpread(parameter, sd);
        Mu = mean;
        StandardDeviation = sd;
    }

    /// <summary>μ, the mean of the distribution.</summary>
    public double Mu { get; }
    /// <summary>σ, the standard deviation (0 when degenerate).</summary>
    public double StandardDeviation { get; }
    /// <inheritdoc />
    public override string KindName => "normaal";
    /// <inheritdoc />
    public override double Mean => Mu;
    /// <inheritdoc />
    public override bool IsDegenerate => StandardDeviation == 0;
    /// <inheritdoc />
    public override double Variance => StandardDeviation * StandardDeviation;
    /// <inheritdoc />
    public override double SupportMin => IsDegenerate ? Mu : double.NegativeInfinity;
    /// <inheritdoc />
    public override double SupportMax => IsDegenerate ? Mu : double.PositiveInfinity;

    /// <inheritdoc />
    public override double Sample(Random random) =>
        IsDegenerate ? Mu : MathNet.Numerics.Distributions.Normal.Sample(random, Mu, StandardDeviation);

    /// <inheritdoc />
    public override double Quantile(double probability)
    {
        CheckProbability(probability);
        return IsDegenerate ? Mu : MathNet.Numerics.Distributions.Normal.InvCDF(Mu, StandardDeviation, probability);
    }

    /// <inheritdoc />
    public override string Describe() => $"normaal(gemiddelde = {Show(Mu)}, sd = {Show(StandardDeviation)})";
}
