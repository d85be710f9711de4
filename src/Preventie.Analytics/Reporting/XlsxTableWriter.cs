using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Preventie.Analytics.Output;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// Writes report tables to an Excel workbook (.xlsx, DocumentFormat.OpenXml): one sheet per table, the header in
/// bold in row 1, numbers as real numbers with their format (euro, percentage, thousands separator) so analysts
/// can compute with them, and the table's caption and note under the data.
/// </summary>
public static class XlsxTableWriter
{
    /// <summary>Writes <paramref name="tables"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, IEnumerable<ReportTable> tables)
    {
        // the package is built in memory (it needs a readable, seekable stream), then written in one go
        using var buffer = new MemoryStream();
        Write(buffer, tables);
        AtomicOutput.WriteFile(path, stream => stream.Write(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Writes <paramref name="tables"/> as a workbook to a seekable <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, IEnumerable<ReportTable> tables)
    {
        var list = tables.ToList();
        if (list.Count == 0) throw new ArgumentException("A workbook needs at least one table.", nameof(tables));

        var formats = list.SelectMany(t => t.Rows).SelectMany(r => r).Select(c => c.NumberFormat)
            .OfType<string>().Distinct().ToList();
        // cell format 0: default, 1: bold header, 2.. : one per number format
        uint StyleOf(ReportCell cell) => cell.NumberFormat is { } f ? (uint)(2 + formats.IndexOf(f)) : 0;

        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet(formats);
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());

        var usedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < list.Count; i++)
        {
            var table = list[i];
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint rowIndex = 1;
            data.Append(Row(rowIndex++, table.Header.Select(h => TextCell(h, 1))));
            foreach (var row in table.Rows)
                data.Append(Row(rowIndex++, row.Select(c => c.Value is double v ? NumberCell(v, StyleOf(c)) : TextCell(c.Text, 0))));
            rowIndex++;
            data.Append(Row(rowIndex++, new[] { TextCell(table.Caption, 1) }));
            if (table.Note is not null) data.Append(Row(rowIndex, new[] { TextCell(table.Note, 0) }));

            var columns = new Columns();
            for (var c = 0; c < table.Header.Length; c++)
            {
                var width = Math.Clamp(table.Rows.Select(r => r[c].Text.Length).Append(table.Header[c].Length).Max() + 2, 8, 60);
                columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true });
            }
            sheetPart.Worksheet = new Worksheet(columns, data);
            sheets.Append(new Sheet
            {
                Id = workbookPart.GetIdOfPart(sheetPart),
                SheetId = (uint)(i + 1),
                Name = SheetName(table.Caption, i + 1, usedNames),
            });
        }
        workbookPart.Workbook.Save();
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

    private static Row Row(uint index, IEnumerable<Cell> cells)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var cell in cells)
        {
            cell.CellReference = ColumnLetters(column++) + index.ToString(CultureInfo.InvariantCulture);
            row.Append(cell);
        }
        return row;
    }

    private static Cell TextCell(string text, uint style) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    private static Cell NumberCell(double value, uint style) => double.IsFinite(value)
        ? new Cell { CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture)), DataType = CellValues.Number, StyleIndex = style }
        : TextCell("", 0);

    private static string ColumnLetters(int index)
    {
        var letters = "";
        for (index++; index > 0; index = (index - 1) / 26)
            letters = (char)('A' + (index - 1) % 26) + letters;
        return letters;
    }

    private static Stylesheet Stylesheet(IReadOnlyList<string> formats)
    {
        var numberingFormats = new NumberingFormats();
        for (var i = 0; i < formats.Count; i++)
            numberingFormats.Append(new NumberingFormat { NumberFormatId = (uint)(164 + i), FormatCode = formats[i] });
        numberingFormats.Count = (uint)formats.Count;

        var cellFormats = new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyFont = true });
        for (var i = 0; i < formats.Count; i++)
            cellFormats.Append(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = (uint)(164 + i), ApplyNumberFormat = true });
        cellFormats.Count = (uint)(2 + formats.Count);

        var stylesheet = new Stylesheet();
        if (formats.Count > 0) stylesheet.Append(numberingFormats);
        stylesheet.Append(
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            cellFormats);
        return stylesheet;
    }
}
