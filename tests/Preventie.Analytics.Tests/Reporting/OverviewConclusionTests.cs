using Preventie.Analytics.Analysis;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Reporting;

/// <summary>The overview's conclusion (issue 23) is generated from the batch's analyses: the count of scenarios that
/// leave the municipality better off, the best one for the municipality with its headline, computed here independently.</summary>
public class OverviewConclusionTests
{
    private static readonly Lazy<BatchAnalysis> Batch = new(() =>
    {
        var inputs = AnalysisInputs.Load(InputPaths.ForDataFolder(Path.Combine(TestModels.RepoRoot, "data")));
        return AnalysisRunner.RunBatch(inputs, new AnalysisOptions(200, 5, DateTimeOffset.UnixEpoch, Investment: false));
    });

    [Fact]
    public void The_conclusion_counts_the_gaining_scenarios_and_names_the_best_for_the_municipality()
    {
        var batch = Batch.Value;
        var text = string.Join("\n", new OverviewConclusionChapter().Build(batch)!.Blocks.OfType<ReportParagraph>().Select(p => p.Text));
        var means = batch.Scenarios.Select(a => (Name: a.Comparison.Scenario.ScenarioName, Mean: a.Psa!.Gemeente.NetBenefit.Mean)).ToList();
        var gaining = means.Count(m => m.Mean >= 0.5);
        Assert.Contains($"Van de {DutchFormat.Count(means.Count, "scenario", "scenario's")} houdt de gemeente er bij {gaining} naar verwachting per saldo geld aan over", text);
        var best = batch.Scenarios.OrderByDescending(a => a.Psa!.Gemeente.NetBenefit.Mean).First();
        Assert.Contains($"Het gunstigst voor de gemeente is '{best.Comparison.Scenario.ScenarioName}'", text);
        Assert.Contains(DutchFormat.Amount(best.Psa!.Gemeente.NetBenefit.Mean), text);
        Assert.Contains(DutchFormat.Percent(best.Psa.Gemeente.NetBenefit.ProbabilityPositive, 0), text);
    }

    [Fact]
    public void The_overview_opens_with_its_conclusion() =>
        Assert.Equal("Conclusie", BatchOverview.Build(Batch.Value).Sections[0].Heading);
}
