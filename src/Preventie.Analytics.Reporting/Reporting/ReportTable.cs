using Preventie.Analytics.Html;
using System.Collections.Immutable;
using System.Net;
using System.Text;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// An immutable table for reports and notebooks: a caption, a header row and rows of <see cref="ReportCell"/>s.
/// <code>
/// new ReportTable("Kosten per betaler", "Betaler", "2026", "2027")
///     .WithRow("Gemeente", ReportCell.Euro(1_250_000), ReportCell.Euro(1_180_000))
/// </code>
/// Every text is HTML-encoded when rendered; numeric columns are right-aligned.
/// </summary>
[Display.TypeFormatterSource]
public sealed class ReportTable : IHtmlRenderable, IReportBlock
{
    /// <summary>A table with a caption and column headers and no rows yet.</summary>
    public ReportTable(string caption, params string[] header)
        : this(caption, header.ToImmutableArray(), ImmutableList<ImmutableArray<ReportCell>>.Empty, null, null) { }

    private ReportTable(string caption, ImmutableArray<string> header, ImmutableList<ImmutableArray<ReportCell>> rows, string? note, string? sheetName)
    {
        if (header.IsDefaultOrEmpty) throw new ArgumentException("A table needs at least one column.", nameof(header));
        Caption = caption;
        Header = header;
        Rows = rows;
        Note = note;
        SheetName = sheetName;
    }

    /// <summary>What the table shows, in Dutch; the <c>&lt;caption&gt;</c> in HTML; in a workbook the title line at the top of its sheet.</summary>
    public string Caption { get; }

    /// <summary>
    /// The short name of the table's sheet in a workbook (whole words, at most 31 characters, e.g. "Netto per jaar
    /// contant"), or null to derive one from the caption (<see cref="XlsxTableWriter.SheetName"/>).
    /// </summary>
    public string? SheetName { get; }
    /// <summary>The column headers, one per column.</summary>
    public ImmutableArray<string> Header { get; }
    /// <summary>The rows, each with exactly one cell per column.</summary>
    public ImmutableList<ImmutableArray<ReportCell>> Rows { get; }

    /// <summary>A note printed under the table (e.g. which figures rest on assumptions).</summary>
    public string? Note { get; }

    /// <summary>A copy with one more row; it must have one cell per column.</summary>
    public ReportTable WithRow(params ReportCell[] cells)
    {
        if (cells.Length != Header.Length)
            throw new ArgumentException($"Row has {cells.Length} cells but the table '{Caption}' has {Header.Length} columns.", nameof(cells));
        return new ReportTable(Caption, Header, Rows.Add(cells.ToImmutableArray()), Note, SheetName);
    }

    /// <summary>A copy with rows added (each with one cell per column).</summary>
    public ReportTable WithRows(IEnumerable<ReportCell[]> rows) => rows.Aggregate(this, (t, r) => t.WithRow(r));

    /// <summary>A copy with a note under the table.</summary>
    public ReportTable WithNote(string note) => new(Caption, Header, Rows, note, SheetName);

    /// <summary>
    /// A copy whose sheet in a workbook is named <paramref name="sheetName"/>: a short, whole-word name of at most 31
    /// characters without <c>[]:*?/\</c> (Excel's rules; an invalid name throws).
    /// </summary>
    public ReportTable WithSheetName(string sheetName) =>
        Output.XlsxWorkbook.IsValidSheetName(sheetName)
            ? new(Caption, Header, Rows, Note, sheetName)
            : throw new ArgumentException($"Invalid sheet name '{sheetName}': 1-31 characters, none of []:*?/\\.", nameof(sheetName));

    /// <summary>True when every non-empty cell of column <paramref name="column"/> is numeric (the header aligns right too).</summary>
    public bool IsNumericColumn(int column) =>
        Rows.Count > 0 && Rows.All(r => r[column].IsNumeric || r[column].Text.Length == 0) && Rows.Any(r => r[column].IsNumeric);

    /// <inheritdoc />
    public string ToHtml()
    {
        var sb = new StringBuilder("<table>\n");
        sb.Append("<caption>").Append(WebUtility.HtmlEncode(Caption)).Append("</caption>\n<thead><tr>");
        for (var c = 0; c < Header.Length; c++)
            sb.Append(IsNumericColumn(c) ? "<th class=\"num\">" : "<th>").Append(WebUtility.HtmlEncode(Header[c])).Append("</th>");
        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in Rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row) sb.Append(cell.ToHtml());
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody>\n</table>");
        if (Note is not null) sb.Append("\n<p class=\"meta\">").Append(WebUtility.HtmlEncode(Note)).Append("</p>");
        return sb.ToString();
    }

    string IReportBlock.ToHtml(ReportRenderContext context) => ToHtml();

    /// <summary>Plain-text summary.</summary>
    public override string ToString() => $"Tabel '{Caption}': {Rows.Count} rijen × {Header.Length} kolommen";
}
