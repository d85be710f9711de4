using Preventie.Analytics.Html;
using System.Text.Json;
using Preventie.Analytics.Charts;

namespace Preventie.Analytics.Tests.Charts;

public class PlotlyJsTests
{
    /// <summary>The repository root: the directory above the test binaries that holds package.json.</summary>
    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "package.json")) && File.Exists(Path.Combine(dir.FullName, "Preventie.Analytics.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Repository root with package.json not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Cdn_version_is_the_exact_version_pinned_in_package_json_and_its_lock()
    {
        var root = RepositoryRoot();
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "package.json")));
        Assert.Equal(PlotlyJs.Version, package.RootElement.GetProperty("dependencies").GetProperty(PlotlyJs.PackageName).GetString());
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "package-lock.json")));
        Assert.Equal(PlotlyJs.Version, lockFile.RootElement.GetProperty("packages")
            .GetProperty("node_modules/" + PlotlyJs.PackageName).GetProperty("version").GetString());
        Assert.Equal($"https://cdn.plot.ly/plotly-{PlotlyJs.Version}.min.js", PlotlyJs.CdnUrl);
    }

    [Fact]
    public void Local_copy_is_found_by_walking_up_and_missing_copy_gives_Dutch_advice()
    {
        var tmp = Directory.CreateTempSubdirectory("plotly-locator-");
        try
        {
            var deep = Directory.CreateDirectory(Path.Combine(tmp.FullName, "a", "b", "c")).FullName;
            var elsewhere = Directory.CreateDirectory(Path.Combine(tmp.FullName, "x")).FullName;
            var bundle = Path.Combine(tmp.FullName, "a", PlotlyJs.RelativePath);

            Assert.False(PlotlyJs.TryFindLocal(new[] { deep }) is { } before && before.StartsWith(tmp.FullName));

            Directory.CreateDirectory(Path.GetDirectoryName(bundle)!);
            File.WriteAllText(bundle, "/* plotly */");
            Assert.Equal(bundle, PlotlyJs.FindLocal(new[] { deep, elsewhere }));
            // the second start directory is used when the first finds nothing under the temporary tree
            var fromSecond = PlotlyJs.TryFindLocal(new[] { elsewhere, deep });
            Assert.True(fromSecond == bundle || !fromSecond!.StartsWith(tmp.FullName));
        }
        finally
        {
            tmp.Delete(recursive: true);
        }
    }

    [Fact]
    public void Not_found_exception_tells_the_user_to_run_npm_ci()
    {
        var ex = new PlotlyJsNotFoundException(new[] { "/tmp/a", "/tmp/a" });
        Assert.Contains("Voer `npm ci` uit in de hoofdmap", ex.Message);
        Assert.Contains("/tmp/a", ex.Message);
        Assert.IsAssignableFrom<IOException>(ex); // the CLI prints IO errors in Dutch
    }

    [Fact]
    public void Inlined_script_cannot_end_the_script_element_early()
    {
        var safe = PlotlyScriptSource.MakeScriptSafe("var a = \"</script><!-- x\", b = /<\\/SCRIPT>/;");
        Assert.DoesNotContain("</script", safe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!--", safe);
        Assert.Equal("var a = \"<\\/script><\\u0021-- x\", b = /<\\/SCRIPT>/;", safe);

        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "/**\n* plotly.js v9.8.7\n*/ var s = '</script>';");
            var source = PlotlyScriptSource.InlineFrom(file);
            Assert.StartsWith("plotly.js 9.8.7, ingebed", source.Description);
            var tag = source.ToScriptTag();
            Assert.Equal(1, CountOccurrences(tag, "</script"));
            Assert.EndsWith("</script>", tag);
        }
        finally
        {
            File.Delete(file);
        }
    }

    internal static int CountOccurrences(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.OrdinalIgnoreCase)) n++;
        return n;
    }
}
