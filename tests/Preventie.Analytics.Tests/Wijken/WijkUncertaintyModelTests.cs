using Preventie.Analytics.Analysis;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Wijken;

/// <summary>
/// One model per question (issue 20), the uncertainty too: with a wijk file the PSA and the one-way analysis run on the
/// wijken (the city = their sum), so their point values are the headline's and their draws are the per-wijk PSA's.
/// </summary>
public class WijkUncertaintyModelTests
{
    private static string Scenario(string name) => Path.Combine(TestModels.ScenarioDir, name);

    private static ScenarioAnalysis Analyse(string pilot, string? wijkFile, int draws, int seed)
    {
        var paths = InputPaths.ForPair(TestModels.DefaultModelDir, Scenario(pilot), Scenario("basis.yaml")) with { WijkFile = wijkFile };
        var inputs = AnalysisInputs.Load(paths);
        return AnalysisRunner.Run(inputs, inputs.Scenarios[0], new AnalysisOptions(draws, seed, DateTimeOffset.UnixEpoch));
    }

    private static string ShippedWijkFile => Path.Combine(WijkDataTests.WijkDir, "wijken.csv");

    [Theory]
    [InlineData("wijkpilot.yaml")]
    [InlineData("verschuiven-naar-voorliggend.yaml")]
    public void With_a_wijk_file_the_psa_point_values_are_the_headline_per_payer(string pilot)
    {
        var a = Analyse(pilot, ShippedWijkFile, 40, 5);
        var psa = a.Psa!;
        Assert.Equal(a.Comparison.Rows.Count, psa.Groups.Count);
        for (var g = 0; g < psa.Groups.Count; g++)
        {
            var headline = a.Comparison.Rows[g].NetBenefitDiscounted;
            Assert.Equal(a.Comparison.Rows[g].Code, psa.Groups[g].Code);
            Assert.Equal(headline, psa.Groups[g].PointEstimate, Math.Max(0.005, Math.Abs(headline) * 1e-12));
        }
        Assert.Equal(a.Comparison.Gemeente.NetBenefitDiscounted, a.OneWay!.BaseGemeente, 0.005);
        Assert.Equal(a.Comparison.Total.NetBenefitDiscounted, a.OneWay!.BaseTotal, 0.005);
    }

    [Fact]
    public void With_a_wijk_file_the_city_psa_is_the_per_wijk_psa_summed_draw_by_draw()
    {
        // the per-wijk uncertainty (WijkUncertainty) sums the wijken's ledgers per draw on the same sampler and seed; the
        // city PSA sums the wijken's buffers per draw: two routes, the same draws, the same means
        var a = Analyse("wijkpilot.yaml", ShippedWijkFile, 60, 9);
        var city = a.Wijken!.Uncertainty![^1];
        Assert.Equal(city.NetTotal.Mean, a.Psa!.Total.NetBenefit.Mean, Math.Abs(city.NetTotal.Mean) * 1e-9 + 1e-6);
        Assert.Equal(city.NetMunicipality.Mean, a.Psa.Gemeente.NetBenefit.Mean, Math.Abs(city.NetMunicipality.Mean) * 1e-9 + 1e-6);
    }

    [Fact]
    public void Without_a_wijk_file_the_psa_is_the_city_models()
    {
        var a = Analyse("wijkpilot.yaml", null, 40, 5);
        Assert.Equal(a.Comparison.Total.NetBenefitDiscounted, a.Psa!.Total.PointEstimate, 1e-9);
        // and it differs from the wijk run's (the pilot reaches other people there): the wijk file is not ignored
        var w = Analyse("wijkpilot.yaml", ShippedWijkFile, 40, 5);
        Assert.NotEqual(a.Psa.Total.PointEstimate, w.Psa!.Total.PointEstimate, 0);
    }
}
