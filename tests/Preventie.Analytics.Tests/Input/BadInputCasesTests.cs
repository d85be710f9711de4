using System.Text;
using Preventie.Analytics.Input;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Model;
using Preventie.Analytics.Monitor;
using Preventie.Analytics.Population;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Tests.Inventory;
using Preventie.Analytics.Tests.Monitor;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Input;

/// <summary>
/// The cases of issue 11 that crashed or were accepted silently, each reproduced with a hand-made file: now a Dutch
/// <see cref="DataValidationException"/> naming file, row, field and value.
/// </summary>
public class BadInputCasesTests
{
    private static string Temp(string name, string text)
    {
        var dir = Path.Combine(Path.GetTempPath(), "preventie-bad-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Theory]
    [InlineData("99999999999-12")]
    [InlineData("4-99999999999999999999")]
    [InlineData("2147483648 tot 13")]
    public void Age_band_with_a_number_beyond_int32_is_not_a_band_instead_of_an_overflow(string text)
    {
        Assert.False(InventoryBands.All.TryParse(text, out _));
        var ex = Assert.Throws<FormatException>(() => InventoryBands.All.Parse(text));
        Assert.Contains("onbekende leeftijdsgroep", ex.Message);
    }

    [Fact]
    public void Huge_age_band_in_a_monitor_file_is_a_row_error()
    {
        var path = Temp("monitor.csv", "perioden;regio;indicator;leeftijd;waarde\n2023;GM0150;wmo_maatwerk_clienten;99999999999-12;10\n");
        var ex = Assert.Throws<DataValidationException>(() => MonitorFile.Load(path, MonitorTestFiles.Catalog()));
        var e = Assert.Single(ex.Errors);
        Assert.Equal((2, "leeftijd", "99999999999-12"), (e.Row!.Value, e.Field, e.Value));
    }

    [Fact]
    public void Huge_age_band_in_overgangen_csv_is_a_row_error()
    {
        var dir = TestModels.CopyDefaultModel();
        var path = Path.Combine(dir, ModelFiles.TransitionsFile);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"0-3,4-12,13-17\"", "\"99999999999-12,4-12,13-17\""));
        var ex = Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir));
        Assert.Contains(ex.Errors, e => e.Field == "leeftijd" && e.Message.Contains("leeftijdsgroep"));
    }

    [Fact]
    public void Huge_age_band_as_scenario_target_group_is_a_field_error()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var yaml = File.ReadAllText(Path.Combine(TestModels.ScenarioDir, "basis.yaml")).Replace("doelgroep: [0-3, 4-12, 13-17]", "doelgroep: [99999999999-12]");
        var path = TestModels.WriteScenario(yaml);
        var ex = Assert.Throws<DataValidationException>(() => ScenarioFile.Load(path, model));
        Assert.Contains(ex.Errors, e => e.Value == "99999999999-12");
    }

    [Theory]
    [InlineData("naam: x\nv: [s\nb: 0\n")]
    [InlineData("naam: x\n  - a\n b: [\n")]
    [InlineData("naam: {a: 1\nstartjaar: 2024\n")]
    [InlineData("naam: x\nnaam: y\n")]
    [InlineData("\t- :\n")]
    public void Malformed_yaml_is_a_Dutch_input_error_not_a_parser_exception(string yaml)
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var path = TestModels.WriteScenario(yaml, "kapot.yaml");
        var ex = Assert.Throws<DataValidationException>(() => ScenarioFile.Load(path, model));
        Assert.All(ex.Errors, e => Assert.Equal("kapot.yaml", Path.GetFileName(e.File)));
    }

    [Theory]
    [InlineData("eindjaar: 2035", "eindjaar: 2150", "eindjaar", "horizon")]
    [InlineData("eindjaar: 2035", "eindjaar: 3023", "eindjaar", "geen geldig jaartal (verwacht een jaar van 1900 tot en met 2200)")]
    [InlineData("startjaar: 2024", "startjaar: 24", "startjaar", "geen geldig jaartal")]
    [InlineData("discontovoet: {parameter: discontovoet}", "discontovoet: {waarde: -1, aanname: true}", "discontovoet", "tussen 0 en 0.15")]
    [InlineData("discontovoet: {parameter: discontovoet}", "discontovoet: {waarde: 0.2, aanname: true}", "discontovoet", "tussen 0 en 0.15")]
    public void Implausible_horizon_and_discount_rate_are_refused(string from, string to, string field, string message)
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var yaml = File.ReadAllText(Path.Combine(TestModels.ScenarioDir, "basis.yaml"));
        Assert.Contains(from, yaml);
        var path = TestModels.WriteScenario(yaml.Replace(from, to));
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => ScenarioFile.Load(path, model)).Errors);
        Assert.Equal(field, e.Field);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Discount_rate_parameter_of_minus_one_is_refused_by_the_scenario_that_uses_it()
    {
        var dir = TestModels.CopyDefaultModel();
        var path = Path.Combine(dir, ModelFiles.ParametersFile);
        File.WriteAllText(path, File.ReadAllText(path).Replace("discontovoet;0,0225;", "discontovoet;-1;"));
        var model = ModelFiles.Load(dir);
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, "basis.yaml"), model)).Errors);
        Assert.Equal(("discontovoet", "-1"), (e.Field, e.Value));
    }

    [Fact]
    public void Discount_rate_of_zero_and_a_hundred_year_horizon_are_legal()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var yaml = File.ReadAllText(Path.Combine(TestModels.ScenarioDir, "basis.yaml"))
            .Replace("eindjaar: 2035", "eindjaar: 2123").Replace("discontovoet: {parameter: discontovoet}", "discontovoet: {waarde: 0, aanname: true}");
        var s = ScenarioFile.Load(TestModels.WriteScenario(yaml), model);
        Assert.Equal(100, s.EndYear - s.StartYear + 1);
    }

    [Fact]
    public void Unterminated_quote_in_an_inventory_csv_is_refused_instead_of_swallowing_rows()
    {
        var lines = File.ReadAllLines(InventoryTestFiles.Extract).ToList();
        var row = lines.FindIndex(l => l.StartsWith("3;Automaatje"));
        lines[row] = lines[row].Replace(";Automaatje;", ";\"Automaatje;");
        var path = Temp("inventaris.csv", string.Join("\n", lines) + "\n");
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => InventoryLoader.Load(path)).Errors);
        Assert.Equal(row + 1, e.Row);
        Assert.Contains("aanhalingsteken", e.Message);
    }

    [Fact]
    public void Quote_closed_only_rows_later_is_refused_but_a_real_multiline_cell_is_read()
    {
        var late = Temp("t.csv", "a;b;c;d\n1;\"x;3;4\n2;y;5;6\n3;z\";7;8\n");
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => TableReader.Read(late, ["a"])).Errors);
        Assert.Equal(2, e.Row);

        var multi = Temp("m.csv", "a;b;c;d\n1;\"regel een\nregel twee\";3;4\n2;y;5;6\n");
        var t = TableReader.Read(multi, ["a"]);
        Assert.Equal(2, t.Rows.Count);
        Assert.Equal("regel een\nregel twee", t.Rows[0].Cells[1]);
    }

    [Fact]
    public void Extra_fields_are_reported_and_an_unquoted_semicolon_in_a_last_note_column_is_refused_with_a_hint()
    {
        var bad = Temp("kosten.csv", "toestand;betaler;leeftijd;bedrag\nx;gemeente_wmo;alle;1;5\n");
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => TableReader.Read(bad, ["toestand"])).Errors);
        Assert.Equal((2, "5"), (e.Row!.Value, e.Value));
        Assert.Contains("4 kolommen", e.Message);

        // a ; in an unquoted note: refused, naming file, row, the note column and the split-off text, all rows at once
        var note = Temp("p.csv", "naam;waarde;bron\nx;1;CBS; NZa\ny;2;ok\nz;3;a;b;c\n");
        var errors = Assert.Throws<DataValidationException>(() => TableReader.Read(note, ["naam"])).Errors;
        Assert.Equal([(2, "bron", "NZa"), (4, "bron", "b | c")], errors.Select(x => (x.Row!.Value, x.Field!, x.Value!)));
        Assert.StartsWith("p.csv, rij 2, kolom 'bron', waarde 'NZa': de tekst in de laatste kolom 'bron' bevat een scheidingsteken (;) zonder aanhalingstekens", errors[0].ToString());
        Assert.Contains("tussen aanhalingstekens", errors[0].Message);

        // quoted, the same text is read whole
        var quoted = Temp("q.csv", "naam;waarde;bron\nx;1;\"CBS; NZa\"\n");
        Assert.Equal("CBS; NZa", TableReader.Read(quoted, ["naam"]).Rows[0].Cells[2]);
    }

    [Fact]
    public void Missing_file_is_named_with_its_full_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "bestaat-niet-" + Guid.NewGuid().ToString("N"), "inventaris.csv");
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => InventoryLoader.Load(path)).Errors);
        Assert.Contains(path, e.ToString());
    }

    private static string MonitorWith(string rows) =>
        Temp("monitor.csv", "perioden;regio;indicator;leeftijd;waarde\n" + rows);

    [Fact]
    public void Monitor_count_above_its_band_population_is_refused()
    {
        var bands = string.Concat(InventoryBands.All.Select(b => $"2023;GM0150;bevolking;{b.Code};12000\n"));
        var path = MonitorWith(bands + "2023;GM0150;wlz_clienten;totaal;9000000\n2023;GM0150;wmo_maatwerk_clienten;65-79;12001\n");
        var ex = Assert.Throws<DataValidationException>(() => MonitorFile.Load(path, MonitorTestFiles.Catalog()));
        Assert.Equal(2, ex.Errors.Count);
        Assert.Contains(ex.Errors, e => e.Row == 10 && e.Value == "9000000" && e.Message.Contains("96000"));
        Assert.Contains(ex.Errors, e => e.Row == 11 && e.Value == "12001" && e.Message.Contains("65-79"));
    }

    [Fact]
    public void Monitor_population_of_zero_and_absurd_sizes_are_refused()
    {
        var path = MonitorWith("2023;GM0150;bevolking;65-79;0\n2024;GM0150;bevolking;80+;100000000000000000000\n");
        var ex = Assert.Throws<DataValidationException>(() => MonitorFile.Load(path, MonitorTestFiles.Catalog()));
        Assert.Contains(ex.Errors, e => e.Row == 2 && e.Message.Contains("bevolking van 0"));
        Assert.Contains(ex.Errors, e => e.Row == 3 && e.Message.Contains("onwaarschijnlijk groot"));
    }

    [Fact]
    public void Unusual_but_legal_monitor_figures_give_Dutch_warnings()
    {
        var path = MonitorWith("2022;GM0150;bevolking;65-79;10000\n2023;GM0150;bevolking;65-79;14000\n2023;GM0150;wmo_maatwerk_clienten;65-79;8000\n");
        var data = MonitorFile.Load(path, MonitorTestFiles.Catalog());
        Assert.Equal(2, data.Warnings.Count);
        Assert.Contains(data.Warnings, w => w.Contains("meer dan 25%"));
        Assert.Contains(data.Warnings, w => w.Contains("meer dan de helft"));
        Assert.Empty(MonitorFile.Load(MonitorTestFiles.Example, MonitorTestFiles.Catalog()).Warnings);
    }

    [Fact]
    public void Negative_cost_per_client_is_refused()
    {
        var dir = TestModels.CopyDefaultModel();
        var path = Path.Combine(dir, ModelFiles.CostsFile);
        var lines = File.ReadAllLines(path).ToList();
        var row = lines.FindIndex(l => l.StartsWith("tijdelijk_maatwerk;gemeente_wmo;"));
        lines[row] = lines[row].Replace(";kosten_wmo_per_client", ";-1*kosten_wmo_per_client");
        File.WriteAllLines(path, lines);
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir)).Errors);
        Assert.Equal((ModelFiles.CostsFile, row + 1, "bedrag"), (Path.GetFileName(e.File), e.Row!.Value, e.Field));
        Assert.Contains("0 of meer", e.Message);
    }
}
