using System.Globalization;
using Preventie.Analytics.Output;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// Puts report tables in an Excel workbook (<see cref="XlsxWorkbook"/>): one sheet per table, named after its
/// caption, numbers as real numbers with their format (euro, percentage, thousands separator) so analysts can
/// compute with them, and the full caption and note under the data.
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
        var number = 0;
        foreach (var table in tables)
        {
            var sheet = workbook.AddSheet(SheetName(table.Caption, ++number, used), table.Header.ToArray());
            foreach (var row in table.Rows) sheet.AddRow(row.Select(c => c.ToXlsxCell()).ToArray());
            sheet.AddRow();
            sheet.AddRow(table.Caption);
            if (table.Note is not null) sheet.AddRow(table.Note);
        }
        if (number == 0) throw new ArgumentException("A workbook needs at least one table.", nameof(tables));
        return workbook;
    }

    /// <summary>Excel's limit on the length of a sheet name.</summary>
    public const int MaxSheetName = 31;

    /// <summary>
    /// A valid, unique sheet name from a caption: none of <c>[]:*?/\</c>, not empty, and at most 31 characters chosen
    /// to read well: a caption that is too long loses its parenthetical remarks first, then whole words from the end
    /// (never a word cut in half, unless a single word is longer than 31); a repeated name gets " (2)", " (3)"….
    /// </summary>
    internal static string SheetName(string caption, int number, HashSet<string> used)
    {
        var cleaned = new string(caption.Select(ch => "[]:*?/\\".Contains(ch) || char.IsControl(ch) ? ' ' : ch).ToArray())
            .Trim().Trim('\'');
        cleaned = string.Join(' ', cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (cleaned.Length == 0) cleaned = "Tabel " + number.ToString(CultureInfo.InvariantCulture);
        var name = Fit(cleaned, MaxSheetName);
        for (var n = 2; !used.Add(name); n++)
        {
            var suffix = " (" + n.ToString(CultureInfo.InvariantCulture) + ")";
            name = Fit(cleaned, MaxSheetName - suffix.Length) + suffix;
        }
        return name;
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
