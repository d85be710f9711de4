using Preventie.Analytics.Input;
using Preventie.Analytics.Parameters;

namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// The parameters of a model that vary in the PSA and the one-way analysis, with their distributions and their
/// positions in the model's shared parameter vector (<see cref="ParameterSet"/>). Built from the distributions declared
/// in <c>parameters.csv</c> (<see cref="FromParameterSet"/>; see <see cref="DistributionSpec"/> for the columns) or
/// given directly (<see cref="UncertainParameters(ParameterSet, IEnumerable{ParameterDistribution}, IEnumerable{DirichletDistribution}?)"/>).
/// </summary>
public sealed class UncertainParameters
{
    private readonly List<(ParameterDistribution Distribution, int Index)> _scalars = new();
    private readonly List<(DirichletDistribution Distribution, int[] Indices)> _groups = new();
    private readonly List<(GaussianCopula Copula, int[] Indices)> _copulas = new();

    /// <summary>
    /// Explicit distributions: each scalar's <see cref="ParameterDistribution.Parameter"/> and each Dirichlet's
    /// <see cref="DirichletDistribution.Parameters"/> must name parameters of <paramref name="parameters"/>.
    /// </summary>
    public UncertainParameters(ParameterSet parameters, IEnumerable<ParameterDistribution> scalars, IEnumerable<DirichletDistribution>? groups = null)
    {
        Parameters = parameters;
        var unknown = new List<string>();
        foreach (var d in scalars)
        {
            var i = parameters.IndexOf(d.Parameter);
            if (i < 0) unknown.Add(d.Parameter);
            else _scalars.Add((d, i));
        }
        foreach (var g in groups ?? [])
        {
            var idx = g.Parameters.Select(parameters.IndexOf).ToArray();
            unknown.AddRange(g.Parameters.Where((_, k) => idx[k] < 0));
            if (idx.All(i => i >= 0)) _groups.Add((g, idx));
        }
        if (unknown.Count > 0)
            throw new DataValidationException(unknown.Select(n => new DataError("parameters", null, "naam", n, "onbekende parameter voor de onzekerheidsanalyse")));
    }

    /// <summary>The model's parameter set (vector layout and point values).</summary>
    public ParameterSet Parameters { get; }

    /// <summary>Scalar distributions with their vector index.</summary>
    public IReadOnlyList<(ParameterDistribution Distribution, int Index)> Scalars => _scalars;

    /// <summary>Dirichlet groups with the vector indices of their shares.</summary>
    public IReadOnlyList<(DirichletDistribution Distribution, int[] Indices)> Groups => _groups;

    /// <summary>
    /// Correlated sets of scalar parameters (Gaussian copulas) with their vector indices; their members are also in
    /// <see cref="Scalars"/> (their marginal distributions, e.g. for the one-way analysis) but are drawn together.
    /// </summary>
    public IReadOnlyList<(GaussianCopula Copula, int[] Indices)> Copulas => _copulas;

