using System.Reflection;
using ArchUnitNET.Domain;
using ArchUnitNET.Fluent.Slices;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using ArchAssembly = System.Reflection.Assembly;

namespace Preventie.Analytics.Tests.Architecture;

/// <summary>
/// The layers of the solution and the one direction of their dependencies:
/// core (model + engine) → files → analysis → reporting → notebooks (Tables, Notebooks) / PDF → CLI.
/// Checked twice: on the compiled assembly references, and type by type with ArchUnitNET (a type of a lower layer that
/// names a type of a higher one fails, whatever the project file says). Inside each assembly, the namespaces (= folders)
/// form no cycle. The core has no file access and no HTML.
/// </summary>
public class LayerTests
{
    /// <summary>The layers, lowest first; an assembly may reference only the assemblies of its own or a lower layer.</summary>
    internal static readonly (string Name, int Layer)[] Layers =
    [
        ("Preventie.Analytics", 0),
        ("Preventie.Analytics.Files", 1),
        ("Preventie.Analytics.Analysis", 2),
        ("Preventie.Analytics.Reporting", 3),
        ("Preventie.Analytics.Reporting.Pdf", 4),
        ("Preventie.Analytics.Tables", 4),
        ("Preventie.Analytics.Notebooks", 4),
        ("Preventie.Analytics.Cli", 5),
    ];

    private static ArchAssembly Load(string name) => ArchAssembly.Load(name);

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> All = new(() =>
        new ArchLoader().LoadAssemblies(Layers.Select(l => Load(l.Name)).ToArray()).Build());

    public static TheoryData<string> AssemblyNames() => new(Layers.Select(l => l.Name));

    [Theory]
    [MemberData(nameof(AssemblyNames))]
    public void An_assembly_references_only_its_own_or_lower_layers(string name)
    {
        var layer = Layers.Single(l => l.Name == name).Layer;
        var ours = Layers.ToDictionary(l => l.Name, l => l.Layer);
        var upward = Load(name).GetReferencedAssemblies()
            .Where(r => ours.TryGetValue(r.Name!, out var other) && (other > layer || (other == layer && r.Name != name)))
            .Select(r => r.Name).ToList();
        Assert.True(upward.Count == 0, $"{name} (laag {layer}) verwijst omhoog of opzij naar: {string.Join(", ", upward)}");
    }

    [Theory]
    [MemberData(nameof(AssemblyNames))]
    public void No_type_depends_on_a_type_of_a_higher_layer(string name)
    {
        var layer = Layers.Single(l => l.Name == name).Layer;
        var higher = Layers.Where(l => l.Layer > layer || (l.Layer == layer && l.Name != name)).Select(l => Load(l.Name)).ToArray();
        Types().That().ResideInAssembly(Load(name))
            .Should().NotDependOnAny(Types().That().ResideInAssembly(higher[0], higher.Skip(1).ToArray()))
            .Check(All.Value);
    }

    [Theory]
    [MemberData(nameof(AssemblyNames))]
    public void The_folders_of_an_assembly_form_no_cycle(string name)
    {
        var architecture = new ArchLoader().LoadAssemblies(Load(name)).Build();
        SliceRuleDefinition.Slices().Matching("Preventie.Analytics.(*)").Should().BeFreeOfCycles().Check(architecture);
    }

    /// <summary>File access in the core: only the hosting helper that finds native libraries (a process concern, not
    /// data) may probe the disk.</summary>
    [Fact]
    public void The_core_reads_and_writes_no_files()
    {
        Types().That().ResideInAssembly(Load("Preventie.Analytics")).And().DoNotResideInNamespace("Preventie.Analytics.Hosting")
            .Should().NotDependOnAny(typeof(File), typeof(Directory), typeof(FileStream), typeof(StreamReader), typeof(StreamWriter), typeof(FileInfo), typeof(DirectoryInfo))
            .Check(All.Value);
    }

    [Fact]
    public void The_core_writes_no_html()
    {
        Types().That().ResideInAssembly(Load("Preventie.Analytics"))
            .Should().NotDependOnAny(typeof(System.Net.WebUtility))
            .Check(All.Value);
    }

    /// <summary>The check itself can fail: a rule over a deliberately upward pair is violated.</summary>
    [Fact]
    public void The_rule_detects_an_upward_dependency()
    {
        var rule = Types().That().ResideInAssembly(Load("Preventie.Analytics.Reporting"))
            .Should().NotDependOnAny(Types().That().ResideInAssembly(Load("Preventie.Analytics")));
        Assert.False(rule.HasNoViolations(All.Value));
    }
}
