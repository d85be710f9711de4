using Preventie.Analytics.Interventions;
using Preventie.Analytics.Formatting;
using System.Net;
using System.Text;

namespace Preventie.Analytics.Inventory;

/// <summary>
/// Everything the analysts want to see about an inventory in one object: the pivot per goal, the data-quality
/// findings and, when published figures are given, the reconciliation. Renders as HTML in notebooks
/// (every data string escaped) and as plain Dutch text.
/// </summary>
[Display.TypeFormatterSource]
public sealed class InventorySummary
{
    private InventorySummary(PreventionInventory inventory, PublishedFigures? published, GoalMapping? mapping)
    {
        Inventory = inventory;
        Published = published;
        Mapping = mapping;
        Pivot = InventoryPivot.Compute(inventory);
        QualityFindings = DataQualityReport.Analyse(inventory);
        PublishedFindings = published is null ? [] : Reconciliation.CheckInternal(published);
        ComparisonFindings = published is null ? [] : Reconciliation.CompareWithInventory(published, inventory);
    }

    /// <summary>Computes the summary; <paramref name="published"/> and <paramref name="mapping"/> are optional.</summary>
    public static InventorySummary Create(PreventionInventory inventory, PublishedFigures? published = null, GoalMapping? mapping = null) =>
        new(inventory, published, mapping);

    /// <summary>The inventory summarised.</summary>
    public PreventionInventory Inventory { get; }
    /// <summary>The published figures reconciled against, or null.</summary>
    public PublishedFigures? Published { get; }
    /// <summary>The mapping of old goals to the new goals, or null.</summary>
    public GoalMapping? Mapping { get; }
    /// <summary>The seed's pivot of the inventory (per old goal and per target group).</summary>
    public InventoryPivot Pivot { get; }

    /// <summary>Findings of <see cref="DataQualityReport.Analyse"/>.</summary>
    public IReadOnlyList<Finding> QualityFindings { get; }

    /// <summary>Internal inconsistencies of the published figures (<see cref="Reconciliation.CheckInternal"/>).</summary>
    public IReadOnlyList<Finding> PublishedFindings { get; }

    /// <summary>Differences between the published figures and this inventory (<see cref="Reconciliation.CompareWithInventory"/>).</summary>
    public IReadOnlyList<Finding> ComparisonFindings { get; }

    /// <summary>All findings: data quality, then published inconsistencies, then comparison.</summary>
    public IReadOnlyList<Finding> AllFindings => QualityFindings.Concat(PublishedFindings).Concat(ComparisonFindings).ToList();

    /// <summary>Rows of the goal pivot: label, slice; the four old goals then "geen doel".</summary>
    public IReadOnlyList<(string Key, string Label, PivotSlice Slice)> GoalRows =>
        OldGoals.All.Select(g => (g.Key(), g.DutchLabel(), Pivot.ByOldGoal[g]))
            .Append(("geen", "Geen doelstelling", Pivot.WithoutGoal)).ToList();



    /// <summary>A short Dutch summary: the number of activities, per goal the count by form, and the number of findings.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Inventaris {Path.GetFileName(Inventory.Source)}: {DutchFormat.Number(Pivot.Total.Count)} activiteiten");
        foreach (var (_, label, slice) in GoalRows)
            sb.AppendLine($"  {label}: {slice.Count} ({string.Join(", ", PreventionForms.All.Select(f => $"{f.DutchLabel()} {slice.ByForm[f]}"))})");
        sb.AppendLine($"Bevindingen: {AllFindings.Count}");
        return sb.ToString();
    }
}
