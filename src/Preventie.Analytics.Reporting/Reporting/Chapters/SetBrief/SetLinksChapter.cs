using Preventie.Analytics.Analysis;
using Preventie.Analytics.Formatting;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// Raadsversie of the set, chapter 5 "Meer weten": per scenario the link to its raadsversie and to its bijlage (the full
/// report), the overview with every table side by side, "Waar investeren?" when the run made that advice, and the
/// unusual input the overview lists when there is any.
/// </summary>
public sealed class SetLinksChapter : IReportChapter<BatchAnalysis>
{
    /// <summary>The chapter's heading.</summary>
    public const string Heading = BriefAppendixChapter.Heading;

    /// <inheritdoc />
    public ReportSection? Build(BatchAnalysis analysis)
    {
        if (analysis.Scenarios.Count == 0) return null;
        var section = new ReportSection(Heading)
            .WithParagraph("Elk scenario heeft een eigen raadsversie, met als bijlage het volledige rapport: de bedragen per jaar, de inwoners, " +
                           "hoe zeker de uitkomsten zijn, elke aanname en bron.")
            .With(new ReportLinkList([.. analysis.Scenarios.Select(a => new ReportLinkLine(a.Comparison.Scenario.ScenarioName,
            [
                new ReportLink("raadsversie", $"{a.Slug}/{CouncilBrief.FileName}"),
                new ReportLink("bijlage (volledig rapport)", $"{a.Slug}/{BriefAppendixChapter.DefaultAppendixFile}"),
            ]))]))
            .With(new ReportLinkParagraph(new ReportLinkLine("Alle scenario's met al hun tabellen naast elkaar staan in het overzicht",
                [new ReportLink(BatchOverview.FileName, BatchOverview.FileName)], " (", ").")));
        if (analysis.Investment is not null)
            section = section.With(new ReportLinkParagraph(new ReportLinkLine("Welke combinatie van preventieactiviteiten binnen het budget het meeste oplevert, staat in 'Waar investeren?'",
                [new ReportLink(InvestmentDocument.FileName, InvestmentDocument.FileName)], " (", "); de cijfers daarin zijn illustratief.")));
        var warnings = analysis.Warnings.Count;
        if (warnings > 0)
            section = section.WithParagraph($"Let op: bij de invoer {(warnings == 1 ? "is" : "zijn")} {DutchFormat.Count(warnings, "ongebruikelijke waarde", "ongebruikelijke waarden")} gemeld. " +
                                            "Die zijn toegestaan; het overzicht en de bijlage van het scenario noemen ze onder 'Let op'.");
        return section;
    }
}
