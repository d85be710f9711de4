namespace Preventie.Analytics.Reporting;

/// <summary>A data source the report's numbers come from.</summary>
/// <param name="Name">Short name (e.g. "Inventarisatie preventie Deventer 2022").</param>
/// <param name="Description">What was taken from it (table, year).</param>
/// <param name="Reference">File name, document title or address.</param>
public sealed record ReportDataSource(string Name, string Description, string? Reference = null)
{
    /// <summary>
    /// When <see cref="Description"/> is a value taken from the source: the number, for spreadsheets (shown with
    /// <see cref="Unit"/> after it); null otherwise.
    /// </summary>
    public double? Number { get; init; }

    /// <summary>The text after <see cref="Number"/> in a spreadsheet ("euro per jaar (deels aanname)"), or null.</summary>
    public string? Unit { get; init; }
}
