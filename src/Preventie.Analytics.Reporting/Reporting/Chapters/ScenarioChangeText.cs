using Preventie.Analytics.Simulation;
using System.Globalization;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Model;
using Preventie.Analytics.Scenarios;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// What a scenario changes against its comparator, in plain Dutch, generated from the scenario's values (years,
/// ramp-up and fade-out, yearly amounts per payer, reach) rather than written by hand, so the report's text cannot drift
/// from what the model computes: halve an amount in the YAML and the sentence halves with it. The scenario's own
/// <c>omschrijving</c> is shown as well, but amounts belong here.
/// </summary>
public static class ScenarioChangeText
{
    /// <summary>
    /// "Wat het scenario verandert ten opzichte van 'Basis (huidig beleid)': Voorliggende voorzieningen: nieuw vanaf 2025,
    /// opgebouwd in 2 jaar; kosten € 500.000 per jaar (Gemeente – Wmo) …; bereik 5% van alle leeftijden." Every
    /// intervention that is new, changed or stopped against its namesake in <paramref name="comparatorRun"/>; amounts and
    /// reach as each run used them (<see cref="SimulationResult.ValueOf(SourcedValue)"/>). Empty when nothing differs.
    /// </summary>
    public static string Describe(SimulationResult scenarioRun, SimulationResult comparatorRun)
    {
        var scenario = scenarioRun.Compiled.Scenario;
        var comparator = comparatorRun.Compiled.Scenario;
        var model = scenarioRun.Compiled.Model;
        var items = new List<string>();
        foreach (var iv in scenario.Interventions)
        {
            var namesake = Find(comparator, iv.Name);
            if (namesake is not null && Signature(namesake) == Signature(iv)) continue;
            items.Add(Item(iv, namesake, scenario, model, scenarioRun));
        }
        foreach (var gone in comparator.Interventions.Where(c => Find(scenario, c.Name) is null))
            items.Add($"{gone.Name}: stopt (vanaf {scenario.StartYear} niet meer gefinancierd; was {Costs(gone, comparatorRun)})");
        return items.Count == 0 ? ""
            : $"Wat het scenario verandert ten opzichte van '{comparator.Name}' (berekend uit het scenariobestand): {string.Join("; ", items)}.";
    }

    private static Intervention? Find(Scenario scenario, string name) =>
        scenario.Interventions.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));

    private static string Item(Intervention iv, Intervention? namesake, Scenario scenario, ModelDefinition model, SimulationResult run)
    {
        var text = iv.Name + ": ";
        var timing = new List<string>();
        if (iv.StartYear > scenario.StartYear || namesake is null)
            timing.Add(iv.StartYear > scenario.StartYear ? $"{(namesake is null ? "nieuw " : "")}vanaf {iv.StartYear}"
                : $"loopt al vóór {scenario.StartYear} en telt vanaf {scenario.StartYear}");
        if (iv.RampUpYears > 1) timing.Add($"opgebouwd in {iv.RampUpYears} jaar");
        if (iv.EndYear is { } end)
        {
            timing.Add($"gefinancierd tot en met {end}");
            timing.Add(iv.FadeOutYears > 0 ? $"daarna dooft het effect uit in {iv.FadeOutYears} jaar" : "daarna stopt het effect meteen");
        }
        text += string.Join(", ", timing);
        text += (timing.Count > 0 ? "; " : "") + "kosten " + Costs(iv, run);
        var reach = run.ValueOf(iv.Reach) * run.ValueOf(iv.NeighbourhoodShare);
        var target = iv.TargetBands.Count == model.Bands.Count ? "alle leeftijden" : "de leeftijden " + DutchList.Join(iv.TargetBands.Select(b => b.Code));
        text += $"; bereik {DutchFormat.Percent(reach, reach < 0.1 ? 1 : 0)} van {target}";
        return text;
    }

    private static string Costs(Intervention iv, SimulationResult run) => iv.Costs.Count == 0 ? "geen"
        : string.Join(" en ", iv.Costs.Select(c => $"{DutchFormat.Euro(run.ValueOf(c.AmountPerYear))} per jaar ({c.Payer.Label})"));

    // everything the model computes from an intervention, as text
    private static string Signature(Intervention iv) =>
        string.Join("|", [string.Join(",", iv.TargetBands), iv.Reach.Expression.Text, iv.NeighbourhoodShare.Expression.Text, string.Join(",", iv.Wijken),
            iv.StartYear.ToString(), iv.EndYear?.ToString() ?? "", iv.RampUpYears.ToString(CultureInfo.InvariantCulture), iv.FadeOutYears.ToString(CultureInfo.InvariantCulture),
            .. iv.Costs.Select(c => c.Payer.Index + ":" + c.AmountPerYear.Expression.Text),
            .. iv.Effects.Select(e => $"{e.Kind.Key}:{e.From}>{e.To}:{e.Size.Expression.Text}")]);
}
