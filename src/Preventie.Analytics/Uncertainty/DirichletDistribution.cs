namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// Dirichlet distribution for shares that must sum to one (e.g. the 80/15/5 split of the population pyramid, or
/// the split of savings over payers). Given by the expected shares and a concentration n (the "effective sample
/// size": α_k = share_k · n; larger n, less spread), or directly by the α's. Each share's marginal is
/// Beta(α_k, n − α_k), which gives its 5th/95th percentiles for one-way analysis. Concentration 0 (or infinity)
/// means no uncertainty: the shares are returned exactly.
/// <para>Sampling: independent Gamma(α_k, 1) variates (MathNet.Numerics) divided by their sum.</para>
/// </summary>
public sealed class DirichletDistribution
{
    private const double ShareSumTolerance = 1e-6;
    private readonly double[] _alpha;
    private readonly double[] _shares;

    private DirichletDistribution(string group, IReadOnlyList<string> parameters, double[] shares, double[] alpha, double concentration)
    {
        Group = group;
        Parameters = parameters;
        _shares = shares;
        _alpha = alpha;
        Concentration = concentration;
    }

    /// <summary>The name of the group of shares (used in messages and as its random-stream key).</summary>
    public string Group { get; }

    /// <summary>The names of the shares, in order.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>The expected shares (they sum to one).</summary>
    public IReadOnlyList<double> Means => _shares;

    /// <summary>The α's (all 0 when degenerate).</summary>
    public IReadOnlyList<double> Alpha => _alpha;

    /// <summary>The concentration Σα (0 when degenerate).</summary>
    public double Concentration { get; }

    /// <summary>True when there is no spread: every sample equals <see cref="Means"/> exactly.</summary>
    public bool IsDegenerate => Concentration == 0;

    /// <summary>Number of shares.</summary>
    public int Count => _shares.Length;

    /// <summary>
    /// From expected shares (each ≥ 0, summing to one within 10⁻⁶; they are used as given) and a concentration
    /// n ≥ 0 (0 = no uncertainty). With n &gt; 0 every share must be &gt; 0.
    /// </summary>
    public static DirichletDistribution FromShares(string group, IReadOnlyList<string> parameters, IReadOnlyList<double> shares, double concentration)
    {
        Validate(group, parameters, shares, "aandeel");
        InvalidDistributionException.RequireFinite(group, "de concentratie", concentration);
        if (concentration < 0)
            throw new InvalidDistributionException(group, $"de concentratie van een Dirichlet-verdeling mag niet negatief zijn (gekregen: {InvalidDistributionException.Show(concentration)})");
        var sum = shares.Sum();
        if (Math.Abs(sum - 1) > ShareSumTolerance)
            throw new InvalidDistributionException(group,
                $"de aandelen ({string.Join(", ", parameters)}) moeten samen 1 (100%) zijn (gekregen: {InvalidDistributionException.Show(sum)})");
        if (concentration > 0)
            for (var k = 0; k < shares.Count; k++)
                if (shares[k] <= 0)
                    throw new InvalidDistributionException(group,
                        $"het aandeel '{parameters[k]}' moet groter dan 0 zijn om onzeker te kunnen zijn (gekregen: {InvalidDistributionException.Show(shares[k])})");
        var s = shares.ToArray();
        var alpha = concentration > 0 ? s.Select(x => x * concentration).ToArray() : new double[s.Length];
        return new DirichletDistribution(group, parameters.ToArray(), s, alpha, concentration);
    }

    /// <summary>From the α's directly (each &gt; 0), e.g. observed counts per category.</summary>
    public static DirichletDistribution FromAlpha(string group, IReadOnlyList<string> parameters, IReadOnlyList<double> alpha)
    {
        Validate(group, parameters, alpha, "α");
        for (var k = 0; k < alpha.Count; k++)
            if (alpha[k] <= 0)
                throw new InvalidDistributionException(group,
                    $"α van '{parameters[k]}' moet groter dan 0 zijn (gekregen: {InvalidDistributionException.Show(alpha[k])})");
        var a = alpha.ToArray();
        var total = a.Sum();
        return new DirichletDistribution(group, parameters.ToArray(), a.Select(x => x / total).ToArray(), a, total);
    }

    private static void Validate(string group, IReadOnlyList<string> parameters, IReadOnlyList<double> values, string what)
    {
        if (string.IsNullOrWhiteSpace(group)) throw new ArgumentException("A group name is required.", nameof(group));
        if (parameters.Count != values.Count) throw new ArgumentException("One name per value is required.", nameof(parameters));
        if (values.Count < 2)
            throw new InvalidDistributionException(group, "een Dirichlet-verdeling heeft minstens twee aandelen nodig");
        for (var k = 0; k < values.Count; k++)
        {
            InvalidDistributionException.RequireFinite(group, $"{what} van '{parameters[k]}'", values[k]);
            if (values[k] < 0)
                throw new InvalidDistributionException(group,
                    $"{what} van '{parameters[k]}' mag niet negatief zijn (gekregen: {InvalidDistributionException.Show(values[k])})");
        }
    }

    /// <summary>Writes one random set of shares (summing to one) into <paramref name="destination"/>.</summary>
    public void Sample(Random random, Span<double> destination)
    {
        if (destination.Length != Count) throw new ArgumentException($"Expected {Count} values.", nameof(destination));
        if (IsDegenerate)
        {
            _shares.CopyTo(destination);
            return;
        }
        var sum = 0.0;
        for (var k = 0; k < Count; k++)
        {
            var g = MathNet.Numerics.Distributions.Gamma.Sample(random, _alpha[k], 1.0);
            destination[k] = g;
            sum += g;
        }
        for (var k = 0; k < Count; k++) destination[k] /= sum;
    }

    /// <summary>The <paramref name="probability"/> quantile of share <paramref name="index"/> (its marginal Beta(α_k, n − α_k)).</summary>
    public double MarginalQuantile(int index, double probability)
    {
        if (!(probability > 0 && probability < 1)) throw new ArgumentOutOfRangeException(nameof(probability));
        if (IsDegenerate) return _shares[index];
        return MathNet.Numerics.Distributions.Beta.InvCDF(_alpha[index], Concentration - _alpha[index], probability);
    }

    /// <summary>
    /// The expected shares with share <paramref name="index"/> set to <paramref name="value"/> and the others scaled
    /// proportionally so that the total stays one — how a one-way analysis moves one share of a group.
    /// </summary>
    public double[] WithShare(int index, double value) => WithShare(_shares, index, value);

    /// <summary>
    /// <paramref name="shares"/> with share <paramref name="index"/> set to <paramref name="value"/> and the others
    /// scaled proportionally (equally when they are all zero) so that the total stays what it was.
    /// </summary>
    public static double[] WithShare(IReadOnlyList<double> shares, int index, double value)
    {
        var total = shares.Sum();
        var rest = total - shares[index];
        var result = new double[shares.Count];
        for (var k = 0; k < result.Length; k++)
            result[k] = k == index ? value : rest > 0 ? shares[k] * (total - value) / rest : (total - value) / (result.Length - 1);
        return result;
    }

    /// <summary>The group name and a Dutch description with the concentration.</summary>
    public override string ToString() =>
        IsDegenerate
            ? $"{Group}: Dirichlet zonder spreiding"
            : $"{Group}: Dirichlet(concentratie = {InvalidDistributionException.Show(Concentration)})";
}
