namespace Preventie.Analytics.Parameters;

/// <summary>
/// The ordered set of named parameters of a model: the ONE shared parameter vector. Every compiled scenario of the same
/// model refers to a parameter by its index in this set, so scenario and comparator read the same slot of a sampled
/// vector (common random numbers in the PSA).
/// <para>Vector layout: <c>vector[i]</c> is the value of <c>this[i]</c>; <see cref="DefaultVector"/> gives the base case.</para>
/// </summary>
public sealed class ParameterSet
{
    private readonly List<Parameter> _parameters;
    private readonly Dictionary<string, int> _index;

    /// <summary>The parameter vector in the given order; names must be unique (case ignored).</summary>
    public ParameterSet(IEnumerable<Parameter> parameters)
    {
        _parameters = parameters.ToList();
        _index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < _parameters.Count; i++)
            if (!_index.TryAdd(_parameters[i].Name, i))
                throw new ArgumentException($"parameter '{_parameters[i].Name}' komt twee keer voor");
    }

    /// <summary>Number of parameters = length of a parameter vector.</summary>
    public int Count => _parameters.Count;

    /// <summary>The parameter at vector index <paramref name="index"/>.</summary>
    public Parameter this[int index] => _parameters[index];

    /// <summary>All parameters in vector order.</summary>
    public IReadOnlyList<Parameter> All => _parameters;

    /// <summary>Vector index of <paramref name="name"/> (case-insensitive), or -1.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name.Trim(), out var i) ? i : -1;

    /// <summary>True when a parameter with this name exists.</summary>
    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>A fresh copy of the base-case values in vector order.</summary>
    public double[] DefaultVector() => _parameters.Select(p => p.Value).ToArray();

    /// <summary>The parameters that carry a PSA distribution, with their vector index.</summary>
    public IEnumerable<(int Index, Parameter Parameter)> WithDistribution() =>
        _parameters.Select((p, i) => (i, p)).Where(t => t.p.Distribution is not null);
}
