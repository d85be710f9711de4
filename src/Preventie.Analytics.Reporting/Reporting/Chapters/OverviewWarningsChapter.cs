using Preventie.Analytics.Analysis;

namespace Preventie.Analytics.Reporting;

/// <summary>"Let op" of the overview: the assumptions, and the legal but unusual values of every scenario (the
/// warnings each scenario's analysis holds and its report shows), each once.</summary>
public sealed class OverviewWarningsChapter : IReportChapter<BatchAnalysis>
{
    /// <inheritdoc />
    public ReportSection? Build(BatchAnalysis analysis)
    {
        var section = new ReportSection("Let op")
            .WithParagraph("De effecten van de interventies en de verdeling van de baten over de betalers zijn aannames " +
                           "(in data/parameters/parameters.csv gemarkeerd als aanname). Elk scenariorapport noemt ze en laat zien hoe zeker de uitkomsten zijn.");
        var warnings = analysis.Warnings;
        return warnings.Count == 0 ? section : section
            .WithParagraph("Toegestane, maar ongebruikelijke invoer (ook genoemd in het rapport van het scenario):")
            .WithBullets(warnings.Select(w => WarningsChapter.ReaderText(w, analysis.Scenarios[0].Descriptions)));
    }

    /// <inheritdoc />
    public IEnumerable<IReportBlock> Method(BatchAnalysis analysis) =>
        WarningsChapter.MethodBlocks(analysis.Warnings);
}
