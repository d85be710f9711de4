using Preventie.Analytics.Html;
using Preventie.Analytics.Charts;

namespace Preventie.Analytics.Tests.Charts;

/// <summary>
/// What the real-browser tests need: Debian's headless chromium at <see cref="ChromiumPath"/> and plotly.js from
/// <c>npm ci</c>. Missing on a developer machine: the tests are skipped with the reason. Missing in CI (variable
/// <c>CI</c> set, where <c>.ci/run</c> installs both): the tests fail.
/// </summary>
internal static class BrowserTestEnvironment
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>The local plotly.min.js, or null.</summary>
    public static string? PlotlyPath { get; } =
        PlotlyJs.TryFindLocal(new[] { PlotlyJsTests.RepositoryRoot(), Directory.GetCurrentDirectory(), AppContext.BaseDirectory });

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? MissingReason()
    {
        var missing = new List<string>();
        if (!File.Exists(ChromiumPath)) missing.Add($"{ChromiumPath} ontbreekt (apt-get install chromium)");
        if (PlotlyPath is null) missing.Add("plotly.js ontbreekt (voer `npm ci` uit in de hoofdmap)");
        return missing.Count == 0 ? null : "Browsertest niet mogelijk: " + string.Join("; ", missing) + ".";
    }

    /// <summary>Fails the test (in CI the prerequisites are installed, so missing ones are an error).</summary>
    public static void Require()
    {
        if (MissingReason() is { } reason) Assert.Fail(reason + (InCi ? " CI hoort deze te installeren (.ci/run)." : ""));
    }
}

/// <summary>A fact that needs the real browser: skipped with the reason when chromium or plotly.js is missing,
/// unless <c>CI</c> is set, in which case it runs and fails.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserTestEnvironment.InCi && BrowserTestEnvironment.MissingReason() is { } reason) Skip = reason;
    }
}

/// <summary>A fact that needs the local plotly.js from <c>npm ci</c> (an offline report) but no browser: skipped with the
/// reason when it is missing, unless <c>CI</c> is set, in which case it runs and fails.</summary>
public sealed class PlotlyFactAttribute : FactAttribute
{
    public PlotlyFactAttribute()
    {
        if (!BrowserTestEnvironment.InCi && BrowserTestEnvironment.PlotlyPath is null)
            Skip = "plotly.js ontbreekt (voer `npm ci` uit in de hoofdmap): een offline rapport is hier niet te maken.";
    }
}
