using System.Net;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Html;

namespace Preventie.Analytics.Tests.Charts;

/// <summary>
/// Notebook charts take plotly.js from the local npm copy, inline in the first chart of a kernel session, never from the
/// CDN; without a local copy they say where it was looked for and where to run npm ci.
/// </summary>
public class NotebookPlotlyTests
{
    private const string FakeBundle = "/* plotly.js v9.9.9 */ window.Plotly = { fake: true }; var s = '</script>';";

    /// <summary>A repository-like folder: package.json naming plotly.js, notebooks/, and optionally the npm copy.</summary>
    private sealed class FakeRepository : IDisposable
    {
        public FakeRepository(bool withBundle)
        {
            Root = Directory.CreateTempSubdirectory("preventie-nb-plotly-").FullName;
            Notebooks = Directory.CreateDirectory(Path.Combine(Root, "notebooks")).FullName;
            File.WriteAllText(Path.Combine(Root, "package.json"), "{ \"dependencies\": { \"plotly.js-dist-min\": \"4.1.2\" } }");
            if (withBundle) AddBundle();
        }

        public string Root { get; }

        public string Notebooks { get; }

        public void AddBundle()
        {
            var bundle = Path.Combine(Root, PlotlyJs.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(bundle)!);
            File.WriteAllText(bundle, FakeBundle);
        }

        public NotebookPlotly Session() => new(() => new[] { Notebooks });

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }

    private static Figure Sample() => Chart.Line(new[] { 2024, 2025 }, new[] { 1.0, 2.0 }, name: "a");

    [Fact]
    public void First_chart_of_a_session_carries_the_local_copy_and_later_charts_use_it()
    {
        using var repo = new FakeRepository(withBundle: true);
        var session = repo.Session();

        var first = Sample().ToHtmlFragment("grafiek-1", session);
        var second = Sample().ToHtmlFragment("grafiek-2", session);

        // the bundle, made safe inside <script>, once: in the first chart only
        Assert.Contains("window.Plotly = { fake: true }; var s = '<\\/script>';", first);
        Assert.DoesNotContain("fake: true", second);
        foreach (var html in new[] { first, second })
        {
            Assert.DoesNotContain(PlotlyJs.CdnUrl, html);
            Assert.DoesNotContain("http", html);
            Assert.Contains("preventieLoadPlotly(draw);", html);
            Assert.Contains(WebUtility.HtmlEncode(NotebookPlotly.SessionCopyNotice), html);
        }
        // the embedded copy runs only on a page without plotly.js, and then draws the charts that were waiting
        Assert.True(first.IndexOf("if (!window.Plotly)", StringComparison.Ordinal) < first.IndexOf("fake: true", StringComparison.Ordinal));
        Assert.Contains("__preventieWachtOpPlotly || []).splice(0)", first);

        // a new session (a new kernel) carries it again
        Assert.Contains("fake: true", Sample().ToHtmlFragment("grafiek-3", repo.Session()));
    }

    [Fact]
    public void Missing_copy_names_the_folder_searched_from_and_where_to_run_npm_ci_and_is_looked_for_again()
    {
        using var repo = new FakeRepository(withBundle: false);
        var session = repo.Session();

        var html = Sample().ToHtmlFragment("grafiek-1", session);

        var notice = $"node_modules/plotly.js-dist-min niet gevonden vanaf {repo.Notebooks}. Voer npm ci uit in {repo.Root} en voer deze cel daarna opnieuw uit.";
        Assert.Contains(WebUtility.HtmlEncode(notice), html);
        Assert.DoesNotContain("internetverbinding", html);
        Assert.DoesNotContain("http", html);

        // after npm ci the next chart of the same session finds it (no kernel restart needed)
        repo.AddBundle();
        Assert.Contains("fake: true", Sample().ToHtmlFragment("grafiek-2", session));
    }

    [Fact]
    public void Without_a_package_json_above_the_notice_says_which_folder_to_look_for()
    {
        var dir = Directory.CreateTempSubdirectory("preventie-nb-plotly-los-").FullName;
        try
        {
            var notice = NotebookPlotly.MissingNotice(dir);
            Assert.StartsWith($"Deze grafiek kan niet worden getekend: node_modules/plotly.js-dist-min niet gevonden vanaf {dir}.", notice);
            Assert.Contains("Voer npm ci uit in de hoofdmap van Preventie.Analytics (de map met package.json)", notice);
        }
        finally
        {
            Directory.Delete(dir);
        }
    }

    [Fact]
    public void Report_files_load_plotly_in_their_head_and_keep_their_own_notice()
    {
        var html = Sample().ToHtmlFragment("grafiek-1");
        Assert.Contains(WebUtility.HtmlEncode(Figure.MissingPlotlyNotice), html);
        Assert.DoesNotContain("preventieLoadPlotly", html);
        Assert.Contains("draw();", html);
    }

    [Fact]
    public void A_new_kernel_session_is_a_new_session()
    {
        var before = NotebookPlotly.Current;
        Assert.Same(before, NotebookPlotly.Current);
        NotebookPlotly.StartSession();
        Assert.NotSame(before, NotebookPlotly.Current);
    }
}
