using Preventie.Analytics.Cli.Commands;
using Preventie.Analytics.Input;

namespace Preventie.Analytics.Tests.Cli;

/// <summary>Issue 22: <c>optimize --threads -1</c> and a file-valued <c>--out</c> are refused before any work.</summary>
public class OptimizeEarlyCheckTests
{
    [Fact]
    public void Negative_thread_count_is_refused_with_the_option_parsing()
    {
        var e = Assert.Single(Assert.Throws<DataValidationException>(() =>
            OptimizeCommand.ParseOptions(null, null, "gemeente", null, [], [], [], false, 40, 5, -1, true)).Errors);
        Assert.Equal(("--threads", "-1"), (e.Field, e.Value));
        Assert.Contains("0 (alle processoren) of meer", e.Message);
    }

    [Fact]
    public void An_out_path_that_is_an_existing_file_is_refused_before_the_candidates_are_loaded()
    {
        var file = Path.Combine(Path.GetTempPath(), "preventie-out-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(file, "x");
        var options = OptimizeCommand.ParseOptions(null, null, "gemeente", null, [], [], [], false, 0, 5, 1, false);
        // a model folder that does not exist: had the candidates been loaded first, this would be the error
        var missingModel = Path.Combine(Path.GetTempPath(), "bestaat-niet-" + Guid.NewGuid().ToString("N"));
        var ex = Assert.Throws<DataValidationException>(() =>
            OptimizeCommand.Execute(options, "json", file, missingModel, null, null, null, Simulation.BadInputTests.QuietConsole(), new StringWriter()));
        Assert.Contains(ex.Errors, e => e.Field == "--out" || e.File == "--out" || e.ToString().Contains("--out"));
        Assert.Equal("x", File.ReadAllText(file));
    }
}
