using Preventie.Analytics.Input;

namespace Preventie.Analytics.Parameters;

/// <summary>
/// A distribution attached to a <see cref="Parameter"/>, parsed and validated but not sampled here (sampling is the
/// Uncertainty area's job). In <c>parameters.csv</c> it is written in the columns <c>verdeling</c> (kind:
/// beta, gamma, lognormaal, normaal, driehoek, uniform, dirichlet — English names also accepted), <c>p1</c>, <c>p2</c>,
/// <c>p3</c> and, for Dirichlet, <c>groep</c>.
/// <list type="table">
/// <item><term>beta</term><description>p1 = alpha &gt; 0, p2 = beta &gt; 0</description></item>
/// <item><term>gamma</term><description>p1 = shape &gt; 0, p2 = scale &gt; 0 (mean = shape·scale)</description></item>
/// <item><term>lognormal</term><description>p1 = mu, p2 = sigma &gt; 0 of ln(value)</description></item>
/// <item><term>normal</term><description>p1 = mean, p2 = sd &gt; 0</description></item>
/// <item><term>triangular</term><description>p1 = min ≤ p2 = mode ≤ p3 = max, min &lt; max</description></item>
/// <item><term>uniform</term><description>p1 = min &lt; p2 = max</description></item>
/// <item><term>dirichlet</term><description>p1 = alpha &gt; 0 of this parameter; all parameters with the same
/// <see cref="Group"/> form one Dirichlet vector</description></item>
/// </list>
/// Beta, gamma, lognormal and normal can also be given by their mean and standard deviation: write the kind with
/// <c>_gem_sd</c> (e.g. <c>beta_gem_sd</c>, <c>gamma_gem_sd</c>, <c>lognormaal_gem_sd</c>; English <c>_mean_sd</c>),
/// p1 = mean, p2 = sd &gt; 0 (<see cref="ByMeanSd"/>); the shapes follow by the method of moments.
/// </summary>
/// <param name="Kind">The distribution family.</param>
/// <param name="Arguments">p1, p2, p3 as described above (length 1-3 depending on <paramref name="Kind"/>).</param>
/// <param name="Group">The Dirichlet group name; null for the other kinds.</param>
public sealed record DistributionSpec(DistributionKind Kind, IReadOnlyList<double> Arguments, string? Group = null)
{
    /// <summary>True when p1 and p2 are the mean and standard deviation rather than the kind's own parameters.</summary>
    public bool ByMeanSd { get; init; }

    /// <summary>Parses the kind word, including the mean-and-sd forms such as <c>beta_gem_sd</c>.</summary>
    public static bool TryParseKind(string? text, out DistributionKind kind, out bool byMeanSd)
    {
        var key = ColumnName.Normalize(text);
        byMeanSd = false;
        foreach (var suffix in new[] { "gemiddeldesd", "gemsd", "meansd" })
            if (key.EndsWith(suffix, StringComparison.Ordinal) && key.Length > suffix.Length)
            {
                byMeanSd = TryParseKind(key[..^suffix.Length], out kind)
                           && kind is DistributionKind.Beta or DistributionKind.Gamma or DistributionKind.LogNormal or DistributionKind.Normal;
                return byMeanSd;
            }
        return TryParseKind(text, out kind);
    }
    /// <summary>Number of arguments each kind needs.</summary>
    public static int ArgumentCount(DistributionKind kind) => kind switch
    {
        DistributionKind.Triangular => 3,
        DistributionKind.Dirichlet => 1,
        _ => 2,
    };

    /// <summary>Parses the kind word (Dutch or English, tolerant of case and accents).</summary>
    public static bool TryParseKind(string? text, out DistributionKind kind)
    {
        kind = default;
        switch (ColumnName.Normalize(text))
        {
            case "beta": kind = DistributionKind.Beta; return true;
            case "gamma": kind = DistributionKind.Gamma; return true;
            case "lognormal" or "lognormaal": kind = DistributionKind.LogNormal; return true;
            case "normal" or "normaal": kind = DistributionKind.Normal; return true;
            case "triangular" or "driehoek" or "driehoeks": kind = DistributionKind.Triangular; return true;
            case "uniform" or "uniforme" or "gelijkmatig": kind = DistributionKind.Uniform; return true;
            case "dirichlet": kind = DistributionKind.Dirichlet; return true;
            default: return false;
        }
    }

