using Preventie.Analytics.Quantities;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Plausibility;

/// <summary>
/// Plausibility of a parameter's point value and distribution against its unit (<see cref="Parameter.IsProbability"/>,
/// <see cref="Parameter.IsCost"/>). Refused, with the parameter named:
/// <list type="bullet">
/// <item>a probability or share (also a reach) outside [0, 1], or whose distribution can take values outside [0, 1]
/// (e.g. a gamma, lognormal or normal distribution, or a uniform/triangular range beyond 0 or 1);</item>
/// <item>a cost below 0, or whose distribution can go below 0 (e.g. a normal distribution), unless the parameter says it
/// may be negative (<see cref="Parameter.MayBeNegative"/>);</item>
/// <item>a distribution whose mean lies further from the point value than one standard deviation (the PSA would then
/// centre somewhere else than the deterministic results).</item>
/// </list>
/// Dirichlet shares are checked as a group elsewhere (their α's set the mean shares).
/// </summary>
public static class ParameterPlausibility
{
    /// <summary>(field, Dutch message) for each problem; empty when plausible.</summary>
    public static IEnumerable<(string Field, string Message)> Problems(Parameter p)
    {
        if (p.IsProbability && !Probability.IsValid(p.Value))
            yield return ("waarde", $"'{p.Name}' is een kans of aandeel ({p.Unit}) en moet tussen 0 en 1 liggen");
        if (p.IsCost && !p.MayBeNegative && p.Value < 0)
            yield return ("waarde", $"'{p.Name}' is een bedrag ({p.Unit}) en mag niet negatief zijn; zet 'negatief' op ja als dat de bedoeling is");
        if (p.Distribution is not { } spec || spec.Kind == DistributionKind.Dirichlet) yield break;

        ParameterDistribution d;
        try
        {
            d = UncertainParameters.FromSpec(p.Name, spec);
        }
        catch (InvalidDistributionException)
        {
            yield break; // reported by the PSA's own validation with its message
        }
        var show = (double v) => InvalidDistributionException.Show(v);
        if (p.IsProbability && (d.SupportMin < 0 || d.SupportMax > 1))
            yield return ("verdeling", $"de verdeling van '{p.Name}' ({d.Describe()}) kan waarden buiten [0, 1] geven, maar het is een kans of aandeel: gebruik een bèta-verdeling of een bereik binnen 0 en 1");
        if (p.IsCost && !p.MayBeNegative && d.SupportMin < 0)
            yield return ("verdeling", $"de verdeling van '{p.Name}' ({d.Describe()}) kan negatieve bedragen geven: gebruik gamma of lognormaal, of zet 'negatief' op ja");
        var sd = Math.Sqrt(d.Variance);
        if (!d.IsDegenerate && Math.Abs(d.Mean - p.Value) > sd)
            yield return ("verdeling", $"het gemiddelde van de verdeling van '{p.Name}' ({show(d.Mean)}) ligt meer dan één standaardafwijking ({show(sd)}) van de waarde {show(p.Value)}: pas de verdeling of de waarde aan");
    }
}
