using System.Text.RegularExpressions;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Model;
using Preventie.Analytics.Output;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Simulation;
using Preventie.Analytics.Uncertainty;
using Preventie.Analytics.Wijken;
using Xunit;

namespace Preventie.Analytics.Tests.Output;

/// <summary>
/// Every CSV export (the simulation's aantallen/kosten/betalers/levensjaren/wijken/modelversie, the PSA's three files
/// and its modelversie, the one-way analysis) writes data texts — state names, payer and group codes, wijk names,
/// parameter names, bounds, monitor files — through the one cell writer: a text starting with =, +, - or @ reaches the
/// file with a leading apostrophe, and no cell of any file starts a formula.
/// </summary>
public class CsvFormulaGuardTests
{
    private static readonly string[] Prefixes = ["=", "+", "-", "@"];
    private static string Prefixed(int i, string text) => Prefixes[i % Prefixes.Length] + text;

    /// <summary>A two-state chain model whose state names, payer codes and group codes all start a formula, and a
    /// calibrated model version whose monitor file and period do too.</summary>
    private static ModelDefinition HostileModel()
    {
        var payers = new PayerSet(TestPayers.Deventer.All.Select(p => p with
        {
            Code = Prefixed(p.Index, p.Code),
            Group = Prefixed(p.Index + 1, p.Group),
        }));
        var chain = TestModels.Chain(new double[,] { { 0, 0.1 }, { 0.2, 0 } }, TestModels.OnlyIn(InventoryBands.Age80Plus, 1000), [0.8, 0.2],
            costPerState: [0, 1000], payer: payers.All[0], payers: payers);
        var version = new ModelVersion("ab12", [], new CalibrationProvenance
        {
            BaseModel = new BaseModel("basis", "cd34", false),
            Monitor = [new MonitorSource("=HYPERLINK(\"http://x\",\"monitor\").csv", "ef56", "GM0150", ["@2024"], false)],
            Specification = new SourceFile("kalibratie.csv", "0000"),
            Fit = new FitSummary(1, 2, 1, 1, new Dictionary<string, double>()),
            Created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            Tool = "test",
        }, RecordedId: "ab12");
        return new ModelDefinition(chain.Parameters, chain.States.Select((s, i) => s with { Name = Prefixed(i, s.Name) }).ToList(), chain.Demography,
            chain.BirthRate, chain.StartShares, chain.Transitions, chain.Costs, chain.Payers, version: version);
    }

