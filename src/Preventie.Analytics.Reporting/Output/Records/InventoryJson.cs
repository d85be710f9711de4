using System.Text.Json.Serialization;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Inventory;

namespace Preventie.Analytics.Output.Records;

/// <summary>
/// The inventory summary (<c>preventie inventory --format json</c>): counts per old goal, form, financing and target
/// group, the new goals when a mapping is given, the pivot per old goal and the findings. Field names are English
/// camelCase, as this file has always had them.
/// </summary>
/// <param name="File">The inventory file.</param>
/// <param name="Activities">Number of activities.</param>
/// <param name="ByOldGoal">Activities per old goal ("1".."4", "geen").</param>
/// <param name="ByForm">Activities per prevention form.</param>
/// <param name="ByFinancing">Activities per financing.</param>
/// <param name="ByTargetGroup">Activities per target group.</param>
/// <param name="ByNewGoal">Activities per new goal; absent without a mapping.</param>
/// <param name="NewGoalMappingIsAssumption">True when the mapping rests on assumptions; absent without a mapping.</param>
/// <param name="PivotByOldGoal">The pivot per old goal.</param>
/// <param name="Findings">Data-quality, published-figure and comparison findings.</param>
public sealed record InventoryJson(
    [property: JsonPropertyName("file")] string? File,
    [property: JsonPropertyName("activities")] int Activities,
    [property: JsonPropertyName("byOldGoal")] OrderedDictionary<string, int> ByOldGoal,
    [property: JsonPropertyName("byForm")] OrderedDictionary<string, int> ByForm,
    [property: JsonPropertyName("byFinancing")] OrderedDictionary<string, int> ByFinancing,
    [property: JsonPropertyName("byTargetGroup")] OrderedDictionary<string, int> ByTargetGroup,
    [property: JsonPropertyName("byNewGoal"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OrderedDictionary<string, int>? ByNewGoal,
    [property: JsonPropertyName("newGoalMappingIsAssumption"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? NewGoalMappingIsAssumption,
    [property: JsonPropertyName("pivotByOldGoal")] IReadOnlyList<InventoryPivotJson> PivotByOldGoal,
    [property: JsonPropertyName("findings")] IReadOnlyList<FindingJson> Findings)
{
    /// <summary>The record of <paramref name="s"/>.</summary>
    public static InventoryJson From(InventorySummary s)
    {
        var p = s.Pivot;
        return new(
            s.Inventory.Source,
            p.Total.Count,
            Counts(s.GoalRows.Select(g => (g.Key, g.Slice.Count))),
            FormCounts(p.Total),
            FinancingCounts(p.Total),
            TargetGroupCounts(p.Total),
            s.Mapping is null ? null : Counts(p.ByNewGoal(s.Mapping).Select(g => (g.Key.DutchLabel(), g.Value))),
            s.Mapping?.RestsOnAssumptions,
            s.GoalRows.Select(g => new InventoryPivotJson(g.Key, g.Label, g.Slice.Count, FormCounts(g.Slice), FinancingCounts(g.Slice),
                Shares(Financings.All.Select(f => (f.DutchLabel(), Math.Round(g.Slice.FinancingShare(f), 4)))), TargetGroupCounts(g.Slice))).ToList(),
            s.AllFindings.Select(f => new FindingJson(f.Kind, f.Row, f.Activity, f.Message, string.IsNullOrEmpty(f.SourceLine) ? null : f.SourceLine)).ToList());
    }

    private static OrderedDictionary<string, int> FormCounts(PivotSlice s) => Counts(PreventionForms.All.Select(f => (f.Key(), s.ByForm[f])));
    private static OrderedDictionary<string, int> FinancingCounts(PivotSlice s) => Counts(Financings.All.Select(f => (f.DutchLabel(), s.ByFinancing[f])));
    private static OrderedDictionary<string, int> TargetGroupCounts(PivotSlice s) => Counts(TargetGroup.All.Select(t => (t.Key, s.ByTargetGroup[t])));

    /// <summary>Named counts in the given order (a later duplicate name replaces the count in place).</summary>
    private static OrderedDictionary<string, int> Counts(IEnumerable<(string Name, int Count)> counts)
    {
        var map = new OrderedDictionary<string, int>();
        foreach (var (name, count) in counts) map[name] = count;
        return map;
    }

    private static OrderedDictionary<string, double> Shares(IEnumerable<(string Name, double Share)> shares) => SimulationJson.Map(shares);
}

/// <summary>The pivot of one old goal.</summary>
/// <param name="Goal">Key of the goal ("1".."4", "geen").</param>
/// <param name="Label">Dutch label.</param>
/// <param name="Activities">Number of activities.</param>
/// <param name="ByForm">Activities per prevention form.</param>
/// <param name="ByFinancing">Activities per financing.</param>
/// <param name="FinancingShares">Share of activities per financing, rounded to 4 decimals.</param>
/// <param name="ByTargetGroup">Activities per target group.</param>
public sealed record InventoryPivotJson(
    [property: JsonPropertyName("goal")] string Goal,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("activities")] int Activities,
    [property: JsonPropertyName("byForm")] OrderedDictionary<string, int> ByForm,
    [property: JsonPropertyName("byFinancing")] OrderedDictionary<string, int> ByFinancing,
    [property: JsonPropertyName("financingShares")] OrderedDictionary<string, double> FinancingShares,
    [property: JsonPropertyName("byTargetGroup")] OrderedDictionary<string, int> ByTargetGroup);

/// <summary>One finding about the inventory.</summary>
/// <param name="Kind">Kind of finding.</param>
/// <param name="Row">Row in the inventory file; absent when not about a row.</param>
/// <param name="Activity">The activity; absent when not about one.</param>
/// <param name="Message">Dutch message.</param>
/// <param name="SourceLine">The source line; absent when empty.</param>
public sealed record FindingJson(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("row"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Row,
    [property: JsonPropertyName("activity"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Activity,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("bronregel"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SourceLine);

/// <summary>Source-generated serialisation metadata of <see cref="InventoryJson"/> (used through <see cref="JsonText"/>).</summary>
[JsonSerializable(typeof(InventoryJson))]
public sealed partial class InventoryJsonContext : JsonSerializerContext;
