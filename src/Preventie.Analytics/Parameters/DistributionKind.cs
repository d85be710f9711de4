namespace Preventie.Analytics.Parameters;

/// <summary>The probability distributions a parameter can carry for probabilistic sensitivity analysis (PSA).</summary>
public enum DistributionKind
{
    /// <summary>beta(alpha, beta): probabilities and shares.</summary>
    Beta,
    /// <summary>gamma(shape, scale): costs and other positive skewed values.</summary>
    Gamma,
    /// <summary>lognormal(mu, sigma) of the natural logarithm: relative risks, cost multipliers.</summary>
    LogNormal,
    /// <summary>normal(mean, sd).</summary>
    Normal,
    /// <summary>triangular(min, mode, max): expert judgement.</summary>
    Triangular,
    /// <summary>uniform(min, max).</summary>
    Uniform,
    /// <summary>dirichlet(alpha) within a named group: shares that must sum to one (e.g. route shares).</summary>
    Dirichlet,
}
