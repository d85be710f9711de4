using Preventie.Analytics.Input;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Monitor;
using Preventie.Analytics.Population;

namespace Preventie.Analytics.Tests.Monitor;

public class MonitorFileTests
{
    private const string Header = "perioden;regio;indicator;leeftijd;waarde\n";

    [Fact]
    public void Shipped_example_loads_and_is_marked_illustrative()
    {
        var data = MonitorFile.Load(MonitorTestFiles.Example, MonitorTestFiles.Catalog());
        Assert.True(data.IsIllustrative);
        Assert.Equal([2022, 2023, 2024], data.Years);
        Assert.Equal("GM0150", data.Region);
        // 87 data lines in the file (89 lines minus the comment and the header)
        Assert.Equal(87, data.Observations.Count);
        // "." is kept as unknown, not as zero
        Assert.Null(data.Find("wlz_clienten", InventoryBands.Pregnancy0To3, 2022)!.Value);
        Assert.True(data.Find("wmo_maatwerk_clienten", null, 2024)!.Period.IsProvisional);
        Assert.Equal(7445, data.Find("wmo_maatwerk_clienten", null, 2024)!.Value);
    }

    [Fact]
    public void Periods_parse_years_provisional_statline_codes_and_half_years()
    {
        Assert.Equal(new MonitorPeriod(2024, null, false), MonitorPeriod.TryParse("2024", out _));
        Assert.Equal(new MonitorPeriod(2024, null, true), MonitorPeriod.TryParse("2024*", out _));
        Assert.Equal(new MonitorPeriod(2024, null, false), MonitorPeriod.TryParse("2024JJ00", out _));
        var half = MonitorPeriod.TryParse("2019HJ01", out _)!.Value;
        Assert.False(half.IsYear);
        Assert.Equal("halfjaar", half.SubPeriodKind);
        Assert.Null(MonitorPeriod.TryParse("twintig", out var error));
        Assert.Contains("onbekende periode", error);
    }

    [Fact]
    public void Every_listed_error_is_reported_at_once_with_its_row()
    {
        // row numbers: header = 1, data from row 2
        var path = MonitorTestFiles.WriteCsv("fouten.csv", Header +
            "2022;GM0150;wmo_maatwerk_clienten;totaal;7000\n" +      // 2 ok
            "2022;GM0150;onbekend_ding;totaal;10\n" +                // 3 unknown indicator
            "2022;XX99;wmo_maatwerk_clienten;65-79;1000\n" +         // 4 unknown region
            "2022;GM0153;wmo_maatwerk_clienten;80+;1000\n" +         // 5 other municipality
            "2022;GM0150;wmo_maatwerk_clienten;totaal;7100\n" +      // 6 duplicate of row 2
            "2022;GM0150;jeugdhulp_clienten;totaal;veel\n" +         // 7 non-numeric
            "2023;GM0150;wlz_clienten;totaal;2000\n" +               // 8 ok
            "2022;GM0150;wlz_clienten;totaal;1950\n" +               // 9 out of order (after 2023)
            "2023*;GM0150;bevolking;totaal;103000\n" +               // 10 provisional ...
            "2024;GM0150;bevolking;totaal;103400\n" +                // 11 ... then final: refused
            "2023;GM0150;wmo_maatwerk_clienten;90-99;5\n" +          // 12 unknown band
            "2023;GM0150;jeugdhulp_clienten;65-79;5\n" +             // 13 band not reported for the indicator
            "2019HJ01;GM0150;wmo_maatwerk_clienten;totaal;3500\n" +  // 14 half year
            "2024*;GM0150;wlz_clienten;totaal;2050\n" +              // 15 provisional 2024 ...
            "2024;GM0150;wlz_clienten;totaal;2060\n" +               // 16 ... and final 2024
            "2023;GM0150;wmo_maatwerk_clienten;45-64;12,5\n" +       // 17 not a whole number
            "2023;GM0150;wmo_maatwerk_clienten;28-44;-5\n");         // 18 negative
        var ex = Assert.Throws<DataValidationException>(() => MonitorFile.Load(path, MonitorTestFiles.Catalog()));
        string At(int row) => string.Join(" | ", ex.Errors.Where(e => e.Row == row).Select(e => e.ToString()));

        Assert.Contains("onbekende indicator", At(3));
        Assert.Contains("onbekende regio", At(4));
        Assert.Contains("andere regio dan GM0150", At(5));
        Assert.Contains("dubbele sleutel", At(6));
        Assert.Contains("rij 2", At(6));
        Assert.Contains("geen getal", At(7));
        Assert.Contains("niet op volgorde", At(9));
        Assert.Contains("definitief cijfer 2024 na het voorlopige cijfer 2023*", At(11));
        Assert.Contains("onbekende leeftijdsgroep", At(12));
        Assert.Contains("niet per leeftijdsgroep 65-79", At(13));
        Assert.Contains("halfjaarcijfers worden niet gebruikt", At(14));
        Assert.Contains("zowel voorlopig als definitief", At(16));
        Assert.Contains("geheel getal", At(17));
        Assert.Contains("negatief", At(18));
        Assert.DoesNotContain(ex.Errors, e => e.Row is 2 or 8);
        Assert.All(ex.Errors, e => Assert.StartsWith("fouten.csv, rij ", e.ToString()));
        // sorted by row, as the user reads the file
        Assert.Equal(ex.Errors.Select(e => e.Row).Order(), ex.Errors.Select(e => e.Row));
    }

    [Fact]
    public void Thousands_dots_and_statline_values_are_read_as_published()
    {
        var path = MonitorTestFiles.WriteCsv("waarden.csv", Header +
            "2022;GM0150;wmo_maatwerk_clienten;totaal;7.445\n" +
            "2022;Deventer;wlz_clienten;totaal;.\n" +
            "2022;GM0150;jeugdhulp_clienten;totaal;-\n");
        var data = MonitorFile.Load(path, MonitorTestFiles.Catalog());
        Assert.Equal(7445, data.Find("wmo_maatwerk_clienten", null, 2022)!.Value);
        Assert.Null(data.Find("wlz_clienten", null, 2022)!.Value);
        Assert.Equal(0, data.Find("jeugdhulp_clienten", null, 2022)!.Value);
        Assert.False(data.IsIllustrative);
    }

    [Fact]
    public void Xlsx_monitor_file_is_read_like_csv()
    {
        var wb = new Preventie.Analytics.Output.XlsxWorkbook();
        wb.AddSheet("monitor", "perioden", "regio", "indicator", "leeftijd", "waarde", "bron")
            .AddRow("2023", "GM0150", "wlz_clienten", "80+", 1200, "illustratief, geen echte Deventer-cijfers")
            .AddRow("2024*", "GM0150", "wlz_clienten", "80+", 1250, "illustratief, geen echte Deventer-cijfers");
        var path = Path.Combine(MonitorTestFiles.TempDir(), "monitor.xlsx");
        wb.Save(path);
        var data = MonitorFile.Load(path, MonitorTestFiles.Catalog());
        Assert.Equal(1250, data.Find("wlz_clienten", InventoryBands.Age80Plus, 2024)!.Value);
        Assert.True(data.IsIllustrative);
    }
}
