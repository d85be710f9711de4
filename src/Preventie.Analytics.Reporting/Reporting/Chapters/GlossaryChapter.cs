using Preventie.Analytics.Analysis;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// "Begrippen": the words the council reads, from the one <see cref="CouncilGlossary"/>: short in the raadsversies,
/// full in the council report and the overview.
/// </summary>
/// <param name="full">True for the full definitions (report, overview), false for the short ones (raadsversie).</param>
public sealed class GlossaryChapter(bool full) : IReportChapter<ScenarioAnalysis>, IReportChapter<BatchAnalysis>
{
    /// <summary>True when the chapter shows the full definitions.</summary>
    public bool Full { get; } = full;

    /// <inheritdoc />
    public ReportSection? Build(ScenarioAnalysis analysis) => CouncilGlossary.Section(CouncilGlossary.Terms(analysis), Full);

    /// <inheritdoc />
    public ReportSection? Build(BatchAnalysis analysis) =>
        analysis.Scenarios.Count == 0 ? null : CouncilGlossary.Section(CouncilGlossary.Terms(analysis), Full);
}
