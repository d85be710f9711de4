using Preventie.Analytics.Formatting;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Wijken;

/// <summary><c>simulate</c>, <c>report</c> and <c>batch</c> with results per wijk, through the real command line.</summary>
[Collection("ReportConsole")]
public class WijkCommandLineTests
{
    private static string Scenario(string name) => Path.Combine(TestModels.ScenarioDir, name);
    private static string WijkFile => Path.Combine(WijkDataTests.WijkDir, "wijken.csv");
    private static string Indicators => Path.Combine(WijkDataTests.WijkDir, "buurtindicatoren-voorbeeld.csv");

    [Fact]
    public void Simulate_with_wijk_figures_says_the_need_per_wijk_comes_from_the_need_model_with_its_error()
    {
        var (exit, output, error) = Cli.CommandLine.Run("simulate", "-s", Scenario("wijkpilot.yaml"), "-c", Scenario("basis.yaml"), "--wijken", WijkFile,
            "--wijkindicatoren", Indicators);
        Assert.True(exit == 0, error + output);
        Assert.Contains("De behoefte per wijk komt uit het behoeftemodel", output);
        Assert.Contains("gekruisvalideerde fout", output);
        Assert.Contains("illustratief", output);
    }

    [Fact]
    public void Report_with_wijk_figures_shows_each_wijks_need_from_the_need_model_its_error_and_the_indicator_file()
    {
        var dir = Directory.CreateTempSubdirectory("preventie-wijkrapport-").FullName;
        var html = Path.Combine(dir, "rapport.html");
        var (exit, output, error) = Cli.CommandLine.Run("report", "-s", Scenario("wijkpilot.yaml"), "-c", Scenario("basis.yaml"), "--out", html, "--cdn",
            "--wijken", WijkFile, "--wijkindicatoren", Indicators);
        Assert.True(exit == 0, error + output);
        var text = System.Net.WebUtility.HtmlDecode(File.ReadAllText(html));
        Assert.Contains("De behoefte per wijk komt uit het behoeftemodel", text);
        Assert.Contains("gekruisvalideerde fout", text);
        Assert.Contains("De wijkcijfers voor het behoeftemodel zijn illustratief", text);
        Assert.Contains("buurtindicatoren-voorbeeld.csv", text);
        Assert.Contains("behoefte (stad = 1)", text);
        // the need factors in the report's table are the need model's (independently fitted here), normalised to a population-weighted mean of 1
        var set = Analytics.Wijken.WijkFile.Read(WijkFile);
        var need = Analytics.Wijken.NeedModel.Fit(Analytics.Wijken.AreaIndicatorFile.Read(Indicators), null, Indicators);
        var raw = set.Wijken.Select(w => need.PerWijk.Single(p => p.Wijk == w.Code).ExpectedRate / need.CityRate).ToArray();
        var mean = set.Wijken.Select((w, i) => w.Inhabitants * raw[i]).Sum() / set.TotalInhabitants;
        var rivieren = set.IndexOf("Rivierenwijk");
        var line = System.Text.RegularExpressions.Regex.Matches(text, "<tr>.*?</tr>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Value).First(r => r.Contains("Rivierenwijk") && r.Contains("<td"));
        Assert.Contains(">" + DutchFormat.Number(raw[rivieren] / mean, 2) + "<", line);
        Assert.NotEqual(1.0, Math.Round(raw[rivieren] / mean, 2));
    }

    [Fact]
    public void Batch_with_wijk_figures_reports_the_need_model_per_pilot_and_refuses_a_bad_indicator_file_before_writing()
    {
        var root = Directory.CreateTempSubdirectory("preventie-wijkbatch-").FullName;
        var scenarios = Path.Combine(root, "scenarios");
        Directory.CreateDirectory(scenarios);
        foreach (var f in new[] { "basis.yaml", "wijkpilot.yaml" }) File.Copy(Scenario(f), Path.Combine(scenarios, f));
        var outDir = Path.Combine(root, "uit");
        var (exit, output, error) = Cli.CommandLine.Run("batch", "--out", outDir, "--psa", "0", "--cdn", "--zonder-pdf", "--scenarios", scenarios,
            "--wijken", WijkFile, "--wijkindicatoren", Indicators);
        Assert.True(exit == 0, error + output);
        var text = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(outDir, "wijkpilot", "rapport.html")));
        Assert.Contains("De behoefte per wijk komt uit het behoeftemodel", text);
        Assert.Contains("buurtindicatoren-voorbeeld.csv", text);

