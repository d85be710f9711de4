using Preventie.Analytics.Analysis;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Html;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Reporting;

/// <summary>
/// Report chapters (<see cref="IReportChapter{TAnalysis}"/>): a new chapter is one class, placed in a report's chapter
/// list through the public API; every shipped chapter of the council report and of the overview is a pure function of
/// the analysis — it needs no file (the input folder is deleted before the chapters are built) and two independent
/// analyses of the same inputs and seed give the same sections.
/// </summary>
public class ReportChapterTests
{
    /// <summary>The wijkpilot against the basis as a yearly rerun with every optional input (wijk file, inventory,
    /// evidence, draws), so that every chapter applies; on a copy of <c>data/</c> that is deleted once analysed.</summary>
    private static BatchAnalysis AnalyseOnDeletedCopy()
    {
        var data = Path.Combine(Path.GetTempPath(), "preventie-chapters-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(TestModels.RepoRoot, "data"), data);
        try
        {
            var paths = InputPaths.ForDataFolder(data) with
            {
                Scenarios = [Path.Combine(data, "scenarios", "wijkpilot.yaml")],
                WijkFile = Path.Combine(data, "wijken", "wijken.csv"),
            };
            return AnalysisRunner.RunBatch(AnalysisInputs.Load(paths),
                new AnalysisOptions(PsaDraws: 20, Seed: 7, CreatedAt: new DateTimeOffset(2026, 3, 5, 10, 0, 0, TimeSpan.Zero)));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        foreach (var d in Directory.GetDirectories(from)) Copy(d, Path.Combine(to, Path.GetFileName(d)));
    }

    private static readonly Lazy<BatchAnalysis> First = new(AnalyseOnDeletedCopy);
    private static readonly Lazy<BatchAnalysis> Second = new(AnalyseOnDeletedCopy);

    private static ScenarioAnalysis Pilot => First.Value.Scenarios.Single();

    private static string Html(ReportSection section) => section.ToHtml(new ReportRenderContext(pageLoadsPlotly: true));

    private static string Html(ReportDocument document) =>
        string.Concat(document.Sections.Select(s => Html(s)));

    /// <summary>A chapter the shipped report does not have: the municipality's net result, with a data source.</summary>
    private sealed class MunicipalNetChapter : IReportChapter<ScenarioAnalysis>
    {
        public ReportSection? Build(ScenarioAnalysis analysis) =>
            new ReportSection("Netto voor de gemeente")
                .WithParagraph($"De gemeente houdt contant {DutchFormat.EuroCompact(analysis.Comparison.Gemeente.NetBenefitDiscounted)} over.");

        public IEnumerable<ReportDataSource> DataSources(ScenarioAnalysis analysis) =>
            [new ReportDataSource("Testbron", "netto van de gemeente", "test.csv")];
    }

    /// <summary>A chapter that never applies.</summary>
    private sealed class NeverChapter : IReportChapter<ScenarioAnalysis>
    {
        public ReportSection? Build(ScenarioAnalysis analysis) => null;
    }

    /// <summary>An overview chapter the shipped overview does not have: the number of scenarios.</summary>
    private sealed class ScenarioCountChapter : IReportChapter<BatchAnalysis>
    {
        public ReportSection? Build(BatchAnalysis analysis) =>
            new ReportSection("Aantal scenario's").WithParagraph(DutchFormat.Count(analysis.Scenarios.Count, "scenario", "scenario's"));
    }

    [Fact]
    public void The_shipped_council_report_has_its_chapters_in_order()
    {
        Assert.Equal(
        [
            "Conclusie", "Let op: ongebruikelijke invoer", "Wie betaalt, wie bespaart", "Per jaar", "Inwoners en hun behoefte aan ondersteuning",
            "Per wijk", "Het huidige preventieaanbod", "Hoe zeker is dit?", "Bijlage: kosten per betaler per jaar", "Begrippen",
        ], CouncilReport.Build(Pilot).Sections.Select(s => s.Heading));
    }

    [Fact]
    public void The_shipped_overview_has_its_chapters_in_order()
    {
        Assert.Equal(
        [
            "Conclusie", "Wie betaalt, wie bespaart?", "Hoe zeker is het?", "Rapporten per scenario", "Inventaris van preventieactiviteiten", "Let op", "Waar investeren?", "Begrippen",
        ], BatchOverview.Build(First.Value).Sections.Select(s => s.Heading));
    }

    [Fact]
    public void A_new_chapter_is_one_class_placed_in_the_chapter_list()
    {
        var shipped = CouncilReport.Build(Pilot);
        var after = CouncilReport.Chapters.FindIndex(c => c is PayersChapter) + 1;
        var report = CouncilReport.Build(Pilot, CouncilReport.Chapters.Insert(after, new MunicipalNetChapter()).Add(new NeverChapter()));

        // right after "Wie betaalt, wie bespaart", every shipped chapter unchanged around it; the chapter that does not apply left out
        var expected = shipped.Sections.Select(s => s.Heading).ToList();
        expected.Insert(expected.IndexOf("Wie betaalt, wie bespaart") + 1, "Netto voor de gemeente");
        Assert.Equal(expected, report.Sections.Select(s => s.Heading));
        var added = report.Sections[expected.IndexOf("Netto voor de gemeente")];
        Assert.Equal($"De gemeente houdt contant {DutchFormat.EuroCompact(Pilot.Comparison.Gemeente.NetBenefitDiscounted)} over.",
            Assert.IsType<ReportParagraph>(Assert.Single(added.Blocks)).Text);
        Assert.Equal(Html(shipped), Html(report).Replace(Html(added) , ""));

        // its data source in the report's sources, the others unchanged
        Assert.Equal(shipped.DataSources.Count + 1, report.DataSources.Count);
        Assert.Contains(new ReportDataSource("Testbron", "netto van de gemeente", "test.csv"), report.DataSources);
        Assert.Equal(shipped.DataSources, report.DataSources.Remove(new ReportDataSource("Testbron", "netto van de gemeente", "test.csv")));

        // and in the rendered page between its neighbours
        var page = report.ToFullHtml(PlotlyScriptSource.Cdn);
        var at = page.IndexOf("<h2>Netto voor de gemeente</h2>", StringComparison.Ordinal);
        Assert.True(page.IndexOf("<h2>Wie betaalt, wie bespaart</h2>", StringComparison.Ordinal) is var before && before >= 0 && before < at);
        Assert.True(page.IndexOf("<h2>Per jaar</h2>", StringComparison.Ordinal) > at);
    }

    [Fact]
    public void A_new_overview_chapter_is_one_class_placed_in_the_chapter_list()
    {
        var shipped = BatchOverview.Build(First.Value);
        var after = BatchOverview.Chapters.FindIndex(c => c is ScenarioReportsChapter) + 1;
        var overview = BatchOverview.Build(First.Value, BatchOverview.Chapters.Insert(after, new ScenarioCountChapter()));
        var expected = shipped.Sections.Select(s => s.Heading).ToList();
        expected.Insert(expected.IndexOf("Rapporten per scenario") + 1, "Aantal scenario's");
        Assert.Equal(expected, overview.Sections.Select(s => s.Heading));
        Assert.Equal("1 scenario", Assert.IsType<ReportParagraph>(Assert.Single(overview.Sections[after].Blocks)).Text);
    }

    public static TheoryData<int> CouncilChapters() => new(Enumerable.Range(0, CouncilReport.Chapters.Count));

    public static TheoryData<int> OverviewChapters() => new(Enumerable.Range(0, BatchOverview.Chapters.Count));

    [Theory]
    [MemberData(nameof(CouncilChapters))]
    public void Every_council_chapter_is_a_pure_function_of_the_analysis(int index)
    {
        var chapter = CouncilReport.Chapters[index];
        // applies to the full analysis (so this test covers it), built without the input files (deleted)
        var section = chapter.Build(Pilot);
        Assert.NotNull(section);
        // the same analysis again, and an independent analysis of the same inputs and seed: the same section and sources
        Assert.Equal(Html(section), Html(chapter.Build(Pilot)!));
        Assert.Equal(Html(section), Html(chapter.Build(Second.Value.Scenarios.Single())!));
        Assert.Equal(chapter.DataSources(Pilot), chapter.DataSources(Second.Value.Scenarios.Single()));
    }

    [Theory]
    [MemberData(nameof(OverviewChapters))]
    public void Every_overview_chapter_is_a_pure_function_of_the_analysis(int index)
    {
        var chapter = BatchOverview.Chapters[index];
        var section = chapter.Build(First.Value);
        Assert.NotNull(section);
        Assert.Equal(Html(section), Html(chapter.Build(First.Value)!));
        Assert.Equal(Html(section), Html(chapter.Build(Second.Value)!));
    }

    [Fact]
    public void The_whole_report_needs_no_input_file()
    {
        // the input folder is gone: the report, its assumptions and its sources come from the analysis alone
        var report = CouncilReport.Build(Pilot);
        Assert.Contains(report.DataSources, d => d.Name == "Wijkbestand" && d.Reference == "wijken.csv");
        Assert.Equal(Html(report), Html(CouncilReport.Build(Second.Value.Scenarios.Single())));
        Assert.Equal(Html(BatchOverview.Build(First.Value)), Html(BatchOverview.Build(Second.Value)));
    }
}
