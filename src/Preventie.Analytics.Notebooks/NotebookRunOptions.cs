namespace Preventie.Analytics.Notebooks;

/// <summary>How to run a notebook.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>
    /// The notebook's folder: <c>#r</c> paths resolve against it, and it is the working directory while cells run
    /// (as in VS Code), so relative data paths in the parameters cell work the same headless.
    /// </summary>
    public required string NotebookDirectory { get; init; }

    /// <summary>Values for parameters declared in the cell tagged <c>parameters</c> (from <c>-p name=value</c>).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Recorded in the papermill metadata.</summary>
    public string? InputPath { get; init; }

    /// <summary>Recorded in the papermill metadata.</summary>
    public string? OutputPath { get; init; }

    /// <summary>
    /// How long one cell may run (default 10 minutes); a cell that runs longer is stopped, reported as failed with
    /// its number, and the run ends there. .NET cannot abort the cell's thread: it runs on until it ends by itself or
    /// the process exits, as <c>preventie notebook run</c> does right after; until then the kernel holds on to the
    /// console, so a further run in the same process may not capture console output.
    /// </summary>
    public TimeSpan CellTimeout { get; init; } = DefaultCellTimeout;

    /// <summary>The default <see cref="CellTimeout"/>: 10 minutes.</summary>
    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Called before and after each code cell.</summary>
    public Action<NotebookCellProgress>? Progress { get; init; }
}
