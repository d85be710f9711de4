using Preventie.Analytics.Analysis;

namespace Preventie.Analytics.Reporting;

/// <summary>"Hoe zeker is het?" of the overview: per scenario the chances and the municipality's 90% interval from
/// its PSA, or the note that the run made no draws.</summary>
public sealed class OverviewUncertaintyChapter : IReportChapter<BatchAnalysis>
{
    /// <inheritdoc />
    public ReportSection? Build(BatchAnalysis analysis)
    {
        var uncertainty = analysis.Scenarios.Where(a => a.Psa is not null).Select(a => (a.Comparison, a.Psa!)).ToList();
        var section = new ReportSection("Hoe zeker is het?");
        return uncertainty.Count > 0
            ? section.WithTable(ScenarioOverview.UncertaintyTable(uncertainty))
            : section.WithParagraph("Zonder onzekerheidsanalyse gemaakt (--psa 0): de bedragen zijn puntschattingen op basis van aannames.");
    }
}
