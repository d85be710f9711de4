using Preventie.Analytics.Formatting;
using System.Text;
using System.Text.RegularExpressions;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Model;
using Preventie.Analytics.Population;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Simulation;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Tests.Costs;

/// <summary>
/// A model with another payer file — three payers: the municipality as one own budget, "zorgverzekeraar" and
/// "inwoners" — runs through compile, the deterministic run, the PSA and the council report, and its per-payer
/// amounts follow from closed forms and from the eight-payer model's amounts.
/// </summary>
public class OtherPayersModelTests
{
    private const string ThreePayers =
        "code;naam;kort;in_zin;wet_of_budget;groep;groepnaam;eigen_begroting;bron\n" +
        "gemeente;Gemeente;Gemeente;de gemeente;gemeentebegroting (Wmo, Jeugdwet, Participatiewet, preventie);gemeente;Gemeente;ja;test\n" +
        "zorgverzekeraar;Zorgverzekeraar en zorgkantoor;Zorg;de zorgverzekeraar en het zorgkantoor;Zvw en Wlz;zorg;Zorgverzekeraar en zorgkantoor;nee;test\n" +
        "inwoners;Inwoners en Rijk;Inwoners;de inwoners en het Rijk;eigen bijdragen, uitkeringen;inwoners;Inwoners en Rijk;nee;test\n";

    /// <summary>Every code of the eight shipped payers mapped onto the three.</summary>
    private static string Merge(string code) => code switch
    {
        _ when code.StartsWith("gemeente_", StringComparison.Ordinal) => "gemeente",
        "zvw" or "wlz" => "zorgverzekeraar",
        "rijk" or "inwoners" => "inwoners",
        _ => code,
    };

    /// <summary>The receiver of an own contribution (kosten.csv's fifth column, <c>ontvanger</c>) mapped like the payer.</summary>
    private static string MergeReceiver(string line) =>
        line.Split(';') is { Length: 5 } cells && cells[4].Length > 0 && !line.StartsWith("toestand;", StringComparison.Ordinal)
            ? string.Join(';', cells[..4].Append(Merge(cells[4]))) : line;

