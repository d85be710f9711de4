using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Simulation;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Tests.Wijken;

/// <summary>
/// One model per question (issue 20): with a wijk file the city figures are the sum over the wijken, computed once, and
/// every output shows them; a wijk-targeted intervention has one definition of whom it reaches; the city-only run is the
/// exact special case of one wijk holding the whole city.
/// </summary>
[Collection("ReportConsole")]
public class WijkCityTests
{
    private const double Cent = 0.005;
    private static string Scenario(string name) => Path.Combine(TestModels.ScenarioDir, name);
    private static string Basis => Scenario("basis.yaml");
    private static string ShippedWijkFile => Path.Combine(WijkDataTests.WijkDir, "wijken.csv");

    /// <summary>Every shipped pilot scenario (everything in data/scenarios but the baseline).</summary>
    public static TheoryData<string> ShippedPilots() => new(Pilots());

    private static List<string> Pilots() => Directory.GetFiles(TestModels.ScenarioDir, "*.yaml").Select(f => Path.GetFileName(f))
        .Where(f => f != "basis.yaml").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Every_shipped_pilot_is_tested()
    {
        var pilots = Pilots();
        Assert.Equal(6, pilots.Count);
        Assert.Contains("wijkpilot.yaml", pilots);
    }

    [Theory]
    [MemberData(nameof(ShippedPilots))]
    public void City_comparison_per_payer_is_the_sum_over_the_wijken_to_the_cent(string pilot)
    {
        var w = WijkComparison.Load(TestModels.DefaultModelDir, Scenario(pilot), Basis, ShippedWijkFile);
        var city = w.CityComparison;
        Assert.Equal(10, w.PerWijk.Count);
        for (var r = 0; r < city.Rows.Count; r++)
        {
            var code = city.Rows[r].Code;
            Assert.All(w.PerWijk, c => Assert.Equal(code, c.Rows[r].Code));
            Assert.Equal(w.PerWijk.Sum(c => c.Rows[r].NetBenefitDiscounted), city.Rows[r].NetBenefitDiscounted, Cent);
            Assert.Equal(w.PerWijk.Sum(c => c.Rows[r].InvestmentDiscounted), city.Rows[r].InvestmentDiscounted, Cent);
            Assert.Equal(w.PerWijk.Sum(c => c.Rows[r].SavingsDiscounted), city.Rows[r].SavingsDiscounted, Cent);
            Assert.Equal(w.PerWijk.Sum(c => c.Rows[r].NetBenefitNominal), city.Rows[r].NetBenefitNominal, Cent);
            for (var t = 0; t < city.Years.Count; t++)
                Assert.Equal(w.PerWijk.Sum(c => c.Rows[r].NetBenefitByYear[t]), city.Rows[r].NetBenefitByYear[t], Cent);
        }
        // the raw yearly costs of both runs are the wijken's added up
        foreach (var p in city.PayerSet.All)
            for (var t = 0; t < city.Years.Count; t++)
            {
                Assert.Equal(w.PerWijk.Sum(c => c.Scenario.Costs(p, t)), city.Scenario.Costs(p, t), Cent);
                Assert.Equal(w.PerWijk.Sum(c => c.Comparator.InterventionCosts(p, t)), city.Comparator.InterventionCosts(p, t), Cent);
            }
        // the "heel Deventer" row is the city comparison, and the sum of the wijk rows
        Assert.Equal(WijkSet.WholeCityName, w.City.Wijk);
        Assert.Equal(city.Gemeente.NetBenefitDiscounted, w.City.NetMunicipality);
        Assert.Equal(city.Total.NetBenefitDiscounted, w.City.NetTotal);
        Assert.Equal(w.Rows.Sum(x => x.NetMunicipality), w.City.NetMunicipality, Cent);
        Assert.Equal(w.Rows.Sum(x => x.NetTotal), w.City.NetTotal, Cent);
        Assert.Equal(w.Rows.Sum(x => x.Inhabitants), w.City.Inhabitants, 1e-6);
    }

