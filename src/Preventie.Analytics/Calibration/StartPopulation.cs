using Preventie.Analytics.Model;
using Preventie.Analytics.Monitor;
using Preventie.Analytics.Population;

namespace Preventie.Analytics.Calibration;

/// <summary>
/// Takes the population per band on 1 January of a year from a monitor file (indicator <c>bevolking</c>) into the
/// model: for every band whose inhabitants in <c>bevolking.csv</c> are a single parameter (e.g. <c>inwoners_65_79</c>),
/// that parameter gets the observed value.
/// </summary>
public static class StartPopulation
{
    /// <summary>The population indicator code.</summary>
    public const string Indicator = "bevolking";

    /// <summary>The updates (empty when the monitor has no population per band for <paramref name="year"/>).</summary>
    public static IReadOnlyList<ParameterUpdate> FromMonitor(ModelDefinition model, MonitorData data, int year)
    {
        var updates = new List<ParameterUpdate>();
        foreach (var d in model.Demography)
        {
            var obs = data.Find(Indicator, d.Band, year);
            var e = d.Inhabitants;
            if (obs?.Value is not { } v || e.ParameterIndices.Count != 1 || e.Constant != 1.0) continue;
            var p = model.Parameters[e.ParameterIndices[0]];
            if (!string.Equals(e.Text.Trim(), p.Name, StringComparison.OrdinalIgnoreCase)) continue;
            var source = $"monitor {Path.GetFileName(data.File)}: bevolking 1-1-{year}, {d.Band.Code} (rij {obs.Row})"
                         + (data.IsIllustrative ? $" — {MonitorData.IllustrativeNotice}" : string.Empty);
            updates.Add(new ParameterUpdate(p.Name, v, source, $"was {p.Value:0} ({p.Source ?? "aanname"})"));
        }
        return updates;
    }

    /// <summary>Dutch note on what <see cref="FromMonitor"/> found.</summary>
    public static string Describe(IReadOnlyList<ParameterUpdate> updates, int year) =>
        updates.Count == 0
            ? $"Startbevolking {year}: uit het model (de monitor heeft geen bevolking per leeftijdsgroep voor {year})."
            : $"Startbevolking 1-1-{year} uit de monitor voor {updates.Count} leeftijdsgroep(en); startverdeling over de toestanden uit het model.";
}
