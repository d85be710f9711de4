using Preventie.Analytics.Interventions;
using System.Text;
using Preventie.Analytics.Input;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Output;

namespace Preventie.Analytics.Tests.Inventory;

public class InventoryLoaderTests
{
    private static DataValidationException LoadFails(string path) =>
        Assert.Throws<DataValidationException>(() => InventoryLoader.Load(path));

    [Fact]
    public void Missing_required_column_names_file_row_and_column()
    {
        var path = InventoryTestFiles.WriteCsv("zonder-vorm.csv", "naam;doelgroep\nDeventer belt;iedereen\n");
        var error = Assert.Single(LoadFails(path).Errors);
        Assert.Equal("vorm", error.Field);
        Assert.Equal(1, error.Row);
        var text = error.ToString();
        Assert.Contains("zonder-vorm.csv", text);
        Assert.Contains("rij 1", text);
        Assert.Contains("kolom 'vorm'", text);
        Assert.Contains("ontbreekt", text);
    }

    [Fact]
    public void Unknown_forms_are_all_reported_with_row_column_and_value()
    {
        var path = InventoryTestFiles.WriteCsv("vormen.csv",
            "naam;vorm\nA;preventief\nB;universeel\nC;heel erg\n");
        var ex = LoadFails(path);
        Assert.Equal(2, ex.Errors.Count);
        Assert.Equal(new int?[] { 2, 4 }, ex.Errors.Select(e => e.Row));
        Assert.All(ex.Errors, e => Assert.Equal("vorm", e.Field));
        Assert.Equal("preventief", ex.Errors[0].Value);
        Assert.Contains("vormen.csv, rij 2, kolom 'vorm', waarde 'preventief': onbekende vorm van preventie", ex.Errors[0].ToString());
        Assert.Contains("vormen.csv, rij 4, kolom 'vorm', waarde 'heel erg'", ex.Message);
    }

    [Fact]
    public void Empty_file_is_an_error()
    {
        var path = InventoryTestFiles.WriteCsv("leeg.csv", "");
        var error = Assert.Single(LoadFails(path).Errors);
        Assert.Contains("leeg.csv", error.ToString());
        Assert.Contains("leeg", error.Message);
    }

    [Fact]
    public void Windows_1252_file_is_rejected_with_the_row_of_the_bad_byte()
    {
        var path = InventoryTestFiles.TempPath("ansi.csv");
        var bytes = Encoding.ASCII.GetBytes("naam;vorm\nA;universeel\nCaf").Concat(new byte[] { 0xE9 }).Concat(Encoding.ASCII.GetBytes(";selectief\n")).ToArray();
        File.WriteAllBytes(path, bytes);
        var error = Assert.Single(LoadFails(path).Errors);
        Assert.Equal(3, error.Row);
        Assert.Contains("ansi.csv, rij 3", error.ToString());
        Assert.Contains("UTF-8", error.Message);
    }

    [Fact]
    public void Malformed_cells_are_all_reported_at_once()
    {
        var path = InventoryTestFiles.WriteCsv("cellen.csv",
            "nr;naam;vorm;doel 1;programma;financiering;kosten per jaar;bereik\n" +
            "1;A;universeel;X;Meedoen;structureel;€ 12.500;40\n" +
            "twee;B;selectief;misschien;Sport;soms;veel;12,5\n");
        var errors = LoadFails(path).Errors;
        Assert.All(errors, e => Assert.Equal(3, e.Row));
        Assert.Equal(new[] { "nr", "doel 1", "programma", "financiering", "kosten per jaar", "bereik" }, errors.Select(e => e.Field));
        Assert.Contains(errors, e => e.ToString().StartsWith("cellen.csv, rij 3, kolom 'kosten per jaar', waarde 'veel': geen geldig bedrag"));
    }

    [Fact]
    public void Unknown_age_band_names_the_band()
    {
        var path = InventoryTestFiles.WriteCsv("leeftijd.csv", "naam;vorm;leeftijdsgroepen\nA;universeel;0-3, 5-9\n");
        var error = Assert.Single(LoadFails(path).Errors);
        Assert.Equal(2, error.Row);
        Assert.Equal("leeftijdsgroepen", error.Field);
        Assert.Contains("leeftijd.csv, rij 2, kolom 'leeftijdsgroepen', waarde '0-3, 5-9': onbekende leeftijdsgroep '5-9'", error.ToString());
    }

