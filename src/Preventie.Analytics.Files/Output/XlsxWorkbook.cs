using Preventie.Analytics.Formatting;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Preventie.Analytics.Output;

/// <summary>
/// A number format for an <see cref="XlsxCell"/>, as an Excel format code. Format codes are culture-neutral
/// (<c>,</c> = thousands, <c>.</c> = decimals); Excel shows them in the user's locale, so <see cref="Euro"/>
/// appears as "€ 1.234" in a Dutch Excel. Negative values show the minus sign of <c>DutchFormat</c> (−, not -).
/// </summary>
public sealed record XlsxNumberFormat(string Code)
{
    /// <summary>Excel's "General".</summary>
    public static XlsxNumberFormat General { get; } = new("General");
    /// <summary>Whole number with thousands separator: 1.234 (negative: −1.234).</summary>
    public static XlsxNumberFormat Integer { get; } = Signed("#,##0");
    /// <summary>Two decimals: 1.234,56 (negative: −1.234,56).</summary>
    public static XlsxNumberFormat Decimal { get; } = Signed("#,##0.00");
    /// <summary>A calendar year or another code-like whole number, without thousands separator: 2026.</summary>
    public static XlsxNumberFormat Year { get; } = new("0");
    /// <summary>Whole euros: € 1.234 (negative: € −1.234, the minus of <c>DutchFormat.Amount</c>).</summary>
    public static XlsxNumberFormat Euro { get; } = new(DutchFormat.SpreadsheetEuro());
    /// <summary>Euros with cents: € 1.234,56.</summary>
    public static XlsxNumberFormat EuroCents { get; } = new(DutchFormat.SpreadsheetEuro(2));
    /// <summary>A fraction as a percentage without decimals: 0.54 → 54% (negative: −54%).</summary>
    public static XlsxNumberFormat Percent { get; } = Signed("0%");
    /// <summary>A fraction as a percentage with one decimal: 0.125 → 12,5% (negative: −12,5%).</summary>
    public static XlsxNumberFormat Percent1 { get; } = Signed("0.0%");

    /// <summary>
    /// The format <paramref name="positive"/> (a one-section code such as <c>#,##0.0</c>) for positive numbers and zero,
    /// and the same with a leading − (U+2212, the minus of <c>DutchFormat</c>) for negative numbers.
    /// </summary>
    public static XlsxNumberFormat Signed(string positive) => new($"{positive};\"\u2212\"{positive}");

    /// <summary>
    /// This format with <paramref name="suffix"/> after the number in every section, e.g. <c>#,##0" euro per jaar"</c>:
    /// the cell stays a number and reads with its unit. Double quotes in the suffix are dropped.
    /// </summary>
    public XlsxNumberFormat WithSuffix(string suffix)
    {
        var literal = "\"" + suffix.Replace("\"", "", StringComparison.Ordinal) + "\"";
        return new(string.Join(';', SplitSections(Code).Select(section => section + literal)));
    }

    /// <summary>The sections of a format code (separated by <c>;</c> outside quoted literals).</summary>
    private static IEnumerable<string> SplitSections(string code)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < code.Length; i++)
        {
            if (code[i] == '"') quoted = !quoted;
            else if (code[i] == ';' && !quoted)
            {
                yield return code[start..i];
                start = i + 1;
            }
        }
        yield return code[start..];
    }
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

/// <summary>How a line above a sheet's header row (<see cref="XlsxSheet.AddLine"/>) is shown.</summary>
public enum XlsxLineStyle
{
    /// <summary>Plain text.</summary>
    Plain,
    /// <summary>A title: bold and larger.</summary>
    Title,
    /// <summary>A warning banner: bold on a light yellow fill (the "illustratief" notice).</summary>
    Banner,
}

