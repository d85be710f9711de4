using System.Text;
using Preventie.Analytics.Calibration;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Input;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Model;
using Preventie.Analytics.Monitor;
using Preventie.Analytics.Population;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Monitor;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Population;

/// <summary>
/// Age bands as model data (<c>leeftijdsklassen.csv</c>): the shipped file keeps the eight inventory bands; a model
/// with other bands compiles and runs, ages people at 1/width per year and conserves them; a monitor with the
/// model's age classes aligns; a bad band file gives Dutch errors naming file, row, column and value.
/// </summary>
public class AgeBandSetTests
{
    private static readonly AgeBandSet ThreeBands = AgeBandSet.FromLowerAges(0, 18, 65);
    private static readonly AgeBandSet TenYearBands = AgeBandSet.FromLowerAges(0, 10, 20, 30, 40, 50, 60, 70, 80, 90);

    [Fact]
    public void Shipped_band_file_holds_the_eight_seed_bands_with_their_widths()
    {
        var bands = AgeBandFile.Read(Path.Combine(TestModels.DefaultModelDir, AgeBandFile.FileName));
        Assert.Equal(["0-3", "4-12", "13-17", "18-27", "28-44", "45-64", "65-79", "80+"], bands.Select(b => b.Code));
        // widths written out from seed 000's columns: min 9 maanden tot 4 jaar, 4-12, 13-17, 18-27, 28-44, 45-64, 65-79, 80+
        Assert.Equal([4, 9, 5, 10, 17, 20, 15, null], bands.Select(b => b.WidthInYears));
        Assert.Equal("-9 mnd t/m 3 jaar", bands[0].Label);
        Assert.True(bands.SameBandsAs(InventoryBands.All));
        Assert.True(ModelFiles.Load(TestModels.DefaultModelDir).Bands.SameBandsAs(InventoryBands.All));
    }

    [Theory]
    [InlineData("0-17", 0)]
    [InlineData("0 t/m 17 jaar", 0)]
    [InlineData("0 tot 18 jaar", 0)]
    [InlineData("min 9 maanden tot 18 jaar", 0)]
    [InlineData("18-64", 1)]
    [InlineData("18 t/m 64", 1)]
    [InlineData("65+", 2)]
    [InlineData("65 jaar en ouder", 2)]
    public void Spellings_match_the_sets_bands_by_age_range(string text, int index) =>
        Assert.Same(ThreeBands[index], ThreeBands.Parse(text));

    [Theory]
    [InlineData("0-3")]
    [InlineData("80+")]
    [InlineData("18-27")]
    public void A_band_of_another_set_is_unknown_with_a_dutch_message_listing_this_sets_codes(string text)
    {
        var ex = Assert.Throws<FormatException>(() => ThreeBands.Parse(text));
        Assert.Equal($"onbekende leeftijdsgroep '{text}' (geldig: 0-17, 18-64, 65+)", ex.Message);
    }