    [Fact]
    public void Headers_and_values_are_matched_tolerantly_and_full_rows_are_typed()
    {
        // comma-separated, BOM, header in other case/accents, Dutch money and 'geïndiceerde preventie'
        var path = InventoryTestFiles.TempPath("tolerant.csv");
        File.WriteAllText(path,
            "NR,Naam,Vorm van preventie,Doel 1,Doelstelling 4,Financiering,Programma,Leeftijdsgroepen,Kosten per jaar,Bereik\n" +
            "7,Schuldhulp,Geïndiceerde preventie,x,X,beide,Werk & Inkomen,\"18-27, 28 t/m 44 jaar, specifiek\",\"€ 1.234,50\",120\n",
            new UTF8Encoding(true));
        var a = Assert.Single(InventoryLoader.Load(path).Activities);
        Assert.Equal(7, a.Number);
        Assert.Equal(PreventionForm.Geindiceerd, a.Form);
        Assert.Equal(new[] { OldGoal.Goal1, OldGoal.Goal4 }, a.OldGoals.Order());
        Assert.Equal(Financing.Beide, a.Financing);
        Assert.Equal(Programme.WerkEnInkomen, a.Programme);
        Assert.Equal(new[] { "18-27", "28-44", "specifiek" }, a.TargetGroups.Select(t => t.Key));
        Assert.Equal(1234.5, a.YearlyCost);
        Assert.Equal(120, a.Reach);
    }

    [Fact]
    public void Xlsx_with_a_title_row_above_the_header_loads_and_reports_excel_rows()
    {
        var wb = new XlsxWorkbook();
        // Row 1 is a title (the XlsxWorkbook header row), row 2 the real header, rows 3-4 data.
        wb.AddSheet("Inventaris", "Inventaris preventie Deventer 2024 (concept)", "", "")
            .AddRow("naam", "vorm", "doel 2")
            .AddRow("Koersbal", "selectief", "X")
            .AddRow("Burendag", "universeel", "");
        var good = InventoryTestFiles.TempPath("met-titel.xlsx");
        wb.Save(good);
        var inventory = InventoryLoader.Load(good);
        Assert.Equal(new[] { "Koersbal", "Burendag" }, inventory.Activities.Select(a => a.Name));
        Assert.Equal(new[] { 3, 4 }, inventory.Activities.Select(a => a.Row));
        Assert.Contains(OldGoal.Goal2, inventory.Activities[0].OldGoals);

        var bad = new XlsxWorkbook();
        bad.AddSheet("Inventaris", "Titel", "", "").AddRow("naam", "vorm", "doel 2").AddRow("Koersbal", "preventief", "X");
        var badPath = InventoryTestFiles.TempPath("fout.xlsx");
        bad.Save(badPath);
        var error = Assert.Single(LoadFails(badPath).Errors);
        Assert.Contains("fout.xlsx, rij 3, kolom 'vorm', waarde 'preventief'", error.ToString());
    }

    [Fact]
    public void Template_loads_as_an_empty_valid_inventory_with_all_columns()
    {
        var inventory = InventoryLoader.Load(InventoryTestFiles.Template);
        Assert.Empty(inventory.Activities);
        Assert.True(inventory.HasFinancingColumn);
        Assert.True(inventory.HasTargetGroupColumn);

        // The committed template is what the code generates now.
        var fresh = InventoryTestFiles.TempPath("sjabloon.xlsx");
        InventoryTemplate.Save(fresh);
        var headers = TableReader.Read(fresh, ["naam"], ["vorm"]).Headers;
        Assert.Equal(InventoryColumns.All.Select(c => c.Name), headers);
        Assert.Equal(headers, TableReader.Read(InventoryTestFiles.Template, ["naam"], ["vorm"]).Headers);
        Assert.Contains("programma", headers);
        Assert.Contains("financiering", headers);
        Assert.Contains("leeftijdsgroepen", headers);
        Assert.Contains("kosten per jaar", headers);
        Assert.Contains("bereik", headers);

        using var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(InventoryTestFiles.Template, false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc));
    }
}