    /// <summary>
    /// Checks the arguments against the kind and against the parameter's point value; returns Dutch messages
    /// (empty when valid).
    /// </summary>
    public IEnumerable<string> Validate(double pointValue)
    {
        var need = ArgumentCount(Kind);
        if (Arguments.Count < need)
        {
            yield return $"verdeling {Kind.ToString().ToLowerInvariant()} heeft {need} parameter(s) nodig (p1..p{need}), gevonden: {Arguments.Count}";
            yield break;
        }
        var a = Arguments;
        if (ByMeanSd)
        {
            if (!(a[1] > 0)) yield return "p2 (standaardafwijking) moet groter dan 0 zijn";
            if (Kind == DistributionKind.Beta && !(a[0] > 0 && a[0] < 1)) yield return "het gemiddelde (p1) van een bèta-verdeling moet tussen 0 en 1 liggen";
            else if (Kind == DistributionKind.Beta && a[1] > 0 && a[1] * a[1] >= a[0] * (1 - a[0])) yield return $"de standaardafwijking (p2) is te groot voor een bèta-verdeling met dit gemiddelde: kleiner dan {Math.Sqrt(a[0] * (1 - a[0])).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)} nodig";
            if (Kind is DistributionKind.Gamma or DistributionKind.LogNormal && !(a[0] > 0)) yield return "het gemiddelde (p1) moet groter dan 0 zijn";
            yield break;
        }
        switch (Kind)
        {
            case DistributionKind.Beta:
                if (a[0] <= 0 || a[1] <= 0) yield return "beta-verdeling: p1 (alfa) en p2 (bèta) moeten groter dan 0 zijn";
                if (pointValue < 0 || pointValue > 1) yield return "beta-verdeling past alleen bij een waarde tussen 0 en 1";
                break;
            case DistributionKind.Gamma:
                if (a[0] <= 0 || a[1] <= 0) yield return "gamma-verdeling: p1 (vorm) en p2 (schaal) moeten groter dan 0 zijn";
                if (pointValue < 0) yield return "gamma-verdeling past alleen bij een waarde van 0 of meer";
                break;
            case DistributionKind.LogNormal:
                if (a[1] <= 0) yield return "lognormale verdeling: p2 (sigma) moet groter dan 0 zijn";
                if (pointValue <= 0) yield return "lognormale verdeling past alleen bij een waarde groter dan 0";
                break;
            case DistributionKind.Normal:
                if (a[1] <= 0) yield return "normale verdeling: p2 (standaardafwijking) moet groter dan 0 zijn";
                break;
            case DistributionKind.Triangular:
                if (!(a[0] <= a[1] && a[1] <= a[2] && a[0] < a[2])) yield return "driehoeksverdeling: nodig is p1 (min) ≤ p2 (modus) ≤ p3 (max) en min < max";
                else if (pointValue < a[0] || pointValue > a[2]) yield return "de waarde ligt buiten het bereik van de driehoeksverdeling";
                break;
            case DistributionKind.Uniform:
                if (!(a[0] < a[1])) yield return "uniforme verdeling: p1 (min) moet kleiner zijn dan p2 (max)";
                else if (pointValue < a[0] || pointValue > a[1]) yield return "de waarde ligt buiten het bereik van de uniforme verdeling";
                break;
            case DistributionKind.Dirichlet:
                if (a[0] <= 0) yield return "dirichlet-verdeling: p1 (alfa) moet groter dan 0 zijn";
                if (string.IsNullOrWhiteSpace(Group)) yield return "dirichlet-verdeling heeft een groep nodig (kolom 'groep')";
                break;
        }
    }

    /// <summary>Short text such as "beta(8; 32)" for tables.</summary>
    public override string ToString() =>
        $"{Kind.ToString().ToLowerInvariant()}{(ByMeanSd ? "_gem_sd" : "")}({string.Join("; ", Arguments.Select(x => x.ToString(System.Globalization.CultureInfo.InvariantCulture)))}){(Group is null ? "" : " groep " + Group)}";
}
