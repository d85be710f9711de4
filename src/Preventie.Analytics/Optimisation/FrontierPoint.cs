namespace Preventie.Analytics.Optimisation;

/// <summary>One budget of the efficient frontier: the best portfolio for that budget evaluated in the full model, with
/// the mean and 90% interval of the objective against the current portfolio. <paramref name="Feasible"/> is false when
/// no portfolio meets the constraints at that budget (then the figures are NaN).</summary>
public sealed record FrontierPoint(double Budget, bool Feasible, double CostPerYear, double Mean, double P5, double P95, IReadOnlyList<double> Scales);
