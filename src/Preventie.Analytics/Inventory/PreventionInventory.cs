namespace Preventie.Analytics.Inventory;

/// <summary>A loaded inventory: the activities in file order and where they came from.</summary>
/// <param name="Source">The file the inventory was read from.</param>
/// <param name="Activities">All activities, in file order.</param>
/// <param name="HasFinancingColumn">Whether the file had a financing column (the seed's extract has none).</param>
/// <param name="HasTargetGroupColumn">Whether the file had an age-band / target-group column (the seed's extract has none).</param>
public sealed record PreventionInventory(
    string Source,
    IReadOnlyList<PreventionActivity> Activities,
    bool HasFinancingColumn,
    bool HasTargetGroupColumn)
{
    /// <summary>Legal but unusual content of the file, in Dutch (e.g. a header row without activities); shown with a run's warnings.</summary>
    public IReadOnlyList<Input.DataError> Warnings { get; init; } = [];
}
