namespace Preventie.Analytics.Uncertainty;

/// <summary>Uniform distribution between a minimum and a maximum (equal bounds give the point value).</summary>
public sealed class UniformDistribution : ParameterDistribution
{
    public UniformDistribution(string parameter, double min, double max) : base(parameter)
    {
        InvalidDistributionException.RequireFinite(parameter, "het minimum", min);
        InvalidDistributionException.RequireFinite(parameter, "het maximum", max);
        if (min > max)
            throw new InvalidDistributionException(parameter,
                $"het minimum ({Show(min)}) is groter dan het maximum ({Show(max)})");
        Min = min;
        Max = max;
    }

    public double Min { get; }
    public double Max { get; }
    public override string KindName => "uniform";
    public override double Mean => IsDegenerate ? Min : (Min + Max) / 2;
    public override bool IsDegenerate => Min == Max;
    public override double Variance => (Max - Min) * (Max - Min) / 12;
    public override double SupportMin => Min;
    public override double SupportMax => Max;

    public override double Sample(Random random) =>
        IsDegenerate ? Min : MathNet.Numerics.Distributions.ContinuousUniform.Sample(random, Min, Max);

    public override double Quantile(double probability)
    {
        CheckProbability(probability);
        return IsDegenerate ? Min : MathNet.Numerics.Distributions.ContinuousUniform.InvCDF(Min, Max, probability);
    }

    public override string Describe() => $"uniform(min = {Show(Min)}, max = {Show(Max)})";
}
