using Preventie.Analytics.Analysis;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// "Waar investeren?" in the overview: the opening of the <see cref="InvestmentChapter"/> (illustrative notice, the
/// chosen portfolio, what to stop) and the link to the whole chapter as its own document (<see cref="InvestmentDocument"/>);
/// absent when the run made no advice.
/// </summary>
public sealed class OverviewInvestmentChapter : IReportChapter<BatchAnalysis>
{
    /// <inheritdoc />
    public ReportSection? Build(BatchAnalysis analysis) => analysis.Investment is { } advice
        ? InvestmentChapter.Summary(new ReportSection(InvestmentChapter.Heading), advice)
            .With(new ReportLinkParagraph(new ReportLinkLine("De tabellen, de grafieken en de waarde van betere informatie staan in het document 'Waar investeren?'",
                [new ReportLink(InvestmentDocument.FileName, InvestmentDocument.FileName)], " (", ").")))
        : null;
}
