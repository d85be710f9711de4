using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.ML.Trainers.FastTree;

namespace Preventie.Analytics.Learning;

/// <summary>
/// Lets ML.NET's tree learners (FastTree) find their native library <c>FastTreeNative</c> in every host. A normal
/// process finds it through its <c>deps.json</c>; the .NET Interactive kernel loads our assemblies by path (<c>#r</c>)
/// and has no such file, so the library beside <c>Microsoft.ML.FastTree.dll</c> in <c>runtimes/&lt;rid&gt;/native/</c>
/// was never found (<c>DllNotFoundException: Unable to load shared library 'FastTreeNative'</c>). Call
/// <see cref="EnsureResolvable"/> before training a tree model; it registers a resolver once that looks there and
/// otherwise leaves the runtime's own probing alone.
/// </summary>
public static class TreeLearnerNativeLibrary
{
    private static int _registered;

    /// <summary>Registers the resolver for the FastTree assembly (once per process; harmless if the host set one).</summary>
    public static void EnsureResolvable()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1) return;
        try
        {
            NativeLibrary.SetDllImportResolver(typeof(FastTreeRegressionTrainer).Assembly, Resolve);
        }
        catch (InvalidOperationException)
        {
            // the host already registered a resolver for this assembly; it knows where its native libraries are
        }
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        var directory = Path.GetDirectoryName(assembly.Location);
        if (string.IsNullOrEmpty(directory)) return IntPtr.Zero;
        var candidate = Path.Combine(directory, "runtimes", RuntimeIdentifier(), "native", FileName(name));
        return File.Exists(candidate) && NativeLibrary.TryLoad(candidate, out var handle) ? handle : IntPtr.Zero;
    }

    /// <summary>The portable runtime identifier NuGet uses for native assets, e.g. <c>linux-x64</c>.</summary>
    private static string RuntimeIdentifier()
    {
        var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        return $"{os}-{RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()}";
    }

    private static string FileName(string name) =>
        OperatingSystem.IsWindows() ? name + ".dll" : OperatingSystem.IsMacOS() ? $"lib{name}.dylib" : $"lib{name}.so";
}
