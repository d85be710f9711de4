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
    string? Note = null)
{
    /// <summary>True when the unit says the value is a probability or share ("kans…", "aandeel…"): it must lie in [0, 1].</summary>
    public bool IsProbability => Input.ColumnName.Normalize(Unit) is var u && (u.StartsWith("kans", StringComparison.Ordinal) || u.StartsWith("aandeel", StringComparison.Ordinal));

    /// <summary>True when the unit is an amount of money ("euro…"): it must be ≥ 0 unless <see cref="MayBeNegative"/>.</summary>
    public bool IsCost => Input.ColumnName.Normalize(Unit).StartsWith("euro", StringComparison.Ordinal);

    /// <summary>True when a cost may be negative (column <c>negatief</c> = ja), e.g. a saving entered as a cost.</summary>
    public bool MayBeNegative { get; init; }
}
