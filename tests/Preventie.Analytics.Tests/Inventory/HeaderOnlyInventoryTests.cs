using Preventie.Analytics.Analysis;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Tests.Simulation;
using static Preventie.Analytics.Tests.CouncilReportSamples;

namespace Preventie.Analytics.Tests.Inventory;

/// <summary>
/// Issue 22, "scale": an inventory with only its header row (CSV or xlsx) is legal — an unfilled template — but every
/// count from it is 0, so it carries a Dutch warning that <c>inventory</c> prints and the report and the batch overview
/// show; an inventory with activities carries none.
/// </summary>
[Collection("ReportConsole")]
public sealed class HeaderOnlyInventoryTests
{
    private const string Warning = "de inventaris bevat geen activiteiten";

    /// <summary>The shipped extract cut down to its comment and header rows: the same columns, no activity.</summary>
    private static string HeaderOnlyCsv()
    {
        var lines = File.ReadAllLines(InventoryTestFiles.Extract);
        var header = Array.FindIndex(lines, l => l.StartsWith("nr;naam", StringComparison.Ordinal));
        return InventoryTestFiles.WriteCsv("leeg.csv", string.Join('\n', lines[..(header + 1)]) + "\n");
    }

    [Fact]
    public void A_header_only_csv_loads_with_a_warning_naming_the_file_and_the_header_row()
    {
        var inventory = InventoryLoader.Load(HeaderOnlyCsv());
        Assert.Empty(inventory.Activities);
        var w = Assert.Single(inventory.Warnings);
        Assert.Equal("leeg.csv", Path.GetFileName(w.File));
        Assert.Equal(2, w.Row);   // the header is on line 2, under the source comment
        Assert.Contains(Warning, w.Message);
    }

    [Fact]
    public void A_header_only_xlsx_loads_with_the_same_warning()
    {
        var inventory = InventoryLoader.Load(InventoryTestFiles.Template);   // the unfilled template: a header and nothing under it
        Assert.Empty(inventory.Activities);
        Assert.Contains(Warning, Assert.Single(inventory.Warnings).Message);
    }

    [Fact]
    public void An_inventory_with_activities_has_no_warning()
    {
        var inventory = InventoryLoader.Load(InventoryTestFiles.Extract);
        Assert.NotEmpty(inventory.Activities);
        Assert.Empty(inventory.Warnings);
    }

    [Fact]
    public void The_inventory_command_prints_the_warning()
    {
        var (exit, output, error) = Tests.Cli.CommandLine.Run("inventory", HeaderOnlyCsv());
        Assert.True(exit == 0, error);
        Assert.Contains("Waarschuwing", error);
        Assert.Contains(Warning, error);
        Assert.Contains("0 activiteiten", output);

        var full = Tests.Cli.CommandLine.Run("inventory", InventoryTestFiles.Extract);
        Assert.DoesNotContain(Warning, full.Err);
    }

    [Fact]
    public void The_xlsx_export_of_a_header_only_inventory_warns_too_and_writes_an_empty_activity_sheet()
    {
        var output = Path.Combine(Path.GetTempPath(), $"leeg-{Guid.NewGuid():N}.xlsx");
        try
        {
            var (exit, _, error) = Tests.Cli.CommandLine.Run("inventory", HeaderOnlyCsv(), "--format", "xlsx", "--out", output);
            Assert.True(exit == 0, error);
            Assert.Contains("Waarschuwing", error);
            Assert.Contains(Warning, error);
            using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(output, false);
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == "Activiteiten");
            var rows = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet
                .Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
            Assert.Single(rows);   // the header, no activity
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void The_report_and_the_batch_overview_show_the_warning()
    {
        var inputs = AnalysisInputs.Load(InputPaths.ForPair(TestModels.DefaultModelDir, PilotFile, BasisFile, inventoryFile: HeaderOnlyCsv()));
        var analysis = AnalysisRunner.Run(inputs, inputs.Scenarios[0], FixedDate);
        Assert.Contains(analysis.Warnings, w => w.Message.Contains(Warning));
        Assert.Contains(Warning, CouncilReport.Build(analysis).ToHtml());

        var batch = AnalysisRunner.RunBatch(inputs, FixedDate);
        Assert.Contains(Warning, BatchOverview.Build(batch).ToHtml());
    }
}
