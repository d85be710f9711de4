using Preventie.Analytics.Analysis;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Formatting;

namespace Preventie.Analytics.Reporting;

/// <summary>"Inventaris van preventieactiviteiten" of the overview: the number of activities and findings of the run's
/// inventory summary, and its coverage; absent without an inventory.</summary>
public sealed class OverviewInventoryChapter : IReportChapter<BatchAnalysis>
{
    /// <inheritdoc />
    public ReportSection? Build(BatchAnalysis analysis) =>
        analysis.InventorySummary is { } summary
            ? new ReportSection("Inventaris van preventieactiviteiten")
                .WithParagraph($"{DutchFormat.Count(summary.Pivot.Total.Count, "activiteit", "activiteiten")} in {Path.GetFileName(summary.Inventory.Source)}; " +
                               $"{DutchFormat.Count(summary.QualityFindings.Count, "bevinding", "bevindingen")} over datakwaliteit en {DutchFormat.Count(summary.PublishedFindings.Count, "tegenstrijdigheid", "tegenstrijdigheden")} " +
                               "in de gepubliceerde draaitabellen. Details: inventaris.xlsx en notebook 01-inventaris.")
                .WithFigure(InventoryCharts.Coverage(summary.Inventory))
            : null;
}
