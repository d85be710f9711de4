namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// Draws a full parameter vector for one draw of a PSA. Every uncertain parameter (or Dirichlet group) has its own
/// random stream keyed by (run seed, draw number, <see cref="SplitMix64.StableKey"/> of its name), so
/// <list type="bullet">
/// <item>a draw's values do not depend on which thread computes it or on other draws;</item>
/// <item>adding, removing or reordering parameters does not change the draws of the others;</item>
/// <item>scenario and comparator evaluated on the same vector share their parameter draws (common random numbers).</item>
/// </list>
/// Correlated parameters (<see cref="GaussianCopula"/>) share one stream per copula, keyed by their names.
/// Positions not named here keep the values of the base vector (the point estimates).
/// </summary>
public sealed class ParameterSampler
{
    private readonly (ParameterDistribution Distribution, int Index, ulong Key)[] _scalars;
    private readonly (DirichletDistribution Distribution, int[] Indices, ulong Key)[] _groups;
    private readonly (GaussianCopula Copula, int[] Indices, ulong Key)[] _copulas;
    private readonly int _maxGroup;

    /// <summary>A sampler for run seed <paramref name="seed"/>.</summary>
    /// <param name="seed">The run seed; with the parameter names it keys every random stream.</param>
    /// <param name="scalars">Each uncertain scalar parameter with its position in the parameter vector.</param>
    /// <param name="groups">Dirichlet groups of shares with the positions of their members.</param>
    /// <param name="copulas">Correlated parameters (Gaussian copulas) with the positions of their marginals.</param>
    public ParameterSampler(ulong seed,
        IEnumerable<(ParameterDistribution Distribution, int Index)> scalars,
        IEnumerable<(DirichletDistribution Distribution, int[] Indices)>? groups = null,
        IEnumerable<(GaussianCopula Copula, int[] Indices)>? copulas = null)
    {
        Seed = seed;
        _scalars = scalars.Select(s => (s.Distribution, s.Index, SplitMix64.StableKey(s.Distribution.Parameter))).ToArray();
        _groups = (groups ?? []).Select(g =>
        {
            if (g.Indices.Length != g.Distribution.Count) throw new ArgumentException($"Group '{g.Distribution.Group}' needs {g.Distribution.Count} indices.");
            return (g.Distribution, g.Indices, SplitMix64.StableKey("dirichlet:" + g.Distribution.Group));
        }).ToArray();
        _copulas = (copulas ?? []).Select(c => (c.Copula, c.Indices,
            SplitMix64.StableKey("copula:" + string.Join(",", c.Copula.Marginals.Select(m => m.Parameter))))).ToArray();
        _maxGroup = _groups.Select(g => g.Indices.Length).Concat(_copulas.Select(c => c.Indices.Length)).DefaultIfEmpty(0).Max();
        var used = new HashSet<int>();
        foreach (var i in _scalars.Select(s => s.Index).Concat(_groups.SelectMany(g => g.Indices)).Concat(_copulas.SelectMany(c => c.Indices)))
            if (!used.Add(i)) throw new ArgumentException($"Parameter position {i} has more than one distribution.");
    }

    /// <summary>The run seed.</summary>
    public ulong Seed { get; }

    /// <summary>Number of scalar uncertain parameters plus Dirichlet groups.</summary>
    public int Count => _scalars.Length + _groups.Length + _copulas.Length;

    /// <summary>True when every distribution is degenerate (no spread): every draw equals the point values.</summary>
    public bool IsDegenerate => _scalars.All(s => s.Distribution.IsDegenerate) && _groups.All(g => g.Distribution.IsDegenerate)
                                && _copulas.All(c => c.Copula.Marginals.All(m => m.IsDegenerate));

    /// <summary>
    /// Writes draw <paramref name="draw"/> into <paramref name="vector"/>, which must already hold the point values
    /// (uncertain positions are overwritten; positions of distributions without spread are left untouched, so a
    /// PSA without spread reproduces the point values exactly). <paramref name="random"/> is scratch state, reset per stream.
    /// </summary>
    public void Sample(int draw, DrawRandom random, Span<double> vector)
    {
        foreach (var (distribution, index, key) in _scalars)
        {
            if (distribution.IsDegenerate) continue; // keep the point value bit for bit
            random.Reset(Seed, draw, key);
            vector[index] = distribution.Sample(random);
        }
        if (_groups.Length == 0 && _copulas.Length == 0) return;
        Span<double> shares = stackalloc double[_maxGroup];
        foreach (var (distribution, indices, key) in _groups)
        {
            if (distribution.IsDegenerate) continue;
            var s = shares[..indices.Length];
            random.Reset(Seed, draw, key);
            distribution.Sample(random, s);
            for (var k = 0; k < indices.Length; k++) vector[indices[k]] = s[k];
        }
        foreach (var (copula, indices, key) in _copulas)
        {
            var s = shares[..indices.Length];
            random.Reset(Seed, draw, key);
            copula.Sample(random, s);
            for (var k = 0; k < indices.Length; k++)
                if (!copula.Marginals[k].IsDegenerate) vector[indices[k]] = s[k];
        }
    }
}