    [Fact]
    public void Wijk_targeted_pilot_reaches_only_the_named_wijken_with_their_share_of_the_inhabitants()
    {
        // without moves between wijken (the shipped verhuizingen.csv carries people reached into other wijken)
        var model = WijkModel.Load(TestModels.DefaultModelDir, ShippedWijkFile).WithMigration(null);
        var w = WijkComparison.Load(model, Scenario("wijkpilot.yaml"), Basis);
        var set = WijkFile.Read(ShippedWijkFile);
        var named = new[] { "Rivierenwijk", "Zandweerd" };
        for (var i = 0; i < set.Count; i++)
        {
            var cmp = w.PerWijk[i];
            if (named.Contains(set.Wijken[i].Name)) Assert.True(cmp.Total.NetBenefitDiscounted != 0);
            else // nothing differs from the baseline where the pilot does not act
                Assert.All(cmp.Rows, o => Assert.Equal(0, o.NetBenefitDiscounted));
        }
        // the city view uses the named wijken's share from the wijk file (7.300 + 9.800 of 103.415), not wijkaandeel_pilot (8%)
        var pilot = w.CityComparison.Scenario.Compiled.Scenario.Interventions.Single(iv => iv.Name == "Wijkpilot");
        var vector = w.CityComparison.Scenario.Compiled.Model.Parameters.DefaultVector();
        Assert.Equal((7300.0 + 9800.0) / 103415.0, pilot.NeighbourhoodShare.Expression.Evaluate(vector), 12);
        var warning = Assert.Single(w.Warnings);
        Assert.Equal("interventies[Wijkpilot].wijkaandeel", warning.Field);
        Assert.Contains("8,0%", warning.Message);
        Assert.Contains("16,5%", warning.Message);
        Assert.Contains("Rivierenwijk en Zandweerd", warning.Message);
    }

    [Theory]
    [MemberData(nameof(ShippedPilots))]
    public void Json_and_csv_of_simulate_with_wijken_hold_every_wijk_and_the_city_is_their_sum(string pilot)
    {
        var dir = Path.Combine(Directory.CreateTempSubdirectory("preventie-wijkjson-").FullName, "uit");
        var (exit, output, error) = Cli.CommandLine.Run("simulate", "-s", Scenario(pilot), "-c", Basis, "--wijken", ShippedWijkFile, "--format", "json", "--out", dir);
        Assert.True(exit == 0, error + output);
        var library = WijkComparison.Load(TestModels.DefaultModelDir, Scenario(pilot), Basis, ShippedWijkFile).CityComparison;
        AssertJsonCityIsTheSum(output, library);
        AssertJsonCityIsTheSum(File.ReadAllText(Path.Combine(dir, "resultaat.json")), library);
        AssertCsvCityIsTheSum(dir);
    }

    [Theory]
    [MemberData(nameof(ShippedPilots))]
    public void Council_report_city_figures_equal_its_heel_Deventer_row_and_the_sum_of_its_wijk_rows(string pilot)
    {
        var dir = Directory.CreateTempSubdirectory("preventie-wijkrapport-").FullName;
        var xlsx = Path.Combine(dir, "rapport.xlsx");
        var (exit, output, error) = Cli.CommandLine.Run("report", "-s", Scenario(pilot), "-c", Basis, "--out", Path.Combine(dir, "rapport.html"), "--cdn",
            "--xlsx", xlsx, "--wijken", ShippedWijkFile);
        Assert.True(exit == 0, error + output);
        var library = WijkComparison.Load(TestModels.DefaultModelDir, Scenario(pilot), Basis, ShippedWijkFile).CityComparison;
        AssertReportCityIsTheSum(xlsx, Path.Combine(dir, "rapport.html"), library);
    }

