using Preventie.Analytics.Input;

namespace Preventie.Analytics.Inventory;

/// <summary>One line of the goal mapping: an old goal or theme and the new goal it counts towards.</summary>
/// <param name="Kind">"doel" (old goal 1-4) or "thema" (theme 1-8).</param>
/// <param name="Code">The goal or theme number.</param>
/// <param name="Description">Its description.</param>
/// <param name="NewGoal">The new goal it maps to.</param>
/// <param name="IsAssumption">True when the mapping is an assumption (the plan gives no mapping).</param>
/// <param name="Explanation">Why.</param>
public sealed record GoalMappingEntry(string Kind, int Code, string Description, NewGoal NewGoal, bool IsAssumption, string Explanation);

/// <summary>
/// The editable mapping of old goals (and themes) to the three new goals, from <c>data/inventory/doelen-mapping.csv</c>.
/// The plan gives no mapping, so every line is normally marked <c>aanname = ja</c>.
/// </summary>
public sealed class GoalMapping
{
    public GoalMapping(IReadOnlyList<GoalMappingEntry> entries) => Entries = entries;

    public IReadOnlyList<GoalMappingEntry> Entries { get; }

    /// <summary>True when any line used for old goals is an assumption.</summary>
    public bool RestsOnAssumptions => Entries.Any(e => e.Kind == "doel" && e.IsAssumption);

    /// <summary>The new goals an old goal counts towards (may be several, or none when unmapped).</summary>
    public IReadOnlyList<NewGoal> NewGoalsFor(OldGoal goal) =>
        Entries.Where(e => e.Kind == "doel" && e.Code == (int)goal).Select(e => e.NewGoal).Distinct().ToList();

    /// <summary>The new goals of an activity: the union over its old goals.</summary>
    public IReadOnlyList<NewGoal> NewGoalsFor(PreventionActivity activity) =>
        activity.OldGoals.OrderBy(g => g).SelectMany(NewGoalsFor).Distinct().OrderBy(g => g).ToList();

    /// <summary>Loads a mapping file (columns: soort, code, omschrijving, nieuw doel, aanname, toelichting); all errors at once.</summary>
    public static GoalMapping Load(string path)
    {
        var table = TableReader.Read(path, ["soort"], ["code"], ["nieuw doel", "nieuwe doelstelling"], ["aanname"]);
        var errors = new ErrorCollector(path);
        int? kindCol = table.IndexOf("soort"), codeCol = table.IndexOf("code"), descCol = table.IndexOf("omschrijving"),
            newCol = table.IndexOf("nieuw doel", "nieuwe doelstelling"), assumptionCol = table.IndexOf("aanname"), whyCol = table.IndexOf("toelichting");
        var entries = new List<GoalMappingEntry>();
        foreach (var row in table.Rows)
        {
            var kind = ColumnName.Normalize(row.Get(kindCol));
            if (kind is not ("doel" or "thema"))
                errors.Add(row.Number, table.HeaderAt(kindCol!.Value), row.Get(kindCol), "onbekende soort (verwacht: doel of thema)");
            var max = kind == "thema" ? 8 : 4;
            if (!int.TryParse(row.Get(codeCol), out var code) || code < 1 || code > max)
                errors.Add(row.Number, table.HeaderAt(codeCol!.Value), row.Get(codeCol), $"ongeldige code (verwacht 1 t/m {max})");
            if (!NewGoals.TryParse(row.Get(newCol), out var newGoal))
                errors.Add(row.Number, table.HeaderAt(newCol!.Value), row.Get(newCol), "onbekend nieuw doel (verwacht: bestaanszekerheid, kansengelijkheid of gezond leven)");
            var a = ColumnName.Normalize(row.Get(assumptionCol));
            if (a is not ("ja" or "nee"))
                errors.Add(row.Number, table.HeaderAt(assumptionCol!.Value), row.Get(assumptionCol), "verwacht ja of nee");
            entries.Add(new GoalMappingEntry(kind, code, row.Get(descCol), newGoal, a == "ja", row.Get(whyCol)));
        }
        errors.ThrowIfAny();
        return new GoalMapping(entries);
    }
}
