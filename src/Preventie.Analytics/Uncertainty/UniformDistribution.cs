namespace Preventie.Analytics.Uncertainty;

/// <summary>Uniform distribution between a minimum and a maximum (equal bounds give the point value).</summary>
public sealed class UniformDistribution : ParameterDistribution
{
    /// <summary>A uniform distribution for <paramref name="parameter"/> on [<paramref name="min"/>, <paramref name="max"/>]; the minimum may not exceed the maximum.</summary>
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

    /// <summary>The lower bound.</summary>
    public double Min { get; }
    /// <summary>The upper bound.</summary>
    public double Max { get; }
    /// <inheritdoc />
    public override string KindName => "uniform";
    /// <inheritdoc />
    public override double Mean => IsDegenerate ? Min : (Min + Max) / 2;
    /// <inheritdoc />
    public override bool IsDegenerate => Min == Max;
    /// <inheritdoc />
    public override double Variance => (Max - Min) * (Max - Min) / 12;
    /// <inheritdoc />
    public override double SupportMin => Min;
    /// <inheritdoc />
    public override double SupportMax => Max;

    /// <inheritdoc />
    public override double Sample(Random random) =>
        IsDegenerate ? Min : MathNet.Numerics.Distributions.ContinuousUniform.Sample(random, Min, Max);

    /// <inheritdoc />
    public override double Quantile(double probability)
    {
        CheckProbability(probability);
        return IsDegenerate ? Min : MathNet.Numerics.Distributions.ContinuousUniform.InvCDF(Min, Max, probability);
    }

    /// <inheritdoc />
    public override string Describe() => $"uniform(min = {Show(Min)}, max = {Show(Max)})";
}
