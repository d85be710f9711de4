namespace Preventie.Analytics.Uncertainty;

/// <summary>Normal distribution for effects that may take either sign, given by mean and standard deviation ≥ 0.</summary>
public sealed class NormalDistribution : ParameterDistribution
{
    public NormalDistribution(string parameter, double mean, double sd) : base(parameter)
    {
        InvalidDistributionException.RequireFinite(parameter, "het gemiddelde", mean);
        InvalidDistributionException.RequireNonNegativeSpread(parameter, sd);
        Mu = mean;
        StandardDeviation = sd;
    }

    public double Mu { get; }
    public double StandardDeviation { get; }
    public override string KindName => "normaal";
    public override double Mean => Mu;
    public override bool IsDegenerate => StandardDeviation == 0;
    public override double Variance => StandardDeviation * StandardDeviation;
    public override double SupportMin => IsDegenerate ? Mu : double.NegativeInfinity;
    public override double SupportMax => IsDegenerate ? Mu : double.PositiveInfinity;

    public override double Sample(Random random) =>
        IsDegenerate ? Mu : MathNet.Numerics.Distributions.Normal.Sample(random, Mu, StandardDeviation);

    public override double Quantile(double probability)
    {
        CheckProbability(probability);
        return IsDegenerate ? Mu : MathNet.Numerics.Distributions.Normal.InvCDF(Mu, StandardDeviation, probability);
    }

    public override string Describe() => $"normaal(gemiddelde = {Show(Mu)}, sd = {Show(StandardDeviation)})";
}