    [Fact]
    public void Batch_with_the_shipped_wijk_file_shows_one_city_figure_per_payer_in_every_output()
    {
        var outDir = Path.Combine(Directory.CreateTempSubdirectory("preventie-wijkbatch-").FullName, "uit");
        var (exit, output, error) = Cli.CommandLine.Run("batch", "--out", outDir, "--psa", "0", "--cdn", "--zonder-pdf");
        Assert.True(exit == 0, error + output);
        Assert.Contains("wijkaandeel van 'Wijkpilot' (8,0%)", error);
        using var overviewBook = SpreadsheetDocument.Open(Path.Combine(outDir, "overzicht.xlsx"), false);
        var overview = Sheet(overviewBook, "Netto baat per betaler");
        foreach (var pilot in Pilots())
        {
            var slug = Path.GetFileNameWithoutExtension(pilot);
            var library = WijkComparison.Load(TestModels.DefaultModelDir, Scenario(pilot), Basis, ShippedWijkFile).CityComparison;
            AssertJsonCityIsTheSum(File.ReadAllText(Path.Combine(outDir, slug, "resultaten", "resultaat.json")), library);
            AssertCsvCityIsTheSum(Path.Combine(outDir, slug, "resultaten"));
            AssertReportCityIsTheSum(Path.Combine(outDir, slug, "rapport.xlsx"), Path.Combine(outDir, slug, "rapport.html"), library);
            var row = overview.Single(r => r.Length > 0 && r[0] == library.Scenario.ScenarioName);
            Assert.Equal(library.Total.NetBenefitDiscounted, double.Parse(row[Array.IndexOf(overview[overview.FindIndex(r => r.Length > 1)], "Alle betalers")]!, CultureInfo.InvariantCulture), Cent);
        }
    }

    /// <summary>The JSON holds every wijk of the shipped file, and per payer row its city figures are the sum over them and the library's.</summary>
    private static void AssertJsonCityIsTheSum(string text, ScenarioComparison library)
    {
        var set = WijkFile.Read(ShippedWijkFile);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        var wijken = root.GetProperty("wijken").EnumerateArray().ToList();
        Assert.Equal(set.Wijken.Select(x => x.Code), wijken.Select(x => x.GetProperty("wijkcode").GetString()));
        Assert.Equal(set.Wijken.Select(x => x.Name), wijken.Select(x => x.GetProperty("wijk").GetString()));
        Assert.Equal("wijken.csv", root.GetProperty("wijkbestand").GetString());
        var rows = root.GetProperty("betalers").EnumerateArray().ToList();
        Assert.Equal(library.Rows.Count, rows.Count);
        foreach (var city in rows)
        {
            var code = city.GetProperty("betaler").GetString()!;
            double Sum(string field) => wijken.Sum(x => x.GetProperty("betalers").EnumerateArray().Single(b => b.GetProperty("betaler").GetString() == code).GetProperty(field).GetDouble());
            Assert.Equal(Sum("netto_baat_contant"), city.GetProperty("netto_baat_contant").GetDouble(), Cent);
            Assert.Equal(Sum("investering_contant"), city.GetProperty("investering_contant").GetDouble(), Cent);
            Assert.Equal(Sum("besparing_contant"), city.GetProperty("besparing_contant").GetDouble(), Cent);
            Assert.Equal(Sum("netto_baat_nominaal"), city.GetProperty("netto_baat_nominaal").GetDouble(), Cent);
            Assert.Equal(library.Rows.Single(o => o.Code == code).NetBenefitDiscounted, city.GetProperty("netto_baat_contant").GetDouble(), Cent);
        }
        // the wijk table's columns: municipality and all payers per wijk, and their sum is the city's
        Assert.Equal(library.Total.NetBenefitDiscounted, wijken.Sum(x => x.GetProperty("netto_baat_alle_betalers_contant").GetDouble()), Cent);
        Assert.Equal(library.Gemeente.NetBenefitDiscounted, wijken.Sum(x => x.GetProperty("netto_baat_gemeente_contant").GetDouble()), Cent);
    }

