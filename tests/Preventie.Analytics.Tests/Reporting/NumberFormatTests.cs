using Preventie.Analytics.Html;
using Preventie.Analytics.Formatting;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Notebooks;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Simulation;
using static Preventie.Analytics.Tests.Charts.DomainChartInputs;

namespace Preventie.Analytics.Tests.Reporting;

/// <summary>
/// One format per kind of amount: from € 1 mln in millions with one decimal, below in whole euros, negatives as
/// "€ −…" (U+2212), written the same in report text and tables, chart axes and hovers, the overview, notebook output
/// and the workbook.
/// </summary>
public sealed class NumberFormatTests
{
    private const string M = "\u2212";

    [Theory]
    [InlineData(0.0, "€ 0")]
    [InlineData(0.4, "€ 0")]
    [InlineData(-0.4, "€ 0")]                 // never "€ −0"
    [InlineData(964_911.0, "€ 964.911")]
    [InlineData(964_911.5, "€ 964.912")]      // halves away from zero
    [InlineData(-12_000.0, "€ " + M + "12.000")]
    [InlineData(999_999.4, "€ 999.999")]
    [InlineData(999_999.6, "€ 1,0 mln")]      // rounds to a million: shown in millions, not "€ 1.000.000"
    [InlineData(1_000_000.0, "€ 1,0 mln")]
    [InlineData(4_812_345.0, "€ 4,8 mln")]
    [InlineData(-1_250_000.0, "€ " + M + "1,3 mln")]
    [InlineData(-500_000.0, "€ " + M + "500.000")]
    [InlineData(2_345_678_901.0, "€ 2.345,7 mln")]
    public void Amounts_follow_the_one_rule(double amount, string expected)
    {
        Assert.Equal(expected, DutchFormat.Amount(amount));
        Assert.Equal(expected, DutchFormat.Euro(amount));
        Assert.Equal(expected, DutchFormat.EuroCompact(amount));
        Assert.Equal(expected, ReportCell.Euro(amount).Text);
        Assert.Equal(amount, ReportCell.Euro(amount).Value);   // the workbook keeps the exact amount
    }

    [Theory]
    [InlineData(1.5, true, "€ 1,5 mln")]
    [InlineData(-0.25, true, "€ " + M + "0,25 mln")]
    [InlineData(2, true, "€ 2 mln")]
    [InlineData(-350_000, false, "€ " + M + "350.000")]
    [InlineData(1e-12, true, "€ 0")]
    public void Axis_ticks_use_the_same_euro_sign_separators_and_minus(double value, bool millions, string expected) =>
        Assert.Equal(expected, DutchFormat.AxisAmount(value, millions));

