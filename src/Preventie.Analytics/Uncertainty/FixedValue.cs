namespace Preventie.Analytics.Uncertainty;

/// <summary>A parameter without uncertainty: every draw and every percentile is the point value.</summary>
public sealed class FixedValue : ParameterDistribution
{
    /// <summary>A parameter fixed at <paramref name="value"/> (must be finite).</summary>
    public FixedValue(string parameter, double value) : base(parameter)
    {
        InvalidDistributionException.RequireFinite(parameter, "de waarde", value);
        Value = value;
    }

    /// <summary>The point value every draw and every percentile returns.</summary>
    public double Value { get; }
    /// <inheritdoc />
    public override string KindName => "vast";
    /// <inheritdoc />
    public override double Mean => Value;
    /// <inheritdoc />
    public override bool IsDegenerate => true;
    /// <inheritdoc />
    public override double Variance => 0;
    /// <inheritdoc />
    public override double SupportMin => Value;
    /// <inheritdoc />
    public override double SupportMax => Value;
    /// <inheritdoc />
    public override double Sample(Random random) => Value;

    /// <inheritdoc />
    public override double Quantile(double probability)
    {
        CheckProbability(probability);
        return Value;
    }

    /// <inheritdoc />
    public override string Describe() => $"vast {Show(Value)}";
}
