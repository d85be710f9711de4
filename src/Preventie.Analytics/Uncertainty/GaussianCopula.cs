using MathNet.Numerics.LinearAlgebra;

namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// Correlated draws of several parameters through a Gaussian copula: draw independent standard normals z, correlate
/// them with the Cholesky factor L of the correlation matrix R (y = L·z, so cov(y) = R), turn each into a uniform
/// u = Φ(y) and each uniform into a value of its own distribution with that distribution's quantile function,
/// x = F⁻¹(u). Each parameter keeps its own (marginal) distribution exactly; the rank correlation between them follows R.
/// </summary>
public sealed class GaussianCopula
{
    private readonly ParameterDistribution[] _marginals;
    private readonly double[] _cholesky; // lower triangle, row-major n×n

    /// <param name="marginals">The distributions of the correlated parameters.</param>
    /// <param name="correlation">Their correlation matrix (symmetric, 1 on the diagonal, positive definite).</param>
    /// <exception cref="InvalidDistributionException">The matrix is not a valid correlation matrix (Dutch message).</exception>
    public GaussianCopula(IReadOnlyList<ParameterDistribution> marginals, double[,] correlation)
    {
        var n = marginals.Count;
        if (n < 2 || correlation.GetLength(0) != n || correlation.GetLength(1) != n)
            throw new ArgumentException("A copula needs at least two marginals and an n×n correlation matrix.");
        var names = string.Join(", ", marginals.Select(m => m.Parameter));
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                if (correlation[i, j] != correlation[j, i] || (i == j && correlation[i, i] != 1) || !(Math.Abs(correlation[i, j]) <= 1))
                    throw new InvalidDistributionException(names, "de correlatiematrix moet symmetrisch zijn, met 1 op de diagonaal en waarden tussen −1 en 1");
        try
        {
            var l = Matrix<double>.Build.DenseOfArray(correlation).Cholesky().Factor;
            _cholesky = new double[n * n];
            for (var i = 0; i < n; i++)
                for (var j = 0; j <= i; j++) _cholesky[i * n + j] = l[i, j];
        }
        catch (ArgumentException)
        {
            throw new InvalidDistributionException(names, "deze correlaties passen niet bij elkaar (de correlatiematrix is niet positief definiet); maak ze kleiner of verwijder er een");
        }
        _marginals = marginals.ToArray();
        Correlation = (double[,])correlation.Clone();
    }

    /// <summary>The correlated parameters' distributions.</summary>
    public IReadOnlyList<ParameterDistribution> Marginals => _marginals;

    /// <summary>The correlation matrix of the underlying normals.</summary>
    public double[,] Correlation { get; }

    /// <summary>Number of parameters.</summary>
    public int Count => _marginals.Length;

    /// <summary>One correlated draw into <paramref name="values"/> (length <see cref="Count"/>), using only <paramref name="random"/>.</summary>
    public void Sample(Random random, Span<double> values)
    {
        var n = _marginals.Length;
        Span<double> z = stackalloc double[n];
        for (var i = 0; i < n; i++) z[i] = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, random.NextDouble());
        for (var i = 0; i < n; i++)
        {
            var y = 0.0;
            for (var j = 0; j <= i; j++) y += _cholesky[i * n + j] * z[j];
            var m = _marginals[i];
            if (m.IsDegenerate) { values[i] = m.Mean; continue; }
            var u = Math.Clamp(MathNet.Numerics.Distributions.Normal.CDF(0, 1, y), 1e-15, 1 - 1e-15);
            values[i] = Inverse(m, u, y);
        }
    }

    /// <summary>
    /// F⁻¹(u). Beta and gamma have no closed form and MathNet's root finder takes ~100 µs, so for them a safeguarded
    /// Newton iteration on the exact CDF (bisection whenever a step leaves the bracket), started at the normal
    /// approximation mean + sd·y, to 10⁻¹² relative; the other kinds use their closed-form quantile.
    /// </summary>
    internal static double Inverse(ParameterDistribution m, double u, double y)
    {
        Func<double, double> cdf, pdf;
        double lo = 0, hi;
        switch (m)
        {
            case BetaDistribution b:
                cdf = x => MathNet.Numerics.SpecialFunctions.BetaRegularized(b.Alpha, b.Beta, x);
                pdf = x => MathNet.Numerics.Distributions.Beta.PDF(b.Alpha, b.Beta, x);
                hi = 1;
                break;
            case GammaDistribution g:
                cdf = x => MathNet.Numerics.SpecialFunctions.GammaLowerRegularized(g.Shape, g.Rate * x);
                pdf = x => MathNet.Numerics.Distributions.Gamma.PDF(g.Shape, g.Rate, x);
                hi = g.Mean + 10 * Math.Sqrt(g.Variance);
                while (cdf(hi) < u) hi *= 2;
                break;
            default:
                return m.Quantile(u);
        }
        var x = Math.Clamp(m.Mean + Math.Sqrt(m.Variance) * y, lo + (hi - lo) * 1e-9, hi - (hi - lo) * 1e-9);
        for (var k = 0; k < 100; k++)
        {
            var f = cdf(x) - u;
            if (f < 0) lo = x; else hi = x;
            var d = pdf(x);
            var next = d > 0 ? x - f / d : double.NaN;
            if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
            if (Math.Abs(next - x) <= 1e-12 * Math.Max(1, Math.Abs(x))) return next;
            x = next;
        }
        return x;
    }

    /// <summary>A Dutch description naming the correlated parameters.</summary>
    public override string ToString() =>
        $"Gaussische copula over {string.Join(", ", _marginals.Select(m => m.Parameter))}";
}
