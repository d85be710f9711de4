using Preventie.Analytics.Formatting;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Preventie.Analytics.Output;

/// <summary>
/// A number format for an <see cref="XlsxCell"/>, as an Excel format code. Format codes are culture-neutral
/// (<c>,</c> = thousands, <c>.</c> = decimals); Excel shows them in the user's locale, so <see cref="Euro"/>
/// appears as "€ 1.234" in a Dutch Excel.
/// </summary>
public sealed record XlsxNumberFormat(string Code)
{
    /// <summary>Excel's "General".</summary>
    public static XlsxNumberFormat General { get; } = new("General");
    /// <summary>Whole number with thousands separator: 1.234.</summary>
    public static XlsxNumberFormat Integer { get; } = new("#,##0");
    /// <summary>Two decimals: 1.234,56.</summary>
    public static XlsxNumberFormat Decimal { get; } = new("#,##0.00");
    /// <summary>Whole euros: € 1.234 (negative: € −1.234, the minus of <c>DutchFormat.Amount</c>).</summary>
    public static XlsxNumberFormat Euro { get; } = new(DutchFormat.SpreadsheetEuro());
    /// <summary>Euros with cents: € 1.234,56.</summary>
    public static XlsxNumberFormat EuroCents { get; } = new(DutchFormat.SpreadsheetEuro(2));
    /// <summary>A fraction as a percentage without decimals: 0.54 → 54%.</summary>
    public static XlsxNumberFormat Percent { get; } = new("0%");
    /// <summary>A fraction as a percentage with one decimal: 0.125 → 12,5%.</summary>
    public static XlsxNumberFormat Percent1 { get; } = new("0.0%");
}

/// <summary>One cell: text, a number with a <see cref="XlsxNumberFormat"/>, or empty.</summary>
public readonly record struct XlsxCell
{
    private XlsxCell(string? text, double? number, XlsxNumberFormat? format)
    {
        Text = text;
        Number = number;
        Format = format;
    }

    /// <summary>The text, for a text cell.</summary>
    public string? Text { get; }

    /// <summary>The value, for a number cell.</summary>
    public double? Number { get; }

    /// <summary>The number format, for a number cell.</summary>
    public XlsxNumberFormat? Format { get; }

    /// <summary>True for a cell with neither text nor a number.</summary>
    public bool IsEmpty => Text is null && Number is null;

    /// <summary>The empty cell.</summary>
    public static XlsxCell Empty => default;

    /// <summary>A text cell (null gives an empty cell).</summary>
    public static XlsxCell Of(string? text) => new(text, null, null);

    /// <summary>A number cell; NaN/infinity are written as empty cells.</summary>
    public static XlsxCell Of(double value, XlsxNumberFormat? format = null) =>
        double.IsFinite(value) ? new(null, value, format ?? XlsxNumberFormat.General) : default;

    /// <summary>A number cell, or empty when <paramref name="value"/> is null.</summary>
    public static XlsxCell Of(double? value, XlsxNumberFormat? format = null) => value is { } v ? Of(v, format) : default;

    /// <summary>A text cell (null gives an empty cell).</summary>
    public static implicit operator XlsxCell(string? text) => Of(text);
    /// <summary>A number cell in Excel's General format; NaN and infinity give an empty cell.</summary>
    public static implicit operator XlsxCell(double value) => Of(value);
    /// <summary>A whole-number cell (format <c>#,##0</c>).</summary>
    public static implicit operator XlsxCell(int value) => Of(value, XlsxNumberFormat.Integer);
}

/// <summary>One sheet: a name, a bold frozen header row and data rows.</summary>
public sealed class XlsxSheet
{
    private readonly List<IReadOnlyList<XlsxCell>> _rows = new();

    internal XlsxSheet(string name, IReadOnlyList<string> headers)
    {
        Name = name;
        Headers = headers;
    }

    /// <summary>The sheet's name, as Excel shows it on the tab.</summary>
    public string Name { get; }

    /// <summary>The header row's cells.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The data rows, in the order added.</summary>
    public IReadOnlyList<IReadOnlyList<XlsxCell>> Rows => _rows;

