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
    internal static readonly (ArchAssembly Assembly, int Layer)[] Assemblies =
    [
        (typeof(global::Preventie.Analytics.Model.ModelDefinition).Assembly, 0),
        (typeof(global::Preventie.Analytics.Model.ModelFiles).Assembly, 1),
        (typeof(global::Preventie.Analytics.Analysis.AnalysisRunner).Assembly, 2),
        (typeof(global::Preventie.Analytics.Reporting.CouncilReport).Assembly, 3),
        (typeof(global::Preventie.Analytics.Reporting.Pdf.PdfPrinter).Assembly, 4),
        (typeof(global::Preventie.Analytics.Tables.SimulationDataFrame).Assembly, 4),
        (typeof(global::Preventie.Analytics.Notebooks.NotebookRunner).Assembly, 4),
        (typeof(global::Preventie.Analytics.Cli.PreventieApp).Assembly, 5),
    ];

    private static readonly (string Name, int Layer)[] Layers = Assemblies.Select(a => (a.Assembly.GetName().Name!, a.Layer)).ToArray();

    private static ArchAssembly Load(string name) => Assemblies.Single(a => a.Assembly.GetName().Name == name).Assembly;

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

    /// <summary>Every assembly but the top one (the CLI, which nothing may reference).</summary>
    public static TheoryData<string> AssembliesBelowTheTop() => new(Layers.Where(l => l.Layer < Layers.Max(x => x.Layer)).Select(l => l.Name));

    [Theory]
    [MemberData(nameof(AssembliesBelowTheTop))]
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
        string[] forbidden = ["System.IO.File", "System.IO.Directory", "System.IO.FileStream", "System.IO.StreamReader", "System.IO.StreamWriter",
            "System.IO.FileInfo", "System.IO.DirectoryInfo"];
        var offenders = CoreDependenciesOn(forbidden, except: "Preventie.Analytics.Hosting");
        Assert.True(offenders.Count == 0, "bestandstoegang in de kern: " + string.Join(", ", offenders));
    }

    [Fact]
    public void The_core_writes_no_html()
    {
        var offenders = CoreDependenciesOn(["System.Net.WebUtility", "System.Web.HttpUtility"]);
        Assert.True(offenders.Count == 0, "HTML in de kern: " + string.Join(", ", offenders));
    }

    /// <summary>"type → dependency" for every core type that depends on one of <paramref name="targets"/> (full names).</summary>
    private static List<string> CoreDependenciesOn(string[] targets, string? except = null)
    {
        var core = All.Value.Types
            .Where(t => t.Assembly.Name.StartsWith("Preventie.Analytics,", StringComparison.Ordinal) || t.Assembly.Name == "Preventie.Analytics")
            .ToList();
        Assert.True(core.Count > 100, $"de kern heeft te weinig typen in de architectuur ({core.Count}): de selectie klopt niet");
        return core
            .Where(t => except is null || !t.Namespace.FullName.StartsWith(except, StringComparison.Ordinal))
            .SelectMany(t => t.Dependencies.Select(d => (Type: t.FullName, Target: d.Target.FullName)))
            .Where(d => targets.Contains(d.Target))
            .Select(d => $"{d.Type} → {d.Target}").Distinct().ToList();
    }

    /// <summary>The file-access check can fail: the files layer does read files.</summary>
    [Fact]
    public void The_file_check_sees_file_access_where_there_is_some()
    {
        var files = All.Value.Types.Where(t => t.Assembly.Name.StartsWith("Preventie.Analytics.Files", StringComparison.Ordinal))
            .SelectMany(t => t.Dependencies).Select(d => d.Target.FullName);
        Assert.Contains("System.IO.File", files);
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