    [Fact]
    public void Report_overview_charts_notebook_output_and_workbook_write_an_amount_alike()
    {
        var basis = Path.Combine(TestModels.ScenarioDir, "basis.yaml");
        var analyses = new[] { CouncilReportSamples.PilotFile, Path.Combine(TestModels.ScenarioDir, "wijkpilot.yaml") }
            .Select(f => Analytics.Analysis.AnalysisRunner.Run(TestModels.DefaultModelDir, f, basis, CouncilReportSamples.FixedDate)).ToArray();
        var comparisons = analyses.Select(a => a.Comparison).ToArray();
        foreach (var (analysis, c) in analyses.Zip(comparisons))
        {
            // independent of the format code: the expected text built from the rule by hand
            var net = c.Gemeente.NetBenefitDiscounted;
            var abs = Math.Abs(net);
            var expected = "€ " + (net < 0 ? M : "") + (Math.Round(abs) >= 1e6
                ? (Math.Round(abs / 1e6, 1, MidpointRounding.AwayFromZero)).ToString("#,##0.0", DutchFormat.Culture) + " mln"
                : Math.Round(abs, MidpointRounding.AwayFromZero).ToString("#,##0", DutchFormat.Culture));
            var encoded = WebUtility.HtmlEncode(expected);

            // council report: payer table (row "Gemeente (totaal)", column Netto) and the conclusion text
            var report = CouncilReport.Build(analysis);
            var payerTable = PayersChapter.PayerSummaryTable(c);
            var gemeenteRow = payerTable.Rows.Single(r => r[0].Text == c.Gemeente.Label);
            Assert.Equal(expected, gemeenteRow[3].Text);
            Assert.Contains(ConclusionChapter.Conclusion(c), line => line.Contains("de gemeente " + expected));
            Assert.Contains(encoded, report.ToFullHtml(PlotlyScriptSource.Cdn));

            // overview (batch): table cell and the chart's hover
            var overviewRow = ScenarioOverview.NetBenefitTable(comparisons).Rows.Single(r => r[0].Text == c.Scenario.ScenarioName);
            Assert.Equal(expected, overviewRow[2].Text);
            var hovers = Texts(ScenarioOverview.NetBenefitChart(comparisons).Traces[0], "hovertext");
            Assert.Contains(hovers, h => h.EndsWith(": " + expected, StringComparison.Ordinal));

            // notebook output of the same table: the text/html the kernel and the headless runner show
            var notebookHtml = Microsoft.DotNet.Interactive.Formatting.Formatter.ToDisplayString(payerTable, "text/html");
            Assert.Contains($"<td class=\"num\">{encoded}</td>", notebookHtml);
        }

        // workbook: the exact number, shown with the same euro sign, thousands dots and minus as the text
        var path = Path.Combine(Directory.CreateTempSubdirectory("preventie-formaat-").FullName, "tabellen.xlsx");
        XlsxTableWriter.Write(path, new[] { ScenarioOverview.NetBenefitTable(comparisons) });
        using var doc = SpreadsheetDocument.Open(path, false);
        var formats = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Select(f => f.FormatCode!.Value).ToList();
        Assert.Contains("\"€ \"#,##0;\"€ " + M + "\"#,##0", formats);
        var shared = doc.WorkbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? new();
        var caption = doc.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Cell>()
            .Select(cell => cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text)] : cell.InlineString?.InnerText ?? cell.CellValue?.Text)
            .ToList();
        Assert.Contains(ScenarioOverview.NetBenefitTable(comparisons).Caption, caption);
    }

    [Fact]
    public void Counts_take_singular_or_plural()
    {
        Assert.Equal("1 scenario", DutchFormat.Count(1, "scenario", "scenario's"));
        Assert.Equal("2 scenario's", DutchFormat.Count(2, "scenario", "scenario's"));
        Assert.Equal("0 scenario's", DutchFormat.Count(0, "scenario", "scenario's"));
        Assert.Equal("1.000 trekkingen", DutchFormat.Count(1000, "trekking", "trekkingen"));
    }

    [Fact]
    public void Dates_are_written_out_in_Dutch()
    {
        var date = new DateTimeOffset(2026, 12, 2, 14, 5, 0, TimeSpan.Zero);
        Assert.Equal("2 december 2026", DutchFormat.Date(date));
        Assert.Equal("2 december 2026, 14:05", DutchFormat.DateTime(date));
    }

    [Theory]
    [InlineData("Kosten per jaar – Verschuiven naar voorliggend", "Kosten per jaar – Verschuiven")]
    [InlineData("Kosten per jaar – Basis (huidig beleid)", "Kosten per jaar – Basis")]
    [InlineData("Parameters die op een aanname rusten", "Parameters die op een aanname")]
    [InlineData("Resultaat per betaler (contant)", "Resultaat per betaler (contant)")]
    [InlineData("Zeerlangwoordzonderspatiesdatnietpastinexcel", "Zeerlangwoordzonderspatiesdatni")]
    public void Sheet_names_fit_31_characters_without_cutting_words(string caption, string expected)
    {
        var name = XlsxTableWriter.SheetName(caption, 1, new HashSet<string>());
        Assert.Equal(expected, name);
        Assert.True(name.Length <= 31);
    }

    [Theory]
    [InlineData(1e300, "1E+300", "€ 1E+300")]
    [InlineData(-2.5e17, "\u22122,5E+17", "€ \u22122,5E+17")]
    [InlineData(999_999_999_999_999.0, "999.999.999.999.999", "€ 1.000.000.000,0 mln")] // below the threshold: as always
    public void An_absurd_magnitude_is_written_as_a_power_of_ten_so_the_message_naming_it_stays_readable(double value, string number, string amount)
    {
        Assert.Equal(number, DutchFormat.Number(value));
        Assert.Equal(amount, DutchFormat.Amount(value));
    }
}