/// <summary>
/// One sheet: a name, optional lines above the table (title, banner), a bold frozen header row and data rows, some of
/// which may be bold heading rows.
/// </summary>
public sealed class XlsxSheet
{
    private readonly List<IReadOnlyList<XlsxCell>> _rows = new();
    private readonly List<(string Text, XlsxLineStyle Style)> _lines = new();
    private readonly HashSet<int> _headingRows = new();

    internal XlsxSheet(string name, IReadOnlyList<string> headers)
    {
        Name = name;
        Headers = headers;
    }

    /// <summary>The sheet's name, as Excel shows it on the tab.</summary>
    public string Name { get; }

    /// <summary>The header row's cells.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The lines above the header row (each one text in column A), in order.</summary>
    public IReadOnlyList<(string Text, XlsxLineStyle Style)> Lines => _lines;

    /// <summary>The data rows, in the order added.</summary>
    public IReadOnlyList<IReadOnlyList<XlsxCell>> Rows => _rows;

    /// <summary>True (the default) when the header row gets an autofilter.</summary>
    public bool Filter { get; set; } = true;

    /// <summary>True when data row <paramref name="index"/> (0-based) was added with <see cref="AddHeadingRow"/>.</summary>
    public bool IsHeadingRow(int index) => _headingRows.Contains(index);

    /// <summary>
    /// Adds a line above the header row: a title, a banner or a remark. The text stands in column A and, being alone
    /// on its row, runs on over the empty cells to its right.
    /// </summary>
    public XlsxSheet AddLine(string text, XlsxLineStyle style = XlsxLineStyle.Plain)
    {
        _lines.Add((text, style));
        return this;
    }

    /// <summary>Appends a row; it may be shorter than the header (the rest stays empty) but not longer.</summary>
    public XlsxSheet AddRow(params XlsxCell[] cells)
    {
        if (cells.Length > Headers.Count)
            throw new ArgumentException($"Row has {cells.Length} cells but sheet '{Name}' has {Headers.Count} columns.", nameof(cells));
        _rows.Add(cells.ToArray());
        return this;
    }

    /// <summary>Appends a bold row of texts: a heading inside the data (e.g. above a second small table on the sheet).</summary>
    public XlsxSheet AddHeadingRow(params string[] texts)
    {
        AddRow(texts.Select(XlsxCell.Of).ToArray());
        _headingRows.Add(_rows.Count - 1);
        return this;
    }
}

/// <summary>
/// A small Excel (.xlsx) writer: a workbook of named sheets, each optional lines above the table (title, banner), a
/// header row and rows of typed cells (text, or numbers with a format such as <see cref="XlsxNumberFormat.Euro"/> or
/// <see cref="XlsxNumberFormat.Percent"/>).
/// <code>
/// var wb = new XlsxWorkbook();
/// wb.AddSheet("Kosten", "jaar", "bedrag", "aandeel").AddRow(2025, XlsxCell.Of(1234.5, XlsxNumberFormat.Euro), XlsxCell.Of(0.25, XlsxNumberFormat.Percent));
/// wb.Save("uit/kosten.xlsx");   // atomic: nothing half-written
/// </code>
/// The header row is bold and frozen and gets an autofilter; column widths follow the longest text in the table.
/// Texts are always text cells, never formulas: a text that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c> (see
/// <see cref="CsvCell.IsFormulaStart"/>) is also marked with Excel's quote prefix, so editing the cell keeps it text.
/// Without lines above the header, the file reads back with ExcelDataReader (and so with <see cref="Input.TableReader"/>).
/// </summary>
public sealed class XlsxWorkbook
{
    private static readonly char[] InvalidSheetChars = ['[', ']', ':', '*', '?', '/', '\\'];
    private readonly List<XlsxSheet> _sheets = new();

    /// <summary>Excel's limit on the length of a sheet name.</summary>
    public const int MaxSheetName = 31;

    /// <summary>The sheets, in the order added.</summary>
    public IReadOnlyList<XlsxSheet> Sheets => _sheets;

