namespace Preventie.Analytics.Inventory;

/// <summary>
/// The seed's pivots computed from any inventory: one <see cref="PivotSlice"/> per old goal (plus the activities
/// without a goal) and one per target group (inwoners algemeen, the eight age bands, specifiek).
/// </summary>
public sealed class InventoryPivot
{
    private InventoryPivot(PreventionInventory inventory)
    {
        var acts = inventory.Activities;
        Total = PivotSlice.Of(acts);
        ByOldGoal = OldGoals.All.ToDictionary(g => g, g => PivotSlice.Of(acts.Where(a => a.OldGoals.Contains(g))));
        WithoutGoal = PivotSlice.Of(acts.Where(a => a.OldGoals.Count == 0));
        ByTargetGroup = TargetGroup.All.ToDictionary(t => t, t => PivotSlice.Of(acts.Where(a => a.TargetGroups.Contains(t))));
    }

    /// <summary>Computes all pivots of <paramref name="inventory"/>.</summary>
    public static InventoryPivot Compute(PreventionInventory inventory) => new(inventory);

    /// <summary>All activities.</summary>
    public PivotSlice Total { get; }

    /// <summary>Per old goal 1-4 (an activity under two goals counts in both).</summary>
    public IReadOnlyDictionary<OldGoal, PivotSlice> ByOldGoal { get; }

    /// <summary>Activities with no goal marked ("geen").</summary>
    public PivotSlice WithoutGoal { get; }

    /// <summary>Per target group, in <see cref="TargetGroup.All"/> order.</summary>
    public IReadOnlyDictionary<TargetGroup, PivotSlice> ByTargetGroup { get; }

    /// <summary>Activities per new goal through <paramref name="mapping"/> (an activity counts once per new goal).</summary>
    public IReadOnlyDictionary<NewGoal, int> ByNewGoal(GoalMapping mapping) =>
        NewGoals.All.ToDictionary(g => g, g => Total.Activities.Count(a => mapping.NewGoalsFor(a).Contains(g)));
}
