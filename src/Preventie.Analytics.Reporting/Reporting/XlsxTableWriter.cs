using System.Globalization;
using Preventie.Analytics.Output;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// Puts report tables in an Excel workbook (<see cref="XlsxWorkbook"/>): one sheet per table, named by the table's
/// <see cref="ReportTable.SheetName"/> (or, without one, after its caption by whole words); on the sheet the full
/// caption as its first line, the banner when given, then the table with numbers as real numbers with their format
/// (euro, percentage, thousands separator) so analysts can compute with them, and the note under the data. A column of
/// ranges (<see cref="ReportCell.EuroRange"/>) becomes two number columns, "… (van)" and "… (tot)".
/// </summary>
public static class XlsxTableWriter
{
    /// <summary>Writes <paramref name="tables"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, IEnumerable<ReportTable> tables) => ToWorkbook(tables).Save(path);

    /// <summary>A workbook with one sheet per table.</summary>
    public static XlsxWorkbook ToWorkbook(IEnumerable<ReportTable> tables)
    {
        var workbook = new XlsxWorkbook();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in tables) AddSheet(workbook, table, used);
        if (workbook.Sheets.Count == 0) throw new ArgumentException("A workbook needs at least one table.", nameof(tables));
        return workbook;
    }

    /// <summary>
    /// Adds <paramref name="table"/> to <paramref name="workbook"/> as a sheet: its caption as the title line,
    /// <paramref name="banner"/> (when not null) as a banner line, the header and rows, and the note under them. The
    /// sheet's name is the table's <see cref="ReportTable.SheetName"/> or one made from its caption, made unique against
    /// <paramref name="used"/> (to which it is added).
    /// </summary>
    public static XlsxSheet AddSheet(XlsxWorkbook workbook, ReportTable table, HashSet<string> used, string? banner = null)
    {
        var widths = Enumerable.Range(0, table.Header.Length).Select(c => table.Rows.Any(r => r[c].Range is not null) ? 2 : 1).ToArray();
        var header = table.Header.SelectMany((h, c) => widths[c] == 2 ? new[] { h + " (van)", h + " (tot)" } : [h]).ToArray();
        var sheet = workbook.AddSheet(UniqueName(table.SheetName ?? SheetName(table.Caption, workbook.Sheets.Count + 1, []), used), header);
        sheet.AddLine(table.Caption, XlsxLineStyle.Title);
        if (banner is not null) sheet.AddLine(banner, XlsxLineStyle.Banner);
        foreach (var row in table.Rows) sheet.AddRow(row.SelectMany((cell, c) => cell.ToXlsxCells(widths[c])).ToArray());
        if (table.Note is not null)
        {
            sheet.AddRow();
            sheet.AddRow(table.Note);
        }
        return sheet;
    }

    /// <summary>
    /// A valid, unique sheet name from a caption: none of <c>[]:*?/\</c>, not empty, and at most 31 characters chosen
    /// to read well: a caption that is too long loses its parenthetical remarks first, then whole words from the end
    /// (never a word cut in half, unless a single word is longer than 31); a repeated name gets " (2)", " (3)"….
    /// For tables without an explicit <see cref="ReportTable.SheetName"/>.
    /// </summary>
    internal static string SheetName(string caption, int number, HashSet<string> used)
    {
        var cleaned = new string(caption.Select(ch => "[]:*?/\\".Contains(ch) || char.IsControl(ch) ? ' ' : ch).ToArray())
            .Trim().Trim('\'');
        cleaned = string.Join(' ', cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (cleaned.Length == 0) cleaned = "Tabel " + number.ToString(CultureInfo.InvariantCulture);
        return UniqueName(cleaned, used);
    }

    /// <summary><paramref name="name"/> fitted to 31 characters and, when <paramref name="used"/> holds it already, with " (2)", " (3)"…; added to <paramref name="used"/>.</summary>
    private static string UniqueName(string name, HashSet<string> used)
    {
        var fitted = Fit(name, XlsxWorkbook.MaxSheetName);
        for (var n = 2; !used.Add(fitted); n++)
        {
            var suffix = " (" + n.ToString(CultureInfo.InvariantCulture) + ")";
            fitted = Fit(name, XlsxWorkbook.MaxSheetName - suffix.Length) + suffix;
        }
        return fitted;
    }

    /// <summary><paramref name="text"/> in at most <paramref name="max"/> characters: without parentheses, then whole words.</summary>
    internal static string Fit(string text, int max)
    {
        if (text.Length <= max) return text;
        var withoutRemarks = System.Text.RegularExpressions.Regex.Replace(text, @"\s*\([^()]*\)", "").Trim();
        if (withoutRemarks.Length > 0 && withoutRemarks.Length <= max) return withoutRemarks;
        var words = (withoutRemarks.Length > 0 ? withoutRemarks : text).Split(' ');
        var fitted = "";
        foreach (var word in words)
        {
            var next = fitted.Length == 0 ? word : fitted + " " + word;
            if (next.Length > max) break;
            fitted = next;
        }
        fitted = fitted.TrimEnd(' ', '–', '-', ',', ';', '(');
        return fitted.Length > 0 ? fitted : text[..max].TrimEnd();
    }
}