    /// <summary>Appends a row; it may be shorter than the header (the rest stays empty) but not longer.</summary>
    public XlsxSheet AddRow(params XlsxCell[] cells)
    {
        if (cells.Length > Headers.Count)
            throw new ArgumentException($"Row has {cells.Length} cells but sheet '{Name}' has {Headers.Count} columns.", nameof(cells));
        _rows.Add(cells.ToArray());
        return this;
    }
}

/// <summary>
/// A small Excel (.xlsx) writer: a workbook of named sheets, each a header row plus rows of typed cells
/// (text, or numbers with a format such as <see cref="XlsxNumberFormat.Euro"/> or <see cref="XlsxNumberFormat.Percent"/>).
/// <code>
/// var wb = new XlsxWorkbook();
/// wb.AddSheet("Kosten", "jaar", "bedrag", "aandeel").AddRow(2025, XlsxCell.Of(1234.5, XlsxNumberFormat.Euro), XlsxCell.Of(0.25, XlsxNumberFormat.Percent));
/// wb.Save("uit/kosten.xlsx");   // atomic: nothing half-written
/// </code>
/// The header row is bold and frozen and gets an autofilter; column widths follow the longest text.
/// The file reads back with ExcelDataReader (and so with <see cref="Input.TableReader"/>).
/// </summary>
public sealed class XlsxWorkbook
{
    private static readonly char[] InvalidSheetChars = ['[', ']', ':', '*', '?', '/', '\\'];
    private readonly List<XlsxSheet> _sheets = new();

    /// <summary>The sheets, in the order added.</summary>
    public IReadOnlyList<XlsxSheet> Sheets => _sheets;

