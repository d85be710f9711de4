using Preventie.Analytics.Simulation;

namespace Preventie.Analytics.Wijken;

/// <summary>
/// Adds the wijken's deterministic results up into the city's (<see cref="WijkScenario.SumOverWijken"/>): the one place
/// the city figures of a wijk run are made, so every output shows the same sum.
/// </summary>
internal static class CitySum
{
    /// <summary>The sum of <paramref name="perWijk"/> as a result of <paramref name="city"/>; <paramref name="interventionIndex"/>
    /// maps each wijk's intervention k to its index in the city's scenario.</summary>
    public static SimulationResult Of(CompiledScenario city, IReadOnlyList<SimulationResult> perWijk, IReadOnlyList<int[]> interventionIndex)
    {
        var buffer = city.CreateBuffer();
        var trace = city.CreateTrace();
        for (var i = 0; i < perWijk.Count; i++)
        {
            var w = perWijk[i];
            buffer.Add(w.Buffer);
            Add(trace.Counts, w.Trace.Counts);
            Add(trace.PersonYears, w.Trace.PersonYears);
            Add(trace.StateCosts, w.Trace.StateCosts);
            var map = interventionIndex[i];
            var P = trace.Payers;
            for (var t = 0; t < trace.Cycles; t++)
                for (var k = 0; k < map.Length; k++)
                    for (var p = 0; p < P; p++)
                        trace.InterventionCosts[(t * trace.Interventions + map[k]) * P + p] += w.Trace.InterventionCosts[(t * w.Trace.Interventions + k) * P + p];
        }
        var parameters = perWijk[0].Parameters.Take(city.ParameterCount).ToArray();
        return new SimulationResult(city, buffer, trace, perWijk[0].DiscountRate, parameters, LifeExpectancy(perWijk));
    }

    private static void Add(double[] sum, double[] part)
    {
        if (sum.Length != part.Length) throw new ArgumentException("the wijk results do not match the city's shape");
        for (var k = 0; k < sum.Length; k++) sum[k] += part[k];
    }

    /// <summary>Per band: the wijken's zelfredzame levensverwachting weighted by the band's living inhabitants at the start
    /// (the expectation for a person drawn from the city's band); NaN when no wijk has anyone living in the band.</summary>
    private static double[] LifeExpectancy(IReadOnlyList<SimulationResult> perWijk)
    {
        var bands = perWijk[0].Bands;
        var result = new double[bands.Count];
        foreach (var b in bands)
        {
            double weighted = 0, people = 0;
            foreach (var w in perWijk)
            {
                var n = w.BandPopulation(0, b);
                var e = w.SelfReliantLifeExpectancy[(int)b];
                if (n <= 0 || double.IsNaN(e)) continue;
                weighted += n * e;
                people += n;
            }
            result[(int)b] = people > 0 ? weighted / people : double.NaN;
        }
        return result;
    }
}
