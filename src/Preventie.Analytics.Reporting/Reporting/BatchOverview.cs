using System.Collections.Immutable;
using Preventie.Analytics.Analysis;
using Preventie.Analytics.Formatting;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// The overview page of a yearly rerun (<c>overzicht.html</c>, <c>overzicht.xlsx</c>): every scenario's figures side by
/// side from the one <see cref="BatchAnalysis"/>, the uncertainty, links to the reports, the inventory, "Let op" and
/// "waar investeren". The document is its header and metadata, the chapters of <see cref="Chapters"/> (each a pure
/// function of the analysis, see <see cref="IReportChapter{TAnalysis}"/>), the assumptions and the data sources; the
/// batch command only writes it.
/// </summary>
public static class BatchOverview
{
    /// <summary>The file name <c>batch</c> writes at the top of its output folder (and <c>overzicht.xlsx</c> beside it).</summary>
    public const string FileName = "overzicht.html";

    /// <summary>
    /// The chapters of the overview, in order: Conclusie, Wie betaalt wie bespaart?, Hoe zeker is het?, Rapporten per scenario,
    /// Inventaris, Let op, Waar investeren? (a summary linking to <c>waar-investeren.html</c>), Begrippen. A chapter that
    /// does not apply (no inventory, no advice) is left out.
    /// </summary>
    public static ImmutableList<IReportChapter<BatchAnalysis>> Chapters { get; } =
    [
        new OverviewConclusionChapter(),
        new OverviewPayersChapter(),
        new OverviewUncertaintyChapter(),
        new ScenarioReportsChapter(),
        new OverviewInventoryChapter(),
        new OverviewWarningsChapter(),
        new OverviewInvestmentChapter(),
        new GlossaryChapter(full: true),
    ];

    /// <summary>The overview document of <paramref name="batch"/> with the shipped <see cref="Chapters"/>.</summary>
    public static ReportDocument Build(BatchAnalysis batch) => Build(batch, Chapters);

    /// <summary>The overview document of <paramref name="batch"/> with <paramref name="chapters"/> in their order.</summary>
    public static ReportDocument Build(BatchAnalysis batch, IEnumerable<IReportChapter<BatchAnalysis>> chapters)
    {
        var comparisons = batch.Scenarios.Select(a => a.Comparison).ToList();
        var basis = comparisons[0].Comparator;
        var years = $"{comparisons[0].Years[0]}–{comparisons[0].Years[^1]}";
        var metadata = batch.Metadata
            .WithExtra("Scenario's", string.Join("; ", comparisons.Select(c => c.Scenario.ScenarioName)))
            .WithExtra("Vergeleken met", basis.ScenarioName)
            .WithExtra("Jaren", years);
        var document = new ReportDocument("Preventiescenario's: overzicht voor de raad", metadata)
            .WithSubtitle($"{DutchFormat.Count(comparisons.Count, "scenario", "scenario's")} vergeleken met '{basis.ScenarioName}', {years}.")
            .WithDraws(batch.Options.HasPsa ? batch.Options.PsaDraws : null)
            .WithChapters(batch, chapters)
            // the overview rests on the same assumptions and sources as the scenario reports: list them once each
            .WithAssumptions(comparisons.SelectMany(CouncilReport.Assumptions).DistinctBy(a => (a.Parameter, a.Value)));
        // the city figures of a run with a wijk file are sums over the wijken: illustrative wijken make the overview illustrative
        if (batch.Scenarios.Any(a => a.Wijken?.IsIllustrative == true)) document = document.WithIllustrative(WijkChapter.IllustrativeSubject);
        return comparisons.SelectMany(c => CouncilReport.DataSources(c, batch.Inputs.Inventory)).DistinctBy(d => (d.Name, d.Description, d.Reference))
            .Aggregate(document, (doc, source) => doc.WithDataSource(source));
    }
}
