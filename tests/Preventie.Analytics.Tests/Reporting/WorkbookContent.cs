using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Preventie.Analytics.Tests.Reporting;

/// <summary>One cell as Excel stores it: a text or a number, its number format code, the quote prefix and whether it is a formula.</summary>
internal sealed record StoredCell(string? Text, double? Number, string? Format, bool QuotePrefix, bool IsFormula, bool Bold, bool Filled);

/// <summary>One sheet read back: its name and its rows (1-based row number → 0-based column → cell).</summary>
internal sealed record StoredSheet(string Name, IReadOnlyDictionary<int, IReadOnlyDictionary<int, StoredCell>> Rows)
{
    /// <summary>The cell at a 1-based row and 0-based column, or null.</summary>
    public StoredCell? At(int row, int column) => Rows.TryGetValue(row, out var r) && r.TryGetValue(column, out var c) ? c : null;

    /// <summary>The text of the cell (null for numbers and empty cells).</summary>
    public string? Text(int row, int column) => At(row, column)?.Text;

    /// <summary>The 1-based row number of the first row whose column A holds <paramref name="text"/>.</summary>
    public int RowOf(string text, int after = 0) =>
        Rows.Keys.Order().First(r => r > after && Text(r, 0) == text);

    /// <summary>The row number of the header row: the first bold row after the title and banner lines.</summary>
    public int HeaderRow => Rows.Keys.Order().First(r => r > 1 && At(r, 0) is { Bold: true, Filled: false });
}

/// <summary>
/// Reads an .xlsx file with DocumentFormat.OpenXml as Excel would see it: for each sheet every cell's shared string or
/// number, its number format code and style flags — independently of the writer's own types.
/// </summary>
internal static class WorkbookContent
{
    public static IReadOnlyList<StoredSheet> Read(string path)
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        var wb = doc.WorkbookPart!;
        var shared = wb.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var styles = wb.WorkbookStylesPart!.Stylesheet;
        var xfs = styles.CellFormats!.Elements<CellFormat>().ToList();
        var codes = styles.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(n => n.NumberFormatId!.Value, n => n.FormatCode!.Value!) ?? [];
        var fonts = styles.Fonts!.Elements<Font>().ToList();
        var sheets = new List<StoredSheet>();
        foreach (var sheet in wb.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)wb.GetPartById(sheet.Id!);
            var rows = new Dictionary<int, IReadOnlyDictionary<int, StoredCell>>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = new Dictionary<int, StoredCell>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var xf = xfs[(int)(cell.StyleIndex?.Value ?? 0)];
                    var numFmt = xf.NumberFormatId?.Value ?? 0;
                    var format = numFmt == 0 ? "General" : codes.GetValueOrDefault(numFmt);
                    var bold = fonts[(int)(xf.FontId?.Value ?? 0)].Elements<Bold>().Any();
                    var filled = (xf.FillId?.Value ?? 0) > 1;
                    var isText = cell.DataType?.Value == CellValues.SharedString;
                    cells[Column(cell.CellReference!.Value!)] = new StoredCell(
                        isText ? shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)] : null,
                        isText ? null : double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture),
                        format, xf.QuotePrefix?.Value == true, cell.CellFormula is not null, bold, filled);
                }
                rows[(int)row.RowIndex!.Value] = cells;
            }
            sheets.Add(new StoredSheet(sheet.Name!.Value!, rows));
        }
        return sheets;
    }

    private static int Column(string reference)
    {
        var c = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter)) c = c * 26 + (ch - 'A' + 1);
        return c - 1;
    }
}
