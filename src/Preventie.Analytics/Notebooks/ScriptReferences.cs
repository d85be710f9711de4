using System.Reflection;
using System.Text.Json.Nodes;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace Preventie.Analytics.Notebooks;

/// <summary>
/// The references a notebook script compiles against: the .NET shared framework, this library and its
/// dependencies (MathNet.Numerics, YamlDotNet…), and the notebook's own <c>#r</c> paths. A <c>#r</c> to an assembly
/// whose simple name is already loaded in this process (in particular <c>Preventie.Analytics.dll</c> from the
/// library's bin folder) is mapped to that loaded assembly, so scripts and host share one copy: type checks such as
/// <c>is IHtmlRenderable</c> and static state keep working.
/// </summary>
public static class ScriptReferences
{
    /// <summary>Imports that the .NET Interactive C# kernel also has by default.</summary>
    public static readonly IReadOnlyList<string> DefaultImports =
        new[] { "System", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading.Tasks" };

    private static readonly Lazy<IReadOnlyList<MetadataReference>> Framework = new(LoadFramework);

    /// <summary>Base options: framework, this library and its dependencies, default imports.</summary>
    public static ScriptOptions CreateOptions()
    {
        var library = typeof(ScriptReferences).Assembly;
        var assemblies = new List<Assembly> { library };
        var names = LibraryDependencyNames(library).Select(n => new AssemblyName(n))
            .Concat(library.GetReferencedAssemblies());
        foreach (var name in names)
        {
            try
            {
                // Loaded into the default context, so scripts and library share one copy of each dependency.
                assemblies.Add(Assembly.Load(name));
            }
            catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                // A dependency the host cannot load is also unusable by scripts; compilation will say which type is missing.
            }
        }
        return ScriptOptions.Default
            .WithReferences(Framework.Value)
            .AddReferences(assemblies.Where(a => !a.IsDynamic && a.Location.Length > 0).Distinct())
            .WithImports(DefaultImports)
            .WithEmitDebugInformation(false);
    }

    /// <summary>
    /// Adds one <c>#r</c> path (relative to <paramref name="notebookDirectory"/>) to <paramref name="options"/>.
    /// Throws <see cref="NotebookException"/> (Dutch) when the assembly is neither loaded nor on disk.
    /// </summary>
    public static ScriptOptions AddReference(ScriptOptions options, string notebookDirectory, string path)
    {
        var full = Path.GetFullPath(Path.Combine(notebookDirectory, path));
        var simpleName = Path.GetFileNameWithoutExtension(full);
        var loaded = LoadedAssembly(simpleName);
        if (loaded is not null) return options.AddReferences(loaded);
        if (File.Exists(full)) return options.AddReferences(MetadataReference.CreateFromFile(full));
        throw new NotebookException(
            $"#r \"{path}\": bestand niet gevonden ({full}). Bouw de oplossing eerst met 'dotnet build'.");
    }

    /// <summary>The assembly with this simple name loaded in the default load context, if any.</summary>
    public static Assembly? LoadedAssembly(string simpleName) =>
        AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a =>
            !a.IsDynamic && string.Equals(a.GetName().Name, simpleName, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The runtime assemblies of this library's package dependencies, transitively, from the host's deps.json (the
    /// compiler only records assemblies the library's code already uses, so MathNet.Numerics could be missing).
    /// </summary>
    private static IEnumerable<string> LibraryDependencyNames(Assembly library)
    {
        // The host separates deps files with ';' on every platform.
        var depsFiles = (AppContext.GetData("APP_CONTEXT_DEPS_FILES") as string ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries);
        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in depsFiles.Where(File.Exists))
        {
            JsonNode? deps;
            try
            {
                deps = JsonNode.Parse(File.ReadAllText(file));
            }
            catch (System.Text.Json.JsonException)
            {
                continue;
            }
            if (deps?["targets"] is not JsonObject targets) continue;
            foreach (var (_, target) in targets)
            {
                if (target is not JsonObject libraries) continue;
                var byName = libraries.ToDictionary(p => p.Key.Split('/')[0], p => p.Value, StringComparer.OrdinalIgnoreCase);
                var queue = new Queue<string>(new[] { library.GetName().Name! });
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                while (queue.Count > 0)
                {
                    var name = queue.Dequeue();
                    if (!seen.Add(name) || !byName.TryGetValue(name, out var entry)) continue;
                    if (entry?["runtime"] is JsonObject runtime)
                        foreach (var (asset, _) in runtime)
                            if (asset.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)) result.Add(Path.GetFileNameWithoutExtension(asset));
                    if (entry?["dependencies"] is JsonObject dependencies)
                        foreach (var (dependency, _) in dependencies) queue.Enqueue(dependency);
                }
            }
        }
        return result;
    }

    private static IReadOnlyList<MetadataReference> LoadFramework()
    {
        var frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var tpa = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => string.Equals(Path.GetDirectoryName(p), frameworkDir, StringComparison.Ordinal));
        var paths = tpa.Any() ? tpa : Directory.EnumerateFiles(frameworkDir, "*.dll");
        var result = new List<MetadataReference>();
        foreach (var p in paths)
        {
            var name = Path.GetFileName(p);
            if (!(name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"
                  || name.StartsWith("Microsoft.CSharp", StringComparison.Ordinal) || name.StartsWith("Microsoft.Win32.Primitives", StringComparison.Ordinal)))
                continue;
            result.Add(MetadataReference.CreateFromFile(p));
        }
        return result;
    }
}
