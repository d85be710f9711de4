using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Population;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Simulation;
using Preventie.Analytics.Uncertainty;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Tests.Uncertainty;

/// <summary>Correlated parameters (Gaussian copula), distributions by mean and sd, plausibility checks, clamping counts.</summary>
public class CorrelationAndPlausibilityTests
{
    private static double Correlation(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var mx = x.Average();
        var my = y.Average();
        var sxy = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        return sxy / Math.Sqrt(x.Sum(a => (a - mx) * (a - mx)) * y.Sum(b => (b - my) * (b - my)));
    }

    private static double[] Ranks(IReadOnlyList<double> x)
    {
        var order = x.Select((v, i) => (v, i)).OrderBy(t => t.v).Select(t => t.i).ToArray();
        var r = new double[x.Count];
        for (var k = 0; k < order.Length; k++) r[order[k]] = k;
        return r;
    }

    [Fact]
    public void Copula_keeps_each_marginal_and_gives_the_closed_form_rank_correlation()
    {
        // For a Gaussian copula with correlation ρ, Spearman's rank correlation is (6/π)·asin(ρ/2) (closed form)
        const double rho = 0.6;
        var beta = BetaDistribution.FromShapes("a", 4, 12);
        var gamma = GammaDistribution.FromShapeScale("b", 3, 100);
        var copula = new GaussianCopula([beta, gamma], new[,] { { 1, rho }, { rho, 1 } });
        var random = new DrawRandom();
        var a = new List<double>();
        var b = new List<double>();
        Span<double> v = stackalloc double[2];
        for (var i = 0; i < 20_000; i++)
        {
            random.Reset(1, i, 99);
            copula.Sample(random, v);
            a.Add(v[0]);
            b.Add(v[1]);
        }
        var spearman = Correlation(Ranks(a), Ranks(b));
        var expected = 6 / Math.PI * Math.Asin(rho / 2);
        Assert.InRange(spearman, expected - 0.02, expected + 0.02);  // ≈ 3 standard errors at N = 20,000
        // marginals unchanged: means and sds within 4 standard errors
        Assert.InRange(a.Average(), beta.Mean - 4 * Math.Sqrt(beta.Variance / a.Count), beta.Mean + 4 * Math.Sqrt(beta.Variance / a.Count));
        Assert.InRange(b.Average(), gamma.Mean - 4 * Math.Sqrt(gamma.Variance / b.Count), gamma.Mean + 4 * Math.Sqrt(gamma.Variance / b.Count));
        Assert.All(a, x => Assert.InRange(x, 0, 1));
        Assert.All(b, x => Assert.True(x > 0));
    }

