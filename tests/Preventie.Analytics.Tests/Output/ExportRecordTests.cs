using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Input;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Model;
using Preventie.Analytics.Optimisation;
using Preventie.Analytics.Output;
using Preventie.Analytics.Output.Records;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Portfolio;
using Preventie.Analytics.Tests.Simulation;
using Preventie.Analytics.Uncertainty;
using Preventie.Analytics.Wijken;
using Xunit;

namespace Preventie.Analytics.Tests.Output;

/// <summary>
/// The JSON exports read back into their typed records carry the analysis' own values (compared with the result
/// objects and with sums and counts recomputed here, not with earlier output), state the model version (its id
/// recomputed here from the files' bytes), and refuse a non-finite number in Dutch naming the field.
/// </summary>
public class ExportRecordTests
{
    private static readonly Lazy<ModelDefinition> City = new(() => ModelFiles.Load(TestModels.DefaultModelDir));
    private static string Data => Path.Combine(TestModels.RepoRoot, "data");
    private static Scenario Load(string name) => ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, name), City.Value);

    /// <summary>The model id as documented: SHA-256 of the <c>sha256sum *.csv</c> listing, names ordinally sorted.</summary>
    private static string ModelIdOfShippedFolder()
    {
        var listing = new StringBuilder();
        foreach (var file in Directory.GetFiles(TestModels.DefaultModelDir, "*.csv").OrderBy(Path.GetFileName, StringComparer.Ordinal))
            listing.Append(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))).Append("  ").Append(Path.GetFileName(file)).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(listing.ToString())));
    }

    private static void AssertShippedModel(ModelVersionJson? model)
    {
        Assert.NotNull(model);
        Assert.Equal(ModelIdOfShippedFolder(), model.Id);
        Assert.Equal(model.Id[..12], model.ShortId);
        Assert.False(model.IsCalibrated);
        Assert.Null(model.BaseModel);
        Assert.Null(model.Monitor);
    }

    private static double Number(object value) => ((JsonElement)value).GetDouble();

    [Fact]
    public void Simulation_json_with_wijken_reads_back_with_the_city_equal_to_the_sum_over_the_wijken_and_the_model_version()
    {
        var wijkSet = WijkFile.Read(Path.Combine(Data, "wijken", "wijken.csv"));
        var wm = WijkModel.Build(City.Value, wijkSet);
        var wijken = WijkComparison.Create(wm.Compile(Load("wijkpilot.yaml")), wm.Compile(Load("basis.yaml")));
        var city = wijken.CityComparison;

        var text = SimulationExport.ToJson(city.Scenario, city.Comparator, city, wijken);
        var json = JsonSerializer.Deserialize(text, SimulationJsonContext.Default.SimulationJson)!;

        Assert.Equal(city.Scenario.ScenarioName, json.Scenario);
        Assert.Equal(city.Comparator.ScenarioName, json.Comparator);
        Assert.Equal(city.Scenario.StartYear.Value, json.StartYear);
        Assert.Equal(city.Scenario.StartYear.Value + city.Scenario.Cycles - 1, json.EndYear);
        AssertShippedModel(json.Model);

        // Every count and cost of the run, by state name and payer code.
        var run = city.Scenario;
        Assert.Equal(run.Cycles + 1, json.Result.CountsByYear.Count);
        for (var p = 0; p <= run.Cycles; p++)
        {
            var row = json.Result.CountsByYear[p];
            Assert.Equal($"{run.StartYear.Value + p}-01-01", row.Date);
            Assert.Equal(run.States.Select(s => s.Name), row.Counts!.Keys);
            for (var s = 0; s < run.States.Count; s++) Assert.Equal(run.Count(p, s), Number(row.Counts[run.States[s].Name]));
        }
        for (var t = 0; t < run.Cycles; t++)
            foreach (var payer in run.Payers.All)
                Assert.Equal(run.Costs(payer, t), Number(json.Result.CostsByYear[t].Costs![payer.Code]));

        // Payers: the comparison's values, and the years adding up to the nominal total.
        Assert.Equal(city.Rows.Select(o => o.Code), json.Payers!.Select(o => o.Payer));
        foreach (var (o, j) in city.Rows.Zip(json.Payers!))
        {
            Assert.Equal(o.NetBenefitDiscounted, j.NetBenefitDiscounted);
            Assert.Equal(o.InvestmentDiscounted, j.InvestmentDiscounted);
            Assert.Equal(o.ReturnPerEuro, j.ReturnPerEuro);
            Assert.Equal(o.BreakEvenYear?.Value, j.BreakEvenYear);
            Assert.Equal(j.NetBenefitNominal, j.ByYear.Sum(y => y.NetBenefit), 1e-6 * (1 + Math.Abs(j.NetBenefitNominal)));
        }

        // Wijken: one per wijk of the file, and the city = the sum over the wijken, per payer row, to the cent.
        Assert.Equal("wijken.csv", json.WijkFile);
        Assert.Equal(wijkSet.Wijken.Select(w => w.Code), json.Wijken!.Select(w => w.Code));
        Assert.Equal(wijkSet.Wijken.Select(w => w.Name), json.Wijken!.Select(w => w.Name));
        for (var i = 0; i < json.Payers!.Count; i++)
        {
            var code = json.Payers[i].Payer;
            Assert.Equal(json.Payers[i].NetBenefitDiscounted, json.Wijken!.Sum(w => w.Payers.Single(p => p.Payer == code).NetBenefitDiscounted), 0.01);
        }
        for (var i = 0; i < json.Wijken!.Count; i++)
        {
            var inhabitants = wijken.Rows[i].Inhabitants;
            var expected = inhabitants is > 0 and < 10 ? new SuppressedCount(null, "<10") : new SuppressedCount(Math.Round(inhabitants, MidpointRounding.AwayFromZero), null);
            Assert.Equal(expected, json.Wijken[i].Inhabitants);
            Assert.Equal(wijken.Rows[i].NetMunicipality, json.Wijken[i].NetMunicipality);
        }
    }

    [Fact]
    public void Simulation_json_without_a_comparator_leaves_the_comparison_out_instead_of_writing_nulls()
    {
        var run = CompiledScenario.Compile(City.Value, Load("jonge-kind.yaml")).RunWithTrace();
        var text = SimulationExport.ToJson(run, null, null);
        using var doc = JsonDocument.Parse(text);
        var names = doc.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["scenario", "startjaar", "eindjaar", "discontovoet", "telmethode", "conventie", "resultaat", "model"], names);
    }

    [Fact]
    public void Psa_json_reads_back_with_the_result_values_undefined_figures_as_null_and_the_model_version()
    {
        var model = City.Value;
        var scenario = CompiledScenario.Compile(model, Load("verschuiven-naar-voorliggend.yaml"));
        var comparator = CompiledScenario.Compile(model, Load("basis.yaml"));
        var psa = ProbabilisticAnalysis.Run(scenario, comparator, UncertainParameters.For(model), new PsaOptions { Draws = 64, Seed = 11 });

        var json = JsonSerializer.Deserialize(PsaExport.ToJson(psa, model.Version), PsaJsonContext.Default.PsaJson)!;
        Assert.Equal(64, json.Draws);
        Assert.Equal(11UL, json.Seed);
        Assert.Equal([psa.Options.CouncilTermStart.Value, psa.Options.CouncilTermEnd.Value], json.CouncilTerm);
        Assert.Equal(psa.Groups.Select(g => g.Code), json.Groups.Select(g => g.Code));
        foreach (var (g, j) in psa.Groups.Zip(json.Groups))
        {
            Assert.Equal(g.NetBenefit.Mean, j.NetBenefit.Mean);
            Assert.Equal(g.NetBenefit.Low, j.NetBenefit.P5);
            Assert.Equal(g.NetBenefit.High, j.NetBenefit.P95);
            Assert.Equal(g.PointEstimate, j.PointEstimate);
            Assert.Equal(g.Evpi, j.Evpi);
            Assert.Equal(psa.Cycles, j.NetBenefitByYear.Count);
            Assert.Equal(Enumerable.Range(psa.StartYear.Value, psa.Cycles), j.NetBenefitByYear.Select(y => y.Year));
            Assert.Null(j.Costs); // with a comparator: no total costs
        }
        AssertShippedModel(json.Model);

        // Without a comparator the break-even chance is undefined: null, and the total costs are there.
        var alone = ProbabilisticAnalysis.Run(scenario, null, UncertainParameters.For(model), new PsaOptions { Draws = 16, Seed = 11 });
        var aloneJson = JsonSerializer.Deserialize(PsaExport.ToJson(alone), PsaJsonContext.Default.PsaJson)!;
        Assert.Null(aloneJson.Comparator);
        Assert.Null(aloneJson.MunicipalBreakEvenInTerm);
        Assert.All(aloneJson.Groups, g => Assert.NotNull(g.Costs));
        Assert.Null(aloneJson.Model);
        Assert.DoesNotContain("\"model\"", PsaExport.ToJson(alone));
    }

    private static OneWayResult OneWay(double gemeenteAtLowOfC = 50) => new("proef", "basis", 100, 200,
    [
        new OneWayRow("a", "uniform", 1, 0.5, 1.5, 90, 110, 150, 250),   // swing 20 / 100
        new OneWayRow("b", "uniform", 2, 1, 3, 60, 140, 190, 210),       // swing 80 / 20
        new OneWayRow("c", "uniform", 3, 2, 4, gemeenteAtLowOfC, 100, 0, 400), // swing 50 / 400
    ]);

    [Fact]
    public void One_way_json_reads_back_ranked_by_swing()
    {
        var json = JsonSerializer.Deserialize(OneWayExport.ToJson(OneWay()), OneWayJsonContext.Default.OneWayJson)!;
        Assert.Equal(["b", "c", "a"], json.ByMunicipality.Select(r => r.Parameter));
        Assert.Equal(["c", "a", "b"], json.ByTotal.Select(r => r.Parameter));
        Assert.Equal(100, json.BaseMunicipality);
        var c = json.ByMunicipality[1];
        Assert.Equal((3.0, 2.0, 4.0, 50.0, 100.0, 0.0, 400.0, "uniform"), (c.PointValue, c.Low, c.High, c.MunicipalityAtLow, c.MunicipalityAtHigh, c.TotalAtLow, c.TotalAtHigh, c.Bounds));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_non_finite_number_in_an_export_is_refused_in_Dutch_naming_the_field_and_nothing_is_written(double value)
    {
        // Row c's municipal swing becomes NaN (ranked last: row 2) or infinite (ranked first: row 0).
        var ex = Assert.Throws<DataValidationException>(() => OneWayExport.ToJson(OneWay(value)));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("gevoeligheid.json", error.File);
        Assert.Equal($"gemeente[{(double.IsNaN(value) ? 2 : 0)}].gemeente_laag", error.Field);
        Assert.Equal("NaN of oneindig", error.Value);
        Assert.StartsWith("een berekende waarde is geen eindig getal en kan niet als JSON worden geschreven", error.Message);

        var dir = Path.Combine(Path.GetTempPath(), "preventie-nan-" + Guid.NewGuid().ToString("N"));
        Assert.Throws<DataValidationException>(() => OneWayExport.WriteDirectory(dir, OneWay(value)));
        Assert.False(Directory.Exists(dir));

        // In a simulation: a cost of NaN reaches kosten_per_jaar of the first year, named by payer.
        var model = TestModels.Chain(new double[,] { { 0, 0.1 }, { 0.2, 0 } }, TestModels.OnlyIn(InventoryBands.Age80Plus, 1000), [0.9, 0.1],
            costPerState: [0, value]);
        var run = CompiledScenario.Compile(model, TestModels.Plain(3)).RunWithTrace();
        var sim = Assert.Throws<DataValidationException>(() => SimulationExport.ToJson(run, null, null));
        Assert.Equal("resultaat.kosten_per_jaar[0]." + TestPayers.GemeenteWmo.Code, Assert.Single(sim.Errors).Field);
        Assert.Equal("resultaat.json", Assert.Single(sim.Errors).File);
    }

    [Fact]
    public void Portfolio_json_reads_back_with_the_advice_and_the_model_version()
    {
        var advice = InvestmentAdvice.Run(CandidateSetTests.Shipped(), new OptimisationOptions { Draws = 100, Seed = 5, FrontierPoints = 3, ComputeEvppi = false });
        var r = advice.Result;
        var json = JsonSerializer.Deserialize(PortfolioExport.ToJson(advice), PortfolioJsonContext.Default.PortfolioJson)!;

        Assert.Equal(r.Portfolio.Select(l => (l.Activity, l.Scale, l.CostPerYear)), json.Portfolio.Select(l => (l.Activity, l.Scale, l.CostPerYear)));
        Assert.Equal(r.Portfolio.Where(l => l.CurrentScale > 0 && l.Scale == 0).Select(l => l.Activity), json.Stop);
        Assert.Equal(r.Evaluation.Objective.Mean, json.Evaluation.Mean);
        var rows = r.Candidates.Model.Payers.Rows;
        Assert.Equal(Enumerable.Range(0, rows.Count).Select(rows.Code), json.Evaluation.NetBenefitByPayer.Keys);
        Assert.Equal(r.Frontier.Count, json.Frontier.Count);
        foreach (var (p, j) in r.Frontier.Zip(json.Frontier))
        {
            Assert.Equal(p.Feasible, j.Feasible);
            Assert.Equal(p.Feasible ? p.Mean : null, j.Mean);
        }
        Assert.Empty(json.Evppi);
        Assert.Empty(json.Evpi);
        AssertShippedModel(json.Model);
    }

    [Fact]
    public void Inventory_json_reads_back_with_counts_recomputed_from_the_activities()
    {
        var inventory = InventoryLoader.Load(Path.Combine(Data, "inventory", "deventer-2022-extract.csv"));
        var summary = InventorySummary.Create(inventory, PublishedFigures.Load(Path.Combine(Data, "inventory", "deventer-2022-published.csv")),
            GoalMapping.Load(Path.Combine(Data, "inventory", "doelen-mapping.csv")));
        var json = JsonSerializer.Deserialize(InventoryExport.ToJson(summary), InventoryJsonContext.Default.InventoryJson)!;

        Assert.Equal(inventory.Activities.Count, json.Activities);
        foreach (var form in PreventionForms.All)
            Assert.Equal(inventory.Activities.Count(a => a.Form == form), json.ByForm[form.Key()]);
        Assert.Equal(inventory.Activities.Count, json.ByForm.Values.Sum());
        Assert.NotNull(json.ByNewGoal);
        Assert.Equal(summary.Mapping!.RestsOnAssumptions, json.NewGoalMappingIsAssumption);
        Assert.Equal(summary.AllFindings.Select(f => (f.Kind, f.Row, f.Message)), json.Findings.Select(f => (f.Kind, f.Row, f.Message)));
        foreach (var pivot in json.PivotByOldGoal)
            Assert.Equal(pivot.Activities == 0 ? 0 : 1, pivot.FinancingShares.Values.Sum(), 3);
    }
}
