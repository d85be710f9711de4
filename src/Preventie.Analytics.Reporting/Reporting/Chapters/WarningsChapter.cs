using Preventie.Analytics.Analysis;

namespace Preventie.Analytics.Reporting;

/// <summary>"Let op: ongebruikelijke invoer": the legal but unusual input of the analysis (its
/// <see cref="ScenarioAnalysis.Warnings"/>); absent when there are none.</summary>
public sealed class WarningsChapter : IReportChapter<ScenarioAnalysis>
{
    /// <inheritdoc />
    public ReportSection? Build(ScenarioAnalysis analysis) => Section(analysis.Warnings);

    /// <summary>
    /// "Let op: ongebruikelijke invoer": the legal but unusual values of the analysis (<see cref="ScenarioAnalysis.Warnings"/>,
    /// the same warnings the CLI prints); null when there are none.
    /// </summary>
    public static ReportSection? Section(IReadOnlyList<Input.DataError> warnings) =>
        warnings.Count == 0 ? null : new ReportSection("Let op: ongebruikelijke invoer")
            .WithParagraph("Deze waarden zijn toegestaan, maar ongebruikelijk. Controleer ze voordat u de uitkomsten gebruikt:")
            .WithBullets(warnings.Select(w => w.ToString()));
}
