namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// Triangular distribution for effects judged by experts (minimum, most likely, maximum). Minimum equal to maximum
/// gives the point value. Mean = (min + mode + max) / 3.
/// </summary>
public sealed class TriangularDistribution : ParameterDistribution
{
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

    public double Min { get; }
    public double Mode { get; }
    public double Max { get; }
    public override string KindName => "driehoek";
    public override double Mean => IsDegenerate ? Mode : (Min + Mode + Max) / 3;
    public override bool IsDegenerate => Min == Max;
    public override double Variance => (Min * Min + Mode * Mode + Max * Max - Min * Mode - Min * Max - Mode * Max) / 18;
    public override double SupportMin => Min;
    public override double SupportMax => Max;

    public override double Sample(Random random) =>
        IsDegenerate ? Mode : MathNet.Numerics.Distributions.Triangular.Sample(random, Min, Max, Mode);

    public override double Quantile(double probability)
    {
        CheckProbability(probability);
        return IsDegenerate ? Mode : MathNet.Numerics.Distributions.Triangular.InvCDF(Min, Max, Mode, probability);
    }

    public override string Describe() => $"driehoek(min = {Show(Min)}, modus = {Show(Mode)}, max = {Show(Max)})";
}
