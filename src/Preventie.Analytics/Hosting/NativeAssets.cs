using System.Reflection;
using System.Runtime.InteropServices;

namespace Preventie.Analytics.Hosting;

/// <summary>
/// Lets packages with native code — ML.NET's tree learners (<c>FastTreeNative</c>) and Google OR-Tools
/// (<c>google-ortools-native</c>) — find their native libraries in every host. A normal process finds them through its
/// <c>deps.json</c>; the .NET Interactive kernel loads our assemblies by path (<c>#r</c>) and has no such file, so the
/// libraries beside the package's dll in <c>runtimes/&lt;rid&gt;/native/</c> were never found
/// (<c>DllNotFoundException: Unable to load shared library 'FastTreeNative'</c>). Call <see cref="EnsureResolvable"/>
/// with the managed assembly before its first native call; it registers, once per assembly, a resolver that looks
/// there and otherwise leaves the runtime's own probing alone (returning zero falls back to it).
/// </summary>
public static class NativeAssets
{
    private static readonly HashSet<Assembly> Registered = new();

    /// <summary>Registers the resolver for <paramref name="assembly"/> (once; harmless if the host set one itself).</summary>
    public static void EnsureResolvable(Assembly assembly)
    {
        lock (Registered)
        {
            if (!Registered.Add(assembly)) return;
            try
            {
                NativeLibrary.SetDllImportResolver(assembly, Resolve);
            }
            catch (InvalidOperationException)
            {
                // the host already registered a resolver for this assembly; it knows where its native libraries are
            }
        }
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        var directory = Path.GetDirectoryName(assembly.Location);
        if (string.IsNullOrEmpty(directory)) return IntPtr.Zero;
        var native = Path.Combine(directory, "runtimes", RuntimeIdentifier(), "native");
        foreach (var file in FileNames(name))
        {
            var candidate = Path.Combine(native, file);
            if (File.Exists(candidate) && NativeLibrary.TryLoad(candidate, out var handle)) return handle;
        }
        return IntPtr.Zero;
    }

    /// <summary>The portable runtime identifier NuGet uses for native assets, e.g. <c>linux-x64</c>.</summary>
    private static string RuntimeIdentifier()
    {
        var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        return $"{os}-{RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()}";
    }

    /// <summary>The file names a DllImport name may have on this platform (with and without the <c>lib</c> prefix).</summary>
    private static IEnumerable<string> FileNames(string name)
    {
        var extension = OperatingSystem.IsWindows() ? ".dll" : OperatingSystem.IsMacOS() ? ".dylib" : ".so";
        yield return name + extension;
        if (!OperatingSystem.IsWindows()) yield return "lib" + name + extension;
        yield return name;
    }
}