    /// <summary>wijken.csv beside betalers.csv: every wijk, and per payer row the wijken add up to the city (each cell is
    /// rounded to the cent, so the sum may differ by half a cent per wijk).</summary>
    private static void AssertCsvCityIsTheSum(string dir)
    {
        var set = WijkFile.Read(ShippedWijkFile);
        var payers = Csv(Path.Combine(dir, "betalers.csv")).ToDictionary(r => r["betaler"]);
        var perWijk = Csv(Path.Combine(dir, "wijken.csv"));
        Assert.Equal(set.Wijken.Select(x => x.Code), perWijk.Select(r => r["wijkcode"]).Distinct());
        Assert.Equal(set.Count * payers.Count, perWijk.Count);
        foreach (var (code, row) in payers)
            foreach (var column in new[] { "netto_baat_contant", "investering_contant", "besparing_contant", "netto_baat_nominaal" })
                Assert.Equal(Number(row[column]), perWijk.Where(r => r["betaler"] == code).Sum(r => Number(r[column])), (set.Count + 1) * Cent);
    }

    /// <summary>The council report's workbook: the payer table's city figures are the library's, its "heel Deventer" wijk row
    /// shows the same, and the wijk rows add up to them; the HTML says the city figures are the sum.</summary>
    private static void AssertReportCityIsTheSum(string xlsx, string html, ScenarioComparison library)
    {
        using var doc = SpreadsheetDocument.Open(xlsx, false);
        var payers = Sheet(doc, "Resultaat per betaler");
        var wijken = Sheet(doc, "Effect per wijk");
        // the title and the illustrative banner stand alone in column A above the header row
        int HeaderRow(List<string?[]> sheet) => sheet.FindIndex(r => r.Length > 1);
        int Column(List<string?[]> sheet, string header) => Array.IndexOf(sheet[HeaderRow(sheet)], header);
        double Cell(List<string?[]> sheet, string label, string header) =>
            double.Parse(sheet.Single(r => r.Length > 0 && r[0] == label)[Column(sheet, header)]!, CultureInfo.InvariantCulture);

        var gemeente = Cell(payers, library.Gemeente.Label, "Netto");
        var total = Cell(payers, library.Total.Label, "Netto");
        Assert.Equal(library.Gemeente.NetBenefitDiscounted, gemeente, Cent);
        Assert.Equal(library.Total.NetBenefitDiscounted, total, Cent);
        Assert.Equal(gemeente, Cell(wijken, WijkSet.WholeCityName, "netto gemeente"), Cent);
        Assert.Equal(total, Cell(wijken, WijkSet.WholeCityName, "netto alle betalers"), Cent);
        var rows = wijken.Skip(HeaderRow(wijken) + 1).TakeWhile(r => r.Length > 0).Where(r => r[0] != WijkSet.WholeCityName).ToList(); // the table ends at the empty row before its note
        Assert.Equal(10, rows.Count);
        Assert.Equal(gemeente, rows.Sum(r => double.Parse(r[Column(wijken, "netto gemeente")]!, CultureInfo.InvariantCulture)), Cent);
        Assert.Equal(total, rows.Sum(r => double.Parse(r[Column(wijken, "netto alle betalers")]!, CultureInfo.InvariantCulture)), Cent);
        var text = System.Net.WebUtility.HtmlDecode(File.ReadAllText(html));
        Assert.Contains("alle stadscijfers in dit rapport zijn die som", text);
        Assert.DoesNotContain("kunnen daarom afwijken", text);
    }

