namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// Triangular distribution for effects judged by experts (minimum, most likely, maximum). Minimum equal to maximum
/// gives the point value. Mean = (min + mode + max) / 3.
/// </summary>
public sealed class TriangularDistribution : ParameterDistribution
{
    /// <summary>A triangular distribution for <paramref name="parameter"/>; requires <paramref name="min"/> ≤ <paramref name="mode"/> ≤ <paramref name="max"/>.</summary>
    public TriangularDistribution(string parameter, double min, double mode, double max) : base(parameter)
    {
        InvalidDistributionException.RequireFinite(parameter, "het minimum", min);
        InvalidDistributionException.RequireFinite(parameter, "de meest waarschijnlijke waarde", mode);
        InvalidDistributionException.RequireFinite(parameter, "het maximum", max);
        if (min > max)
            throw new InvalidDistributionException(parameter,
                $"het minimum ({Show(min)}) is groter dan het maximum ({Show(max)})");
        if (mode < min || mode > max)
            throw new InvalidDistributionException(parameter,
                $"de meest waarschijnlijke waarde ({Show(mode)}) ligt niet tussen het minimum ({Show(min)}) en het maximum ({Show(max)})");
        Min = min;
        Mode = mode;
        Max = max;
    }

    /// <summary>The lowest value the experts consider possible.</summary>
    public double Min { get; }
    /// <summary>The most likely value.</summary>
    public double Mode { get; }
    /// <summary>The highest value the experts consider possible.</summary>
    public double Max { get; }
    /// <inheritdoc />
    public override string KindName => "driehoek";
    /// <inheritdoc />
    public override double Mean => IsDegenerate ? Mode : (Min + Mode + Max) / 3;
    /// <inheritdoc />
    public override bool IsDegenerate => Min == Max;
    /// <inheritdoc />
    public override double Variance => (Min * Min + Mode * Mode + Max * Max - Min * Mode - Min * Max - Mode * Max) / 18;
    /// <inheritdoc />
    public override double SupportMin => Min;
    /// <inheritdoc />
    public override double SupportMax => Max;

    /// <inheritdoc />
    public override double Sample(Random random) =>
        IsDegenerate ? Mode : MathNet.Numerics.Distributions.Triangular.Sample(random, Min, Max, Mode);

    /// <inheritdoc />
    public override double Quantile(double probability)
    {
        CheckProbability(probability);
        return IsDegenerate ? Mode : MathNet.Numerics.Distributions.Triangular.InvCDF(Min, Max, Mode, probability);
    }

    /// <inheritdoc />
    public override string Describe() => $"driehoek(min = {Show(Min)}, modus = {Show(Mode)}, max = {Show(Max)})";
}