        var bad = Path.Combine(root, "buurten.csv");
        File.WriteAllText(bad, "perioden;regio;indicator;leeftijd;waarde;bron\n2023;GM0150;bevolking;totaal;1000;x\n");
        var again = Path.Combine(root, "opnieuw");
        (exit, output, error) = Cli.CommandLine.Run("batch", "--out", again, "--psa", "0", "--cdn", "--zonder-pdf", "--scenarios", scenarios,
            "--wijken", WijkFile, "--wijkindicatoren", bad);
        Assert.Equal(2, exit);
        Assert.Contains("GM0150", error + output);
        Assert.False(Directory.Exists(again));
    }

    [Fact]
    public void Wijk_figures_of_a_buurt_outside_the_wijk_file_or_without_a_wijk_file_stop_with_exit_code_2()
    {
        var dir = Directory.CreateTempSubdirectory("preventie-buurten-").FullName;
        var file = Path.Combine(dir, "buurten.csv");
        File.WriteAllLines(file, File.ReadAllLines(Indicators).Select(l => l.Replace("BU01500101", "BU01509901")));
        var (exit, output, error) = Cli.CommandLine.Run("simulate", "-s", Scenario("wijkpilot.yaml"), "-c", Scenario("basis.yaml"), "--wijken", WijkFile,
            "--wijkindicatoren", file);
        Assert.Equal(2, exit);
        Assert.Contains("BU01509901", error + output);
        Assert.Contains("staat niet in het wijkbestand", error + output);
        Assert.Contains("rij 3", error + output);
        (exit, output, error) = Cli.CommandLine.Run("simulate", "-s", Scenario("wijkpilot.yaml"), "-c", Scenario("basis.yaml"), "--wijkindicatoren", Indicators);
        Assert.Equal(2, exit);
        Assert.Contains("geef ook --wijken op", error + output);
    }

    [Fact]
    public void Simulate_prints_the_wijkpilot_per_wijk_and_says_the_figures_are_illustrative()
    {
        var (exit, output, error) = Cli.CommandLine.Run("simulate", "-s", Scenario("wijkpilot.yaml"), "-c", Scenario("basis.yaml"), "--wijken", WijkFile);
        Assert.True(exit == 0, error + output);
        Assert.Contains("Rivierenwijk", output);
        Assert.Contains("heel Deventer", output);
        Assert.Contains("illustratief", output);
    }

    [Fact]
    public void Report_has_a_section_per_wijk_with_table_chart_and_the_wijk_file_in_its_sources()
    {
        var dir = Directory.CreateTempSubdirectory("preventie-wijkrapport-").FullName;
        var html = Path.Combine(dir, "rapport.html");
        var (exit, output, error) = Cli.CommandLine.Run("report", "-s", Scenario("wijkpilot.yaml"), "-c", Scenario("basis.yaml"), "--out", html, "--cdn", "--wijken", WijkFile);
        Assert.True(exit == 0, error + output);
        var text = File.ReadAllText(html);
        Assert.Contains("Per wijk", text);
        Assert.Contains("Effect per wijk", text);
        Assert.Contains("Netto baten per wijk", text);
        Assert.Contains("illustratief, geen echte Deventer-cijfers", text);
        Assert.Contains("wijken.csv", text);
        // the illustrative migration matrix beside the wijk file is used, said and hashed as an input
        Assert.Contains("verhuizen tussen wijken volgens verhuizingen.csv", System.Net.WebUtility.HtmlDecode(text));
        Assert.Contains("verhuiscijfers zijn illustratief", System.Net.WebUtility.HtmlDecode(text));
    }

    [Fact]
    public void A_bad_wijk_file_stops_report_with_exit_code_2_and_writes_nothing()
    {
        var dir = Directory.CreateTempSubdirectory("preventie-wijkrapport-").FullName;
        var bad = Path.Combine(dir, "wijken.csv");
        File.WriteAllText(bad, "code;wijk;inwoners;bron\nWK015001;Binnenstad;veel;illustratief\n");
        var html = Path.Combine(dir, "rapport.html");
        var (exit, output, error) = Cli.CommandLine.Run("report", "-s", Scenario("wijkpilot.yaml"), "-c", Scenario("basis.yaml"), "--out", html, "--cdn", "--wijken", bad);
        Assert.Equal(2, exit);
        Assert.Contains("inwoners", error + output);
        Assert.Contains("veel", error + output);
        Assert.False(File.Exists(html));
    }

    [Fact]
    public void Wijken_behoefte_and_presentie_run_on_the_illustrative_data_and_say_so()
    {
        var (exit, output, error) = Cli.CommandLine.Run("wijken", "behoefte");
        Assert.True(exit == 0, error + output);
        Assert.Contains("Kruisvalidatie", output);
        Assert.Contains("Rivierenwijk", output);
        Assert.Contains("meer gebruik dan het profiel voorspelt", output);
        Assert.Contains("illustratief", output);
        (exit, output, error) = Cli.CommandLine.Run("wijken", "presentie", "--trekkingen", "100", "--seed", "3");
        Assert.True(exit == 0, error + output);
        Assert.Contains("90%-interval", output);
        Assert.Contains("50/50", output);
        Assert.Contains("illustratief", output);
    }

    [Fact]
    public void Wijken_behoefte_refuses_a_buurt_outside_every_wijk_as_simulate_does()
    {
        var dir = Directory.CreateTempSubdirectory("preventie-buurten-").FullName;
        var file = Path.Combine(dir, "buurten.csv");
        var shipped = File.ReadAllLines(Path.Combine(WijkDataTests.WijkDir, "buurtindicatoren-voorbeeld.csv")).ToList();
        shipped.Add("2023;BU01509901;bevolking;totaal;1000;test");
        File.WriteAllLines(file, shipped);
        var (exit, output, error) = Cli.CommandLine.Run("wijken", "behoefte", "--buurten", file);
        Assert.Equal(2, exit);
        Assert.Contains("BU01509901", error + output);
    }

    [Fact]
    public void Wijken_behoefte_refuses_a_file_with_too_few_areas_with_exit_code_2()
    {
        var dir = Directory.CreateTempSubdirectory("preventie-buurten-").FullName;
        var file = Path.Combine(dir, "buurten.csv");
        File.WriteAllText(file, "perioden;regio;indicator;leeftijd;waarde;bron\n2023;BU01500101;bevolking;totaal;1000;x\n2023;BU01500101;wmo_maatwerk_clienten;totaal;50;x\n");
        var (exit, output, error) = Cli.CommandLine.Run("wijken", "behoefte", "--buurten", file);
        Assert.Equal(2, exit);
        Assert.Contains("te weinig bruikbare gebieden", error + output);
    }
}
