using Preventie.Analytics.Input;
using Preventie.Analytics.Tests.Wijken;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Tests.Input;

/// <summary>
/// Issue 22, the meaning of the buurt indicator file (<see cref="AreaIndicatorColumn"/>): a population of 10^12, a share
/// of 5, or 5.000 clients in a buurt of 1.211 inhabitants are refused in Dutch naming file, row, column and value;
/// implausible but legal figures are warned; the shipped file passes without a word.
/// </summary>
[Collection("ReportConsole")]
public class AreaIndicatorMeaningTests
{
    private static string Shipped => Path.Combine(WijkDataTests.WijkDir, "buurtindicatoren-voorbeeld.csv");

    /// <summary>A copy of the shipped file with the value of (<paramref name="region"/>, <paramref name="indicator"/>)
    /// replaced by <paramref name="value"/>; returns its path and the 1-based row of that value.</summary>
    internal static (string Path, int Row) WithValue(string region, string indicator, string value)
    {
        var lines = File.ReadAllLines(Shipped);
        var i = Array.FindIndex(lines, l => l.Split(';') is var c && c.Length > 4 && c[1] == region && c[2] == indicator);
        Assert.True(i >= 0, $"{region} {indicator} niet gevonden");
        var cells = lines[i].Split(';');
        cells[4] = value;
        lines[i] = string.Join(';', cells);
        var path = Path.Combine(Directory.CreateTempSubdirectory("preventie-buurt-").FullName, "buurtindicatoren.csv");
        File.WriteAllLines(path, lines);
        return (path, i + 1);
    }

    private static DataError Refused(string region, string indicator, string value)
    {
        var (path, row) = WithValue(region, indicator, value);
        var ex = Assert.Throws<DataValidationException>(() => AreaIndicatorFile.Read(path));
        var error = Assert.Single(ex.Errors);
        Assert.Equal(path, error.File);
        Assert.Equal(row, error.Row);
        Assert.Equal("waarde", error.Field);
        Assert.Equal(value, error.Value);
        return error;
    }

    private static IReadOnlyList<DataError> Warned(string region, string indicator, string value)
    {
        var (path, _) = WithValue(region, indicator, value);
        AreaIndicatorFile.Read(path, out var warnings);
        return warnings;
    }

    [Fact]
    public void The_shipped_file_has_no_refusal_and_no_warning()
    {
        AreaIndicatorFile.Read(Shipped, out var warnings);
        Assert.Empty(warnings);
    }

    [Fact]
    public void A_population_of_10_to_the_12_is_refused() =>
        Assert.Contains("onmogelijk groot", Refused("BU01500101", "bevolking", "1000000000000").Message);

    [Fact]
    public void A_share_of_5_is_refused_as_a_percentage_written_as_a_share()
    {
        var error = Refused("BU01500101", "aandeel_laag_inkomen", "5");
        Assert.Contains("fractie van 0 tot en met 1", error.Message);
        Assert.Contains("0,050", error.Message); // 5% written as a fraction
    }

    [Fact]
    public void A_share_of_150_is_refused_as_no_share() =>
        Assert.Contains("geen aandeel", Refused("BU01500101", "aandeel_65plus", "150").Message);

    [Fact]
    public void Five_thousand_clients_in_a_buurt_of_1211_inhabitants_are_refused()
    {
        var error = Refused("BU01500101", "wmo_maatwerk_clienten", "5000");
        Assert.Contains("1.211 inwoners", error.Message);
        Assert.Contains("hoogstens de bevolking", error.Message);
    }

    [Fact]
    public void Age_shares_that_exclude_each_other_may_not_add_up_beyond_one() =>
        Assert.Contains("samen hoogstens 1", Refused("BU01500101", "aandeel_0_17", "0,9").Message);

    [Fact]
    public void Clients_above_half_the_inhabitants_are_warned_naming_row_and_value()
    {
        var (path, row) = WithValue("BU01500101", "wmo_maatwerk_clienten", "700");
        AreaIndicatorFile.Read(path, out var warnings);
        var w = Assert.Single(warnings);
        Assert.Equal((row, "waarde", "700"), (w.Row!.Value, w.Field, w.Value));
        Assert.Contains("ongewoon hoog", w.Message);
    }

    [Fact]
    public void A_fractional_count_or_a_buurt_of_150000_inhabitants_is_warned()
    {
        Assert.Contains("geen heel getal", Assert.Single(Warned("BU01500101", "jeugdhulp_clienten", "45,5")).Message);
        Assert.Contains(Warned("BU01500101", "bevolking", "150000"), w => w.Message.Contains("ongewoon groot"));
    }

    [Fact]
    public void Wijken_behoefte_refuses_the_absurd_population_with_exit_2_and_shows_warnings()
    {
        var (bad, row) = WithValue("BU01500101", "bevolking", "1000000000000");
        var (exit, output, error) = Cli.CommandLine.Run("wijken", "behoefte", "--buurten", bad);
        Assert.Equal(2, exit);
        Assert.Contains($"buurtindicatoren.csv, rij {row}, kolom 'waarde', waarde '1000000000000'", error + output);
        Assert.DoesNotContain("   at ", error + output);

        var (odd, _) = WithValue("BU01500101", "wmo_maatwerk_clienten", "700");
        (exit, output, error) = Cli.CommandLine.Run("wijken", "behoefte", "--buurten", odd);
        Assert.True(exit == 0, error + output);
        Assert.Contains("ongewoon hoog", error);
    }

    [Fact]
    public void Simulate_with_wijk_figures_carries_the_indicator_warnings_into_the_analysis()
    {
        var (odd, _) = WithValue("BU01500101", "wmo_maatwerk_clienten", "700");
        var model = Analytics.Model.ModelFiles.Load(Simulation.TestModels.DefaultModelDir);
        var wijken = WijkModel.Load(model, Path.Combine(WijkDataTests.WijkDir, "wijken.csv"), odd);
        Assert.Contains(wijken.LoadWarnings, w => w.Message.Contains("ongewoon hoog") && w.File == odd);
    }
}
