using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Tests.Reporting;

public class XlsxTableWriterTests
{
    private static readonly ReportTable Costs = new ReportTable("Kosten per betaler", "Betaler", "Kosten", "Aandeel", "Aantal")
        .WithRow("Gemeente", ReportCell.Euro(1_234_567), ReportCell.Percent(0.125), ReportCell.Number(103_415))
        .WithRow("Zvw", ReportCell.Euro(-12_000.5, 2), ReportCell.Percent(0.875), ReportCell.Number(1.5, 1))
        .WithNote("Voorbeeldgegevens");

    [Fact]
    public void Tables_become_sheets_with_real_numbers_and_their_formats()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tabellen-{Guid.NewGuid():N}.xlsx");
        try
        {
            var second = new ReportTable("Een heel lange titel: netto baten per betaler per jaar [2026/2035]", "Jaar", "Netto")
                .WithRow(ReportCell.Number(2026), ReportCell.Euro(5));
            XlsxTableWriter.Write(path, new[] { Costs, second, second });

            using (var doc = SpreadsheetDocument.Open(path, false))
            {
                var wb = doc.WorkbookPart!;
                var names = wb.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
                Assert.Equal("Kosten per betaler", names[0]);
                Assert.All(names, n => Assert.True(n!.Length <= 31 && n.IndexOfAny("[]:*?/\\".ToCharArray()) < 0, n));
                Assert.Equal(3, names.Distinct().Count());

                var sheet = ((WorksheetPart)wb.GetPartById(wb.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet;
                var cells = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
                var shared = wb.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
                string TextOf(string reference) => cells[reference].DataType?.Value == CellValues.SharedString
                    ? shared![int.Parse(cells[reference].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
                    : cells[reference].InnerText;
                Assert.Equal("Kosten per betaler", TextOf("A1"));      // the full title first
                Assert.Equal("Betaler", TextOf("A2"));
                Assert.Equal("Gemeente", TextOf("A3"));
                Assert.Equal(1234567.0, double.Parse(cells["B3"].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(-12000.5, double.Parse(cells["B4"].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(0.125, double.Parse(cells["C3"].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
                Assert.False(cells.ContainsKey("A5"));
                Assert.Equal("Voorbeeldgegevens", TextOf("A6"));

                string FormatOf(string reference)
                {
                    var styles = wb.WorkbookStylesPart!.Stylesheet;
                    var xf = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cells[reference].StyleIndex!.Value);
                    return styles.NumberingFormats!.Elements<NumberingFormat>()
                        .Single(n => n.NumberFormatId!.Value == xf.NumberFormatId!.Value).FormatCode!.Value!;
                }
                Assert.Equal("\"€ \"#,##0;\"€ \u2212\"#,##0", FormatOf("B3"));
                Assert.Equal("\"€ \"#,##0.00;\"€ \u2212\"#,##0.00", FormatOf("B4"));
                Assert.Equal("0.0%;\"\u2212\"0.0%", FormatOf("C3"));
                Assert.Equal("#,##0;\"\u2212\"#,##0", FormatOf("D3"));
                Assert.Equal("#,##0.0;\"\u2212\"#,##0.0", FormatOf("D4"));
            }

            // an independent reader (ExcelDataReader; on .NET it needs the code-page encodings registered) opens it
            System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
            using var stream = File.OpenRead(path);
            using var reader = ExcelDataReader.ExcelReaderFactory.CreateReader(stream);
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++) row[i] = reader.GetValue(i);
                rows.Add(row);
            }
            Assert.Equal(3, reader.ResultsCount);
            Assert.Equal("Kosten per betaler", rows[0][0]);
            Assert.Equal(new object?[] { "Betaler", "Kosten", "Aandeel", "Aantal" }, rows[1]);
            Assert.Equal(new object?[] { "Gemeente", 1234567.0, 0.125, 103415.0 }, rows[2]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Sheet_names_are_valid_and_unique()
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Assert.Equal("a b", XlsxTableWriter.SheetName("a/b", 1, used));
        Assert.Equal("A B (2)", XlsxTableWriter.SheetName("A?B", 2, used));
        Assert.Equal("Tabel 3", XlsxTableWriter.SheetName("[]", 3, used));
        var longName = XlsxTableWriter.SheetName(new string('x', 40), 4, used);
        Assert.Equal(31, longName.Length);
        var longSecond = XlsxTableWriter.SheetName(new string('x', 40), 5, used);
        Assert.Equal(new string('x', 27) + " (2)", longSecond);
    }
}
