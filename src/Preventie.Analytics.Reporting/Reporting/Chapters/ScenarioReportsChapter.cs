using Preventie.Analytics.Analysis;

namespace Preventie.Analytics.Reporting;

/// <summary>"Rapporten per scenario" of the overview: the links to each scenario's raadsversie and council report.</summary>
public sealed class ScenarioReportsChapter : IReportChapter<BatchAnalysis>
{
    /// <inheritdoc />
    public ReportSection? Build(BatchAnalysis analysis) =>
        new ReportSection("Rapporten per scenario")
            .WithParagraph("Per scenario de raadsversie (2 tot 4 pagina's: de conclusie met haar kans, wie betaalt en wie wint, terugverdienen, " +
                           "de aannames die het meest uitmaken) en het volledige rapport, dat de bijlage van de raadsversie is.")
            .With(new ReportLinkList([.. analysis.Scenarios.Select(a => new ReportLinkLine(a.Comparison.Scenario.ScenarioName,
            [
                new ReportLink("raadsversie", $"{a.Slug}/{CouncilBrief.FileName}"),
                new ReportLink("volledig rapport", $"{a.Slug}/rapport.html"),
            ]))]));
}
