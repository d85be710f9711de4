using Preventie.Analytics.Analysis;

namespace Preventie.Analytics.Reporting;

/// <summary>"Wie betaalt, wie bespaart?" of the overview: per scenario the discounted net benefit per payer (chart and
/// table), the break-even years and where the savings land.</summary>
public sealed class OverviewPayersChapter : IReportChapter<BatchAnalysis>
{
    /// <inheritdoc />
    public ReportSection? Build(BatchAnalysis analysis)
    {
        var comparisons = analysis.Scenarios.Select(a => a.Comparison).ToList();
        return new ReportSection("Wie betaalt, wie bespaart?")
            .WithParagraph($"Per scenario de contante netto baat per betaler: wat de gemeente, {comparisons[0].PayerSet.OtherGroupsInSentence("en")} " +
                           "per saldo winnen of verliezen ten opzichte van het basisscenario. Baten die buiten de gemeente landen, vallen in de verkeerde portemonnee: de gemeente betaalt, een ander bespaart.")
            .WithFigure(ScenarioOverview.NetBenefitChart(comparisons))
            .WithTable(ScenarioOverview.NetBenefitTable(comparisons))
            .WithTable(ScenarioOverview.BreakEvenTable(comparisons))
            .WithTable(ScenarioOverview.SavingsTable(comparisons));
    }
}