    /// <summary>The shipped model and scenarios with the three payers (kosten.csv and the scenarios' payers mapped).</summary>
    private static readonly Lazy<(string Model, string Scenarios)> Folders = new(() =>
    {
        var model = TestModels.CopyDefaultModel();
        File.WriteAllText(Path.Combine(model, PayerFile.FileName), ThreePayers, new UTF8Encoding(false));
        var costs = Path.Combine(model, ModelFiles.CostsFile);
        File.WriteAllLines(costs, File.ReadAllLines(costs).Select(line =>
            line.StartsWith('#') || line.Split(';').Length < 2 ? line : MergeReceiver(Regex.Replace(line, "^([^;]*);([^;]*);", m => $"{m.Groups[1].Value};{Merge(m.Groups[2].Value)};"))));
        var scenarios = Path.Combine(Path.GetTempPath(), "preventie-betalers-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scenarios);
        foreach (var f in Directory.GetFiles(TestModels.ScenarioDir))
            File.WriteAllText(Path.Combine(scenarios, Path.GetFileName(f)),
                Regex.Replace(File.ReadAllText(f), @"betaler:\s*(\w+)", m => "betaler: " + Merge(m.Groups[1].Value)));
        return (model, scenarios);
    });

    private static string Scenario(string name) => Path.Combine(Folders.Value.Scenarios, name);

    [Fact]
    public void Three_payers_compile_run_and_add_up_to_the_eight_payer_models_amounts()
    {
        var (_, _, three) = ScenarioPair.Load(Folders.Value.Model, Scenario("verschuiven-naar-voorliggend.yaml"), Scenario("basis.yaml")).Run();
        var (_, _, eight) = ScenarioPair.Load(TestModels.DefaultModelDir, Path.Combine(TestModels.ScenarioDir, "verschuiven-naar-voorliggend.yaml"),
            Path.Combine(TestModels.ScenarioDir, "basis.yaml")).Run();
        var payers = three!.PayerSet;
        Assert.Equal(3, payers.Count);
        Assert.Equal(5, payers.Rows.Count); // 3 payers, gemeente (totaal), alle betalers
        Assert.Equal(3, three.Payers.Count);
        Assert.Equal(3, three.Scenario.Buffer.PayerCosts.Length / three.Scenario.Cycles);

        // closed form from the scenario file: 2025 on, Wmo +500.000, Jeugdwet +100.000, preventie −350.000 a year
        var gemeente = three.For(payers["gemeente"]);
        Assert.Equal(0, gemeente.InvestmentByYear[0], 6);
        Assert.Equal(500_000 + 100_000 - 350_000, gemeente.InvestmentByYear[1], 6);
        Assert.Equal(0, three.For(payers["zorgverzekeraar"]).InvestmentByYear.Max(Math.Abs), 6);

        // each of the three is the sum of the payers it merges, year by year
        double[] Sum(Func<PayerOutcome, double[]> f, params string[] codes) =>
            Enumerable.Range(0, three.Years.Count).Select(t => codes.Sum(c => f(eight!.For(c))[t])).ToArray();
        foreach (var (code, merged) in new[] { ("gemeente", new[] { "gemeente_wmo", "gemeente_jeugdwet", "gemeente_participatiewet", "gemeente_preventie" }),
                     ("zorgverzekeraar", new[] { "zvw", "wlz" }), ("inwoners", new[] { "rijk", "inwoners" }) })
        {
            var o = three.For(payers[code]);
            Assert.Equal(Sum(x => x.SavingsByYear, merged), o.SavingsByYear, (a, b) => Math.Abs(a - b) <= 1e-6 * Math.Max(1, Math.Abs(a)));
            Assert.Equal(Sum(x => x.InvestmentByYear, merged), o.InvestmentByYear, (a, b) => Math.Abs(a - b) <= 1e-6 * Math.Max(1, Math.Abs(a)));
        }
        Assert.Equal(eight!.Gemeente.NetBenefitDiscounted, three.Gemeente.NetBenefitDiscounted, 4);
        Assert.Equal(eight.Total.NetBenefitDiscounted, three.Total.NetBenefitDiscounted, 4);
        Assert.Equal(eight.SelfReliantYearsGained, three.SelfReliantYearsGained, 9);
        // wrong pocket over three payers: column sums are each payer's savings
        for (var j = 0; j < 3; j++)
            Assert.Equal(three.Payers[j].SavingsDiscounted, Enumerable.Range(0, 3).Sum(i => three.WrongPocket[i, j]), 4);
    }

    [Fact]
    public void A_constant_cost_of_a_non_municipal_payer_discounts_to_the_annuity()
    {
        var payers = PayerFile.Read(Path.Combine(Folders.Value.Model, PayerFile.FileName));
        const double people = 1200, cost = 3100, r = 0.03;
        const int T = 10;
        var model = TestModels.Chain(new double[1, 1], TestModels.OnlyIn(InventoryBands.Age65To79, people), [1.0], costPerState: [cost],
            payer: payers["zorgverzekeraar"], payers: payers);
        var result = CompiledScenario.Compile(model, TestModels.Plain(T, r)).RunWithTrace();
        var annuity = people * cost * (1 - Math.Pow(1 + r, -T)) / r * (1 + r);
        Assert.Equal(annuity, result.DiscountedCosts(payers["zorgverzekeraar"]), 6);
        Assert.Equal(0, result.DiscountedCosts(payers["gemeente"]));
        Assert.Equal(0, result.DiscountedCosts(payers["inwoners"]));
    }

    [Fact]
    public void The_psa_and_the_council_report_speak_of_the_three_payers()
    {
        var pair = ScenarioPair.Load(Folders.Value.Model, Scenario("verschuiven-naar-voorliggend.yaml"), Scenario("basis.yaml"));
        var psa = ProbabilisticAnalysis.Run(pair, UncertainParameters.For(pair.Model), new PsaOptions { Draws = 40, Seed = 3, MaxDegreeOfParallelism = 1 });
        Assert.Equal(["gemeente", "zorgverzekeraar", "inwoners", "gemeente", "totaal"], psa.Groups.Select(g => g.Code));
        Assert.Equal(pair.Compare().Gemeente.NetBenefitDiscounted, psa.Gemeente.PointEstimate, 6);

        var report = CouncilReport.Create(Folders.Value.Model, Scenario("verschuiven-naar-voorliggend.yaml"), Scenario("basis.yaml"),
            new Analytics.Analysis.AnalysisOptions(PsaDraws: 40, Seed: 3));
        var cmp = pair.Compare();
        var conclusion = string.Join("\n", ConclusionChapter.Conclusion(cmp).Concat(ConclusionChapter.KeyPoints(cmp)));
        Assert.Contains($"de zorgverzekeraar en het zorgkantoor {DutchFormat.EuroCompact(cmp.For(cmp.PayerSet["zorgverzekeraar"]).NetBenefitDiscounted)}", conclusion);
        Assert.Contains($"de inwoners en het Rijk {DutchFormat.EuroCompact(cmp.For(cmp.PayerSet["inwoners"]).NetBenefitDiscounted)}", conclusion);
        Assert.Contains("Netto resultaat bij de andere betalers: Zorgverzekeraar en zorgkantoor", conclusion);
        Assert.DoesNotContain("(Zvw)", conclusion);
        Assert.DoesNotContain("Wlz", conclusion);
        var perYear = YearsChapter.NetBenefitPerYearTable(cmp, discounted: false);
        Assert.Equal(new[] { "Jaar", "Gemeente totaal", "Zorg", "Inwoners", "Alle betalers" }, perYear.Header);
        var html = report.ToHtml();
        Assert.Contains("Zorgverzekeraar en zorgkantoor: tussen", html);
        Assert.Contains("Gemeente (totaal)", html);
    }
}