    [Theory]
    [MemberData(nameof(ShippedPilots))]
    public void One_wijk_holding_the_whole_city_gives_exactly_the_city_only_numbers(string pilot)
    {
        var dir = Directory.CreateTempSubdirectory("preventie-eenwijk-").FullName;
        var wijkFile = Path.Combine(dir, "wijken.csv");
        File.WriteAllText(wijkFile, "code;wijk;inwoners;aandeel_0_17;aandeel_65plus;presentieteam;bron\nWK015000;Deventer;103415;;;ja;test: de hele stad als één wijk\n");
        // a scenario naming wijken names this one wijk instead; without wijkaandeel (1 = the whole city) both views agree by definition
        var scenario = Path.Combine(dir, pilot);
        var yaml = File.ReadAllText(Scenario(pilot)).Replace("basis: basis.yaml", $"basis: {Basis}");
        var targeted = yaml.Contains("wijken: [");
        yaml = System.Text.RegularExpressions.Regex.Replace(yaml, @"wijken: \[[^\]]*\]", "wijken: [Deventer]");
        var withoutShare = System.Text.RegularExpressions.Regex.Replace(yaml, @"(?m)^\s*wijkaandeel:.*\n", "");
        File.WriteAllText(scenario, withoutShare);

        var cityOnly = ScenarioPair.Load(TestModels.DefaultModelDir, scenario, Basis).Compare();
        var oneWijk = WijkComparison.Load(TestModels.DefaultModelDir, scenario, Basis, wijkFile);
        AssertIdentical(cityOnly, oneWijk.CityComparison);
        Assert.Equal(cityOnly.Gemeente.NetBenefitDiscounted, oneWijk.City.NetMunicipality);
        Assert.Empty(oneWijk.Warnings);

        if (!targeted) return;
        // with the scenario's own wijkaandeel (8%) the wijk file's share (the whole city) is used, with a warning
        File.WriteAllText(scenario, yaml);
        var stated = WijkComparison.Load(TestModels.DefaultModelDir, scenario, Basis, wijkFile);
        AssertIdentical(cityOnly, stated.CityComparison);
        Assert.Contains("100,0%", Assert.Single(stated.Warnings).Message);
    }

    private static void AssertIdentical(ScenarioComparison expected, ScenarioComparison actual)
    {
        Assert.Equal(expected.Rows.Count, actual.Rows.Count);
        for (var r = 0; r < expected.Rows.Count; r++)
        {
            Assert.Equal(expected.Rows[r].NetBenefitDiscounted, actual.Rows[r].NetBenefitDiscounted);
            Assert.Equal(expected.Rows[r].InvestmentDiscounted, actual.Rows[r].InvestmentDiscounted);
            Assert.Equal(expected.Rows[r].NetBenefitByYear, actual.Rows[r].NetBenefitByYear);
            Assert.Equal(expected.Rows[r].BreakEvenYear, actual.Rows[r].BreakEvenYear);
        }
        Assert.Equal(expected.SelfReliantYearsGained, actual.SelfReliantYearsGained);
        Assert.Equal(expected.SelfReliantLifeExpectancy, actual.SelfReliantLifeExpectancy);
        Assert.Equal(expected.Scenario.Buffer.StateCounts, actual.Scenario.Buffer.StateCounts);
    }

    private static List<Dictionary<string, string>> Csv(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        var header = lines[0].TrimStart('\uFEFF').Split(';');
        return lines.Skip(1).Select(l => header.Zip(l.Split(';')).ToDictionary(x => x.First, x => x.Second)).ToList();
    }

    private static double Number(string csv) => double.Parse(csv, NumberStyles.Float, CultureInfo.GetCultureInfo("nl-NL"));

    /// <summary>The cells of the sheet whose name starts with <paramref name="prefix"/>, as text (numbers invariant).</summary>
    private static List<string?[]> Sheet(SpreadsheetDocument doc, string prefix)
    {
        var book = doc.WorkbookPart!;
        var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name!.Value!.StartsWith(prefix, StringComparison.Ordinal));
        var part = (WorksheetPart)book.GetPartById(sheet.Id!);
        var shared = book.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        string? Text(Cell c) => c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)]
            : c.DataType?.Value == CellValues.InlineString ? c.InlineString?.InnerText : c.CellValue?.Text;
        return part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(Text).ToArray()).ToList();
    }
}
