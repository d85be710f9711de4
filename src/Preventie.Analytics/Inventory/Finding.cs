namespace Preventie.Analytics.Inventory;

/// <summary>
/// One finding of the reconciliation or the data-quality report, in Dutch.
/// </summary>
/// <param name="Kind">Machine-readable kind, e.g. "vormen-groter-dan-aantal", "open-vraag", "mogelijk-dubbel".</param>
/// <param name="Message">What is wrong, in Dutch.</param>
/// <param name="Row">Row in the inventory or published-figures file, when the finding is about one row.</param>
/// <param name="Activity">The activity's label, when the finding is about an activity.</param>
/// <param name="SourceLine">The seed line(s) the published figure comes from, when known.</param>
public sealed record Finding(string Kind, string Message, int? Row = null, string? Activity = null, string? SourceLine = null);