    /// <summary>The cells of a <c>;</c>-separated file with quoted cells ("" for a quote inside).</summary>
    private static IEnumerable<string> Cells(string csv)
    {
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"' && cell.Length == 0) quoted = true;
            else if (c is ';' or '\n') { yield return cell.ToString(); cell.Clear(); }
            else cell.Append(c);
        }
        if (cell.Length > 0) yield return cell.ToString();
    }

    private static readonly Regex PlainNumber = new(@"^[+-]?\d+(,\d+)?$");

    /// <summary>Every CSV file in <paramref name="directory"/>: no cell starts a formula unless it is a plain number.</summary>
    private static Dictionary<string, List<string>> AssertNoFormulaCells(string directory)
    {
        var files = Directory.GetFiles(directory, "*.csv").ToDictionary(Path.GetFileName, f => Cells(File.ReadAllText(f).TrimStart('\uFEFF')).ToList())!;
        Assert.NotEmpty(files);
        foreach (var (name, cells) in files)
            foreach (var cell in cells)
                Assert.True(cell.Length == 0 || !CsvCell.IsFormulaStart(cell[0]) || PlainNumber.IsMatch(cell), $"{name}: cel '{cell}' begint een formule");
        return files!;
    }

    private static string TempDir() => Path.Combine(Path.GetTempPath(), "preventie-csv-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Simulation_csv_files_neutralise_state_names_payer_codes_and_the_monitor_file()
    {
        var model = HostileModel();
        var scenario = CompiledScenario.Compile(model, TestModels.Plain(3)).RunWithTrace();
        var comparator = CompiledScenario.Compile(model, TestModels.Plain(3)).RunWithTrace();
        var dir = TempDir();
        SimulationExport.WriteDirectory(dir, scenario, comparator, ScenarioComparison.Create(scenario, comparator));

        var files = AssertNoFormulaCells(dir);
        Assert.Equal(["aantallen.csv", "betalers.csv", "kosten.csv", "levensjaren.csv", "modelversie.csv"], files.Keys.Order(StringComparer.Ordinal));
        foreach (var state in model.States) Assert.Contains("'" + state.Name, files["aantallen.csv"]);
        foreach (var payer in model.Payers.All)
        {
            Assert.Contains("'" + payer.Code, files["kosten.csv"]);
            Assert.Contains("'" + payer.Code, files["betalers.csv"]);
        }
        Assert.Contains("'" + model.Payers.All[0].Group, files["betalers.csv"]);
        Assert.Contains("'=HYPERLINK(\"http://x\",\"monitor\").csv", files["modelversie.csv"]);
        Assert.Contains("'@2024", files["modelversie.csv"]);
    }

    [Fact]
    public void The_wijk_csv_neutralises_wijk_names()
    {
        var source = File.ReadAllText(Path.Combine(TestModels.RepoRoot, "data", "wijken", "wijken.csv"));
        var hostile = source.Replace(";Binnenstad;", ";=HYPERLINK('http://x');").Replace(";Voorstad;", ";+Voorstad;")
            .Replace(";Zandweerd;", ";-Zandweerd;");
        Assert.NotEqual(source, hostile);
        var wijkFile = Path.Combine(Directory.CreateTempSubdirectory("preventie-wijk-").FullName, "wijken.csv");
        File.WriteAllText(wijkFile, hostile);
        var city = ModelFiles.Load(TestModels.DefaultModelDir);
        Scenario Load(string name) => ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, name), city);
        var wm = WijkModel.Build(city, WijkFile.Read(wijkFile));
        var wijken = WijkComparison.Create(wm.Compile(Load("wijkpilot.yaml")), wm.Compile(Load("basis.yaml")));
        var dir = TempDir();
        SimulationExport.WriteDirectory(dir, wijken.CityComparison.Scenario, wijken.CityComparison.Comparator, wijken.CityComparison, wijken);

        var files = AssertNoFormulaCells(dir);
        Assert.Contains("'=HYPERLINK('http://x')", files["wijken.csv"]);
        Assert.Contains("'+Voorstad", files["wijken.csv"]);
        Assert.Contains("'-Zandweerd", files["wijken.csv"]);
    }

    [Fact]
    public void Psa_csv_files_neutralise_payer_and_group_codes_and_carry_the_model_version()
    {
        var model = HostileModel();
        var scenario = CompiledScenario.Compile(model, TestModels.Plain(3));
        var comparator = CompiledScenario.Compile(model, TestModels.Plain(3));
        var uncertain = new UncertainParameters(model.Parameters, [new UniformDistribution("cost_1", 900, 1100)]);
        var psa = ProbabilisticAnalysis.Run(scenario, comparator, uncertain, new PsaOptions { Draws = 20, Seed = 3 });
        var dir = TempDir();
        PsaExport.WriteDirectory(dir, psa, model.Version);

        var files = AssertNoFormulaCells(dir);
        Assert.Equal(["modelversie.csv", "psa-aanvaardbaarheid.csv", "psa-betalers.csv", "psa-per-jaar.csv"], files.Keys.Order(StringComparer.Ordinal));
        foreach (var payer in model.Payers.All)
        {
            Assert.Contains("'" + payer.Code, files["psa-betalers.csv"]);
            Assert.Contains("'" + payer.Code, files["psa-per-jaar.csv"]);
            Assert.Contains("'" + payer.Code, files["psa-aanvaardbaarheid.csv"]);
        }
        Assert.Contains("'=HYPERLINK(\"http://x\",\"monitor\").csv", files["modelversie.csv"]);
        Assert.Contains("ab12", files["modelversie.csv"]);
    }

    [Fact]
    public void The_one_way_csv_neutralises_parameter_names_and_bounds()
    {
        var result = new OneWayResult("proef", "basis", 0, 0,
        [
            new OneWayRow("=cmd|' /C calc'!A0", "@bron", 1, 0, 2, -10, 10, -20, 20),
            new OneWayRow("+p", "-12", 1, 0, 2, -5, 5, -1, 1),
        ]);
        var dir = TempDir();
        OneWayExport.WriteDirectory(dir, result);

        var files = AssertNoFormulaCells(dir);
        var cells = files["gevoeligheid.csv"];
        Assert.Contains("'=cmd|' /C calc'!A0", cells);
        Assert.Contains("'@bron", cells);
        Assert.Contains("'+p", cells);
        Assert.Contains("-12", cells); // a plain number stays a number
        Assert.Contains("-10", cells);
    }
}
