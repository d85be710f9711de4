using Preventie.Analytics.Costs;
using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Uncertainty;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Tests.Simulation;

/// <summary>
/// One comparison arithmetic for every path: the PSA at the point vector reproduces the deterministic comparison for
/// every payer, group and year; break-even is defined once; effects are discounted; nothing is silent.
/// </summary>
[Collection("MonitorConsole")]
public class OneArithmeticTests
{
    private static string Basis => Path.Combine(TestModels.ScenarioDir, "basis.yaml");

    public static TheoryData<string> Scenarios() =>
        new(Directory.GetFiles(TestModels.ScenarioDir, "*.yaml").Select(Path.GetFileName).OfType<string>());

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Psa_path_at_the_point_vector_equals_the_deterministic_run_for_every_outcome(string file)
    {
        var pair = ScenarioPair.Load(TestModels.DefaultModelDir, Path.Combine(TestModels.ScenarioDir, file), Basis);
        var det = pair.Compare();
        var expected = det.Rows.ToList();
        var T = det.Years.Count;

        // the PSA's per-draw path (PairedRun) at the point vector: every payer, group and year, exactly
        var run = new PairedRun(pair.Scenario, pair.Comparator);
        run.Run(pair.Model.Parameters.DefaultVector());
        for (var g = 0; g < expected.Count; g++)
        {
            var e = expected[g];
            for (var t = 0; t < T; t++)
            {
                Assert.Equal(e.InvestmentByYear[t], run.Investment[g * T + t]);
                Assert.Equal(e.SavingsByYear[t], run.Savings[g * T + t]);
                Assert.Equal(e.NetBenefitByYear[t], run.NetBenefit(g, t));
            }
            Assert.Equal(e.NetBenefitDiscounted, run.NetBenefitDiscounted(g));
            Assert.Equal(e.InvestmentDiscounted, run.Ledger.InvestmentDiscounted[g]);
            Assert.Equal(e.SavingsDiscounted, run.Ledger.SavingsDiscounted[g]);
            Assert.Equal(e.BreakEvenYear, run.BreakEvenYear(g));
            Assert.Equal(e.ReturnPerEuro, ComparisonLedger.ReturnPerEuro(run.Ledger.InvestmentDiscounted[g], run.Ledger.SavingsDiscounted[g]));
        }
        Assert.Equal(det.SelfReliantYearsGained, run.SelfReliantYearsGained);
        Assert.Equal(det.SelfReliantYearsGainedDiscounted, run.SelfReliantYearsGainedDiscounted);
        var pocket = run.Ledger.WrongPocket();
        for (var i = 0; i < TestPayers.Deventer.Count; i++)
            for (var j = 0; j < TestPayers.Deventer.Count; j++) Assert.Equal(det.WrongPocket[i, j], pocket[i, j]);

        // the whole PSA with no uncertain parameter: every draw is the point vector, every summary equals the deterministic figure
        var none = new UncertainParameters(pair.Model.Parameters, []);
        var psa = ProbabilisticAnalysis.Run(pair, none, new PsaOptions { Draws = 3 });
        for (var g = 0; g < expected.Count; g++)
        {
            var e = expected[g];
            var r = psa.Groups[g];
            Assert.Equal(e.NetBenefitDiscounted, r.PointEstimate);
            Assert.Equal(e.NetBenefitDiscounted, r.NetBenefit.Mean);
            Assert.Equal(e.NetBenefitDiscounted, r.NetBenefit.Low);
            Assert.Equal(e.NetBenefitDiscounted, r.NetBenefit.High);
            for (var t = 0; t < T; t++)
            {
                Assert.Equal(e.NetBenefitByYear[t], r.NetBenefitByYear[t].Mean);
                Assert.Equal(e.NetBenefitByYear[t], r.NetBenefitByYear[t].Low);
                Assert.Equal(e.NetBenefitByYear[t], r.NetBenefitByYear[t].High);
            }
            Assert.Equal(e.BreakEvenYear, r.PointBreakEvenYear);
            Assert.Equal(e.BreakEvenYear is { } y && y <= psa.Options.CouncilTermEnd ? 1.0 : 0.0, r.BreakEvenInTerm);
        }
        Assert.Equal(det.SelfReliantYearsGained, psa.SelfReliantYearsGained.Mean);
        Assert.Equal(det.SelfReliantYearsGainedDiscounted, psa.SelfReliantYearsGainedDiscounted.Mean);
        Assert.Equal(0, psa.ClampedDraws);

        // and the one-way analysis reports the same base case
        var oneWay = OneWaySensitivity.Run(pair.Scenario, pair.Comparator!, none);
        Assert.Equal(det.Gemeente.NetBenefitDiscounted, oneWay.BaseGemeente);
        Assert.Equal(det.Total.NetBenefitDiscounted, oneWay.BaseTotal);
    }

