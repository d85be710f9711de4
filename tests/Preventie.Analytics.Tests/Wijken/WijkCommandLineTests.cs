using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Wijken;

/// <summary><c>simulate</c>, <c>report</c> and <c>batch</c> with results per wijk, through the real command line.</summary>
[Collection("ReportConsole")]
public class WijkCommandLineTests
{
    private static string Scenario(string name) => Path.Combine(TestModels.ScenarioDir, name);
    private static string WijkFile => Path.Combine(WijkDataTests.WijkDir, "wijken.csv");

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
