namespace Preventie.Analytics.Reporting;

/// <summary>
/// A parameter whose value rests on an assumption rather than a source: shown in the report's list of assumptions.
/// </summary>
/// <param name="Parameter">What the value is, in Dutch (e.g. "Effect selectieve preventie op instroom").</param>
/// <param name="Value">The value as the reader should see it, already formatted (e.g. "12,5%").</param>
/// <param name="Rationale">Why this value was chosen, or who decided it.</param>
public sealed record ReportAssumption(string Parameter, string Value, string Rationale)
{
    /// <summary>The value as a number, for spreadsheets (shown with <see cref="Unit"/> after it), or null when it is only text.</summary>
    public double? Number { get; init; }

    /// <summary>The unit after <see cref="Number"/> ("euro per jaar", "kans per jaar"), or null.</summary>
    public string? Unit { get; init; }
}