    [Fact]
    public void An_intervention_starting_after_the_council_term_cannot_break_even_within_it()
    {
        // the reproduction: presentie-versus-toegang with start 2031
        var dir = Path.Combine(Path.GetTempPath(), "preventie-2031-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(TestModels.ScenarioDir, "*.yaml")) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        var path = Path.Combine(dir, "presentie-versus-toegang.yaml");
        var yaml = File.ReadAllText(path);
        Assert.Contains("    start: 2025", yaml);
        File.WriteAllText(path, yaml.Replace("    start: 2025", "    start: 2031"));
        try
        {
            var pair = ScenarioPair.Load(TestModels.DefaultModelDir, path, Path.Combine(dir, "basis.yaml"));
            var det = pair.Compare();
            Assert.True(det.Gemeente.BreakEvenYear is null || det.Gemeente.BreakEvenYear >= new CalendarYear(2031), $"deterministic break-even {det.Gemeente.BreakEvenYear}");
            var psa = ProbabilisticAnalysis.Run(pair, UncertainParameters.For(pair.Model), new PsaOptions { Draws = 1000, Seed = PsaOptions.DefaultSeed });
            Assert.Equal(0.0, psa.MunicipalBreakEvenInTerm);
            Assert.All(psa.Groups, g => Assert.Equal(0.0, g.BreakEvenInTerm));
            // before 2031 nothing differs, in any draw
            for (var t = 0; t < 2031 - 2024; t++)
                Assert.All(psa.Groups, g => Assert.Equal(0.0, Math.Max(Math.Abs(g.NetBenefitByYear[t].Low), Math.Abs(g.NetBenefitByYear[t].High))));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Break_even_is_defined_once_cumulative_positive_in_whole_euros_and_never_negative_after()
    {
        // net per year: −100, +50, +60 (cum +10), −20 (cum −10), +30 (cum +20) → 2028
        Assert.Equal(new CalendarYear(2028), ComparisonLedger.BreakEven([100, 0, 0, 20, 0], [0, 50, 60, 0, 30], new CalendarYear(2024)));
        Assert.Null(ComparisonLedger.BreakEven([100, 0], [0, 50], new CalendarYear(2024)));
        // a payer that only saves breaks even in its first year with savings
        Assert.Equal(new CalendarYear(2026), ComparisonLedger.BreakEven([0, 0, 0], [0, 0, 5], new CalendarYear(2024)));
        // years with nothing happening (cumulative exactly 0) are not "broken even": the old PSA definition counted them
        Assert.Null(ComparisonLedger.BreakEven([0, 0, 0, 100], [0, 0, 0, 0], new CalendarYear(2024)));
        Assert.Equal(new CalendarYear(2028), ComparisonLedger.BreakEven([0, 0, 0, 100, 0], [0, 0, 0, 0, 250], new CalendarYear(2024)));
        // not involved at all
        Assert.Null(ComparisonLedger.BreakEven([0, 0.2], [0.1, 0], new CalendarYear(2024)));
        // exactly at zero after a positive year stays broken even; below −€0,50 does not
        Assert.Equal(new CalendarYear(2024), ComparisonLedger.BreakEven([0, 10], [10, 0], new CalendarYear(2024)));
        Assert.Null(ComparisonLedger.BreakEven([0, 11], [10, 0], new CalendarYear(2024)));
    }

    [Fact]
    public void Life_years_gained_are_discounted_like_costs_and_change_with_the_rate()
    {
        var pilot = Path.Combine(TestModels.ScenarioDir, "wijkpilot.yaml");
        ScenarioComparison At(double rate) => ScenarioPair.Load(TestModels.DefaultModelDir, pilot, Basis,
            s => s with { DiscountRate = new Interventions.SourcedValue(ValueExpression.Of(rate), "test", false) }).Compare();
        var zero = At(0);
        var mkba = At(0.0225);
        var ten = At(0.10);
        Assert.True(zero.SelfReliantYearsGained > 0);
        Assert.Equal(zero.SelfReliantYearsGained, zero.SelfReliantYearsGainedDiscounted, 9);
        Assert.Equal(zero.SelfReliantYearsGained, ten.SelfReliantYearsGained, 9); // undiscounted does not depend on the rate
        Assert.True(mkba.SelfReliantYearsGainedDiscounted < zero.SelfReliantYearsGainedDiscounted);
        Assert.True(ten.SelfReliantYearsGainedDiscounted < mkba.SelfReliantYearsGainedDiscounted);
        // by hand: Σ_t gained_t / 1.1^t
        var ledger = ten.Ledger;
        var byHand = Enumerable.Range(0, ledger.Cycles).Sum(t => ledger.LifeYearsByYear[t] / Math.Pow(1.1, t));
        Assert.Equal(byHand, ten.SelfReliantYearsGainedDiscounted, 9);
        Assert.Equal(zero.SelfReliantYearsGained, ledger.LifeYearsByYear.Sum(), 9);
    }

    [Fact]
    public void Acceptability_values_the_discounted_life_years()
    {
        var pair = ScenarioPair.Load(TestModels.DefaultModelDir, Path.Combine(TestModels.ScenarioDir, "wijkpilot.yaml"), Basis);
        var det = pair.Compare();
        var none = new UncertainParameters(pair.Model.Parameters, []);
        // with a value λ per life-year, a point-value PSA accepts iff NB + λ·(discounted life-years) > 0
        var lambda = -det.Total.NetBenefitDiscounted / det.SelfReliantYearsGainedDiscounted;
        var psa = ProbabilisticAnalysis.Run(pair, none, new PsaOptions { Draws = 2, ValuesPerLifeYear = [lambda - Math.Abs(lambda) * 0.001, lambda + Math.Abs(lambda) * 0.001] });
        Assert.True(det.SelfReliantYearsGainedDiscounted > 0);
        Assert.Equal([0.0, 1.0], psa.Total.Acceptability.Select(a => a.Probability).ToArray());
    }

    [Fact]
    public void A_cost_on_an_outflow_state_is_refused_with_file_row_and_field_and_exit_code_2()
    {
        var dir = TestModels.CopyDefaultModel();
        File.AppendAllText(Path.Combine(dir, ModelFiles.CostsFile), "overleden;gemeente_wmo;alle;kosten_wmo_per_client\n");
        var ex = Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir));
        var e = Assert.Single(ex.Errors);
        Assert.Equal(ModelFiles.CostsFile, Path.GetFileName(e.File));
        Assert.Equal("toestand", e.Field);
        Assert.Equal("overleden", e.Value);
        Assert.NotNull(e.Row);
        Assert.Contains("uitstroomtoestand", e.Message);

        var (code, stdout, stderr) = Tests.Cli.CommandLine.Run("simulate", "-s", Path.Combine(TestModels.ScenarioDir, "wijkpilot.yaml"), "-c", Basis, "-p", dir);
        Assert.Equal(2, code);
        Assert.Contains("kosten.csv", stderr + stdout);
        Assert.Contains("uitstroomtoestand", stderr + stdout);
    }
}
