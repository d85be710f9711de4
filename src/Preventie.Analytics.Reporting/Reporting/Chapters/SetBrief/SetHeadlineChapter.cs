using Preventie.Analytics.Analysis;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// Raadsversie of the set, chapter 1 "In één zin per scenario": how many scenarios leave the municipality better off
/// (<see cref="OverviewConclusionChapter.Summary"/>) as the headline, then per scenario the one sentence of its own
/// raadsversie (<see cref="BriefHeadlineChapter.Headline"/>: expected result, 90% range and chance).
/// </summary>
public sealed class SetHeadlineChapter : IReportChapter<BatchAnalysis>
{
    /// <summary>The chapter's heading.</summary>
    public const string Heading = "In één zin per scenario";

    /// <inheritdoc />
    public ReportSection? Build(BatchAnalysis analysis)
    {
        var runs = analysis.Scenarios;
        if (runs.Count == 0) return null;
        return new ReportSection(Heading)
            .With(new ReportHeadline(NoBreak.Amounts(OverviewConclusionChapter.Summary(analysis))))
            .WithBullets(runs.Select(a => NoBreak.Amounts(Sentence(a))));
    }

    /// <summary>"Wijkpilot: naar verwachting houdt de gemeente € 1,4 mln over (90%-bandbreedte …); de kans … is 54%."</summary>
    public static string Sentence(ScenarioAnalysis analysis) =>
        $"{analysis.Comparison.Scenario.ScenarioName}: {OverviewConclusionChapter.Lowercase(BriefHeadlineChapter.Headline(analysis))}";
}
