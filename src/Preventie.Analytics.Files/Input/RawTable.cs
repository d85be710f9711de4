namespace Preventie.Analytics.Input;

/// <summary>One data row of a <see cref="RawTable"/>: its row number as the user sees it and its cells as text.</summary>
/// <param name="Number">1-based row number in the file (line in a CSV, row in Excel).</param>
/// <param name="Cells">Cell texts, trimmed; shorter rows are not padded, use <see cref="Get"/>.</param>
public sealed record RawRow(int Number, IReadOnlyList<string> Cells)
{
    /// <summary>The cell at <paramref name="column"/>, or "" when the column is absent or the row is short.</summary>
    public string Get(int? column) =>
        column is { } i && i >= 0 && i < Cells.Count ? Cells[i] : string.Empty;
}

/// <summary>
/// A table read from CSV or Excel before any typing: a header row and data rows of text cells.
/// Typed loaders (inventory, parameters, monitor data) build on this and report errors with
/// <see cref="RawRow.Number"/> and the header text.
/// </summary>
public sealed class RawTable
{
    /// <summary>The comment lines (starting with <c>#</c>), each as one cell with its file line number; the files
    /// layer reads a file once, so notes such as "illustratief" are taken from here.</summary>
    public IReadOnlyList<RawRow> Comments { get; init; } = [];

    /// <summary>A table of <paramref name="file"/> whose header is on row <paramref name="headerRow"/> (1-based).</summary>
    public RawTable(string file, int headerRow, IReadOnlyList<string> headers, IReadOnlyList<RawRow> rows)
    {
        File = file;
        HeaderRow = headerRow;
        Headers = headers;
        Rows = rows;
    }

    /// <summary>The file as the user named it.</summary>
    public string File { get; }

    /// <summary>1-based row number of the header row.</summary>
    public int HeaderRow { get; }

    /// <summary>The header cells, in column order.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The data rows, in file order (blank and comment lines left out).</summary>
    public IReadOnlyList<RawRow> Rows { get; }

    /// <summary>
    /// Index of the first header that matches <paramref name="name"/> or one of <paramref name="aliases"/>
    /// (tolerant of case, accents and spacing, see <see cref="ColumnName"/>), or null.
    /// </summary>
    public int? IndexOf(string name, params string[] aliases)
    {
        var keys = aliases.Prepend(name).Select(ColumnName.Normalize).ToHashSet();
        for (var i = 0; i < Headers.Count; i++)
            if (keys.Contains(ColumnName.Normalize(Headers[i]))) return i;
        return null;
    }

    /// <summary>The header text at <paramref name="index"/> as written in the file (for error messages).</summary>
    public string HeaderAt(int index) => index >= 0 && index < Headers.Count ? Headers[index] : $"kolom {index + 1}";
}
