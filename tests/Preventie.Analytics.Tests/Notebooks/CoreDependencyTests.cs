using Preventie.Analytics.Html;
namespace Preventie.Analytics.Tests.Notebooks;

/// <summary>The notebook machinery lives outside the core library: no Roslyn scripting, no kernel, no DataFrames in it.</summary>
public class CoreDependencyTests
{
    [Fact]
    public void Core_library_references_neither_roslyn_scripting_nor_the_kernel_nor_dataframes()
    {
        var core = typeof(IHtmlRenderable).Assembly;
        var referenced = core.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(referenced, n => n.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)
                                               || n.StartsWith("Microsoft.DotNet.Interactive", StringComparison.Ordinal)
                                               || n == "Microsoft.Data.Analysis");
        var project = File.ReadAllText(Path.Combine(ShippedRuns.RepositoryRoot(), "src", "Preventie.Analytics", "Preventie.Analytics.csproj"));
        Assert.DoesNotContain("Scripting", project, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.DotNet.Interactive", project, StringComparison.Ordinal);
    }
}
