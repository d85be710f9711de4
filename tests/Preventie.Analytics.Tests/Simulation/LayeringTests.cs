using Preventie.Analytics.Html;
using Preventie.Analytics.Formatting;
using System.Text.RegularExpressions;

namespace Preventie.Analytics.Tests.Simulation;

/// <summary>The engine computes, the renderers format: Simulation and Uncertainty do not reference Reporting or Charts.</summary>
public class LayeringTests
{
    [Theory]
    [InlineData("Simulation")]
    [InlineData("Uncertainty")]
    public void Engine_folders_do_not_reference_reporting_or_charts(string folder)
    {
        var dir = Path.Combine(TestModels.RepoRoot, "src", "Preventie.Analytics", folder);
        var files = Directory.GetFiles(dir, "*.cs");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            // code only: comments and string literals removed
            var code = Regex.Replace(File.ReadAllText(file), @"//.*|/\*[\s\S]*?\*/|@?""(?:[^""\\]|\\.)*""", "");
            Assert.DoesNotMatch(@"\b(Reporting|Charts)\b", code);
            Assert.DoesNotMatch(@"\b(DutchFormat|IHtmlRenderable|NotebookFormatterSource|Figure)\b", code);
        }
    }
}
