using System.Text.Json;
using Preventie.Analytics.Cli.Commands;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Model;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Tests.Simulation;

public class ShippedScenarioTests
{
    public static TheoryData<string> Scenarios() =>
        new(Directory.GetFiles(TestModels.ScenarioDir, "*.yaml").Select(Path.GetFileName).OfType<string>());

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_shipped_scenario_loads_runs_and_compares_with_basis(string file)
    {
        var (s, c, cmp) = ScenarioPair.Load(TestModels.DefaultModelDir, Path.Combine(TestModels.ScenarioDir, file),
            Path.Combine(TestModels.ScenarioDir, "basis.yaml")).Run();
        Assert.NotNull(c);
        Assert.NotNull(cmp);
        Assert.Equal(12, s.Cycles);
        Assert.Equal(new CalendarYear(2024), s.StartYear);
        Assert.Equal(103_415, s.LivingPopulation(0), 6);
        Assert.All(s.Buffer.StateCounts, v => Assert.True(double.IsFinite(v) && v >= 0));
        Assert.All(s.Buffer.PayerCosts, v => Assert.True(double.IsFinite(v)));
        if (file == "basis.yaml") Assert.All(cmp!.Payers, o => Assert.Equal(0, o.NetBenefitDiscounted));
        else Assert.NotEqual(0, cmp!.Total.NetBenefitDiscounted);
    }

