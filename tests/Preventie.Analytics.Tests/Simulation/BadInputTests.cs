using Preventie.Analytics.Cli.Commands;
using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Scenarios;
using Spectre.Console;

namespace Preventie.Analytics.Tests.Simulation;

/// <summary>Bad input gives Dutch errors naming file and field, all at once, and nothing is written.</summary>
public class BadInputTests
{
    internal static IAnsiConsole QuietConsole(StringWriter? writer = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer ?? new StringWriter()), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 200;
        return console;
    }

    private static DataValidationException LoadModelWith(string file, Func<string, string> edit)
    {
        var dir = TestModels.CopyDefaultModel();
        var path = Path.Combine(dir, file);
        File.WriteAllText(path, edit(File.ReadAllText(path)));
        return Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir));
    }

    [Fact]
    public void Probability_outside_zero_one_is_refused_with_file_row_and_field()
    {
        var ex = LoadModelWith(ModelFiles.TransitionsFile, t => t.Replace(";alle;;;herstel_maatwerk", ";alle;;;1,5"));
        var e = Assert.Single(ex.Errors);
        Assert.Equal("overgangen.csv", Path.GetFileName(e.File));
        Assert.Equal("kans", e.Field);
        Assert.NotNull(e.Row);
        Assert.Contains("ligt niet tussen 0 en 1", e.Message);
        Assert.Contains("overgangen.csv, rij", e.ToString());
    }

    [Fact]
    public void Outflows_summing_above_one_are_refused()
    {
        var ex = LoadModelWith(ModelFiles.TransitionsFile, t => t.Replace(";alle;;;herstel_maatwerk", ";alle;;;0,99"));
        var e = Assert.Single(ex.Errors);
        Assert.Equal("kans", e.Field);
        Assert.Equal("tijdelijk_maatwerk", e.Value);
        Assert.Contains("telt op tot", e.Message);
        Assert.Contains("0-3, 4-12, 13-17, 18-27, 28-44, 45-64, 65-79, 80+", e.Message);
        Assert.Contains("meer dan 1", e.Message);
    }

    [Fact]
    public void Unknown_state_band_and_payer_are_all_reported_at_once()
    {
        var ex = LoadModelWith(ModelFiles.CostsFile, t => t
            .Replace("blijvend_wlz;wlz;alle;", "blijvend_wlzz;wlz;alle;")
            .Replace("tijdelijk_voorliggend;gemeente_preventie;alle;", "tijdelijk_voorliggend;gemeente_cultuur;5-9;"));
        Assert.Equal(3, ex.Errors.Count);
        Assert.Contains(ex.Errors, e => e.Field == "toestand" && e.Value == "blijvend_wlzz" && e.Message.Contains("onbekende toestand"));
        Assert.Contains(ex.Errors, e => e.Field == "betaler" && e.Value == "gemeente_cultuur" && e.Message.Contains("onbekende betaler"));
        Assert.Contains(ex.Errors, e => e.Field == "leeftijd" && e.Value == "5-9" && e.Message.Contains("onbekende leeftijdsgroep"));
        Assert.All(ex.Errors, e => Assert.Equal("kosten.csv", Path.GetFileName(e.File)));
    }

    [Fact]
    public void Parameter_without_source_or_assumption_is_refused()
    {
        var ex = LoadModelWith(ModelFiles.ParametersFile, t => t.Replace("discontovoet;0,0225;reële discontovoet per jaar;rwseconomie.nl/discontovoet: 2,25% reëel voor MKBA (sinds 2021, daarvoor 3%);;", "discontovoet;0,0225;reële discontovoet per jaar;;;"));
        var e = Assert.Single(ex.Errors);
        Assert.Equal("bron", e.Field);
        Assert.Contains("waarde zonder bron", e.Message);
    }

    [Fact]
    public void Invalid_distribution_is_refused()
    {
        var ex = LoadModelWith(ModelFiles.ParametersFile, t => t.Replace("herstel_maatwerk;0,22;kans per jaar;;ja;beta;22;78", "herstel_maatwerk;0,22;kans per jaar;;ja;beta;-1;78"));
        var e = Assert.Single(ex.Errors);
        Assert.Equal("verdeling", e.Field);
        Assert.Contains("groter dan 0", e.Message);
    }

    [Fact]
    public void Scenario_value_without_source_and_unknown_names_are_reported_with_file_line_and_field()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var path = TestModels.WriteScenario("""
            naam: Fout
            interventies:
              - naam: Kaal getal
                doelgroep: [0-3, 5-9]
                bereik: 0.5
                kosten:
                  - {betaler: gemeente_cultuur, bedrag: {waarde: 1000, aanname: true}}
                effecten:
                  - {type: overgang, van: zelfredzaam, naar: schulden, verandering: {parameter: bestaat_niet}}
            """);
        var ex = Assert.Throws<DataValidationException>(() => ScenarioFile.Load(path, model));
        Assert.All(ex.Errors, e => Assert.Equal("fout.yaml", Path.GetFileName(e.File)));
        Assert.Contains(ex.Errors, e => e.Field == "interventies[Kaal getal].bereik" && e.Message.StartsWith("waarde zonder bron") && e.Row == 5);
        Assert.Contains(ex.Errors, e => e.Field == "interventies[Kaal getal].doelgroep" && e.Value == "5-9");
        Assert.Contains(ex.Errors, e => e.Field == "interventies[Kaal getal].kosten.betaler" && e.Message.Contains("onbekende betaler"));
        Assert.Contains(ex.Errors, e => e.Field == "interventies[Kaal getal].effecten.naar" && e.Message.Contains("onbekende toestand 'schulden'"));
        Assert.Contains(ex.Errors, e => e.Message.Contains("onbekende parameter 'bestaat_niet'"));
    }

    [Fact]
    public void Literal_with_neither_source_nor_assumption_is_refused()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var path = TestModels.WriteScenario("""
            naam: Fout
            interventies:
              - naam: X
                bereik: {waarde: 0.5}
            """);
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => ScenarioFile.Load(path, model)).Errors);
        Assert.Equal("interventies[X].bereik", e.Field);
        Assert.Contains("waarde zonder bron", e.Message);
    }

    [Fact]
    public void Scenario_that_inherits_from_itself_is_refused()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var path = TestModels.WriteScenario("naam: Kring\nbasis: kring.yaml\n", "kring.yaml");
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => ScenarioFile.Load(path, model)).Errors);
        Assert.Equal("basis", e.Field);
        Assert.Equal("kring.yaml", Path.GetFileName(e.File));
        Assert.Contains("erft van zichzelf", e.Message);
    }

    [Fact]
    public void Indirect_inheritance_cycle_is_refused()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var a = TestModels.WriteScenario("naam: A\nbasis: b.yaml\n", "a.yaml");
        TestModels.WriteScenario("naam: B\nbasis: a.yaml\n", "b.yaml", Path.GetDirectoryName(a));
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => ScenarioFile.Load(a, model)).Errors);
        Assert.Contains("a.yaml → b.yaml → a.yaml", e.Message);
    }

    [Fact]
    public void Cli_writes_nothing_on_bad_input_and_exits_with_code_2()
    {
        var bad = TestModels.WriteScenario("naam: Fout\ninterventies:\n  - naam: X\n    bereik: 0.5\n");
        var outDir = Path.Combine(Path.GetTempPath(), "preventie-out-" + Guid.NewGuid().ToString("N"));
        var code = CommandErrors.Run(() => SimulateCommand.Execute(bad, Path.Combine(TestModels.ScenarioDir, "basis.yaml"), outDir, "table", TestModels.DefaultModelDir, QuietConsole()));
        Assert.Equal(CommandErrors.InputError, code);
        Assert.False(Directory.Exists(outDir));
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetTempPath(), Path.GetFileName(outDir) + "*"));
    }

    [Fact]
    public void Scenario_effect_that_pushes_outflows_above_one_is_refused_at_compile()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var path = TestModels.WriteScenario("""
            naam: Te sterk
            interventies:
              - naam: X
                doelgroep: [80+]
                bereik: {waarde: 1, aanname: true}
                start: 2030
                effecten:
                  - {type: verschuiving, van: tijdelijk_maatwerk, naar: tijdelijk_voorliggend, aandeel: {waarde: 0.9, aanname: true}}
            """);
        var scenario = ScenarioFile.Load(path, model);
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => Preventie.Analytics.Simulation.CompiledScenario.Compile(model, scenario)).Errors);
        Assert.Equal("tijdelijk_maatwerk", e.Value);
        Assert.Contains("80+", e.Message);
        Assert.Contains("2030", e.Message);
        Assert.DoesNotContain("2029", e.Message);
    }
}
