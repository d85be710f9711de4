using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Output;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Simulation;
using Preventie.Analytics.Uncertainty;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Tests.Uncertainty;

public class ProbabilisticAnalysisTests
{
    private static readonly Lazy<(ModelDefinition Model, CompiledScenario Scenario, CompiledScenario Comparator)> Default = new(() =>
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var scenario = CompiledScenario.Compile(model, ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, "verschuiven-naar-voorliggend.yaml"), model));
        var comparator = CompiledScenario.Compile(model, ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, "basis.yaml"), model));
        return (model, scenario, comparator);
    });

    /// <summary>Every declared distribution replaced by the same kind with zero spread around the point value.</summary>
    private static UncertainParameters WithoutSpread(ParameterSet set)
    {
        var scalars = new List<ParameterDistribution>();
        foreach (var (_, p) in set.WithDistribution())
        {
            var v = p.Value;
            switch (p.Distribution!.Kind)
            {
                case DistributionKind.Beta: scalars.Add(BetaDistribution.FromMeanSd(p.Name, v, 0)); break;
                case DistributionKind.Gamma: scalars.Add(GammaDistribution.FromMeanSd(p.Name, v, 0)); break;
                case DistributionKind.LogNormal: scalars.Add(LogNormalDistribution.FromMeanSd(p.Name, v, 0)); break;
                case DistributionKind.Normal: scalars.Add(new NormalDistribution(p.Name, v, 0)); break;
                case DistributionKind.Triangular: scalars.Add(new TriangularDistribution(p.Name, v, v, v)); break;
                case DistributionKind.Uniform: scalars.Add(new UniformDistribution(p.Name, v, v)); break;
            }
        }
        var groups = set.WithDistribution().Where(t => t.Parameter.Distribution!.Kind == DistributionKind.Dirichlet)
            .GroupBy(t => t.Parameter.Distribution!.Group!)
            .Select(g => DirichletDistribution.FromShares(g.Key, g.Select(t => t.Parameter.Name).ToList(), g.Select(t => t.Parameter.Value).ToList(), 0));
        return new UncertainParameters(set, scalars, groups);
    }

    [Fact]
    public void With_every_spread_at_zero_the_PSA_equals_the_deterministic_run_exactly()
    {
        var (model, scenario, comparator) = Default.Value;
        var uncertain = WithoutSpread(model.Parameters);
        Assert.True(uncertain.Count > 20);
        Assert.True(uncertain.IsDegenerate);
        var psa = ProbabilisticAnalysis.Run(scenario, comparator, uncertain, new PsaOptions { Draws = 40, ChunkSize = 16, MaxDegreeOfParallelism = 2 });
        var det = ScenarioComparison.Create(scenario.RunWithTrace(), comparator.RunWithTrace());

        var expected = det.Rows.ToList();
        Assert.Equal(expected.Count, psa.Groups.Count);
        for (var g = 0; g < expected.Count; g++)
        {
            var e = expected[g];
            var r = psa.Groups[g];
            Assert.Equal(e.Code, r.Code);
            Assert.Equal(e.NetBenefitDiscounted, r.PointEstimate);
            Assert.Equal(e.NetBenefitDiscounted, r.NetBenefit.Mean);
            Assert.Equal(e.NetBenefitDiscounted, r.NetBenefit.Low);
            Assert.Equal(e.NetBenefitDiscounted, r.NetBenefit.High);
            Assert.Equal(0, r.NetBenefit.StandardDeviation);
            Assert.Equal(e.NetBenefitDiscounted > 0 ? 1 : 0, r.NetBenefit.ProbabilityPositive);
            for (var t = 0; t < det.Years.Count; t++)
            {
                Assert.Equal(e.NetBenefitByYear[t], r.NetBenefitByYear[t].Mean);
                Assert.Equal(e.NetBenefitByYear[t], r.NetBenefitByYear[t].Low);
                Assert.Equal(e.NetBenefitByYear[t], r.NetBenefitByYear[t].High);
            }
            Assert.Equal(e.BreakEvenYear is { } y && y <= new CalendarYear(2030) ? 1 : 0, r.BreakEvenInTerm);
            Assert.Equal(0, r.Evpi); // no uncertainty, nothing to learn
        }
        Assert.Equal(det.SelfReliantYearsGained, psa.SelfReliantYearsGained.Mean);
        Assert.Equal(det.DiscountRate, psa.DiscountRate);
    }

    [Fact]
    public void For_costs_only_the_model_is_linear_and_the_PSA_mean_converges_to_the_analytic_mean()
    {
        var (model, scenario, comparator) = Default.Value;
        var set = model.Parameters;
        // the cost parameters enter the net benefit linearly (cost per person × person-years, transitions fixed)
        var costs = set.WithDistribution().Where(t => t.Parameter.Name.StartsWith("kosten_") || t.Parameter.Name.StartsWith("eigen_bijdrage_")).ToList();
        Assert.True(costs.Count >= 5);
        var uncertain = new UncertainParameters(set, costs.Select(t => UncertainParameters.FromSpec(t.Parameter.Name, t.Parameter.Distribution!)));

        // analytic means of the declared distributions, from their arguments (closed forms)
        var meanVector = set.DefaultVector();
        foreach (var (i, p) in costs)
        {
            var a = p.Distribution!.Arguments;
            meanVector[i] = p.Distribution.Kind switch
            {
                DistributionKind.Gamma => a[0] * a[1],
                DistributionKind.Triangular => (a[0] + a[1] + a[2]) / 3,
                DistributionKind.Uniform => (a[0] + a[1]) / 2,
                _ => throw new InvalidOperationException(p.Name),
            };
        }
        double Total(double[] v) => ScenarioComparison.Create(scenario.RunWithTrace(v), comparator.RunWithTrace(v)).Total.NetBenefitDiscounted;
        double Gemeente(double[] v) => ScenarioComparison.Create(scenario.RunWithTrace(v), comparator.RunWithTrace(v)).Gemeente.NetBenefitDiscounted;

        // check linearity: f((x+y)/2) = (f(x)+f(y))/2 for two far-apart cost vectors
        var low = set.DefaultVector();
        var high = set.DefaultVector();
        foreach (var (i, _) in costs) { low[i] *= 0.5; high[i] *= 1.7; }
        var mid = low.Zip(high, (x, y) => (x + y) / 2).ToArray();
        Assert.Equal((Total(low) + Total(high)) / 2, Total(mid), 1e-6 * Math.Abs(Total(mid)) + 1e-3);

        var analyticTotal = Total(meanVector);
        var analyticGemeente = Gemeente(meanVector);
        var psa = ProbabilisticAnalysis.Run(scenario, comparator, uncertain, new PsaOptions { Draws = 4000, Seed = 7 });
        // stated tolerance: 4 Monte Carlo standard errors (sd/√N)
        Assert.InRange(psa.Total.NetBenefit.Mean, analyticTotal - 4 * psa.Total.NetBenefit.StandardError, analyticTotal + 4 * psa.Total.NetBenefit.StandardError);
        Assert.InRange(psa.Gemeente.NetBenefit.Mean, analyticGemeente - 4 * psa.Gemeente.NetBenefit.StandardError, analyticGemeente + 4 * psa.Gemeente.NetBenefit.StandardError);
        Assert.True(psa.Total.NetBenefit.StandardDeviation > 0);
    }

    [Fact]
    public void Same_seed_gives_identical_output_on_one_and_two_threads_and_another_seed_differs()
    {
        var (model, scenario, comparator) = Default.Value;
        var uncertain = UncertainParameters.FromParameterSet(model.Parameters);
        PsaResult Run(int threads, ulong seed) => ProbabilisticAnalysis.Run(scenario, comparator, uncertain,
            new PsaOptions { Draws = 1500, Seed = seed, MaxDegreeOfParallelism = threads, ChunkSize = 256 });
        var one = PsaExport.ToJson(Run(1, 42));
        var two = PsaExport.ToJson(Run(2, 42));
        Assert.Equal(one, two);
        Assert.Equal(PsaExport.PayersCsv(Run(1, 42)), PsaExport.PayersCsv(Run(2, 42)));
        Assert.NotEqual(one, PsaExport.ToJson(Run(2, 43)));
    }

    [Fact]
    public void Cloud_keeps_the_first_draws_in_order_bounded_and_the_same_on_one_and_two_threads()
    {
        var (model, scenario, comparator) = Default.Value;
        var uncertain = UncertainParameters.FromParameterSet(model.Parameters);
        PsaResult Run(int draws, int cloud, int threads) => ProbabilisticAnalysis.Run(scenario, comparator, uncertain,
            new PsaOptions { Draws = draws, CloudDraws = cloud, Seed = 7, MaxDegreeOfParallelism = threads, ChunkSize = 64 });

        // all draws kept: the cloud is the whole PSA, so its share positive and mean are the summaries'
        var all = Run(300, 1000, 2);
        Assert.Equal(300, all.Cloud.Count);
        Assert.Equal(all.Gemeente.NetBenefit.ProbabilityPositive, (double)all.Cloud.Count(d => d.MunicipalNetBenefit > 0) / 300);
        Assert.Equal(all.Gemeente.NetBenefit.Mean, all.Cloud.Average(d => d.MunicipalNetBenefit), 1e-9 * Math.Abs(all.Gemeente.NetBenefit.Mean) + 1e-6);
        Assert.Equal(all.Total.NetBenefit.Mean - all.Gemeente.NetBenefit.Mean, all.Cloud.Average(d => d.OtherPayersNetBenefit),
            1e-9 * Math.Abs(all.Total.NetBenefit.Mean) + 1e-6);
        Assert.True(all.Cloud.Select(d => d.MunicipalNetBenefit).Distinct().Count() > 250);

        // more draws, a small cloud: bounded at K whatever N, the first K draws (a prefix of the run above), thread-independent
        var one = Run(900, 100, 1);
        var two = Run(900, 100, 2);
        Assert.Equal(100, one.Cloud.Count);
        Assert.Equal(100, Run(1800, 100, 2).Cloud.Count);
        Assert.Equal(one.Cloud, two.Cloud);
        Assert.Equal(all.Cloud.Take(100), one.Cloud);
        Assert.Empty(Run(50, 0, 2).Cloud);
        Assert.Contains(new PsaOptions { CloudDraws = -1 }.Validate(), m => m.Contains("puntenwolk"));
    }

    [Fact]
    public void Invalid_distribution_parameters_are_rejected_with_Dutch_messages_naming_each_parameter()
    {
        var set = new ParameterSet(
        [
            new Parameter("kans_herstel", 0.3, "kans", null, true, new DistributionSpec(DistributionKind.Beta, [0, 3])),
            new Parameter("effect_wijk", -0.1, "relatief", null, true, new DistributionSpec(DistributionKind.Normal, [-0.1, -0.05])),
            new Parameter("kosten_x", 100, "euro", "bron", false, new DistributionSpec(DistributionKind.Gamma, [100, 1])),
        ]);
        var ex = Assert.Throws<DataValidationException>(() => UncertainParameters.FromParameterSet(set, "parameters.csv"));
        Assert.Equal(2, ex.Errors.Count);
        Assert.Contains("parameter 'kans_herstel'", ex.Errors[0].Message);
        Assert.Contains("groter dan 0", ex.Errors[0].Message);
        Assert.Contains("parameter 'effect_wijk'", ex.Errors[1].Message);
        Assert.Contains("niet negatief", ex.Errors[1].Message);
        Assert.Contains("parameters.csv", ex.Message);
    }

    [Fact]
    public void Invalid_options_are_rejected_in_Dutch()
    {
        var (model, scenario, comparator) = Default.Value;
        var ex = Assert.Throws<DataValidationException>(() => ProbabilisticAnalysis.Run(scenario, comparator,
            UncertainParameters.FromParameterSet(model.Parameters), new PsaOptions { Draws = 200_000 }));
        Assert.Contains("trekkingen", ex.Message);
    }

    [Fact]
    public void One_way_bounds_are_the_percentiles_and_each_end_equals_a_deterministic_run()
    {
        var (model, scenario, comparator) = Default.Value;
        var set = model.Parameters;
        var uncertain = UncertainParameters.FromParameterSet(set);
        var result = OneWaySensitivity.Run(scenario, comparator, uncertain);
        Assert.Equal(uncertain.Count, result.Rows.Count);

        // a uniform parameter: 5th/95th percentile = min + 0.05/0.95 (max − min)
        var (ui, up) = set.WithDistribution().First(t => t.Parameter.Distribution!.Kind == DistributionKind.Uniform);
        var row = result.Rows.Single(r => r.Parameter == up.Name);
        var (a, b) = (up.Distribution!.Arguments[0], up.Distribution.Arguments[1]);
        Assert.Equal(a + 0.05 * (b - a), row.Low, 12);
        Assert.Equal(a + 0.95 * (b - a), row.High, 12);

        // the most influential municipal parameter, recomputed through the deterministic path
        var top = result.RankedByGemeente[0];
        var v = set.DefaultVector();
        v[set.IndexOf(top.Parameter)] = top.High;
        if (set[set.IndexOf(top.Parameter)].Distribution!.Kind != DistributionKind.Dirichlet)
        {
            var det = ScenarioComparison.Create(scenario.RunWithTrace(v), comparator.RunWithTrace(v));
            Assert.Equal(det.Gemeente.NetBenefitDiscounted, top.GemeenteAtHigh);
            Assert.Equal(det.Total.NetBenefitDiscounted, top.TotalAtHigh);
        }
        var baseline = ScenarioComparison.Create(scenario.RunWithTrace(), comparator.RunWithTrace());
        Assert.Equal(baseline.Gemeente.NetBenefitDiscounted, result.BaseGemeente);

        // ranking is by decreasing swing
        var swings = result.RankedByGemeente.Select(r => r.GemeenteSwing).ToList();
        Assert.Equal(swings.OrderByDescending(s => s).ToList(), swings);
        var totals = result.RankedByTotal.Select(r => r.TotalSwing).ToList();
        Assert.Equal(totals.OrderByDescending(s => s).ToList(), totals);
        Assert.Contains(result.Rows, r => r.GemeenteSwing > 0);
    }

    [Fact]
    public void One_way_moves_a_Dirichlet_share_to_its_marginal_percentiles_and_rescales_the_rest_of_its_group()
    {
        var (model, scenario, comparator) = Default.Value;
        var set = model.Parameters;
        var group = set.WithDistribution().Where(t => t.Parameter.Distribution!.Kind == DistributionKind.Dirichlet).ToList();
        Assert.True(group.Count >= 2);
        var (index, share) = group[1];
        var alpha = group.Sum(t => t.Parameter.Distribution!.Arguments[0]);
        var a = share.Distribution!.Arguments[0];
        var row = OneWaySensitivity.Run(scenario, comparator, UncertainParameters.FromParameterSet(set)).Rows.Single(r => r.Parameter == share.Name);
        // the marginal of a Dirichlet share is Beta(α_k, Σα − α_k)
        Assert.Equal(MathNet.Numerics.Distributions.Beta.InvCDF(a, alpha - a, 0.05), row.Low, 12);
        Assert.Equal(MathNet.Numerics.Distributions.Beta.InvCDF(a, alpha - a, 0.95), row.High, 12);

        var v = set.DefaultVector();
        var others = group.Where(t => t.Index != index).ToList();
        var rest = others.Sum(t => v[t.Index]);
        foreach (var (i, _) in others) v[i] = v[i] * (1 - row.High) / rest;
        v[index] = row.High;
        Assert.Equal(1.0, group.Sum(t => v[t.Index]), 12);
        var det = ScenarioComparison.Create(scenario.RunWithTrace(v), comparator.RunWithTrace(v));
        Assert.Equal(det.Total.NetBenefitDiscounted, row.TotalAtHigh, 6);
    }

    [Fact]
    public void One_way_accepts_given_bounds_and_rejects_unknown_or_reversed_ones()
    {
        var (model, scenario, comparator) = Default.Value;
        var uncertain = UncertainParameters.FromParameterSet(model.Parameters);
        var result = OneWaySensitivity.Run(scenario, comparator, uncertain,
            new Dictionary<string, (double, double)> { ["discontovoet"] = (0.0, 0.04) });
        var row = result.Rows.Single(r => r.Parameter == "discontovoet");
        Assert.Equal(0.0, row.Low);
        Assert.Equal(0.04, row.High);
        Assert.Throws<DataValidationException>(() => OneWaySensitivity.Run(scenario, comparator, uncertain,
            new Dictionary<string, (double, double)> { ["bestaat_niet"] = (0, 1) }));
        Assert.Throws<DataValidationException>(() => OneWaySensitivity.Run(scenario, comparator, uncertain,
            new Dictionary<string, (double, double)> { ["discontovoet"] = (0.05, 0.01) }));
    }

    [Fact]
    public void Html_escapes_names_from_data()
    {
        var s = new OutcomeSummary(1, 0, 2, 1, 0.5, 10);
        var group = new PayerUncertainty("totaal", "Alle betalers", 1, s, [s], [new AcceptabilityPoint(0, 0.5, 1)], 1, 0.5);
        var groups = Enumerable.Range(0, TestPayers.Deventer.Rows.Count).Select(_ => group).ToList();
        var r = new PsaResult("<script>x</script>", "A & B", new CalendarYear(2024), 1, new PsaOptions { ValuesPerLifeYear = [0] }, 0.0225, TestPayers.Deventer.Rows, groups, s, ["p: <b>"]);
        var html = Preventie.Analytics.Reporting.ResultRendering.Html(r);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("A &amp; B", html);
        Assert.Contains("p: &lt;b&gt;", html);
        var oneWay = new OneWayResult("<i>s</i>", "c", 0, 0, [new OneWayRow("<p>", "d", 1, 0, 2, 0, 1, 0, 1)]);
        Assert.DoesNotContain("<p>", Preventie.Analytics.Reporting.ResultRendering.Html(oneWay));
        Assert.DoesNotContain("<i>", Preventie.Analytics.Reporting.ResultRendering.Html(oneWay));
    }
}
