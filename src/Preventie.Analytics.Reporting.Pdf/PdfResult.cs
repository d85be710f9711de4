namespace Preventie.Analytics.Reporting.Pdf;

/// <summary>What one printed report holds: its charts, and how many of them drew (the others show a Dutch notice).</summary>
/// <param name="Path">The PDF file.</param>
/// <param name="Charts">Chart areas in the report.</param>
/// <param name="ChartsDrawn">Charts plotly.js drew; fewer than <paramref name="Charts"/> when plotly.js could not be loaded.</param>
public sealed record PdfResult(string Path, int Charts, int ChartsDrawn)
{
    /// <summary>True when every chart drew.</summary>
    public bool AllChartsDrawn => ChartsDrawn == Charts;
}
