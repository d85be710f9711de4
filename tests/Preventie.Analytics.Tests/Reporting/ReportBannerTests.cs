using Preventie.Analytics.Analysis;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Tests.Simulation;
using Preventie.Analytics.Tests.Wijken;

namespace Preventie.Analytics.Tests.Reporting;

/// <summary>The full council report shows the "illustratief" banner on top (and, printed, on every page) exactly while a
/// figure rests on illustrative data — the same decision as its workbook's banner.</summary>
public class ReportBannerTests
{
    private static ScenarioAnalysis Analyse(string? wijkFile)
    {
        var paths = InputPaths.ForPair(TestModels.DefaultModelDir, Path.Combine(TestModels.ScenarioDir, "wijkpilot.yaml"),
            Path.Combine(TestModels.ScenarioDir, "basis.yaml"), wijkFile);
        var inputs = AnalysisInputs.Load(paths);
        return AnalysisRunner.Run(inputs, inputs.Scenarios[0], new AnalysisOptions(CreatedAt: DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void With_the_illustrative_wijk_file_the_report_opens_with_the_banner()
    {
        var report = CouncilReport.Build(Analyse(Path.Combine(WijkDataTests.WijkDir, "wijken.csv")));
        Assert.True(report.IsIllustrative);
        var html = report.ToHtml();
        var banner = html.IndexOf("data-paginakop", StringComparison.Ordinal);
        Assert.True(banner >= 0 && banner < html.IndexOf("<h1>", StringComparison.Ordinal), "the banner comes before the title");
        Assert.Contains(System.Net.WebUtility.HtmlEncode(report.IllustrativeBanner!), html);
    }

    [Fact]
    public void Without_illustrative_data_there_is_no_banner()
    {
        var report = CouncilReport.Build(Analyse(null));
        Assert.False(report.IsIllustrative);
        Assert.DoesNotContain("data-paginakop", report.ToHtml());
    }
}