    [Fact]
    public void Every_value_in_the_default_model_has_a_source_or_is_an_assumption()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        Assert.All(model.Parameters.All, p => Assert.True(p.IsAssumption || !string.IsNullOrWhiteSpace(p.Source), p.Name));
        Assert.True(model.States.Count >= 6);
        Assert.Equal(0.0225, model.Parameters[model.Parameters.IndexOf("discontovoet")].Value);
    }

    [Fact]
    public void Shift_to_voorliggend_shows_savings_at_zvw_and_wlz_and_stopped_subsidy()
    {
        var (s, c, cmp) = ScenarioPair.Load(TestModels.DefaultModelDir,
            Path.Combine(TestModels.ScenarioDir, "verschuiven-naar-voorliggend.yaml"), Path.Combine(TestModels.ScenarioDir, "basis.yaml")).Run();
        Assert.True(cmp!.For(TestPayers.Zvw).SavingsDiscounted != 0);
        Assert.True(cmp.For(TestPayers.Wlz).SavingsDiscounted != 0);
        // the youth prevention subsidy (€ 350.000) is still paid in 2024 and stops from 2025 on: investment −350.000 from then
        Assert.Equal(0, cmp.For(TestPayers.GemeentePreventie).InvestmentByYear[0], 6);
        Assert.Equal(-350_000, cmp.For(TestPayers.GemeentePreventie).InvestmentByYear[1], 6);
        // € 500.000 Wmo and € 100.000 youth from 2025
        Assert.Equal(0, cmp.For(TestPayers.GemeenteWmo).InvestmentByYear[0]);
        Assert.Equal(500_000, cmp.For(TestPayers.GemeenteWmo).InvestmentByYear[1], 6);
        Assert.Equal(100_000, cmp.For(TestPayers.GemeenteJeugdwet).InvestmentByYear[1], 6);
        // wrong-pocket matrix: column sums are each payer's savings
        for (var j = 0; j < TestPayers.Deventer.Count; j++)
        {
            var col = Enumerable.Range(0, TestPayers.Deventer.Count).Sum(i => cmp.WrongPocket[i, j]);
            Assert.Equal(cmp.Payers[j].SavingsDiscounted, col, 4);
        }
    }

    [Fact]
    public void Break_even_year_is_first_year_with_positive_cumulative_net_benefit_that_stays_non_negative()
    {
        // net per year: −100, +50, +60 (cum +10), −20 (cum −10), +30 (cum +20) → 2028
        double[] inv = [100, 0, 0, 20, 0];
        double[] sav = [0, 50, 60, 0, 30];
        Assert.Equal(new CalendarYear(2028), ScenarioComparison.BreakEven(inv, sav, new CalendarYear(2024)));
        Assert.Null(ScenarioComparison.BreakEven([100, 0], [0, 50], new CalendarYear(2024)));
        // a payer that only saves breaks even in its first year with savings
        Assert.Equal(new CalendarYear(2026), ScenarioComparison.BreakEven([0, 0, 0], [0, 0, 5], new CalendarYear(2024)));
    }

    [Fact]
    public void Inherited_intervention_can_be_stopped()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var basis = ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, "basis.yaml"), model);
        // stoppen-en-opschalen now stops them after 2024 (eind: 2024); actief: false removes one from the first year
        var stopFile = TestModels.WriteScenario("naam: stop\nbasis: " + Path.Combine(TestModels.ScenarioDir, "basis.yaml").Replace("\\", "/") +
                                                "\ninterventies:\n  - naam: Ontmoetingsactiviteiten ouderen\n    actief: false\n", "stop.yaml");
        var stop = ScenarioFile.Load(stopFile, model);
        Assert.Contains(basis.Interventions, i => i.Name == "Ontmoetingsactiviteiten ouderen");
        Assert.DoesNotContain(stop.Interventions, i => i.Name == "Ontmoetingsactiviteiten ouderen");
        Assert.Equal(basis.Interventions.Count - 1, stop.Interventions.Count);
        Assert.Equal(2, stop.Chain.Count);
    }

    [Fact]
    public void Html_escapes_strings_from_data()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var scenario = ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, "basis.yaml"), model) with { Name = "<script>x</script>" };
        var r = CompiledScenario.Compile(model, scenario).RunWithTrace();
        var cmp = ScenarioComparison.Create(r, r);
        Assert.DoesNotContain("<script>", Preventie.Analytics.Reporting.ResultRendering.Html(r));
        Assert.Contains("&lt;script&gt;", Preventie.Analytics.Reporting.ResultRendering.Html(cmp));
        Assert.DoesNotContain("<script>", Preventie.Analytics.Reporting.ResultRendering.Html(cmp));
    }

    [Fact]
    public void Cli_json_and_out_directory()
    {
        var outDir = Path.Combine(Path.GetTempPath(), "preventie-out-" + Guid.NewGuid().ToString("N"));
        var writer = new StringWriter();
        var code = SimulateCommand.Execute(Path.Combine(TestModels.ScenarioDir, "jonge-kind.yaml"), Path.Combine(TestModels.ScenarioDir, "basis.yaml"),
            outDir, "table", TestModels.DefaultModelDir, BadInputTests.QuietConsole(writer));
        Assert.Equal(0, code);
        var text = writer.ToString();
        Assert.Contains("Wlz", text);
        Assert.Contains("Zorgverzekeraar (Zvw)", text);
        Assert.Contains("Netto baat", text);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "resultaat.json")));
        Assert.Equal(13, json.RootElement.GetProperty("resultaat").GetProperty("aantallen_per_jaar").GetArrayLength());
        Assert.Equal(10, json.RootElement.GetProperty("betalers").GetArrayLength());
        var csv = File.ReadAllLines(Path.Combine(outDir, "kosten.csv"));
        Assert.StartsWith("jaar;betaler;", csv[0]);
        Assert.Equal(1 + 12 * 8, csv.Length);
        Assert.Contains(',', csv[1]); // decimal comma for Dutch Excel
        Assert.True(File.Exists(Path.Combine(outDir, "betalers.csv")));
        // life-years gained, undiscounted and discounted, and the life expectancy per band
        var lifeYears = File.ReadAllLines(Path.Combine(outDir, "levensjaren.csv"));
        Assert.StartsWith("jaar;zelfredzame_levensjaren_gewonnen;contant", lifeYears[0]);
        Assert.StartsWith("totaal;", lifeYears[13]);
        Assert.Contains(lifeYears, l => l.StartsWith("80+;"));
        Assert.True(json.RootElement.GetProperty("zelfredzame_levensjaren_gewonnen_contant").GetDouble()
                    < json.RootElement.GetProperty("zelfredzame_levensjaren_gewonnen").GetDouble());
    }
}
