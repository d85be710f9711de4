using Microsoft.DotNet.Interactive.Documents;

namespace Preventie.Analytics.Notebooks;

/// <summary>Papermill's per-cell status.</summary>
public enum NotebookCellStatus
{
    /// <summary>Not yet run.</summary>
    Pending,
    /// <summary>Running now.</summary>
    Running,
    /// <summary>Ran without error.</summary>
    Completed,
    /// <summary>Ran and failed (an error in the cell).</summary>
    Failed,

    /// <summary>Stopped because it ran longer than the cell timeout.</summary>
    TimedOut,
}

/// <summary>Progress of a run, reported before and after each code cell.</summary>
/// <param name="CellIndex">1-based position of the cell in the executed notebook (all cell types counted).</param>
/// <param name="CodeCellNumber">1-based number among the code cells.</param>
/// <param name="CodeCellCount">Number of code cells.</param>
/// <param name="Cell">The cell.</param>
/// <param name="Status">Running (before), Completed or Failed (after).</param>
/// <param name="Duration">Time taken (after).</param>
public sealed record NotebookCellProgress(
    int CellIndex, int CodeCellNumber, int CodeCellCount, InteractiveDocumentElement Cell, NotebookCellStatus Status, TimeSpan? Duration);
