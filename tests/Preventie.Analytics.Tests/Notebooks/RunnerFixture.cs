using Preventie.Analytics.Html;
using Preventie.Analytics.Notebooks;

namespace Preventie.Analytics.Tests.Notebooks;

/// <summary>Runs the sample notebooks once (kernel start-up and compilation are slow) and shares the results.</summary>
public sealed class RunnerFixture : IDisposable
{
    private readonly TempDirectory _dir = new();

    public RunnerFixture()
    {
        // A second copy of the library on disk, as a notebook's #r would point at the build output.
        var lib = Path.Combine(_dir.Path, "lib");
        System.IO.Directory.CreateDirectory(lib);
        var bin = Path.GetDirectoryName(typeof(global::Preventie.Analytics.Html.IHtmlRenderable).Assembly.Location)!;
        foreach (var layer in new[] { "", ".Files", ".Analysis", ".Reporting" })
            File.Copy(Path.Combine(bin, $"Preventie.Analytics{layer}.dll"), Path.Combine(lib, $"Preventie.Analytics{layer}.dll"));
        var notebooks = Path.Combine(_dir.Path, "notebooks");
        System.IO.Directory.CreateDirectory(notebooks);
        WorkingPath = NotebookOutputs.Write(SampleNotebooks.Working("../lib"), notebooks, "werkend.ipynb");
        FailingPath = NotebookOutputs.Write(SampleNotebooks.Failing(), _dir.Path, "falend.ipynb");
        Default = NotebookRunner.RunFileAsync(WorkingPath).GetAwaiter().GetResult();
        Injected = NotebookRunner.RunFileAsync(WorkingPath, new Dictionary<string, string> { ["jaar"] = "2030", ["gemeente"] = "Zwolle \"centrum\"" })
            .GetAwaiter().GetResult();
        Failed = NotebookRunner.RunFileAsync(FailingPath).GetAwaiter().GetResult();
    }

    public string Directory => _dir.Path;

    public string WorkingPath { get; }

    public string FailingPath { get; }

    public NotebookRunResult Default { get; }

    public NotebookRunResult Injected { get; }

    public NotebookRunResult Failed { get; }

    public void Dispose() => _dir.Dispose();
}

/// <summary>
/// Notebook runs change process-wide state (working directory, console writers, the kernel's formatters), so this
/// collection never runs in parallel with other tests (xunit runs it after the parallel ones).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookRunCollection : ICollectionFixture<RunnerFixture>, ICollectionFixture<ShippedRuns>
{
    public const string Name = "Notebook-runs";
}
