using Microsoft.DotNet.Interactive.Documents;

namespace Preventie.Analytics.Notebooks;

/// <summary>The outcome of a run: the executed notebook and, when a cell failed, which one and why.</summary>
public sealed record NotebookRunResult(InteractiveDocument Executed, TimeSpan Duration, int CellsRun, NotebookCellFailure? Failure)
{
    /// <summary>True when every code cell ran without error.</summary>
    public bool Succeeded => Failure is null;
}

/// <summary>The first failing cell: its 1-based position, id, first line, and the Dutch error message.</summary>
public sealed record NotebookCellFailure(int CellIndex, string? CellId, string FirstLine, string ErrorName, string Message)
{
    /// <summary>"cel 4 (id 'abc', begint met: 'throw …')".</summary>
    public string CellDescription => NotebookRunner.Describe(CellIndex, CellId, FirstLine);
}
