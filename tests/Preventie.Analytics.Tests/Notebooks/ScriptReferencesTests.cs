using Microsoft.CodeAnalysis;
using Preventie.Analytics.Notebooks;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Tests.Notebooks;

public class ScriptReferencesTests
{
    [Fact]
    public void Library_reference_is_mapped_to_the_loaded_assembly_without_touching_the_file()
    {
        using var dir = new TempDirectory();
        // Not a real assembly: if the runner opened this file instead of mapping by simple name, it would fail.
        var bin = Path.Combine(dir.Path, "src", "Preventie.Analytics", "bin", "Debug", "net10.0");
        Directory.CreateDirectory(bin);
        File.WriteAllText(Path.Combine(bin, "Preventie.Analytics.dll"), "geen assembly");
        var notebooks = Path.Combine(dir.Path, "notebooks");

        var before = ScriptReferences.CreateOptions();
        var after = ScriptReferences.AddReference(before, notebooks, "../src/Preventie.Analytics/bin/Debug/net10.0/Preventie.Analytics.dll");

        var added = after.MetadataReferences.Except(before.MetadataReferences).OfType<PortableExecutableReference>().Single();
        Assert.Equal(typeof(IHtmlRenderable).Assembly.Location, added.FilePath);
    }

    [Fact]
    public void Base_references_include_the_library_dependencies()
    {
        var files = ScriptReferences.CreateOptions().MetadataReferences.OfType<PortableExecutableReference>()
            .Select(r => Path.GetFileName(r.FilePath)).ToList();
        Assert.Contains("Preventie.Analytics.dll", files);
        Assert.Contains("MathNet.Numerics.dll", files);
        Assert.Contains("YamlDotNet.dll", files);
        Assert.Contains("System.Linq.dll", files);
    }

    [Fact]
    public void Missing_reference_that_is_not_loaded_gives_a_dutch_error()
    {
        using var dir = new TempDirectory();
        var ex = Assert.Throws<NotebookException>(() =>
            ScriptReferences.AddReference(ScriptReferences.CreateOptions(), dir.Path, "../bin/Bestaat.Niet.dll"));
        Assert.Contains("bestand niet gevonden", ex.Message);
        Assert.Contains("dotnet build", ex.Message);
    }
}
