namespace Preventie.Analytics.Parameters;

/// <summary>
/// One named model value (heemod's <c>define_parameters</c>): a probability, a share, a cost or a count, with its unit,
/// its source or the flag that it is an assumption, and an optional distribution for the PSA.
/// </summary>
/// <param name="Name">Unique name used in the model files and scenarios, e.g. <c>kosten_wmo_per_client</c>.</param>
/// <param name="Value">The deterministic (base-case) value.</param>
/// <param name="Unit">Unit as text, e.g. "kans per jaar", "euro per persoon per jaar", "aandeel".</param>
/// <param name="Source">Document, table and year the value comes from; null when <paramref name="IsAssumption"/>.</param>
/// <param name="IsAssumption">True when the value is an assumption of the model makers rather than a sourced figure.</param>
/// <param name="Distribution">Optional PSA distribution; null keeps the parameter fixed in the PSA.</param>
/// <param name="Note">Rationale or explanation (Dutch), shown in reports.</param>
public sealed record Parameter(
    string Name,
    double Value,
    string Unit,
    string? Source,
    bool IsAssumption,
    DistributionSpec? Distribution,
    string? Note = null);
