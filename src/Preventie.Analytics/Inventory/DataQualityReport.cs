using Preventie.Analytics.Interventions;
using System.Text.RegularExpressions;
using Preventie.Analytics.Input;

namespace Preventie.Analytics.Inventory;

/// <summary>
/// Data-quality findings on an inventory: activities without a goal, unknown form, open questions in the remarks,
/// likely duplicates, goals without activities and age bands without an activity per goal.
/// </summary>
public static partial class DataQualityReport
{
    /// <summary>Effects (or names) whose <see cref="TextSimilarity.Overlap(string?, string?)"/> reaches this are reported as likely duplicates.</summary>
    public const double DuplicateThreshold = 0.6;

    /// <summary>Both texts need at least this many content words, so one shared word in a one-word text is not a match.</summary>
    public const int MinimumWords = 2;

    [GeneratedRegex(@"overlap\s+met\s+(?<other>[^?]+)\?", RegexOptions.IgnoreCase)]
    private static partial Regex OverlapQuestion();

    /// <summary>All findings for <paramref name="inventory"/>, grouped by kind in the order listed above.</summary>
    public static IReadOnlyList<Finding> Analyse(PreventionInventory inventory)
    {
        var acts = inventory.Activities;
        var findings = new List<Finding>();

        foreach (var a in acts.Where(a => a.OldGoals.Count == 0))
            findings.Add(new Finding("zonder-doel", $"'{a.Label}' valt onder geen enkele doelstelling (geen kruisje bij doel 1-4).", a.Row, a.Label));

        foreach (var a in acts.Where(a => a.Form == PreventionForm.Onbekend))
            findings.Add(new Finding("vorm-onbekend", $"Bij '{a.Label}' is de vorm van preventie niet ingevuld of onbekend.", a.Row, a.Label));

        foreach (var a in acts)
        {
            if (!IsOpenQuestion(a.Remarks)) continue;
            var overlap = OverlapQuestion().Match(a.Remarks);
            var message = overlap.Success
                ? $"Open vraag bij '{a.Label}': mogelijke overlap met {overlap.Groups["other"].Value.Trim()} ('{a.Remarks}')."
                : $"Open vraag bij '{a.Label}': '{a.Remarks}'.";
            findings.Add(new Finding("open-vraag", message, a.Row, a.Label));
        }

        findings.AddRange(LikelyDuplicates(acts));

        foreach (var goal in OldGoals.All.Where(g => !acts.Any(a => a.OldGoals.Contains(g))))
            findings.Add(new Finding("doel-zonder-activiteit", $"Onder {goal.DutchLabel()} valt geen enkele activiteit."));

        if (!inventory.HasTargetGroupColumn || acts.All(a => a.TargetGroups.Count == 0))
        {
            findings.Add(new Finding("geen-leeftijdsgroepen",
                "Er zijn geen leeftijdsgroepen ingevuld (kolom 'leeftijdsgroepen'): of elke leeftijdsgroep per doelstelling bediend wordt, is niet na te gaan."));
        }
        else
        {
            foreach (var goal in OldGoals.All)
            {
                var inGoal = acts.Where(a => a.OldGoals.Contains(goal)).ToList();
                if (inGoal.Count == 0) continue;
                foreach (var band in InventoryBands.All.Where(b => !inGoal.Any(a => a.TargetGroups.Contains(TargetGroup.Of(b)))))
                    findings.Add(new Finding("leeftijdsgroep-zonder-activiteit",
                        $"Onder {goal.DutchLabel()} is geen activiteit voor {band.Label} (activiteiten voor inwoners algemeen niet meegeteld)."));
            }
        }
        return findings;
    }

    /// <summary>
    /// A remark is an open question when it contains a question mark (e.g. "klopt effect?", "overlap met St Present?",
    /// "Corona gerelateerd?") or starts with "onduidelijk" (e.g. "onduidelijk welke wijk").
    /// </summary>
    public static bool IsOpenQuestion(string? remarks) =>
        !string.IsNullOrWhiteSpace(remarks)
        && (remarks.Contains('?') || ColumnName.Normalize(remarks).StartsWith("onduidelijk", StringComparison.Ordinal));

    /// <summary>
    /// Activities whose names or intended effects are similar (<see cref="TextSimilarity"/> overlap ≥ <see cref="DuplicateThreshold"/>,
    /// both with at least <see cref="MinimumWords"/> content words), or whose names are equal: each activity at most
    /// once, with the earliest activity it resembles (see <see cref="DuplicateDetection"/>, below quadratic cost).
    /// </summary>
    public static IEnumerable<Finding> LikelyDuplicates(IReadOnlyList<PreventionActivity> activities) =>
        DuplicateDetection.FirstMatches(activities).Select(m =>
        {
            var (a, b) = (activities[m.Earlier], activities[m.Later]);
            return new Finding("mogelijk-dubbel", $"'{a.Label}' en '{b.Label}' zijn mogelijk dubbel: {m.Why}.", b.Row, b.Label);
        });
}
