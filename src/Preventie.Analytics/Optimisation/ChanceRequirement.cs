namespace Preventie.Analytics.Optimisation;

/// <summary>
/// A chance constraint over sampled scenarios (sample average approximation): scenario s "holds" when for every row r
/// Σ over items of <c>Coefficients[item][option][s·Rows + r]</c> ≥ <c>Minimum[s·Rows + r]</c>; at least
/// <paramref name="MinimumScenarios"/> scenarios must hold. Formulated with one binary per scenario and big-M rows whose
/// M is the tightest valid bound (the row's minimum minus the smallest reachable left-hand side).
/// </summary>
/// <param name="Name">Name, for messages.</param>
/// <param name="Scenarios">Number of scenarios (e.g. PSA draws).</param>
/// <param name="Rows">Rows per scenario (e.g. the years that must stay at or above break-even).</param>
/// <param name="Coefficients">[item][option][scenario·Rows + row].</param>
/// <param name="Minimum">[scenario·Rows + row].</param>
/// <param name="MinimumScenarios">How many scenarios must hold.</param>
public sealed record ChanceRequirement(string Name, int Scenarios, int Rows, double[][][] Coefficients, double[] Minimum, int MinimumScenarios);