    [Fact]
    public void Inventory_bands_map_onto_model_bands_by_overlapping_ages()
    {
        Assert.Equal([ThreeBands[0]], ThreeBands.Overlapping([InventoryBands.Age4To12, InventoryBands.Age13To17]));
        Assert.Equal([ThreeBands[1]], ThreeBands.Overlapping([InventoryBands.Age18To27]));
        Assert.Equal([ThreeBands[1], ThreeBands[2]], ThreeBands.Overlapping([InventoryBands.Age45To64, InventoryBands.Age80Plus]));
        Assert.Equal(["10-19", "20-29"], TenYearBands.Overlapping([InventoryBands.Age13To17, InventoryBands.Age18To27]).Select(b => b.Code));
        // the shipped set maps onto itself
        Assert.Equal([InventoryBands.Age65To79], InventoryBands.All.Overlapping([InventoryBands.Age65To79]));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Ageing_moves_one_width_th_of_a_band_up_each_year_and_keeps_everyone(string name, int[] lowerAges)
    {
        var bands = AgeBandSet.FromLowerAges(lowerAges);
        var n = bands.Count;
        var model = TestModels.Chain(new double[1, 1], Enumerable.Repeat(1000.0, n).ToArray(), [1.0], bands: bands);
        Assert.Equal(n, model.Bands.Count);
        var result = CompiledScenario.Compile(model, TestModels.Plain(3)).RunWithTrace();
        for (var b = 0; b < n; b++)
        {
            // closed form after one year: a band keeps 1 − 1/width and receives 1/width of the band below; the open band keeps all
            var width = b < n - 1 ? lowerAges[b + 1] - lowerAges[b] : (int?)null;
            var stay = width is { } w ? 1000 * (1 - 1.0 / w) : 1000;
            var arrive = b > 0 ? 1000.0 / (lowerAges[b] - lowerAges[b - 1]) : 0;
            Assert.Equal(stay + arrive, result.Count(1, bands[b], 0), 9);
        }
        for (var t = 0; t <= 3; t++) Assert.Equal(1000.0 * n, result.LivingPopulation(t), 8);
        Assert.False(string.IsNullOrEmpty(name));
    }

    public static TheoryData<string, int[]> Sets() => new()
    {
        { "drie klassen", [0, 18, 65] },
        { "tienjaarsklassen", [0, 10, 20, 30, 40, 50, 60, 70, 80, 90] },
    };

    [Fact]
    public void A_cohort_in_the_youngest_ten_year_band_spreads_as_the_closed_form_says()
    {
        // only band 0-9 populated: after t years it holds N·0.9^t and band 10-19 holds N·t·0.1·0.9^(t−1) (t ≤ 10; a
        // band passes its own movers on before it receives the younger band's, so nobody ages twice in one year)
        var pop = new double[TenYearBands.Count];
        pop[0] = 1000;
        var model = TestModels.Chain(new double[1, 1], pop, [1.0], bands: TenYearBands);
        var result = CompiledScenario.Compile(model, TestModels.Plain(10)).RunWithTrace();
        for (var t = 1; t <= 10; t++)
        {
            Assert.Equal(1000 * Math.Pow(0.9, t), result.BandPopulation(t, TenYearBands[0]), 9);
            Assert.Equal(1000 * t * 0.1 * Math.Pow(0.9, t - 1), result.BandPopulation(t, TenYearBands[1]), 9);
            Assert.Equal(1000, result.LivingPopulation(t), 9);
        }
    }

    [Fact]
    public void A_model_folder_with_three_bands_loads_runs_and_targets_its_own_bands()
    {
        var dir = WriteThreeBandModel();
        var model = ModelFiles.Load(dir);
        Assert.Equal(["0-17", "18-64", "65+"], model.Bands.Select(b => b.Code));
        Assert.Equal([18, 47, null], model.Bands.Select(b => b.WidthInYears));

        var scenario = ScenarioFile.Load(TestModels.WriteScenario(Scenario("[18 t/m 64 jaar]"), "drie.yaml", dir), model);
        Assert.Equal([model.Bands[1]], scenario.Interventions[0].TargetBands);
        var plain = ScenarioFile.Load(TestModels.WriteScenario(Scenario("[18 t/m 64 jaar]").Split("interventies:")[0], "leeg.yaml", dir), model);

        var with = CompiledScenario.Compile(model, scenario).RunWithTrace();
        var without = CompiledScenario.Compile(model, plain).RunWithTrace();
        for (var t = 0; t <= with.Cycles; t++)
        {
            // no births, deaths or migration: everyone stays; the youngest band only loses 1/18 a year
            Assert.Equal(85_000, with.LivingPopulation(t), 7);
            Assert.Equal(18_000 * Math.Pow(17.0 / 18, t), with.BandPopulation(t, model.Bands[0]), 7);
            // the intervention targets 18-64 only, and ageing goes up: the 0-17 band is the same with and without it
            for (var s = 0; s < model.States.Count; s++)
                Assert.Equal(without.Count(t, model.Bands[0], s), with.Count(t, model.Bands[0], s));
        }
        Assert.True(with.Count(with.Cycles, model.Bands[1], 1) < without.Count(with.Cycles, model.Bands[1], 1));
    }

    [Fact]
    public void A_scenario_naming_a_band_the_model_does_not_have_gets_a_dutch_error()
    {
        var dir = WriteThreeBandModel();
        var model = ModelFiles.Load(dir);
        var path = TestModels.WriteScenario(Scenario("[18-27]"), "fout.yaml", dir);
        var ex = Assert.Throws<DataValidationException>(() => ScenarioFile.Load(path, model));
        var e = Assert.Single(ex.Errors);
        Assert.Equal("18-27", e.Value);
        Assert.Contains("doelgroep", e.Field);
        Assert.Contains("onbekende leeftijdsgroep '18-27' (geldig: alle, 0-17, 18-64, 65+)", e.Message);
    }

    [Fact]
    public void A_monitor_file_with_the_models_age_classes_aligns()
    {
        var model = ModelFiles.Load(WriteThreeBandModel());
        var catalog = IndicatorCatalog.Load(MonitorTestFiles.Indicators, model.Bands);
        // the shipped list names the Deventer bands; on this model they become the bands wholly within those ages
        Assert.Equal([model.Bands[1], model.Bands[2]], catalog.Find("wmo_maatwerk_clienten")!.Bands);
        Assert.Equal([model.Bands[0]], catalog.Find("jeugdhulp_clienten")!.Bands);
        Assert.Equal(model.Bands, catalog.Find("bevolking")!.Bands);

        var path = MonitorTestFiles.WriteCsv("drie-klassen.csv", "perioden;regio;indicator;leeftijd;waarde\n" +
            "2024;GM0150;bevolking;0-17;18500\n" +
            "2024;GM0150;bevolking;18 t/m 64 jaar;46800\n" +
            "2024;GM0150;bevolking;65 jaar en ouder;20100\n" +
            "2024;GM0150;wmo_maatwerk_clienten;18-64;1500\n" +
            "2024;GM0150;wmo_maatwerk_clienten;65+;2500\n" +
            "2024;GM0150;jeugdhulp_clienten;0-17;900\n");
        var data = MonitorFile.Load(path, catalog);
        Assert.Equal(46_800, data.Find("bevolking", model.Bands[1], 2024)!.Value);
        Assert.Equal(2_500, data.Find("wmo_maatwerk_clienten", model.Bands[2], 2024)!.Value);
        // the monitor's population per class sets the model's inhabitants per band, one to one
        var updates = StartPopulation.FromMonitor(model, data, 2024);
        Assert.Equal([("inwoners_jong", 18_500.0), ("inwoners_midden", 46_800.0), ("inwoners_oud", 20_100.0)],
            updates.Select(u => (u.Name, u.Value)).ToArray());

        var bad = MonitorTestFiles.WriteCsv("andere-klassen.csv", "perioden;regio;indicator;leeftijd;waarde\n" +
            "2024;GM0150;bevolking;18-27;9000\n" +
            "2024;GM0150;wmo_maatwerk_clienten;0-17;10\n");
        var ex = Assert.Throws<DataValidationException>(() => MonitorFile.Load(bad, catalog));
        Assert.Equal("andere-klassen.csv, rij 2, kolom 'leeftijd', waarde '18-27': onbekende leeftijdsgroep (geldig: totaal, 0-17, 18-64, 65+; de leeftijdsklassen van het model)", ex.Errors[0].ToString());
        Assert.Equal("andere-klassen.csv, rij 3, kolom 'leeftijd', waarde '0-17': indicator 'wmo_maatwerk_clienten' wordt niet per leeftijdsgroep 0-17 gerapporteerd (wel: totaal, 18-64, 65+)", ex.Errors[1].ToString());
    }

    [Fact]
    public void Calibration_refuses_a_monitor_read_with_other_bands_than_the_models()
    {
        var model = ModelFiles.Load(WriteThreeBandModel());
        var scenario = ScenarioFile.Load(TestModels.WriteScenario(Scenario("alle")), model);
        var data = MonitorFile.Load(MonitorTestFiles.Example, MonitorTestFiles.Catalog()); // the shipped eight bands
        var spec = CalibrationSpec.Load(MonitorTestFiles.CalibrationFile, MonitorTestFiles.Model());
        var ex = Assert.Throws<DataValidationException>(() => ModelCalibrator.Calibrate(model, scenario, data, spec));
        Assert.Contains("andere leeftijdsklassen (0-3, 4-12, 13-17, 18-27, 28-44, 45-64, 65-79, 80+) dan die van het model (0-17, 18-64, 65+)",
            Assert.Single(ex.Errors).Message);
    }

    [Theory]
    [InlineData("0;17\n20;64\n65;", 3, "van", "20", "gat: de vorige klasse eindigt bij 17 jaar, deze begint bij 20")]
    [InlineData("0;17\n15;64\n65;", 3, "van", "15", "overlap: de vorige klasse loopt tot en met 17 jaar, deze begint al bij 15")]
    [InlineData("0;17\n18;\n65;", 3, "tot_en_met", "", "alleen de oudste (laatste) leeftijdsklasse mag open zijn")]
    [InlineData("1;17\n18;64\n65;", 2, "van", "1", "de eerste (jongste) leeftijdsklasse moet bij 0 jaar beginnen")]
    [InlineData("0;17\n18;10\n19;", 3, "tot_en_met", "10", "de bovengrens 10 ligt onder de ondergrens 18")]
    [InlineData("0;17\n18;veel\n65;", 3, "tot_en_met", "veel", "geen leeftijd in hele jaren")]
    public void A_bad_band_file_gives_dutch_errors_naming_file_row_column_and_value(string ranges, int row, string field, string value, string message)
    {
        var lines = ranges.Split('\n').Select((r, i) => $"k{i};{r};klasse {i}");
        var path = WriteBandFile("code;van;tot_en_met;naam\n" + string.Join("\n", lines) + "\n");
        var ex = Assert.Throws<DataValidationException>(() => AgeBandFile.Read(path));
        var e = ex.Errors.First(x => x.Field == field);
        Assert.Equal(row, e.Row);
        Assert.Equal(value, e.Value);
        Assert.Contains(message, e.Message);
        Assert.StartsWith($"leeftijdsklassen.csv, rij {row}, kolom '{field}', waarde '{value}': ", e.ToString());
    }

    [Fact]
    public void A_duplicate_band_code_is_named_with_its_row()
    {
        var path = WriteBandFile("code;van;tot_en_met;naam;bron\njong;0;17;;\njong;18;64;;\noud;65;;;\n");
        var ex = Assert.Throws<DataValidationException>(() => AgeBandFile.Read(path));
        Assert.Equal("leeftijdsklassen.csv, rij 3, kolom 'code', waarde 'jong': de code 'jong' komt twee keer voor: elke leeftijdsklasse heeft een eigen code",
            Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void A_model_folder_without_the_band_file_says_where_to_copy_it_from()
    {
        var dir = TestModels.CopyDefaultModel();
        File.Delete(Path.Combine(dir, AgeBandFile.FileName));
        var ex = Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir));
        var e = Assert.Single(ex.Errors);
        Assert.Equal(AgeBandFile.FileName, Path.GetFileName(e.File));
        Assert.Contains("ontbreekt in de modelmap", e.Message);
        Assert.Contains("data/parameters/leeftijdsklassen.csv", e.Message);
    }

    [Fact]
    public void Model_files_name_the_band_file_when_a_row_uses_a_band_it_does_not_have()
    {
        var dir = TestModels.CopyDefaultModel();
        // the shipped files name 0-3 … 80+; with three bands they no longer match
        File.WriteAllText(Path.Combine(dir, AgeBandFile.FileName), "code;van;tot_en_met\n0-17;0;17\n18-64;18;64\n65+;65;\n");
        var ex = Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir));
        var e = ex.Errors[0];
        Assert.Equal(ModelFiles.PopulationFile, Path.GetFileName(e.File));
        Assert.Equal("leeftijd", e.Field);
        Assert.Equal("0-3", e.Value);
        Assert.Contains("onbekende leeftijdsgroep (geldig: 0-17, 18-64, 65+; de klassen staan in leeftijdsklassen.csv)", e.Message);
    }

    [Fact]
    public void A_set_built_in_code_refuses_the_same_rule_breaks()
    {
        Assert.Throws<ArgumentException>(() => AgeBandSet.FromLowerAges(5, 18));
        Assert.Throws<ArgumentException>(() => new AgeBandSet([new AgeBand(0, "a", 0, null, "a"), new AgeBand(1, "b", 10, null, "b")]));
        Assert.Throws<ArgumentException>(() => new AgeBandSet([new AgeBand(0, "a", 0, 9, "a"), new AgeBand(2, "b", 10, null, "b")]));
    }

    private static string WriteBandFile(string text)
    {
        var dir = Path.Combine(Path.GetTempPath(), "preventie-bands-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, AgeBandFile.FileName);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static string Scenario(string target) => $"""
        naam: Drie klassen
        startjaar: 2024
        eindjaar: 2033
        discontovoet: {"{"}waarde: 0.03, aanname: true{"}"}
        interventies:
          - naam: Volwassenen
            vorm: selectief
            doelgroep: {target}
            bereik: {"{"}waarde: 0.5, aanname: true{"}"}
            start: 2024
            kosten:
              - betaler: gemeente_preventie
                bedrag: {"{"}waarde: 1000, aanname: true{"}"}
            effecten:
              - {"{"}type: overgang, van: zelfredzaam, naar: tijdelijk_maatwerk, verandering: {"{"}waarde: -0.2, aanname: true{"}"}{"}"}

        """;

    /// <summary>A small model folder with three bands (0-17, 18-64, 65+), two states, no births, deaths or migration.</summary>
    private static string WriteThreeBandModel()
    {
        var dir = Path.Combine(Path.GetTempPath(), "preventie-drie-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        void Write(string name, string text) => File.WriteAllText(Path.Combine(dir, name), text, new UTF8Encoding(false));
        Write(AgeBandFile.FileName, "code;van;tot_en_met;naam;bron\n0-17;0;17;;test\n18-64;18;64;;test\n65+;65;;;test\n");
        File.Copy(Path.Combine(TestModels.DefaultModelDir, PayerFile.FileName), Path.Combine(dir, PayerFile.FileName));
        Write(ModelFiles.ParametersFile, "naam;waarde;eenheid;bron;aanname\n" +
            "geboortecijfer;0;per inwoner;test;nee\ninwoners_jong;18000;inwoners;test;nee\ninwoners_midden;47000;inwoners;test;nee\n" +
            "inwoners_oud;20000;inwoners;test;nee\ngeen_migratie;0;fractie;test;nee\naandeel_zelf;0,9;aandeel;test;nee\n" +
            "aandeel_tijdelijk;0,1;aandeel;test;nee\ninstroom;0,02;kans;test;nee\nherstel;0,5;kans;test;nee\nkosten;1000;euro;test;nee\n");
        Write(ModelFiles.StatesFile, "naam;label;behoefte;route\nzelfredzaam;Zelfredzaam;zelfredzaam;geen\ntijdelijk_maatwerk;Tijdelijk maatwerk;tijdelijk;maatwerk\n");
        Write(ModelFiles.PopulationFile, "leeftijd;inwoners;migratie\n0-17;inwoners_jong;geen_migratie\n18-64;inwoners_midden;geen_migratie\n65+;inwoners_oud;geen_migratie\n");
        Write(ModelFiles.StartFile, "leeftijd;toestand;aandeel\nalle;zelfredzaam;aandeel_zelf\nalle;tijdelijk_maatwerk;aandeel_tijdelijk\n");
        Write(ModelFiles.TransitionsFile, "van;naar;leeftijd;vanaf;tot;kans\nzelfredzaam;tijdelijk_maatwerk;alle;;;instroom\ntijdelijk_maatwerk;zelfredzaam;alle;;;herstel\n");
        Write(ModelFiles.CostsFile, "toestand;betaler;leeftijd;bedrag\ntijdelijk_maatwerk;gemeente_wmo;\"18-64,65+\";kosten\n");
        return dir;
    }
}
