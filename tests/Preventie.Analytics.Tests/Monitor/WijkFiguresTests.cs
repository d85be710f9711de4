using Preventie.Analytics.Reporting;
using System.Globalization;
using Preventie.Analytics.Input;
using Preventie.Analytics.Monitor;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Tests.Monitor;

/// <summary>Monitor files with wijk (WK) and buurt (BU) rows: accepted, validated, aggregated per wijk and shown, with
/// small counts suppressed; the municipality's rows alone calibrate the city.</summary>
[Collection("MonitorConsole")]
public class WijkFiguresTests
{
    private static string WijkFile => Path.Combine(MonitorTestFiles.RepoRoot, "data", "wijken", "wijken.csv");

    // Rivierenwijk (WK015005) from two buurten, Binnenstad (WK015001) from its own wijk row with a small count,
    // Zandweerd (WK015003) with a buurt whose figure is unknown, De Hoven (WK015007) with its own population
    private const string AreaRows = """
        2024*;BU01500501;wmo_maatwerk_clienten;totaal;300;illustratief
        2024*;BU01500502;wmo_maatwerk_clienten;totaal;260;illustratief
        2024*;WK015001;wmo_maatwerk_clienten;totaal;7;illustratief
        2024*;BU01500301;wmo_maatwerk_clienten;totaal;.;illustratief
        2024*;BU01500302;wmo_maatwerk_clienten;totaal;90;illustratief
        2024;WK015007;bevolking;totaal;3000;illustratief
        2024*;WK015007;wmo_maatwerk_clienten;totaal;150;illustratief
        """;

    private static string WithAreas(string rows) =>
        MonitorTestFiles.WriteCsv("monitor-wijken.csv", File.ReadAllText(MonitorTestFiles.Example).TrimEnd() + "\n" + rows.Replace("\r", "") + "\n");

    private static double City(MonitorData d, string indicator, int year) => d.Observations.Single(o => o.Indicator.Code == indicator && o.Band is null && o.Year == year).Value!.Value;

    [Fact]
    public void Wijk_and_buurt_rows_are_accepted_kept_apart_from_the_city_and_summed_per_wijk()
    {
        var catalog = MonitorTestFiles.Catalog();
        var city = MonitorFile.Load(MonitorTestFiles.Example, catalog);
        var data = MonitorFile.Load(WithAreas(AreaRows), catalog);
        Assert.Equal(city.Observations.Count, data.Observations.Count); // the city calibration sees exactly the same rows
        Assert.Equal(7, data.AreaObservations.Count);

        var set = Analytics.Wijken.WijkFile.Read(WijkFile);
        var f = WijkFigures.Create(data, set);
        var wmo = City(data, "wmo_maatwerk_clienten", 2024);
        WijkFigure Row(string wijk) => f.Rows.Single(r => r.Wijk.Name == wijk && r.Indicator.Code == "wmo_maatwerk_clienten");

        var rivieren = Row("Rivierenwijk");
        Assert.Equal(560, rivieren.Observed);
        Assert.Equal(2, rivieren.Buurten);
        Assert.True(rivieren.Provisional);
        var share = set.Wijken[set.IndexOf("Rivierenwijk")].Inhabitants / set.Wijken.Sum(w => w.Inhabitants);
        Assert.Equal(wmo * share, rivieren.Expected!.Value, 9);
        Assert.Equal("inwoners (wijkbestand)", rivieren.ExpectedBasis);

        Assert.Null(Row("Zandweerd").Observed); // one unknown buurt: the wijk's sum is unknown
        Assert.Equal(7, Row("Binnenstad").Observed);
        Assert.Equal(0, Row("Binnenstad").Buurten);
        // with the wijk's own population in the monitor, the expectation uses it
        var hoven = Row("De Hoven");
        Assert.Equal(wmo * 3000 / City(data, "bevolking", 2024), hoven.Expected!.Value, 9);
        Assert.Equal("bevolking per wijk (monitor)", hoven.ExpectedBasis);
    }

    [Fact]
    public void Small_counts_per_wijk_are_suppressed_in_table_csv_html_and_workbook()
    {
        var f = WijkFigures.Create(MonitorFile.Load(WithAreas(AreaRows), MonitorTestFiles.Catalog()), Analytics.Wijken.WijkFile.Read(WijkFile));
        var table = f.Table();
        var binnenstad = table.Rows.Single(r => r[0].Text == "Binnenstad" && r[1].Text == "wmo_maatwerk_clienten");
        Assert.Equal("<10", binnenstad[4].Text);
        Assert.Equal("", binnenstad[7].Text); // no ratio: it would reveal the count
        Assert.DoesNotContain(binnenstad, c => c.Text == "7");
        var csv = f.ToCsv();
        Assert.StartsWith("# LET OP: illustratief", csv);
        Assert.Contains("Binnenstad;wmo_maatwerk_clienten;totaal;2024*;<10;", csv);
        Assert.Contains("Rivierenwijk;wmo_maatwerk_clienten;totaal;2024*;560;", csv);
        Assert.Contains("&lt;10", f.ToHtml());
    }

