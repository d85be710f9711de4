namespace Preventie.Analytics.Optimisation;

/// <summary>A linear side constraint Σ over items of <c>Coefficients[item][chosen option]</c> ≥ <paramref name="Minimum"/>
/// (e.g. a payer's expected net benefit at least a floor).</summary>
public sealed record LinearRequirement(string Name, double[][] Coefficients, double Minimum);
