using Preventie.Analytics.Charts;
using Preventie.Analytics.Html;
using Preventie.Analytics.Reporting;
using Xunit.Abstractions;

namespace Preventie.Analytics.Tests.Charts;

/// <summary>
/// Charts sized for A4: every chart of the council report (with its uncertainty and investment charts) and every domain
/// chart, drawn by headless chromium at the printed width, has no label over another label, over a neighbouring panel or
/// outside the chart (<see cref="ChartLabels"/>). Charts made to overlap show that the check finds it.
/// </summary>
public sealed class ChartLabelTests : IClassFixture<ChromiumFixture>
{
    private readonly ChromiumFixture _chromium;
    private readonly ITestOutputHelper _output;

    public ChartLabelTests(ChromiumFixture chromium, ITestOutputHelper output)
    {
        _chromium = chromium;
        _output = output;
    }

    private static string ArtifactDirectory() =>
        Directory.CreateDirectory(Path.Combine(PlotlyJsTests.RepositoryRoot(), "out", "browser-test")).FullName;

    private async Task<IReadOnlyList<(string Id, string Title, IReadOnlyList<string> Problems)>> AsPrinted(ReportDocument report, string file)
    {
        var html = Path.Combine(ArtifactDirectory(), file);
        report.Save(html, PlotlyScriptSource.InlineFrom(BrowserTestEnvironment.PlotlyPath!));
        var charts = await ChartLabels.AsPrinted(_chromium.Browser!, html);
        foreach (var (id, title, problems) in charts)
            _output.WriteLine($"{file}, {id} '{title}': {(problems.Count == 0 ? "ok" : string.Join("; ", problems))}");
        return charts;
    }

    [BrowserFact]
    public async Task Every_chart_of_the_council_report_at_the_printed_width_has_no_overlapping_labels()
    {
        BrowserTestEnvironment.Require();
        var report = CouncilReportSamples.PilotWithPsa();
        var charts = await AsPrinted(report, "labels-raadsrapport.html");
        Assert.Equal(report.Sections.SelectMany(s => s.Blocks).OfType<ReportFigure>().Count(), charts.Count);
        Assert.All(charts, c => Assert.True(c.Problems.Count == 0, $"{c.Id} '{c.Title}': {string.Join("; ", c.Problems)}"));
    }

    [BrowserFact]
    public async Task Every_domain_chart_at_the_printed_width_has_no_overlapping_labels()
    {
        BrowserTestEnvironment.Require();
        var figures = DomainChartSamples.All();
        var charts = await AsPrinted(DomainChartSamples.Report(figures), "labels-domeingrafieken.html");
        Assert.Equal(figures.Count, charts.Count);
        Assert.All(charts, c => Assert.True(c.Problems.Count == 0, $"{c.Id} '{c.Title}': {string.Join("; ", c.Problems)}"));
    }

    [BrowserFact]
    public async Task Charts_made_to_overlap_are_caught()
    {
        BrowserTestEnvironment.Require();
        int[] years = [2024, 2025, 2026, 2027];
        double[] big = [31_500_000, 30_000_000, 29_250_000, 28_000_000];
        // small multiples with no gap: the right panel's y labels run over the left panel
        var cramped = Chart.Combine(
                Chart.Line(years, big, name: "links"),
                Chart.Line(years, big, name: "rechts").WithTraces(t => t.With("xaxis", "x2").With("yaxis", "y2")))
            .WithTitle("Twee panelen zonder ruimte ertussen")
            .WithLayout("grid.rows", 1).WithLayout("grid.columns", 2).WithLayout("grid.pattern", "independent").WithLayout("grid.xgap", 0.02)
            .WithLayout("yaxis.tickformat", ",.0f").WithLayout("yaxis2.tickformat", ",.0f");
        // a heatmap whose note sits where its axis title is
        var covered = Chart.Heatmap(new[] { "universeel", "selectief" }, new[] { "doel 1", "doel 2" }, new[] { new[] { 1.0, 2 }, new[] { 3.0, 4 } })
            .WithTitle("Heatmap met de notitie onder de astitel")
            .WithXAxis("Vorm van preventie")
            .WithLayout("annotations", new[]
            {
                PlotlyObject.Empty.With("text", "Een notitie op de plaats van de astitel").With("xref", "paper").With("yref", "paper")
                    .With("x", 0.5).With("y", 0).With("yshift", -45).With("xanchor", "center").With("yanchor", "middle").With("showarrow", false),
            });
        // a legend item over the x axis title
        var legend = Chart.Line(years, big, name: "Een reeks met een lange naam")
            .WithTitle("Legenda op de astitel")
            .WithXAxis("Jaar van de berekening")
            .WithLayout("showlegend", true).WithLayout("legend.orientation", "h").WithLayout("legend.x", 0.35)
            .WithLayout("legend.y", -0.12).WithLayout("legend.yanchor", "top");
        var report = DomainChartSamples.Report([("zonder ruimte", cramped), ("notitie onder de astitel", covered), ("legenda op de astitel", legend)]);
        var charts = await AsPrinted(report, "labels-overlappend.html");
        Assert.Equal(3, charts.Count);
        Assert.Contains(charts[0].Problems, p => p.StartsWith("y-as", StringComparison.Ordinal) && p.Contains("over grafiekvlak 1", StringComparison.Ordinal));
        Assert.Contains(charts[1].Problems, p => p.Contains("x-astitel 'Vorm van preventie'", StringComparison.Ordinal) && p.Contains("notitie", StringComparison.Ordinal));
        Assert.Contains(charts[2].Problems, p => p.Contains("legenda", StringComparison.Ordinal) && p.Contains("x-astitel", StringComparison.Ordinal));
    }
}
