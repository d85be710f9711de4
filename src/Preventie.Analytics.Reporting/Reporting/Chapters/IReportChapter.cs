namespace Preventie.Analytics.Reporting;

/// <summary>
/// One chapter of a report: a pure function of an analysis result (<see cref="Analysis.ScenarioAnalysis"/> for the
/// council report, <see cref="Analysis.BatchAnalysis"/> for the overview). A chapter reads files, runs models and
/// computes figures never; it selects and formats what the analysis holds, so the same analysis gives the same section.
/// A new chapter is one class implementing this interface, placed in a report's chapter list
/// (<see cref="CouncilReport.Chapters"/>, <see cref="BatchOverview.Chapters"/>) or passed to its <c>Build</c>.
/// <code>
/// public sealed class BudgetChapter : IReportChapter&lt;ScenarioAnalysis&gt;
/// {
///     public ReportSection? Build(ScenarioAnalysis analysis) =>
///         new ReportSection("Begroting").WithTable(YearsChapter.MunicipalBudgetsPerYearTable(analysis.Comparison));
/// }
/// var report = CouncilReport.Build(analysis, CouncilReport.Chapters.Add(new BudgetChapter()));
/// </code>
/// </summary>
/// <typeparam name="TAnalysis">The analysis result the chapter reads.</typeparam>
public interface IReportChapter<in TAnalysis>
{
    /// <summary>The chapter's section for <paramref name="analysis"/>, or null when the chapter does not apply to it
    /// (no warnings, no wijk file, no inventory…).</summary>
    ReportSection? Build(TAnalysis analysis);

    /// <summary>The data sources the chapter adds to the report's "Bronnen", in order (none by default).</summary>
    IEnumerable<ReportDataSource> DataSources(TAnalysis analysis) => [];

    /// <summary>
    /// How the chapter's figures were computed, for the report's appendix "Verantwoording" (none by default): the method
    /// words (trekkingen, EVPI, metamodel, seed…) that stay out of the chapter itself, explained in Dutch.
    /// </summary>
    IEnumerable<IReportBlock> Method(TAnalysis analysis) => [];
}
