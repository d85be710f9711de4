using Preventie.Analytics.Formatting;
using Preventie.Analytics.Output;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// A report as an Excel workbook a council member can use (<c>rapport.xlsx</c>, <c>overzicht.xlsx</c>): first the sheet
/// "Over dit bestand" (title, scenario and comparator, program and model version, seed, number of draws, date and time
/// in Dutch, the input files with their SHA-256 and what each sheet holds), then one sheet per table of
/// <see cref="ReportDocument.Tables"/> (<see cref="XlsxTableWriter.AddSheet"/>): a short whole-word name, the full
/// title as its first line, amounts, percentages and counts as numbers with their format. While the report
/// <see cref="ReportDocument.IsIllustrative"/>, every sheet carries its <see cref="ReportDocument.IllustrativeBanner"/>
/// at the top.
/// <code>
/// CouncilReport.Build(analysis).ToWorkbook().Save("rapport.xlsx");
/// </code>
/// </summary>
public static class ReportWorkbook
{
    /// <summary>The name of the first sheet.</summary>
    public const string AboutSheet = "Over dit bestand";

    /// <summary>The workbook of <paramref name="report"/>.</summary>
    public static XlsxWorkbook Build(ReportDocument report)
    {
        var workbook = new XlsxWorkbook();
        var banner = report.IllustrativeBanner;
        var about = workbook.AddSheet(AboutSheet, "Onderdeel", "Waarde");
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { AboutSheet };
        var sheets = report.Tables().Select(t => (Sheet: XlsxTableWriter.AddSheet(workbook, t, used, banner), Table: t)).ToList();
        FillAbout(about, report, banner, sheets);
        return workbook;
    }

    private static void FillAbout(XlsxSheet about, ReportDocument report, string? banner, IReadOnlyList<(XlsxSheet Sheet, ReportTable Table)> sheets)
    {
        var metadata = report.Metadata;
        about.Filter = false;
        about.AddLine(report.Title, XlsxLineStyle.Title);
        if (banner is not null) about.AddLine(banner, XlsxLineStyle.Banner);

        about.AddRow("Titel", report.Title);
        if (report.Subtitle is not null) about.AddRow("Onderwerp", report.Subtitle);
        foreach (var (label, value) in metadata.Extra) about.AddRow(label, value);
        about.AddRow("Programma", "Preventie.Analytics " + metadata.Version);
        about.AddRow("Modelversie", metadata.ModelText);
        if (metadata.Model is { } model) about.AddRow("Modelversie (SHA-256 van de modelbestanden)", model.Id);
        about.AddRow("Seed (startwaarde van het toeval)", metadata.Seed is { } seed ? XlsxCell.Of(seed, XlsxNumberFormat.Year) : "niet gebruikt");
        about.AddRow("Aantal trekkingen", report.Draws is { } draws ? XlsxCell.Of(draws, XlsxNumberFormat.Integer) : "geen onzekerheidsanalyse");
        about.AddRow("Gemaakt op", report.CreatedText);
        about.AddRow("Illustratief", report.IsIllustrative ? "ja: " + DutchList.Join(report.IllustrativeSubjects) : "nee");
        about.AddRow("Getallen", "Bedragen (in euro's), percentages en aantallen staan als getal in de cellen: u kunt ermee rekenen. " +
                                 "De weergave (€ −12.000, 54%) is alleen de opmaak van de cel.");

        about.AddRow();
        about.AddHeadingRow("Invoerbestand", "SHA-256 (controlegetal)");
        if (metadata.InputFiles.IsEmpty) about.AddRow("geen invoerbestanden opgegeven");
        foreach (var file in metadata.InputFiles) about.AddRow(file.FileName, file.Sha256);

        about.AddRow();
        about.AddHeadingRow("Tabblad", "Inhoud");
        foreach (var (sheet, table) in sheets) about.AddRow(sheet.Name, table.Caption);
    }
}
