namespace Preventie.Analytics.Parameters;

/// <summary>
/// A correlation between two named parameters for the PSA (<c>correlaties.csv</c>): their draws are coupled through a
/// Gaussian copula with this correlation of the underlying normals (see <see cref="Uncertainty.GaussianCopula"/>).
/// </summary>
/// <param name="First">Name of one parameter (with a distribution).</param>
/// <param name="Second">Name of the other.</param>
/// <param name="Correlation">Correlation in (−1, 1).</param>
/// <param name="Source">Source, or null when it is an assumption.</param>
/// <param name="IsAssumption">True when the correlation is an assumption.</param>
/// <param name="Row">Row in the file, for messages.</param>
public sealed record ParameterCorrelation(string First, string Second, double Correlation, string? Source, bool IsAssumption, int Row);
