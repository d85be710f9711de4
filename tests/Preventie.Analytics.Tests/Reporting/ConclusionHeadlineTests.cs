using Preventie.Analytics.Analysis;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Reporting;

/// <summary>Issue 23: the full report's conclusion is no surer than its figures — with an uncertainty analysis it opens
/// with the chance and the range, and states break-even as a chance too.</summary>
public class ConclusionHeadlineTests
{
    private static ScenarioAnalysis Analyse(int? draws)
    {
        var inputs = AnalysisInputs.Load(InputPaths.ForPair(TestModels.DefaultModelDir, Path.Combine(TestModels.ScenarioDir, "stoppen-en-opschalen.yaml"),
            Path.Combine(TestModels.ScenarioDir, "basis.yaml")));
        return AnalysisRunner.Run(inputs, inputs.Scenarios[0], new AnalysisOptions(draws, 4, DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void With_a_psa_the_conclusion_opens_with_chance_and_range()
    {
        var analysis = Analyse(200);
        var section = new ConclusionChapter().Build(analysis)!;
        var headline = Assert.IsType<ReportHeadline>(section.Blocks[0]);
        var g = analysis.Psa!.Gemeente.NetBenefit;
        Assert.Contains(DutchFormat.Amount(g.Low), headline.Text);
        Assert.Contains(DutchFormat.Amount(g.High), headline.Text);
        Assert.Contains(DutchFormat.Percent(g.ProbabilityPositive, 0), headline.Text);
        var bullets = string.Join("\n", section.Blocks.OfType<ReportBulletList>().SelectMany(b => b.Items));
        Assert.Contains($"terugverdient is {DutchFormat.Percent(analysis.Psa.MunicipalBreakEvenInTerm, 0)}", bullets);
        // the point figure in the bullets says what it is and names the headline's mean beside it: no unexplained second number
        Assert.Contains(DutchFormat.EuroCompact(analysis.Comparison.Gemeente.NetBenefitDiscounted), bullets);
        Assert.Contains($"gemiddeld over alle doorgerekende mogelijkheden is het netto resultaat {DutchFormat.EuroCompact(g.Mean)}", bullets);
    }

    [Fact]
    public void Without_a_psa_there_is_no_chance_to_state() =>
        Assert.DoesNotContain(new ConclusionChapter().Build(Analyse(null))!.Blocks, b => b is ReportHeadline);
}
