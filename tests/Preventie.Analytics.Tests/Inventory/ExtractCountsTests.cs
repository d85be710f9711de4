using Preventie.Analytics.Interventions;
using Preventie.Analytics.Inventory;

namespace Preventie.Analytics.Tests.Inventory;

/// <summary>
/// The extract's counts, counted by hand from the seed table (seed 000, lines 495-517), NOT by the code under test.
/// Hand count of the goal columns (X per row):
///   doel 1: rows 1,2,3,6,8,11,12,15,17,18,19,20,22,23 = 14
///   doel 2: rows 4,5,7,9,13,14,16,18,20 = 9   (18 and 20 are under both 1 and 2)
///   doel 3: row 10 = 1;  doel 4: none = 0;  no goal: row 21 (Omgaan met verlies) = 1
/// Forms: universeel rows 1,2,4,8,14 = 5; empty (onbekend) row 3 (Automaatje) = 1; selectief the other 17; geïndiceerd 0.
/// Forms under doel 1: universeel rows 1,2,8 = 3; onbekend row 3 = 1; selectief 14-3-1 = 10.
/// Forms under doel 2: universeel rows 4,14 = 2; selectief 9-2 = 7.
/// </summary>
public class ExtractCountsTests
{
    private static readonly PreventionInventory Extract = InventoryLoader.Load(InventoryTestFiles.Extract);

    [Fact]
    public void Extract_has_23_activities_in_seed_order()
    {
        Assert.Equal(23, Extract.Activities.Count);
        Assert.Equal("Deventer belt", Extract.Activities[0].Name);
        Assert.Equal("Omgaan met financiën", Extract.Activities[22].Name);
        Assert.Equal(Enumerable.Range(1, 23), Extract.Activities.Select(a => a.Number!.Value));
        Assert.Equal("495", Extract.Activities[0].SourceLine);
        Assert.Equal("517", Extract.Activities[22].SourceLine);
    }

    [Fact]
    public void Goal_counts_match_the_hand_count()
    {
        var pivot = InventoryPivot.Compute(Extract);
        Assert.Equal(14, pivot.ByOldGoal[OldGoal.Goal1].Count);
        Assert.Equal(9, pivot.ByOldGoal[OldGoal.Goal2].Count);
        Assert.Equal(1, pivot.ByOldGoal[OldGoal.Goal3].Count);
        Assert.Equal(0, pivot.ByOldGoal[OldGoal.Goal4].Count);
        Assert.Equal(1, pivot.WithoutGoal.Count);
        Assert.Equal("Omgaan met verlies", Assert.Single(pivot.WithoutGoal.Activities).Name);
    }

    [Fact]
    public void Form_counts_match_the_hand_count()
    {
        var pivot = InventoryPivot.Compute(Extract);
        Assert.Equal(5, pivot.Total.ByForm[PreventionForm.Universeel]);
        Assert.Equal(17, pivot.Total.ByForm[PreventionForm.Selectief]);
        Assert.Equal(0, pivot.Total.ByForm[PreventionForm.Geindiceerd]);
        Assert.Equal(1, pivot.Total.ByForm[PreventionForm.Onbekend]);

        var goal1 = pivot.ByOldGoal[OldGoal.Goal1];
        Assert.Equal(3, goal1.ByForm[PreventionForm.Universeel]);
        Assert.Equal(10, goal1.ByForm[PreventionForm.Selectief]);
        Assert.Equal(1, goal1.ByForm[PreventionForm.Onbekend]);
        var goal2 = pivot.ByOldGoal[OldGoal.Goal2];
        Assert.Equal(2, goal2.ByForm[PreventionForm.Universeel]);
        Assert.Equal(7, goal2.ByForm[PreventionForm.Selectief]);
    }

    [Fact]
    public void Extract_has_no_financing_or_age_columns_so_everything_is_unknown()
    {
        Assert.False(Extract.HasFinancingColumn);
        Assert.False(Extract.HasTargetGroupColumn);
        var pivot = InventoryPivot.Compute(Extract);
        Assert.Equal(23, pivot.Total.ByFinancing[Financing.Onbekend]);
        Assert.Equal(1.0, pivot.Total.FinancingShare(Financing.Onbekend));
        Assert.All(TargetGroup.All, t => Assert.Equal(0, pivot.Total.ByTargetGroup[t]));
    }

    [Fact]
    public void Goal_mapping_gives_new_goal_counts_and_is_marked_as_assumption()
    {
        var mapping = GoalMapping.Load(InventoryTestFiles.Mapping);
        Assert.True(mapping.RestsOnAssumptions);
        Assert.All(mapping.Entries, e => Assert.True(e.IsAssumption));
        // Shipped mapping: 1 → bestaanszekerheid, 2 → gezond leven, 3 → kansengelijkheid, 4 → gezond leven.
        // By hand: bestaanszekerheid = doel-1 activities = 14; gezond leven = doel-2 ∪ doel-4 = 9; kansengelijkheid = doel-3 = 1.
        var byNew = InventoryPivot.Compute(Extract).ByNewGoal(mapping);
        Assert.Equal(14, byNew[NewGoal.Bestaanszekerheid]);
        Assert.Equal(9, byNew[NewGoal.GezondLeven]);
        Assert.Equal(1, byNew[NewGoal.Kansengelijkheid]);
    }
}
