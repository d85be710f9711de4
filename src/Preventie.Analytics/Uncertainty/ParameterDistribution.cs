namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// The uncertainty of one scalar model parameter. Concrete kinds: <see cref="FixedValue"/> (no uncertainty),
/// <see cref="BetaDistribution"/> (probabilities), <see cref="GammaDistribution"/> and
/// <see cref="LogNormalDistribution"/> (costs), <see cref="NormalDistribution"/>, <see cref="TriangularDistribution"/>
/// and <see cref="UniformDistribution"/> (effects). Shares that must sum to one use <see cref="DirichletDistribution"/>.
/// Instances are immutable and validated on construction (Dutch <see cref="InvalidDistributionException"/>).
/// <para>
/// A distribution with zero spread is <see cref="IsDegenerate"/>: <see cref="Sample"/> then returns the point value
/// exactly (bit for bit) and consumes no random numbers, so a PSA with every spread at zero reproduces the
/// deterministic run exactly.
/// </para>
/// </summary>
public abstract class ParameterDistribution
{
    /// <summary>Validates and stores the parameter name shared by every kind of distribution.</summary>
    protected ParameterDistribution(string parameter)
    {
        if (string.IsNullOrWhiteSpace(parameter)) throw new ArgumentException("A parameter name is required.", nameof(parameter));
        Parameter = parameter;
    }

    /// <summary>The parameter this distribution belongs to (used in messages and as its random-stream key).</summary>
    public string Parameter { get; }

    /// <summary>The Dutch name of the kind: "vast", "bèta", "gamma", "lognormaal", "normaal", "driehoek", "uniform".</summary>
    public abstract string KindName { get; }

    /// <summary>The expected value.</summary>
    public abstract double Mean { get; }

    /// <summary>The variance (0 without spread).</summary>
    public abstract double Variance { get; }

    /// <summary>Smallest value the distribution can take (may be −∞).</summary>
    public abstract double SupportMin { get; }

    /// <summary>Largest value the distribution can take (may be +∞).</summary>
    public abstract double SupportMax { get; }

    /// <summary>True when the distribution has no spread: every sample equals <see cref="Mean"/> exactly.</summary>
    public abstract bool IsDegenerate { get; }

    /// <summary>One random value; uses only <paramref name="random"/> (so same stream, same value).</summary>
    public abstract double Sample(Random random);

    /// <summary>The inverse cumulative distribution function at <paramref name="probability"/> in (0, 1).</summary>
    public abstract double Quantile(double probability);

    /// <summary>The 5th percentile: the "low" value of a one-way sensitivity analysis.</summary>
    public double Low => Quantile(0.05);

    /// <summary>The 95th percentile: the "high" value of a one-way sensitivity analysis.</summary>
    public double High => Quantile(0.95);

    /// <summary>A short Dutch description with the parameters, e.g. "bèta(α = 12, β = 48)".</summary>
    public abstract string Describe();

    /// <summary>The parameter name and the Dutch description, e.g. "kans_herstel: bèta(α = 12, β = 48)".</summary>
    public override string ToString() => $"{Parameter}: {Describe()}";

    /// <summary>Checks that a probability for <see cref="Quantile"/> lies in (0, 1).</summary>
    protected static void CheckProbability(double probability)
    {
        if (!(probability > 0 && probability < 1))
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "The probability must lie strictly between 0 and 1.");
    }

    /// <summary>A value as it appears in Dutch messages and descriptions (see <see cref="InvalidDistributionException.Show"/>).</summary>
    protected static string Show(double value) => InvalidDistributionException.Show(value);
}
