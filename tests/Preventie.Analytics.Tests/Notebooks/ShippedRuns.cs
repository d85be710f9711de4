using System.Collections.Concurrent;
using Preventie.Analytics.Notebooks;

namespace Preventie.Analytics.Tests.Notebooks;

/// <summary>
/// Runs each shipped notebook once in process and shares the result between the tests that need it (the headless
/// check and the comparison with Jupyter). Every run must leave the working tree as it was: notebooks write only
/// below a folder the caller chooses.
/// </summary>
public sealed class ShippedRuns
{
    private readonly ConcurrentDictionary<string, Lazy<Task<NotebookRunResult>>> _runs = new(StringComparer.Ordinal);

    public static string NotebooksFolder => Path.Combine(RepositoryRoot(), "notebooks");

    /// <summary>The shipped notebooks (file names, sorted): every notebooks/*.ipynb, so a new notebook is tested without changing a test.</summary>
    public static IReadOnlyList<string> FileNames() =>
        Directory.Exists(NotebooksFolder)
            ? Directory.EnumerateFiles(NotebooksFolder, "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!
            : Array.Empty<string>();

    /// <summary>The in-process run of <paramref name="fileName"/> with its default parameters.</summary>
    public Task<NotebookRunResult> Get(string fileName) =>
        _runs.GetOrAdd(fileName, name => new Lazy<Task<NotebookRunResult>>(() => RunAsync(name))).Value;

    private static async Task<NotebookRunResult> RunAsync(string fileName)
    {
        var before = TreeSnapshot();
        var result = await NotebookRunner.RunFileAsync(Path.Combine(NotebooksFolder, fileName));
        AssertTreeUnchanged(before, fileName);
        return result;
    }

    /// <summary>Fails when files in the working tree (outside build output) appeared, vanished or changed since <paramref name="before"/>.</summary>
    public static void AssertTreeUnchanged(IReadOnlyDictionary<string, DateTime> before, string what)
    {
        var after = TreeSnapshot();
        // New and removed files count anywhere; changed files outside the code folders only, so that a developer
        // editing code while the tests run does not fail them.
        static bool IsCode(string path) => path.StartsWith("src" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                                           || path.StartsWith("tests" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        var changed = after.Where(f => !before.TryGetValue(f.Key, out var time) || (time != f.Value && !IsCode(f.Key))).Select(f => f.Key)
            .Concat(before.Keys.Where(f => !after.ContainsKey(f))).Order(StringComparer.Ordinal).ToList();
        Assert.True(changed.Count == 0, $"{what} heeft de werkmap veranderd: {string.Join(", ", changed.Take(10))}");
    }

    /// <summary>Every file of the working tree except build output, dependencies and git's own folder, with its write time.</summary>
    public static IReadOnlyDictionary<string, DateTime> TreeSnapshot()
    {
        var root = RepositoryRoot();
        var skipped = new HashSet<string>(StringComparer.Ordinal) { ".git", "bin", "obj", "node_modules", "TestResults", "BenchmarkDotNet.Artifacts" };
        var result = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var sub in Directory.EnumerateDirectories(dir))
                if (!skipped.Contains(Path.GetFileName(sub))) pending.Push(sub);
            foreach (var file in Directory.EnumerateFiles(dir))
                result[Path.GetRelativePath(root, file)] = File.GetLastWriteTimeUtc(file);
        }
        return result;
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Preventie.Analytics.sln"))) return dir.FullName;
        throw new InvalidOperationException("Preventie.Analytics.sln niet gevonden boven " + AppContext.BaseDirectory);
    }
}
