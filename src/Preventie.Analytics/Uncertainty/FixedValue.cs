namespace Preventie.Analytics.Uncertainty;

/// <summary>A parameter without uncertainty: every draw and every percentile is the point value.</summary>
public sealed class FixedValue : ParameterDistribution
{
    public FixedValue(string parameter, double value) : base(parameter)
    {
        InvalidDistributionException.RequireFinite(parameter, "de waarde", value);
        Value = value;
    }

    public double Value { get; }
    public override string KindName => "vast";
    public override double Mean => Value;
    public override bool IsDegenerate => true;
    public override double Variance => 0;
    public override double SupportMin => Value;
    public override double SupportMax => Value;
    public override double Sample(Random random) => Value;

    public override double Quantile(double probability)
    {
        CheckProbability(probability);
        return Value;
    }

    public override string Describe() => $"vast {Show(Value)}";
}
