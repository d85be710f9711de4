using Preventie.Analytics.Input;
using Preventie.Analytics.Population;
using Preventie.Analytics.States;

namespace Preventie.Analytics.Transitions;

/// <summary>The rule that a state's yearly outflow probabilities add up to at most 1, for the model files and the wijk
/// models alike.</summary>
public static class OutflowCheck
{
    /// <summary>Checks, with the base-case values, that no state's outflows exceed 1 in any band and year range.</summary>
    public static void CheckOutflows(ErrorCollector errors, IReadOnlyList<TransitionRule> rules, IReadOnlyList<ModelState> states, double[] vector)
    {
        var years = rules.SelectMany(r => new[] { r.FirstYear, r.LastYear }).Where(y => y is not null).Select(y => y!.Value).Distinct().ToList();
        years.Add(int.MinValue / 2);
        foreach (var byState in rules.GroupBy(r => r.From))
        {
            var bad = new List<(AgeBand Band, double Sum, List<TransitionRule> Rules)>();
            foreach (var g in byState.GroupBy(r => r.Band))
                foreach (var y in years.SelectMany(y => new[] { y, y + 1 }).Distinct())
                {
                    var active = g.Where(r => r.Covers(y)).ToList();
                    var sum = active.Sum(r => r.Probability.Evaluate(vector));
                    if (sum > 1 + 1e-9) { bad.Add((g.Key, sum, active)); break; }
                }
            if (bad.Count == 0) continue;
            var name = states[byState.Key].Name;
            var rows = bad.SelectMany(b => b.Rules).Select(r => r.Row).Distinct().Order().ToList();
            errors.Add(rows[0], "kans", name,
                $"de uitstroom uit toestand '{name}' telt op tot {bad.Max(b => b.Sum):0.####} (meer dan 1) in leeftijdsgroep(en) {string.Join(", ", bad.Select(b => b.Band.Code))} (rijen {string.Join(", ", rows)})");
        }
    }
}
