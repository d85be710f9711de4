using Preventie.Analytics.Analysis;

namespace Preventie.Analytics.Reporting;

/// <summary>"Rapporten per scenario" of the overview: the link to each scenario's council report.</summary>
public sealed class ScenarioReportsChapter : IReportChapter<BatchAnalysis>
{
    /// <inheritdoc />
    public ReportSection? Build(BatchAnalysis analysis) =>
        new ReportSection("Rapporten per scenario")
            .WithBullets(analysis.Scenarios.Select(a => $"{a.Slug}/rapport.html — {a.Comparison.Scenario.ScenarioName}"));
}