    /// <summary>Adds a sheet. Names must be unique (case-insensitive), 1-31 characters, without []:*?/\.</summary>
    public XlsxSheet AddSheet(string name, params string[] headers)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 31 || name.IndexOfAny(InvalidSheetChars) >= 0)
            throw new ArgumentException($"Invalid sheet name '{name}': 1-31 characters, none of []:*?/\\.", nameof(name));
        if (_sheets.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
            throw new ArgumentException($"Duplicate sheet name '{name}'.", nameof(name));
        if (headers.Length == 0) throw new ArgumentException("A sheet needs at least one column.", nameof(headers));
        var sheet = new XlsxSheet(name, headers);
        _sheets.Add(sheet);
        return sheet;
    }

    /// <summary>Writes the workbook to <paramref name="path"/> atomically (see <see cref="AtomicOutput"/>).</summary>
    public void Save(string path) => AtomicOutput.WriteFile(path, WriteTo);

    /// <summary>Writes the workbook to <paramref name="stream"/>.</summary>
    public void WriteTo(Stream stream)
    {
        if (_sheets.Count == 0) throw new InvalidOperationException("A workbook needs at least one sheet.");
        var buffer = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var wbPart = doc.AddWorkbookPart();
            wbPart.Workbook = new Workbook();
            var styles = new StyleTable(_sheets.SelectMany(s => s.Rows).SelectMany(r => r).Where(c => c.Format is not null).Select(c => c.Format!));
            var stylesPart = wbPart.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = styles.Build();
            var strings = new SharedStrings();
            var sheets = wbPart.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in _sheets)
            {
                var wsPart = wbPart.AddNewPart<WorksheetPart>();
                wsPart.Worksheet = BuildWorksheet(sheet, styles, strings);
                sheets.Append(new Sheet { Id = wbPart.GetIdOfPart(wsPart), SheetId = id++, Name = sheet.Name });
            }
            var sstPart = wbPart.AddNewPart<SharedStringTablePart>();
            sstPart.SharedStringTable = strings.Build();
            wbPart.Workbook.Save();
        }
        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    private static Worksheet BuildWorksheet(XlsxSheet sheet, StyleTable styles, SharedStrings strings)
    {
        var widths = sheet.Headers.Select(h => (double)Math.Max(8, h.Length + 2)).ToArray();
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < sheet.Headers.Count; c++)
            header.Append(TextCell(Reference(c, 1), sheet.Headers[c], strings, StyleTable.HeaderStyle));
        data.Append(header);

        uint r = 2;
        foreach (var cells in sheet.Rows)
        {
            var row = new Row { RowIndex = r };
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                if (cell.IsEmpty) continue;
                if (cell.Text is { } text)
                {
                    row.Append(TextCell(Reference(c, r), text, strings, 0));
                    widths[c] = Math.Max(widths[c], Math.Min(60, text.Length + 2));
                }
                else
                {
                    row.Append(new Cell
                    {
                        CellReference = Reference(c, r),
                        DataType = CellValues.Number,
                        CellValue = new CellValue(cell.Number!.Value.ToString("R", CultureInfo.InvariantCulture)),
                        StyleIndex = styles.IndexOf(cell.Format!),
                    });
                    widths[c] = Math.Max(widths[c], 14);
                }
            }
            data.Append(row);
            r++;
        }

        var columns = new Columns();
        for (var c = 0; c < widths.Length; c++)
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = widths[c], CustomWidth = true });

        var views = new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft })
        { WorkbookViewId = 0, TabSelected = false });
        var lastRef = Reference(sheet.Headers.Count - 1, (uint)sheet.Rows.Count + 1);
        return new Worksheet(views, columns, data, new AutoFilter { Reference = $"A1:{lastRef}" });
    }

    private static Cell TextCell(string reference, string text, SharedStrings strings, uint style) => new()
    {
        CellReference = reference,
        DataType = CellValues.SharedString,
        CellValue = new CellValue(strings.IndexOf(text).ToString(CultureInfo.InvariantCulture)),
        StyleIndex = style,
    };

    /// <summary>"A1"-style reference for a 0-based column and 1-based row.</summary>
    private static string Reference(int column, uint row)
    {
        var name = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26) name = (char)('A' + (c - 1) % 26) + name;
        return name + row.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The shared-string table: each distinct text once.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _texts = new();

        public int IndexOf(string text)
        {
            if (_index.TryGetValue(text, out var i)) return i;
            _index[text] = _texts.Count;
            _texts.Add(text);
            return _texts.Count - 1;
        }

        public SharedStringTable Build()
        {
            var table = new SharedStringTable { Count = (uint)_texts.Count, UniqueCount = (uint)_texts.Count };
            foreach (var t in _texts)
                table.Append(new SharedStringItem(new Text(t) { Space = SpaceProcessingModeValues.Preserve }));
            return table;
        }
    }

    /// <summary>Cell styles: 0 = default, 1 = bold header, 2.. = one per distinct number format.</summary>
    private sealed class StyleTable
    {
        public const uint HeaderStyle = 1;
        private readonly List<string> _formats;

        public StyleTable(IEnumerable<XlsxNumberFormat> used) =>
            _formats = used.Select(f => f.Code).Distinct(StringComparer.Ordinal).ToList();

        public uint IndexOf(XlsxNumberFormat format) => (uint)(2 + _formats.IndexOf(format.Code));

        public Stylesheet Build()
        {
            var numFmts = new NumberingFormats();
            var xfs = new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true });
            for (var i = 0; i < _formats.Count; i++)
            {
                uint numFmtId = 0;
                if (_formats[i] != XlsxNumberFormat.General.Code)
                {
                    numFmtId = 164 + (uint)i;
                    numFmts.Append(new NumberingFormat { NumberFormatId = numFmtId, FormatCode = _formats[i] });
                }
                xfs.Append(new CellFormat { NumberFormatId = numFmtId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true });
            }
            numFmts.Count = (uint)numFmts.ChildElements.Count;
            xfs.Count = (uint)xfs.ChildElements.Count;
            var parts = new List<OpenXmlElement>();
            if (numFmts.ChildElements.Count > 0) parts.Add(numFmts);
            parts.AddRange(new OpenXmlElement[]
            {
                new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                    new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
                    new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
                new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
                xfs,
                new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 },
            });
            return new Stylesheet(parts);
        }
    }
}
