using Preventie.Analytics.Reporting;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Input;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Model;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Simulation;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Tests.Wijken;

public class WijkModelTests
{
    private static readonly ModelDefinition City = ModelFiles.Load(TestModels.DefaultModelDir);
    private static WijkSet ShippedWijken => WijkFile.Read(Path.Combine(WijkDataTests.WijkDir, "wijken.csv"));
    private static Scenario Load(string name) => ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, name), City);

    [Theory]
    [InlineData("wijkpilot.yaml")]
    [InlineData("verschuiven-naar-voorliggend.yaml")]
    [InlineData("presentie-versus-toegang.yaml")]
    public void A_model_without_a_wijk_file_is_one_wijk_with_exactly_todays_results(string file)
    {
        var wm = WijkModel.Build(City, WijkSet.WholeCity);
        var wijk = WijkComparison.Create(wm.Compile(Load(file)), wm.Compile(Load("basis.yaml")));
        var today = ScenarioComparison.Create(CompiledScenario.Compile(City, Load(file)).RunWithTrace(), CompiledScenario.Compile(City, Load("basis.yaml")).RunWithTrace());
        var row = Assert.Single(wijk.Rows);
        Assert.Equal(WijkSet.WholeCityName, row.Wijk);
        Assert.Equal(today.Total.NetBenefitDiscounted, row.NetTotal); // bit for bit
        Assert.Equal(today.Gemeente.NetBenefitDiscounted, row.NetMunicipality);
        Assert.Equal(today.SelfReliantYearsGained, row.SelfReliantYearsGained);
        foreach (var p in TestPayers.Deventer.All)
            for (var t = 0; t < today.Years.Count; t++)
                Assert.Equal(today.Scenario.Costs(p, t), wijk.PerWijk[0].Scenario.Costs(p, t));
    }

    [Fact]
    public void Wijken_with_the_citys_rates_add_up_to_the_city_for_a_city_wide_scenario()
    {
        // linearity of the cohort model: a partition of every band, same rates → the sum of the wijken is the city
        var wm = WijkModel.Build(City, ShippedWijken);
        var runs = wm.Compile(Load("verschuiven-naar-voorliggend.yaml")).RunWithTrace();
        var city = CompiledScenario.Compile(City, Load("verschuiven-naar-voorliggend.yaml")).RunWithTrace();
        Assert.Equal(10, runs.Count);
        for (var t = 0; t < city.Cycles; t++)
            foreach (var p in TestPayers.Deventer.All)
                Assert.Equal(city.Costs(p, t), runs.Sum(r => r.Costs(p, t)), Math.Max(1e-6, Math.Abs(city.Costs(p, t)) * 1e-10));
        for (var s = 0; s < city.States.Count; s++)
            Assert.Equal(city.Count(city.Cycles, s), runs.Sum(r => r.Count(r.Cycles, s)), 1e-6);
        // the age structure of the wijk file shows: Colmschate-Zuid is young, Borgele en Platvoet old
        var young = runs[wm.Wijken.IndexOf("Colmschate-Zuid")];
        var old = runs[wm.Wijken.IndexOf("Borgele en Platvoet")];
        double Share65(SimulationResult r) => (r.BandPopulation(0, InventoryBands.Age65To79) + r.BandPopulation(0, InventoryBands.Age80Plus)) / r.LivingPopulation(0);
        Assert.True(Share65(old) > Share65(young));
        // band-wise partition: a wijk's total is its inhabitants up to how well its age shares fit the city's band structure
        Assert.InRange(young.LivingPopulation(0), 11_800 * 0.99, 11_800 * 1.01);
    }

    [Fact]
    public void The_wijkpilot_acts_only_in_its_two_named_wijken_and_costs_what_the_city_model_says()
    {
        var wm = WijkModel.Build(City, ShippedWijken);
        var cmp = WijkComparison.Create(wm.Compile(Load("wijkpilot.yaml")), wm.Compile(Load("basis.yaml")));
        string[] targets = ["Rivierenwijk", "Zandweerd"];
        foreach (var r in cmp.Rows)
        {
            if (targets.Contains(r.Wijk)) { Assert.True(r.SavingsDiscounted > 0); Assert.True(r.InvestmentDiscounted > 0); }
            else { Assert.Equal(0, r.InvestmentDiscounted); Assert.Equal(0, r.SavingsDiscounted, 1e-6); Assert.Equal(0, r.SelfReliantYearsGained, 1e-6); }
        }
        var cityPilot = ScenarioComparison.Create(CompiledScenario.Compile(City, Load("wijkpilot.yaml")).RunWithTrace(), CompiledScenario.Compile(City, Load("basis.yaml")).RunWithTrace());
        Assert.Equal(cityPilot.Total.InvestmentDiscounted, cmp.City.InvestmentDiscounted, 1e-6);
        // cost split by population: Zandweerd 9.800 vs Rivierenwijk 7.300 inhabitants
        var riv = cmp.Rows.Single(r => r.Wijk == "Rivierenwijk");
        var zan = cmp.Rows.Single(r => r.Wijk == "Zandweerd");
        Assert.Equal(9800.0 / 7300.0, zan.InvestmentDiscounted / riv.InvestmentDiscounted, 1e-9);
        Assert.Contains("illustratief", cmp.ToHtml());
    }

    [Fact]
    public void A_higher_need_factor_gives_more_indicated_care_and_keeps_the_citys_total_need()
    {
        var set = ShippedWijken;
        var factors = new Dictionary<string, double> { ["WK015005"] = 1.5 };
        var wm = WijkModel.Build(City, set, factors);
        Assert.Equal(1.0, wm.PopulationShare.Select((s, i) => s * wm.NeedFactor[i]).Sum(), 1e-12);
        var runs = wm.Compile(Load("basis.yaml")).RunWithTrace();
        double NeedShare(SimulationResult r) => 1 - r.Count(0, City.StateIndex("zelfredzaam")) / r.LivingPopulation(0);
        var riv = runs[set.IndexOf("Rivierenwijk")];
        var binnen = runs[set.IndexOf("Binnenstad")];
        Assert.Equal(1.5, NeedShare(riv) / NeedShare(binnen), 1e-9); // start need scales with the factor
    }

    [Fact]
    public void An_intervention_naming_an_unknown_wijk_is_refused_in_Dutch()
    {
        var dir = Path.Combine(Path.GetTempPath(), "preventie-wijk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.Copy(Path.Combine(TestModels.ScenarioDir, "basis.yaml"), Path.Combine(dir, "basis.yaml"));
        var path = TestModels.WriteScenario("""
            naam: Fout
            basis: basis.yaml
            interventies:
              - naam: Pilot
                bereik: {waarde: 0.5, aanname: true}
                wijken: [Rivierenwijk, Atlantis]
            """, dir: dir);
        var wm = WijkModel.Build(City, ShippedWijken);
        var ex = Assert.Throws<DataValidationException>(() => wm.Compile(ScenarioFile.Load(path, City)));
        Assert.Contains(ex.Errors, e => e.Value == "Atlantis" && e.Field == "interventies[Pilot].wijken" && e.Message.Contains("onbekende wijk"));
    }

    private static string WriteParameters(string content)
    {
        var dir = Directory.CreateTempSubdirectory("preventie-wijkparameters-").FullName;
        var path = Path.Combine(dir, WijkParameterFile.DefaultName);
        File.WriteAllText(path, "naam;waarde;eenheid;bron;aanname;verdeling;p1;p2;p3;groep;toelichting\n" + content);
        return path;
    }

    [Fact]
    public void A_wijk_parameter_replaces_the_citys_value_in_that_wijk_only_and_joins_the_shared_vector()
    {
        var set = ShippedWijken;
        var path = WriteParameters("route_tijdelijk_voorliggend@Rivierenwijk;0,4;aandeel;;ja;beta;8;12;;;test\n");
        var own = WijkParameterFile.Read(path, City.Parameters, set);
        var wm = WijkModel.Build(City, set, null, own, path);
        Assert.Equal(City.Parameters.Count + 1, wm.Models[0].Parameters.Count); // one shared, extended vector
        Assert.All(wm.Models, m => Assert.Same(wm.Models[0].Parameters, m.Parameters));
        var runs = wm.Compile(Load("basis.yaml")).RunWithTrace();
        var v = City.StateIndex("tijdelijk_voorliggend");
        var t = City.StateIndex("tijdelijk_maatwerk");
        double RouteShare(SimulationResult r) => r.Count(0, v) / (r.Count(0, v) + r.Count(0, t));
        Assert.Equal(0.4, RouteShare(runs[set.IndexOf("Rivierenwijk")]), 1e-9); // start shares: aandeel_tijdelijk × route
        Assert.Equal(0.5, RouteShare(runs[set.IndexOf("Zandweerd")]), 1e-9);   // the city's route_tijdelijk_voorliggend
    }

    [Fact]
    public void Bad_wijk_parameters_are_refused_naming_file_row_and_value()
    {
        var set = ShippedWijken;
        var path = WriteParameters("route_tijdelijk_voorliggend;0,4;aandeel;x;nee;;;;;;\nbestaat_niet@Rivierenwijk;1;;x;nee;;;;;;\nincidentie_jeugd@Atlantis;0,1;;x;nee;;;;;;\n");
        var ex = Assert.Throws<DataValidationException>(() => WijkParameterFile.Read(path, City.Parameters, set));
        Assert.Contains(ex.Errors, e => e.Row == 2 && e.Value == "route_tijdelijk_voorliggend" && e.Message.Contains("parameter@wijk"));
        Assert.Contains(ex.Errors, e => e.Row == 3 && e.Message.Contains("onbekende modelparameter 'bestaat_niet'"));
        Assert.Contains(ex.Errors, e => e.Row == 4 && e.Message.Contains("onbekende wijk 'Atlantis'"));

        var shares = WriteParameters("aandeel_zelfredzaam@Voorstad;0,5;aandeel;x;nee;;;;;;\n");
        var own = WijkParameterFile.Read(shares, City.Parameters, set);
        var bad = Assert.Throws<DataValidationException>(() => WijkModel.Build(City, set, null, own, shares));
        Assert.Contains(bad.Errors, e => e.File == shares && e.Value == "Voorstad" && e.Message.Contains("tellen de startaandelen"));
    }

    [Fact]
    public void PSA_per_wijk_of_the_model_without_wijken_matches_the_citys_PSA_draw_for_draw()
    {
        // same seed, same sampler, same ledger: the city's PSA (ProbabilisticAnalysis) and the per-wijk PSA of the
        // one-wijk model must agree on mean and probability (an independent path through the PSA machinery)
        var wm = WijkModel.Build(City, WijkSet.WholeCity);
        var s = wm.Compile(Load("wijkpilot.yaml"));
        var c = wm.Compile(Load("basis.yaml"));
        var perWijk = WijkUncertainty.Run(s, c, 300, 7);
        var psa = Analytics.Uncertainty.ProbabilisticAnalysis.Run(s.PerWijk[0], c.PerWijk[0], Analytics.Uncertainty.UncertainParameters.For(City),
            new Analytics.Uncertainty.PsaOptions { Draws = 300, Seed = 7 });
        Assert.Equal(psa.Total.NetBenefit.Mean, perWijk[^1].NetTotal.Mean, Math.Abs(psa.Total.NetBenefit.Mean) * 1e-9);
        Assert.Equal(psa.Gemeente.NetBenefit.Mean, perWijk[^1].NetMunicipality.Mean, Math.Abs(psa.Gemeente.NetBenefit.Mean) * 1e-9);
        Assert.Equal(psa.Total.NetBenefit.ProbabilityPositive, perWijk[^1].ProbabilityPositive, 1e-12);
    }

    [Fact]
    public void PSA_per_wijk_sums_to_the_city_and_is_reproducible()
    {
        var wm = WijkModel.Build(City, ShippedWijken);
        var cmp = WijkComparison.Create(wm.Compile(Load("wijkpilot.yaml")), wm.Compile(Load("basis.yaml")), psaDraws: 100, seed: 3);
        var u = cmp.Uncertainty!;
        Assert.Equal(11, u.Count);
        Assert.Equal(u.Take(10).Sum(x => x.NetTotal.Mean), u[10].NetTotal.Mean, 1e-6);
        Assert.Equal(0, u[cmp.Model.Wijken.IndexOf("Binnenstad")].NetTotal.P95, 1e-6); // no pilot there
        Assert.True(u[cmp.Model.Wijken.IndexOf("Rivierenwijk")].NetTotal.P95 > u[cmp.Model.Wijken.IndexOf("Rivierenwijk")].NetTotal.P05);
        var again = WijkComparison.Create(wm.Compile(Load("wijkpilot.yaml")), wm.Compile(Load("basis.yaml")), psaDraws: 100, seed: 3);
        Assert.Equal(u, again.Uncertainty!);
        Assert.Contains("90%-interval netto alle betalers", cmp.Table().Header);
    }
}
