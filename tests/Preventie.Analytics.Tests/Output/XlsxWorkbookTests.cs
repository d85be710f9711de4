using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Preventie.Analytics.Input;
using Preventie.Analytics.Output;

namespace Preventie.Analytics.Tests.Output;

public class XlsxWorkbookTests
{
    private static string TempXlsx() =>
        Path.Combine(Path.GetTempPath(), $"xlsx-{Guid.NewGuid():N}", "uit.xlsx");

    private static XlsxWorkbook Sample()
    {
        var wb = new XlsxWorkbook();
        wb.AddSheet("Kosten", "jaar", "bedrag", "aandeel", "opmerking")
            .AddRow(2025, XlsxCell.Of(1234567.0, XlsxNumberFormat.Euro), XlsxCell.Of(0.25, XlsxNumberFormat.Percent), "café & <zo>")
            .AddRow(2026, XlsxCell.Of(-12.5, XlsxNumberFormat.EuroCents), XlsxCell.Empty);
        wb.AddSheet("Tweede", "a").AddRow("x");
        return wb;
    }

    [Fact]
    public void Written_file_is_valid_open_xml()
    {
        var path = TempXlsx();
        Sample().Save(path);
        using var doc = SpreadsheetDocument.Open(path, false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => e.Description).ToList();
        Assert.Empty(errors);
        Assert.Equal(new[] { "Kosten", "Tweede" }, doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
    }

    [Fact]
    public void Values_and_number_formats_round_trip()
    {
        var path = TempXlsx();
        Sample().Save(path);
        var table = TableReader.Read(path, ["jaar"], ["bedrag"]);
        Assert.Equal(new[] { "jaar", "bedrag", "aandeel", "opmerking" }, table.Headers);
        Assert.Equal(new[] { "2025", "1234567", "0.25", "café & <zo>" }, table.Rows[0].Cells);
        Assert.Equal("-12.5", table.Rows[1].Cells[1]);
        Assert.Equal("", table.Rows[1].Get(2));

        using var doc = SpreadsheetDocument.Open(path, false);
        var codes = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Select(n => n.FormatCode!.Value).ToList();
        Assert.Contains(XlsxNumberFormat.Euro.Code, codes);
        Assert.Contains(XlsxNumberFormat.Percent.Code, codes);
        Assert.Contains(XlsxNumberFormat.Integer.Code, codes);
    }

    [Fact]
    public void Invalid_sheets_and_rows_are_rejected()
    {
        var wb = new XlsxWorkbook();
        Assert.Throws<ArgumentException>(() => wb.AddSheet("a/b", "x"));
        Assert.Throws<ArgumentException>(() => wb.AddSheet(new string('x', 32), "x"));
        wb.AddSheet("Blad", "één");
        Assert.Throws<ArgumentException>(() => wb.AddSheet("blad", "x"));
        Assert.Throws<ArgumentException>(() => wb.Sheets[0].AddRow("a", "b"));
        Assert.Throws<InvalidOperationException>(() => new XlsxWorkbook().Save(TempXlsx()));
    }

    [Fact]
    public void Failed_save_leaves_no_file()
    {
        var path = TempXlsx();
        Assert.Throws<InvalidOperationException>(() => new XlsxWorkbook().Save(path));
        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }
}