    /// <summary>
    /// Couples scalar parameters by correlations (<c>correlaties.csv</c>): the parameters connected by correlations
    /// form one Gaussian copula each. Every named parameter must have a scalar (not Dirichlet) distribution; errors in
    /// Dutch naming <paramref name="file"/> and the row.
    /// </summary>
    public UncertainParameters WithCorrelations(IReadOnlyList<ParameterCorrelation> correlations, string file = "correlaties.csv")
    {
        if (correlations.Count == 0) return this;
        var errors = new ErrorCollector(file);
        var byName = _scalars.ToDictionary(s => s.Distribution.Parameter, StringComparer.OrdinalIgnoreCase);
        var parent = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string Find(string x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var seen = new HashSet<(string, string)>();
        foreach (var c in correlations)
        {
            var ok = true;
            foreach (var (name, field) in new[] { (c.First, "parameter1"), (c.Second, "parameter2") })
                if (!byName.ContainsKey(name))
                {
                    errors.Add(c.Row, field, name, "deze parameter heeft geen (enkelvoudige) verdeling in parameters.csv; alleen parameters met een verdeling (geen Dirichlet) kunnen gecorreleerd worden");
                    ok = false;
                }
            if (!ok) continue;
            var a = byName[c.First].Distribution.Parameter;
            var b = byName[c.Second].Distribution.Parameter;
            if (!seen.Add(string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a))) errors.Add(c.Row, "parameter2", c.Second, "dit paar staat er twee keer in");
            parent.TryAdd(a, a);
            parent.TryAdd(b, b);
            parent[Find(a)] = Find(b);
        }
        errors.ThrowIfAny();
        foreach (var component in parent.Keys.GroupBy(Find, StringComparer.OrdinalIgnoreCase))
        {
            var members = component.OrderBy(n => byName[n].Index).Select(n => byName[n]).ToList();
            var n = members.Count;
            var matrix = new double[n, n];
            for (var i = 0; i < n; i++) matrix[i, i] = 1;
            int Pos(string name) => members.FindIndex(m => string.Equals(m.Distribution.Parameter, name, StringComparison.OrdinalIgnoreCase));
            var rows = new List<int>();
            foreach (var c in correlations.Where(c => Pos(c.First) >= 0))
            {
                matrix[Pos(c.First), Pos(c.Second)] = matrix[Pos(c.Second), Pos(c.First)] = c.Correlation;
                rows.Add(c.Row);
            }
            try
            {
                _copulas.Add((new GaussianCopula(members.Select(m => m.Distribution).ToList(), matrix), members.Select(m => m.Index).ToArray()));
            }
            catch (InvalidDistributionException ex)
            {
                errors.Add(rows.Min(), "correlatie", string.Join(", ", members.Select(m => m.Distribution.Parameter)), ex.Message);
            }
        }
        errors.ThrowIfAny();
        return this;
    }

    /// <summary>Number of uncertain parameters (each share of a group counts once).</summary>
    public int Count => _scalars.Count + _groups.Sum(g => g.Indices.Length);

    /// <summary>
    /// Converts every <see cref="DistributionSpec"/> of <paramref name="parameters"/>; Dirichlet parameters with the same
    /// group name (case-insensitive) form one group, their p1 being their α. All problems are reported at once as a
    /// <see cref="DataValidationException"/> whose errors name the parameter (field <c>naam</c>) in Dutch.
    /// Without correlations: every analysis of a loaded model (PSA of <c>simulate</c>, <c>report</c> and <c>batch</c>,
    /// the per-wijk PSA, the optimiser and its EVPPI) draws through <see cref="For"/>, which adds <c>correlaties.csv</c>,
    /// so the same seed gives the same draws everywhere.
    /// </summary>
    /// <param name="parameters">The model's parameters.</param>
    /// <param name="file">The parameter file, for the error messages.</param>
    public static UncertainParameters FromParameterSet(ParameterSet parameters, string file = "parameters.csv")
    {
        var errors = new ErrorCollector(file);
        var scalars = new List<ParameterDistribution>();
        var groups = new List<DirichletDistribution>();
        foreach (var (_, p) in parameters.WithDistribution())
        {
            if (p.Distribution!.Kind == DistributionKind.Dirichlet) continue;
            try
            {
                scalars.Add(FromSpec(p.Name, p.Distribution));
            }
            catch (InvalidDistributionException ex)
            {
                errors.Add(null, "verdeling", p.Distribution.ToString(), ex.Message);
            }
        }
        var dirichlet = parameters.WithDistribution()
            .Where(t => t.Parameter.Distribution!.Kind == DistributionKind.Dirichlet)
            .GroupBy(t => (t.Parameter.Distribution!.Group ?? t.Parameter.Name).Trim(), StringComparer.OrdinalIgnoreCase);
        foreach (var g in dirichlet)
        {
            try
            {
                var members = g.ToList();
                groups.Add(DirichletDistribution.FromAlpha(g.Key, members.Select(m => m.Parameter.Name).ToList(),
                    members.Select(m => m.Parameter.Distribution!.Arguments.Count > 0 ? m.Parameter.Distribution.Arguments[0] : double.NaN).ToList()));
            }
            catch (InvalidDistributionException ex)
            {
                errors.Add(null, "groep", g.Key, ex.Message);
            }
        }
        errors.ThrowIfAny();
        return new UncertainParameters(parameters, scalars, groups);
    }

