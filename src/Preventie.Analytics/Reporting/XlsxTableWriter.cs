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

    /// <summary>
    /// A valid, unique sheet name from a caption: at most 31 characters, none of <c>[]:*?/\</c>, not empty.
    /// </summary>
    internal static string SheetName(string caption, int number, HashSet<string> used)
    {
        var cleaned = new string(caption.Select(ch => "[]:*?/\\".Contains(ch) || char.IsControl(ch) ? ' ' : ch).ToArray())
            .Trim().Trim('\'');
        if (cleaned.Length == 0) cleaned = "Tabel " + number.ToString(CultureInfo.InvariantCulture);
        var name = cleaned.Length > 31 ? cleaned[..31].TrimEnd() : cleaned;
        for (var n = 2; !used.Add(name); n++)
        {
            var suffix = " (" + n.ToString(CultureInfo.InvariantCulture) + ")";
            name = (cleaned.Length + suffix.Length > 31 ? cleaned[..(31 - suffix.Length)].TrimEnd() : cleaned) + suffix;
        }
        return name;
    }
}
