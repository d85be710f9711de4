using Preventie.Analytics.Input;
using Preventie.Analytics.Monitor;
using Preventie.Analytics.Tests.Simulation;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Tests.Wijken;

public class WijkDataTests
{
    public static string WijkDir => Path.Combine(TestModels.RepoRoot, "data", "wijken");

    [Fact]
    public void Shipped_wijk_file_has_ten_areas_nine_presence_wijken_that_add_up_to_Deventer_and_says_it_is_illustrative()
    {
        var set = WijkFile.Read(Path.Combine(WijkDir, "wijken.csv"));
        Assert.Equal(10, set.Count);
        Assert.Equal(9, set.Wijken.Count(w => w.PresenceTeam));
        Assert.Equal(103_415, set.TotalInhabitants); // staatvandeventer.nl, 1-1-2024
        Assert.True(set.IsIllustrative);
        Assert.All(set.Wijken, w => Assert.Equal("GM0150", RegionCode.MunicipalityOf(w.Code)));
        Assert.Equal(4, set.IndexOf("rivierenwijk"));
        Assert.Equal(4, set.IndexOf("WK015005"));
    }

    [Fact]
    public void Template_reads_and_is_marked_as_template()
    {
        var set = WijkFile.Read(Path.Combine(WijkDir, "wijken-sjabloon.csv"));
        Assert.True(set.Count >= 1);
    }

    [Fact]
    public void Region_codes_for_wijk_and_buurt()
    {
        Assert.Equal("WK015002", RegionCode.WijkOf("BU01500203"));
        Assert.Equal("WK015002", RegionCode.WijkOf("WK015002"));
        Assert.Null(RegionCode.WijkOf("GM0150"));
        Assert.Equal("GM0150", RegionCode.MunicipalityOf("BU01500203"));
        Assert.True(RegionCode.IsBuurt("BU01500203"));
        Assert.False(RegionCode.IsWijk("WK01500"));
    }

    [Fact]
    public void Bad_wijk_file_reports_every_error_with_row_field_and_value()
    {
        var path = Path.Combine(Path.GetTempPath(), $"wijken-fout-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, """
            code;wijk;inwoners;aandeel_0_17;aandeel_65plus;presentieteam;bron
            WK015001;Binnenstad;5400;0,08;0,16;ja;illustratief
            GM0150;Voorstad;8600;;;ja;illustratief
            WK015001;Binnenstad;-3;0,7;0,5;misschien;
            WK036301;Elders;100;;;ja;bron x
            """);
        try
        {
            var ex = Assert.Throws<DataValidationException>(() => WijkFile.Read(path));
            var errors = ex.Errors;
            Assert.Contains(errors, e => e.Row == 3 && e.Field == "code" && e.Value == "GM0150");
            Assert.Contains(errors, e => e.Row == 4 && e.Field == "code" && e.Message.Contains("al eerder"));
            Assert.Contains(errors, e => e.Row == 4 && e.Field == "wijk" && e.Message.Contains("al eerder"));
            Assert.Contains(errors, e => e.Row == 4 && e.Field == "inwoners" && e.Value == "-3");
            Assert.Contains(errors, e => e.Row == 4 && e.Field == "aandeel_65plus" && e.Message.Contains("kleiner zijn dan 1"));
            Assert.Contains(errors, e => e.Row == 4 && e.Field == "presentieteam" && e.Value == "misschien");
            Assert.Contains(errors, e => e.Row == 4 && e.Field == "bron");
            Assert.Contains(errors, e => e.Row == 5 && e.Field == "code" && e.Message.Contains("andere gemeente"));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Shipped_buurt_indicators_read_in_monitor_layout_with_buurt_codes_per_wijk()
    {
        var areas = AreaIndicatorFile.Read(Path.Combine(WijkDir, "buurtindicatoren-voorbeeld.csv"));
        Assert.True(areas.Count >= 40);
        Assert.All(areas, a => Assert.True(RegionCode.IsBuurt(a.Region)));
        Assert.Equal(10, areas.Select(a => a.Wijk).Distinct().Count());
        Assert.All(areas, a => Assert.NotNull(a.Get("aandeel_65plus")));
        Assert.All(areas, a => Assert.Contains("illustratief", a.Sources.Values.First()));
        // the buurten add up to their wijk's inhabitants (rounding per buurt)
        var set = WijkFile.Read(Path.Combine(WijkDir, "wijken.csv"));
        foreach (var w in set.Wijken)
            Assert.InRange(areas.Where(a => a.Wijk == w.Code).Sum(a => a.Get("bevolking")!.Value), w.Inhabitants - 4, w.Inhabitants + 4);
    }

    [Fact]
    public void Area_file_refuses_municipality_rows_unknown_values_and_duplicates()
    {
        var path = Path.Combine(Path.GetTempPath(), $"buurt-fout-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, """
            perioden;regio;indicator;leeftijd;waarde;bron
            2023;GM0150;bevolking;totaal;100;x
            2023;BU01500101;bevolking;totaal;veel;x
            2023;BU01500101;aandeel_65plus;totaal;0,2;x
            2023;BU01500101;aandeel_65plus;totaal;0,3;x
            2023;BU01500101;wmo;65-79;3;x
            """);
        try
        {
            var ex = Assert.Throws<DataValidationException>(() => AreaIndicatorFile.Read(path));
            Assert.Contains(ex.Errors, e => e.Row == 2 && e.Field == "regio");
            Assert.Contains(ex.Errors, e => e.Row == 3 && e.Field == "waarde" && e.Value == "veel");
            Assert.Contains(ex.Errors, e => e.Row == 5 && e.Message.Contains("dubbele sleutel"));
            Assert.Contains(ex.Errors, e => e.Row == 6 && e.Field == "leeftijd");
        }
        finally { File.Delete(path); }
    }
}
