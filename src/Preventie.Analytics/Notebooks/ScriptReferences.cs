using System.Reflection;
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
        foreach (var name in library.GetReferencedAssemblies())
        {
            try
            {
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
