using Preventie.Analytics.Interventions;
namespace Preventie.Analytics.Inventory;

/// <summary>
/// The seed's pivot for one selection of activities (one old goal, or one target group): the number of activities,
/// counts by form, by financing (with shares), by target group and by old goal.
/// </summary>
public sealed class PivotSlice
{
    private PivotSlice(IReadOnlyList<PreventionActivity> activities)
    {
        Activities = activities;
        ByForm = PreventionForms.All.ToDictionary(f => f, f => activities.Count(a => a.Form == f));
        ByFinancing = Financings.All.ToDictionary(f => f, f => activities.Count(a => a.Financing == f));
        ByTargetGroup = TargetGroup.All.ToDictionary(t => t, t => activities.Count(a => a.TargetGroups.Contains(t)));
        ByOldGoal = OldGoals.All.ToDictionary(g => g, g => activities.Count(a => a.OldGoals.Contains(g)));
    }

    /// <summary>Computes the slice for <paramref name="activities"/>.</summary>
    public static PivotSlice Of(IEnumerable<PreventionActivity> activities) => new(activities.ToList());

    /// <summary>The activities in the slice.</summary>
    public IReadOnlyList<PreventionActivity> Activities { get; }

    /// <summary>Number of activities.</summary>
    public int Count => Activities.Count;

    /// <summary>Every form, also those with 0 activities; each activity has exactly one form, so the counts sum to <see cref="Count"/>.</summary>
    public IReadOnlyDictionary<PreventionForm, int> ByForm { get; }

    /// <summary>Every financing kind; sums to <see cref="Count"/>.</summary>
    public IReadOnlyDictionary<Financing, int> ByFinancing { get; }

    /// <summary>Activities reaching each target group (an activity can reach several).</summary>
    public IReadOnlyDictionary<TargetGroup, int> ByTargetGroup { get; }

    /// <summary>Activities under each old goal (an activity can be under several).</summary>
    public IReadOnlyDictionary<OldGoal, int> ByOldGoal { get; }

    /// <summary>Share of <paramref name="financing"/> among the activities (0 when there are none), as the seed's percentages.</summary>
    public double FinancingShare(Financing financing) => Count == 0 ? 0 : (double)ByFinancing[financing] / Count;
}