    [Fact]
    public void A_note_on_buurten_above_their_wijk_row_suppresses_small_counts_and_writes_Dutch_numbers()
    {
        // Binnenstad's own row says 7; its buurten add up to 8 (small: both hidden); Voorstad's say 1200 against 1100
        var rows = AreaRows + "\n2024*;BU01500101;wmo_maatwerk_clienten;totaal;8;illustratief\n" +
                   "2024*;WK015002;wmo_maatwerk_clienten;totaal;1100;illustratief\n2024*;BU01500201;wmo_maatwerk_clienten;totaal;1200;illustratief\n";
        var f = WijkFigures.Create(MonitorFile.Load(WithAreas(rows), MonitorTestFiles.Catalog()), Analytics.Wijken.WijkFile.Read(WijkFile));
        var binnenstad = Assert.Single(f.Notes, n => n.StartsWith("Binnenstad"));
        Assert.Contains("tellen op tot <10, meer dan de <10 van de wijk zelf", binnenstad);
        Assert.DoesNotContain("8", binnenstad.Split(':')[1].Split('(')[0]);
        var other = Assert.Single(f.Notes, n => !n.StartsWith("Binnenstad"));
        Assert.Contains("tellen op tot 1.200, meer dan de 1.100 van de wijk zelf", other);
    }

    [Fact]
    public void A_code_outside_the_wijk_file_is_refused_naming_file_row_column_and_value()
    {
        var path = WithAreas(AreaRows + "\n2024*;BU01509901;wmo_maatwerk_clienten;totaal;40;illustratief\n2024*;WK015099;wmo_maatwerk_clienten;totaal;40;illustratief\n");
        var data = MonitorFile.Load(path, MonitorTestFiles.Catalog());
        var ex = Assert.Throws<DataValidationException>(() => WijkFigures.Create(data, Analytics.Wijken.WijkFile.Read(WijkFile)));
        Assert.Equal(2, ex.Errors.Count);
        var rows = File.ReadAllLines(path);
        var first = ex.Errors[0];
        Assert.Equal("regio", first.Field);
        Assert.Equal("BU01509901", first.Value);
        Assert.Equal(Array.FindIndex(rows, l => l.Contains("BU01509901")) + 1, first.Row);
        Assert.Contains("staat niet in het wijkbestand wijken.csv", first.Message);
        Assert.Equal("WK015099", ex.Errors[1].Value);
        // a code of another municipality is refused by the monitor layout itself
        var other = Assert.Throws<DataValidationException>(() => MonitorFile.Load(WithAreas("2024*;BU03630101;wmo_maatwerk_clienten;totaal;40;x\n"), MonitorTestFiles.Catalog()));
        Assert.Contains(other.Errors, e => e.Value == "BU03630101" && e.Message.Contains("andere regio"));
    }

    [Fact]
    public void Monitor_update_with_wijk_rows_calibrates_the_city_as_without_them_and_writes_the_wijk_figures_suppressed()
    {
        var plain = Path.Combine(MonitorTestFiles.TempDir(), "run");
        var withWijken = Path.Combine(MonitorTestFiles.TempDir(), "run");
        var (exit, output, err) = Tests.Cli.CommandLine.Run("monitor", "update", "--monitor", MonitorTestFiles.Example, "--out", plain);
        Assert.True(exit == 0, err + output);
        (exit, output, err) = Tests.Cli.CommandLine.Run("monitor", "update", "--monitor", WithAreas(AreaRows), "--out", withWijken, "--wijken", WijkFile);
        Assert.True(exit == 0, err + output);
        Assert.Contains("Wijk- en buurtcijfers", output);
        Assert.Equal(File.ReadAllText(Path.Combine(plain, MonitorRunOutput.FitCsv)), File.ReadAllText(Path.Combine(withWijken, MonitorRunOutput.FitCsv)));
        Assert.Equal(File.ReadAllText(Path.Combine(plain, MonitorRunOutput.ResultsCsv)), File.ReadAllText(Path.Combine(withWijken, MonitorRunOutput.ResultsCsv)));
        Assert.False(File.Exists(Path.Combine(plain, MonitorRunOutput.WijkCsv)));
        var csv = File.ReadAllText(Path.Combine(withWijken, MonitorRunOutput.WijkCsv));
        Assert.Contains("Binnenstad;wmo_maatwerk_clienten;totaal;2024*;<10;", csv);
        var html = File.ReadAllText(Path.Combine(withWijken, MonitorRunOutput.ReportHtml));
        Assert.Contains("Monitorcijfers per wijk", html);
        Assert.DoesNotContain(">7<", html);
        Assert.Contains("\"wijken\"", File.ReadAllText(Path.Combine(withWijken, RunManifest.FileName)));
    }

    [Fact]
    public void Monitor_update_with_wijk_rows_and_no_wijk_file_stops_with_exit_code_2()
    {
        var outDir = Path.Combine(MonitorTestFiles.TempDir(), "run");
        var (exit, output, err) = Tests.Cli.CommandLine.Run("monitor", "update", "--monitor", WithAreas(AreaRows), "--out", outDir, "--wijken", "/bestaat/niet/wijken.csv");
        Assert.Equal(2, exit);
        Assert.Contains("wijkbestand", err + output);
        Assert.Contains("BU01500501", err + output);
        Assert.False(Directory.Exists(outDir));
    }
}