    /// <summary>
    /// The uncertain parameters of a loaded model, correlations (<c>correlaties.csv</c>) included, with errors located
    /// in its files: the one way every analysis of a model gets its draws (<see cref="CreateSampler"/>).
    /// </summary>
    public static UncertainParameters For(Model.ModelDefinition model) =>
        FromParameterSet(model.Parameters, model.SourceDirectory is { } dir ? Path.Combine(dir, Model.ModelFileNames.Parameters) : Model.ModelFileNames.Parameters)
            .WithCorrelations(model.Correlations, model.SourceDirectory is { } d ? Path.Combine(d, Model.ModelFileNames.Correlations) : Model.ModelFileNames.Correlations);

    /// <summary>
    /// The distribution of one parameter from its declaration (the arguments p1..p3 of <see cref="DistributionSpec"/>).
    /// Throws <see cref="InvalidDistributionException"/> (Dutch, naming <paramref name="parameter"/>) for impossible values.
    /// </summary>
    public static ParameterDistribution FromSpec(string parameter, DistributionSpec spec)
    {
        var need = DistributionSpec.ArgumentCount(spec.Kind);
        if (spec.Arguments.Count < need)
            throw new InvalidDistributionException(parameter, $"de verdeling heeft {need} getallen nodig (p1..p{need}), gevonden: {spec.Arguments.Count}");
        var a = spec.Arguments;
        if (spec.ByMeanSd)
        {
            if (!(a[1] > 0)) throw new InvalidDistributionException(parameter, $"de standaardafwijking (p2) moet groter dan 0 zijn (gekregen: {InvalidDistributionException.Show(a[1])})");
            return spec.Kind switch
            {
                DistributionKind.Beta => BetaDistribution.FromMeanSd(parameter, a[0], a[1]),
                DistributionKind.Gamma => GammaDistribution.FromMeanSd(parameter, a[0], a[1]),
                DistributionKind.LogNormal => LogNormalDistribution.FromMeanSd(parameter, a[0], a[1]),
                DistributionKind.Normal => new NormalDistribution(parameter, a[0], a[1]),
                _ => throw new InvalidDistributionException(parameter, "alleen bèta, gamma, lognormaal en normaal kunnen met gemiddelde en sd worden opgegeven"),
            };
        }
        return spec.Kind switch
        {
            DistributionKind.Beta => BetaDistribution.FromShapes(parameter, a[0], a[1]),
            DistributionKind.Gamma => GammaDistribution.FromShapeScale(parameter, a[0], a[1]),
            DistributionKind.LogNormal => LogNormalDistribution.FromMuSigma(parameter, a[0], a[1]),
            DistributionKind.Normal => new NormalDistribution(parameter, a[0], a[1]),
            DistributionKind.Triangular => new TriangularDistribution(parameter, a[0], a[1], a[2]),
            DistributionKind.Uniform => new UniformDistribution(parameter, a[0], a[1]),
            _ => throw new InvalidDistributionException(parameter, "een Dirichlet-verdeling hoort bij een groep aandelen (kolom 'groep')"),
        };
    }

    /// <summary>A sampler for a run with <paramref name="seed"/>.</summary>
    public ParameterSampler CreateSampler(ulong seed)
    {
        var coupled = _copulas.SelectMany(c => c.Indices).ToHashSet();
        return new(seed, _scalars.Where(s => !coupled.Contains(s.Index)), _groups, _copulas);
    }

    /// <summary>True when no parameter has any spread.</summary>
    public bool IsDegenerate => _scalars.All(s => s.Distribution.IsDegenerate) && _groups.All(g => g.Distribution.IsDegenerate);
}
