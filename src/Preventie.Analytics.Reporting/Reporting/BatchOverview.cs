using Preventie.Analytics.Analysis;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Formatting;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// The overview page of a yearly rerun (<c>overzicht.html</c>, <c>overzicht.xlsx</c>): every scenario's figures side by
/// side from the one <see cref="BatchAnalysis"/>, the uncertainty, links to the reports, the inventory, "Let op" and
/// "waar investeren". A pure function of the analysis; the batch command only writes it.
/// </summary>
public static class BatchOverview
{
    /// <summary>The overview document of <paramref name="batch"/>.</summary>
    public static ReportDocument Build(BatchAnalysis batch)
    {
        var comparisons = batch.Scenarios.Select(a => a.Comparison).ToList();
        var basis = comparisons[0].Comparator;
        var uncertainty = batch.Scenarios.Where(a => a.Psa is not null).Select(a => (a.Comparison, a.Psa!)).ToList();
        var sure = new ReportSection("Hoe zeker is het?");
        sure = uncertainty.Count > 0
            ? sure.WithTable(ScenarioOverview.UncertaintyTable(uncertainty))
            : sure.WithParagraph("Zonder onzekerheidsanalyse gemaakt (--psa 0): de bedragen zijn puntschattingen op basis van aannames.");
        var document = new ReportDocument("Preventiescenario's: overzicht voor de raad", batch.Metadata)
            .WithSubtitle($"{DutchFormat.Count(comparisons.Count, "scenario", "scenario's")} vergeleken met '{basis.ScenarioName}', {comparisons[0].Years[0]}–{comparisons[0].Years[^1]}.")
            .WithSection(new ReportSection("Wie betaalt, wie bespaart?")
                .WithParagraph($"Per scenario de contante netto baat per betaler: wat de gemeente, {comparisons[0].PayerSet.OtherGroupsInSentence("en")} " +
                               "per saldo winnen of verliezen ten opzichte van het basisscenario. Baten die buiten de gemeente landen, zijn het 'wrong pocket'-probleem.")
                .WithFigure(ScenarioOverview.NetBenefitChart(comparisons))
                .WithTable(ScenarioOverview.NetBenefitTable(comparisons))
                .WithTable(ScenarioOverview.BreakEvenTable(comparisons))
                .WithTable(ScenarioOverview.SavingsTable(comparisons)))
            .WithSection(sure)
            .WithSection(new ReportSection("Rapporten per scenario")
                .WithBullets(batch.Scenarios.Select(a => $"{a.Slug}/rapport.html — {a.Comparison.Scenario.ScenarioName}")));
        if (batch.InventorySummary is { } summary)
            document = document.WithSection(new ReportSection("Inventaris van preventieactiviteiten")
                .WithParagraph($"{DutchFormat.Count(summary.Pivot.Total.Count, "activiteit", "activiteiten")} in {Path.GetFileName(summary.Inventory.Source)}; " +
                               $"{DutchFormat.Count(summary.QualityFindings.Count, "bevinding", "bevindingen")} over datakwaliteit en {DutchFormat.Count(summary.PublishedFindings.Count, "tegenstrijdigheid", "tegenstrijdigheden")} " +
                               "in de gepubliceerde draaitabellen. Details: inventaris.xlsx en notebook 01-inventaris.")
                .WithFigure(InventoryCharts.Coverage(summary.Inventory)));
        document = document
            .WithSection(LetOp(batch))
            // the overview rests on the same assumptions and sources as the scenario reports: list them once each
            .WithAssumptions(comparisons.SelectMany(CouncilReport.Assumptions).DistinctBy(a => (a.Parameter, a.Value)));
        document = comparisons.SelectMany(c => CouncilReport.DataSources(c, batch.Inputs.Inventory)).DistinctBy(d => (d.Name, d.Description, d.Reference))
            .Aggregate(document, (doc, source) => doc.WithDataSource(source));
        return batch.Investment is { } investment ? document.WithSection(InvestmentChapter.Section(investment)) : document;
    }

    /// <summary>"Let op": the assumptions, and the legal but unusual values of every scenario (the warnings each report shows).</summary>
    private static ReportSection LetOp(BatchAnalysis batch)
    {
        var section = new ReportSection("Let op")
            .WithParagraph("De effecten van de interventies en de verdeling van de baten over de betalers zijn aannames " +
                           "(data/parameters/parameters.csv, kolom aanname). Elk scenariorapport noemt ze en laat zien hoe zeker de uitkomsten zijn.");
        var warnings = batch.Scenarios.SelectMany(a => a.Warnings).DistinctBy(w => w.ToString()).ToList();
        return warnings.Count == 0 ? section : section
            .WithParagraph("Toegestane, maar ongebruikelijke invoer (ook genoemd in het rapport van het scenario):")
            .WithBullets(warnings.Select(w => w.ToString()));
    }
}
