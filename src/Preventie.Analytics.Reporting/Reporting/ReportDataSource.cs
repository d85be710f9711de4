namespace Preventie.Analytics.Reporting;

/// <summary>A data source the report's numbers come from.</summary>
/// <param name="Name">Short name (e.g. "Inventarisatie preventie Deventer 2022").</param>
/// <param name="Description">What was taken from it (table, year).</param>
/// <param name="Reference">File name, document title or address.</param>
public sealed record ReportDataSource(string Name, string Description, string? Reference = null);