    [Theory]
    [InlineData(0.001)]
    [InlineData(0.05)]
    [InlineData(0.5)]
    [InlineData(0.95)]
    [InlineData(0.999)]
    public void The_copulas_fast_inverse_equals_the_library_quantile(double u)
    {
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, u);
        foreach (var d in new ParameterDistribution[] { BetaDistribution.FromShapes("a", 22, 78), BetaDistribution.FromShapes("b", 1, 199),
                     GammaDistribution.FromShapeScale("c", 100, 45.6), GammaDistribution.FromShapeScale("d", 0.8, 3) })
            Assert.Equal(d.Quantile(u), GaussianCopula.Inverse(d, u, z), 1e-7 * Math.Max(1, d.Quantile(u)));
    }

    [Fact]
    public void A_correlation_matrix_that_is_not_positive_definite_is_refused_in_Dutch()
    {
        var d = new[] { new NormalDistribution("x", 0, 1), new NormalDistribution("y", 0, 1), new NormalDistribution("z", 0, 1) };
        // x~y 0.9, y~z 0.9, x~z −0.9 is impossible
        var ex = Assert.Throws<InvalidDistributionException>(() => new GaussianCopula(d, new[,] { { 1, 0.9, -0.9 }, { 0.9, 1, 0.9 }, { -0.9, 0.9, 1 } }));
        Assert.Contains("positief definiet", ex.Message);
    }

    [Fact]
    public void Shipped_correlations_are_drawn_together_reproducibly_and_move_the_pair()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        Assert.NotEmpty(model.Correlations);
        var uncertain = UncertainParameters.For(model);
        var (copula, indices) = Assert.Single(uncertain.Copulas, c => c.Copula.Marginals.Any(m => m.Parameter == "herstel_maatwerk"));
        var sampler = uncertain.CreateSampler(7);
        var random = new DrawRandom();
        var x = new List<double>();
        var y = new List<double>();
        for (var draw = 0; draw < 4000; draw++)
        {
            var v = model.Parameters.DefaultVector();
            sampler.Sample(draw, random, v);
            x.Add(v[indices[0]]);
            y.Add(v[indices[1]]);
            var again = model.Parameters.DefaultVector();
            sampler.Sample(draw, new DrawRandom(), again);
            Assert.Equal(v, again);
        }
        var rho = copula.Correlation[0, 1];
        var expected = 6 / Math.PI * Math.Asin(rho / 2);
        Assert.InRange(Correlation(Ranks(x), Ranks(y)), expected - 0.05, expected + 0.05);
    }

    [Fact]
    public void Correlating_an_unknown_or_dirichlet_parameter_is_refused_with_file_row_and_field()
    {
        var dir = TestModels.CopyDefaultModel();
        File.AppendAllText(Path.Combine(dir, ModelFiles.CorrelationsFile), "aandeel_zelfredzaam;herstel_maatwerk;0,2;;ja;\n");
        var ex = Assert.Throws<DataValidationException>(() => UncertainParameters.For(ModelFiles.Load(dir)));
        Assert.Contains(ex.Errors, e => e.Value == "aandeel_zelfredzaam" && e.Row is not null && Path.GetFileName(e.File) == ModelFiles.CorrelationsFile);
        var dir2 = TestModels.CopyDefaultModel();
        File.AppendAllText(Path.Combine(dir2, ModelFiles.CorrelationsFile), "bestaat_niet;herstel_maatwerk;1,5;;;\n");
        var ex2 = Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir2));
        Assert.Contains(ex2.Errors, e => e.Field == "parameter1");
        Assert.Contains(ex2.Errors, e => e.Field == "correlatie");
        Assert.Contains(ex2.Errors, e => e.Field == "bron");
    }

    [Theory]
    [InlineData("beta_gem_sd", 0.3, 0.05)]
    [InlineData("gamma_gem_sd", 4560, 450)]
    [InlineData("lognormaal_gem_sd", 4560, 900)]
    [InlineData("normaal_gem_sd", -0.1, 0.03)]
    public void Distributions_by_mean_and_sd_have_that_mean_and_sd(string kind, double mean, double sd)
    {
        Assert.True(DistributionSpec.TryParseKind(kind, out var k, out var byMeanSd));
        Assert.True(byMeanSd);
        var d = UncertainParameters.FromSpec("x", new DistributionSpec(k, [mean, sd]) { ByMeanSd = true });
        Assert.Equal(mean, d.Mean, 9);
        Assert.Equal(sd, Math.Sqrt(d.Variance), 9);
    }

    private static DataValidationException LoadWithParameterLine(string name, string replacement)
    {
        var dir = TestModels.CopyDefaultModel();
        var path = Path.Combine(dir, ModelFiles.ParametersFile);
        var lines = File.ReadAllLines(path).Select(l => l.StartsWith(name + ";") ? replacement : l).ToArray();
        File.WriteAllLines(path, lines);
        return Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir));
    }

    [Fact]
    public void A_gamma_for_a_probability_is_refused_naming_the_parameter()
    {
        var ex = LoadWithParameterLine("herstel_maatwerk", "herstel_maatwerk;0,22;kans per jaar;;ja;gamma;22;0,01;;;");
        var e = Assert.Single(ex.Errors);
        Assert.Equal("verdeling", e.Field);
        Assert.NotNull(e.Row);
        Assert.Contains("herstel_maatwerk", e.Message);
        Assert.Contains("[0, 1]", e.Message);
    }

    [Fact]
    public void A_reach_with_a_uniform_beyond_one_is_refused()
    {
        var ex = LoadWithParameterLine("bereik_wijkpilot", "bereik_wijkpilot;0,5;aandeel van de wijkbewoners bereikt;;ja;uniform;0,2;1,2;;;");
        Assert.Contains("bereik_wijkpilot", Assert.Single(ex.Errors).Message);
    }

    [Fact]
    public void A_distribution_whose_mean_is_far_from_the_point_value_is_refused()
    {
        // beta(10, 10) has mean 0.5 and sd 0.11; the value 0.22 is more than one sd away
        var ex = LoadWithParameterLine("herstel_maatwerk", "herstel_maatwerk;0,22;kans per jaar;;ja;beta;10;10;;;");
        var e = Assert.Single(ex.Errors);
        Assert.Contains("standaardafwijking", e.Message);
        Assert.Contains("herstel_maatwerk", e.Message);
    }

    [Fact]
    public void A_negative_cost_or_a_normal_cost_is_refused_unless_the_parameter_may_be_negative()
    {
        var negative = LoadWithParameterLine("kosten_wmo_per_client", "kosten_wmo_per_client;-4560;euro per cliënt per jaar;bron;;;;;;;");
        Assert.Contains("negatief", Assert.Single(negative.Errors).Message);
        var normal = LoadWithParameterLine("kosten_wmo_per_client", "kosten_wmo_per_client;4560;euro per cliënt per jaar;bron;;normaal;4560;500;;;");
        Assert.Contains("negatieve bedragen", Assert.Single(normal.Errors).Message);

        // with the column negatief = ja it loads
        var dir = TestModels.CopyDefaultModel();
        var path = Path.Combine(dir, ModelFiles.ParametersFile);
        var lines = File.ReadAllLines(path).ToList();
        lines[0] += ";negatief";
        for (var i = 1; i < lines.Count; i++)
            if (lines[i].StartsWith("kosten_wmo_per_client;")) lines[i] = "kosten_wmo_per_client;4560;euro per cliënt per jaar;bron;;normaal;4560;500;;;;ja";
        File.WriteAllLines(path, lines);
        var model = ModelFiles.Load(dir);
        Assert.True(model.Parameters[model.Parameters.IndexOf("kosten_wmo_per_client")].MayBeNegative);
    }

    [Fact]
    public void Clamped_probabilities_are_counted_per_parameter_and_flagged_above_one_percent()
    {
        // two outflows from s0 (p01, p02), each uniform on [0.3, 0.7]: their sum exceeds 1 in 1/8 of the draws
        var basis = TextbookModelTests.Build();
        var set = basis.Parameters;
        var pair = ScenarioPair.From(CompiledScenario.Compile(basis, new Scenarios.Scenario
        {
            Name = "s", StartYear = new CalendarYear(2024), EndYear = new CalendarYear(2026),
            DiscountRate = new Interventions.SourcedValue(ValueExpression.Of(0), "test", false),
        }), null);
        var uncertain = new UncertainParameters(set, [new UniformDistribution("p_0_1", 0.3, 0.7), new UniformDistribution("p_0_2", 0.0, 0.5)]);
        // P(U(0.3,0.7) + U(0,0.5) > 1) = ∫ P(V > 1 − u) du: closed form (0.2² / 2) / (0.4·0.5) = 0.1
        var psa = ProbabilisticAnalysis.Run(pair, uncertain, new PsaOptions { Draws = 4000, Seed = 3 });
        Assert.InRange(psa.ClampedShare, 0.1 - 4 * Math.Sqrt(0.09 / 4000), 0.1 + 4 * Math.Sqrt(0.09 / 4000));
        Assert.True(psa.ClampingIsMaterial);
        var names = psa.ClampedParameters.Select(c => c.Parameter).ToHashSet();
        Assert.Contains("p_0_1", names);
        Assert.Contains("p_0_2", names);
        Assert.DoesNotContain("p_1_0", names); // the other row was never corrected
        Assert.All(psa.ClampedParameters, c => Assert.Equal(psa.ClampedDraws, c.Draws));
        var json = Preventie.Analytics.Output.PsaExport.ToJson(psa);
        Assert.Contains("\"begrenzing_meer_dan_1_procent\": true", json);
        Assert.Contains("p_0_1", json);
    }
}
