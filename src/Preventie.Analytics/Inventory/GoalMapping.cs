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
    /// <summary>A mapping of the given lines, in file order.</summary>
    public GoalMapping(IReadOnlyList<GoalMappingEntry> entries) => Entries = entries;

    /// <summary>The lines of the mapping, in file order.</summary>
    public IReadOnlyList<GoalMappingEntry> Entries { get; }

    /// <summary>True when any line used for old goals is an assumption.</summary>
    public bool RestsOnAssumptions => Entries.Any(e => e.Kind == "doel" && e.IsAssumption);

    /// <summary>The new goals an old goal counts towards (may be several, or none when unmapped).</summary>
    public IReadOnlyList<NewGoal> NewGoalsFor(OldGoal goal) =>
        Entries.Where(e => e.Kind == "doel" && e.Code == (int)goal).Select(e => e.NewGoal).Distinct().ToList();

    /// <summary>The new goals of an activity: the union over its old goals.</summary>
    public IReadOnlyList<NewGoal> NewGoalsFor(PreventionActivity activity) =>
        activity.OldGoals.OrderBy(g => g).SelectMany(NewGoalsFor).Distinct().OrderBy(g => g).ToList();

}