    /// <summary>True for a name Excel accepts for a sheet: 1-31 characters, not blank, none of <c>[]:*?/\</c>, no leading or trailing apostrophe.</summary>
    public static bool IsValidSheetName(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Length <= MaxSheetName && name.IndexOfAny(InvalidSheetChars) < 0
        && !name.StartsWith('\'') && !name.EndsWith('\'') && !name.Any(char.IsControl);

    /// <summary>Adds a sheet. Names must be unique (case-insensitive) and valid (<see cref="IsValidSheetName"/>).</summary>
    public XlsxSheet AddSheet(string name, params string[] headers)
    {
        if (!IsValidSheetName(name))
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

    /// <summary>
    /// Writes the workbook to <paramref name="stream"/>. The worksheets and the shared strings are streamed with
    /// <see cref="OpenXmlWriter"/> (SAX-style), row by row, instead of being built as a document tree first: a sheet of
    /// 100,000 rows then costs the memory of its cells, not of a million XML element objects.
    /// </summary>
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
                using (var writer = OpenXmlWriter.Create(wsPart)) WriteWorksheet(writer, sheet, styles, strings);
                sheets.Append(new Sheet { Id = wbPart.GetIdOfPart(wsPart), SheetId = id++, Name = sheet.Name });
            }
            var sstPart = wbPart.AddNewPart<SharedStringTablePart>();
            using (var writer = OpenXmlWriter.Create(sstPart)) strings.WriteTo(writer);
            wbPart.Workbook.Save();
        }
        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    /// <summary>
    /// One worksheet, streamed: the frozen pane, the column widths (from a first pass over the texts), the lines above
    /// the header, the header, the rows, and the autofilter over header and rows.
    /// </summary>
    private static void WriteWorksheet(OpenXmlWriter writer, XlsxSheet sheet, StyleTable styles, SharedStrings strings)
    {
        var headerRow = (uint)sheet.Lines.Count + 1;
        var firstData = "A" + (headerRow + 1).ToString(CultureInfo.InvariantCulture);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = headerRow, TopLeftCell = firstData, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = firstData, SequenceOfReferences = new ListValue<StringValue> { InnerText = firstData } })
        { WorkbookViewId = 0, TabSelected = false }));

        var widths = ColumnWidths(sheet);
        var columns = new Columns();
        for (var c = 0; c < widths.Length; c++)
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = widths[c], CustomWidth = true });
        writer.WriteElement(columns);

        writer.WriteStartElement(new SheetData());
        uint r = 1;
        foreach (var (text, style) in sheet.Lines)
        {
            writer.WriteElement(new Row(TextCell(Reference(0, r), text, strings, StyleTable.LineStyle(style))) { RowIndex = r });
            r++;
        }

        var header = new Row { RowIndex = headerRow };
        for (var c = 0; c < sheet.Headers.Count; c++)
            header.Append(TextCell(Reference(c, headerRow), sheet.Headers[c], strings, StyleTable.HeaderStyle));
        writer.WriteElement(header);
        r++;

        for (var i = 0; i < sheet.Rows.Count; i++, r++)
        {
            var cells = sheet.Rows[i];
            var heading = sheet.IsHeadingRow(i);
            writer.WriteStartElement(new Row { RowIndex = r });
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                if (cell.IsEmpty) continue;
                writer.WriteElement(cell.Text is { } text
                    ? TextCell(Reference(c, r), text, strings, heading ? StyleTable.HeaderStyle : StyleTable.TextStyle)
                    : new Cell
                    {
                        CellReference = Reference(c, r),
                        DataType = CellValues.Number,
                        CellValue = new CellValue(cell.Number!.Value.ToString("R", CultureInfo.InvariantCulture)),
                        StyleIndex = styles.IndexOf(cell.Format!),
                    });
            }
            writer.WriteEndElement();
        }
        writer.WriteEndElement();

        if (sheet.Filter)
            writer.WriteElement(new AutoFilter { Reference = $"{Reference(0, headerRow)}:{Reference(sheet.Headers.Count - 1, headerRow + (uint)sheet.Rows.Count)}" });
        writer.WriteEndElement();
    }

    /// <summary>Column widths: the header's length, widened to the longest text (at most 60) and to 14 for a number.</summary>
    private static double[] ColumnWidths(XlsxSheet sheet)
    {
        var widths = sheet.Headers.Select(h => (double)Math.Max(8, h.Length + 2)).ToArray();
        foreach (var cells in sheet.Rows)
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                if (cell.Text is { } text) widths[c] = Math.Max(widths[c], Math.Min(60, text.Length + 2));
                else if (cell.Number is not null) widths[c] = Math.Max(widths[c], 14);
            }
        return widths;
    }

    /// <summary>A shared-string cell; a text Excel would take for a formula when edited gets the quote prefix.</summary>
    private static Cell TextCell(string reference, string text, SharedStrings strings, uint style) => new()
    {
        CellReference = reference,
        DataType = CellValues.SharedString,
        CellValue = new CellValue(strings.IndexOf(text).ToString(CultureInfo.InvariantCulture)),
        StyleIndex = text.Length > 0 && CsvCell.IsFormulaStart(text[0]) ? StyleTable.QuotedVariant(style) : style,
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

        /// <summary>The table, streamed: one item per text, spaces kept.</summary>
        public void WriteTo(OpenXmlWriter writer)
        {
            writer.WriteStartElement(new SharedStringTable { Count = (uint)_texts.Count, UniqueCount = (uint)_texts.Count });
            foreach (var t in _texts)
                writer.WriteElement(new SharedStringItem(new Text(t) { Space = SpaceProcessingModeValues.Preserve }));
            writer.WriteEndElement();
        }
    }

    /// <summary>
    /// Cell styles: the text styles (each also with Excel's quote prefix, for texts that look like formulas), then one
    /// per distinct number format.
    /// </summary>
    private sealed class StyleTable
    {
        // font ids: 0 normal, 1 bold, 2 bold 14 pt; fill ids: 0 none, 1 gray125 (required), 2 light yellow
        private static readonly (uint Font, uint Fill)[] TextStyles = [(0, 0), (1, 0), (2, 0), (1, 2)];
        public const uint TextStyle = 0;
        public const uint HeaderStyle = 1;
        private const uint TitleStyle = 2;
        private const uint BannerStyle = 3;
        private static uint FirstQuoted => (uint)TextStyles.Length;
        private static uint FirstNumber => 2 * (uint)TextStyles.Length;
        private readonly List<string> _formats;

        public StyleTable(IEnumerable<XlsxNumberFormat> used) =>
            _formats = used.Select(f => f.Code).Distinct(StringComparer.Ordinal).ToList();

        public static uint LineStyle(XlsxLineStyle style) => style switch
        {
            XlsxLineStyle.Title => TitleStyle,
            XlsxLineStyle.Banner => BannerStyle,
            _ => TextStyle,
        };

        public static uint QuotedVariant(uint style) => style + FirstQuoted;

        public uint IndexOf(XlsxNumberFormat format) => FirstNumber + (uint)_formats.IndexOf(format.Code);

        public Stylesheet Build()
        {
            var numFmts = new NumberingFormats();
            var xfs = new CellFormats();
            foreach (var quoted in new[] { false, true })
                foreach (var (font, fill) in TextStyles)
                    xfs.Append(new CellFormat
                    {
                        NumberFormatId = 0, FontId = font, FillId = fill, BorderId = 0, FormatId = 0,
                        ApplyFont = font != 0, ApplyFill = fill != 0, QuotePrefix = quoted,
                    });
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
                    new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                    new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" })) { Count = 3 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
                    new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                    new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFF3CD" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid })) { Count = 3 },
                new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
                new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
                xfs,
                new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 },
            });
            return new Stylesheet(parts);
        }
    }
}
