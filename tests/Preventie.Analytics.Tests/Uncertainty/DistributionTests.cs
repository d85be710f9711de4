using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Tests.Uncertainty;

public class DistributionTests
{
    private const int N = 100_000;
    private const double Z95 = 1.6448536269514722; // standard normal 95th percentile

    private static double[] Draw(ParameterDistribution d, int n = N)
    {
        var r = new DrawRandom(20240101, 0, SplitMix64.StableKey(d.Parameter));
        return Enumerable.Range(0, n).Select(_ => d.Sample(r)).ToArray();
    }

    private static void AssertMoments(double[] x, double mean, double sd)
    {
        var m = x.Average();
        var s = Math.Sqrt(x.Sum(v => (v - m) * (v - m)) / (x.Length - 1));
        var se = sd / Math.Sqrt(x.Length);
        Assert.InRange(m, mean - 5 * se, mean + 5 * se);           // 5 standard errors
        Assert.InRange(s, sd * 0.97, sd * 1.03);                  // sd within 3% at n = 100,000
    }

    /// <summary>The share of samples below the 5th/95th percentile must be 5%/95% within 4 binomial standard errors.</summary>
    private static void AssertPercentilesMatchSamples(ParameterDistribution d, double[] x)
    {
        var se = Math.Sqrt(0.05 * 0.95 / x.Length);
        var low = x.Count(v => v < d.Low) / (double)x.Length;
        var high = x.Count(v => v < d.High) / (double)x.Length;
        Assert.InRange(low, 0.05 - 4 * se, 0.05 + 4 * se);
        Assert.InRange(high, 0.95 - 4 * se, 0.95 + 4 * se);
    }

    [Fact]
    public void Beta_from_mean_and_sd_has_the_method_of_moments_shapes_and_moments()
    {
        var d = BetaDistribution.FromMeanSd("kans_herstel", 0.3, 0.1);
        // k = 0.3·0.7/0.01 − 1 = 20 → α = 6, β = 14
        Assert.Equal(6, d.Alpha, 10);
        Assert.Equal(14, d.Beta, 10);
        Assert.Equal(0.1, d.StandardDeviation, 12);
        var x = Draw(d);
        Assert.All(x, v => Assert.InRange(v, 0, 1));
        AssertMoments(x, 0.3, 0.1);
        AssertPercentilesMatchSamples(d, x);
    }

    [Fact]
    public void Beta_with_shapes_one_one_is_uniform_so_its_percentiles_are_closed_form()
    {
        var d = BetaDistribution.FromShapes("p", 1, 1);
        Assert.Equal(0.05, d.Low, 9);
        Assert.Equal(0.95, d.High, 9);
        Assert.Equal(0.5, d.Mean);
    }

    [Fact]
    public void Gamma_from_mean_and_sd_has_shape_and_rate_and_moments()
    {
        var d = GammaDistribution.FromMeanSd("kosten_wmo", 4560, 2280);
        Assert.Equal(4, d.Shape, 12);          // (4560/2280)²
        Assert.Equal(4560.0 / (2280 * 2280), d.Rate, 15);
        var x = Draw(d);
        Assert.All(x, v => Assert.True(v > 0));
        AssertMoments(x, 4560, 2280);
        AssertPercentilesMatchSamples(d, x);
        // shape 1 is exponential: closed-form quantile −ln(1−p)/rate
        var e = GammaDistribution.FromMeanSd("e", 10, 10);
        Assert.Equal(-Math.Log(0.95) * 10, e.Low, 6);
        Assert.Equal(-Math.Log(0.05) * 10, e.High, 6);
    }

    [Fact]
    public void LogNormal_from_mean_and_sd_has_closed_form_parameters_moments_and_percentiles()
    {
        var d = LogNormalDistribution.FromMeanSd("kosten_wlz", 70_000, 14_000);
        var s2 = Math.Log(1 + 0.04);
        Assert.Equal(Math.Sqrt(s2), d.Sigma, 12);
        Assert.Equal(Math.Log(70_000) - s2 / 2, d.Mu, 12);
        Assert.Equal(Math.Exp(d.Mu - Z95 * d.Sigma), d.Low, 6);
        Assert.Equal(Math.Exp(d.Mu + Z95 * d.Sigma), d.High, 6);
        var x = Draw(d);
        AssertMoments(x, 70_000, 14_000);
        AssertPercentilesMatchSamples(d, x);
    }

    [Fact]
    public void Gamma_from_shape_and_scale_and_lognormal_from_mu_and_sigma_follow_the_parameter_file_convention()
    {
        // parameters.csv: gamma p1 = shape, p2 = scale; lognormal p1 = μ, p2 = σ of ln(value)
        var g = GammaDistribution.FromShapeScale("kosten_wmo_per_client", 100, 45.6);
        Assert.Equal(4560, g.Mean, 9);
        AssertMoments(Draw(g), 4560, Math.Sqrt(100) * 45.6);
        var l = LogNormalDistribution.FromMuSigma("rr", Math.Log(0.8), 0.1);
        Assert.Equal(0.8 * Math.Exp(0.005), l.Mean, 12);
        Assert.Equal(0.8 * Math.Exp(-Z95 * 0.1), l.Low, 9);
        Assert.Equal(0.8 * Math.Exp(Z95 * 0.1), l.High, 9);
        var ex = Assert.Throws<InvalidDistributionException>(() => GammaDistribution.FromShapeScale("kosten_wmo_per_client", 100, -1));
        Assert.Contains("kosten_wmo_per_client", ex.Message);
        Assert.Throws<InvalidDistributionException>(() => LogNormalDistribution.FromMuSigma("rr", 0, -0.1));
    }

    [Fact]
    public void Normal_has_moments_and_closed_form_percentiles()
    {
        var d = new NormalDistribution("effect_incidentie", -0.1, 0.05);
        Assert.Equal(-0.1 - Z95 * 0.05, d.Low, 9);
        Assert.Equal(-0.1 + Z95 * 0.05, d.High, 9);
        var x = Draw(d);
        AssertMoments(x, -0.1, 0.05);
        AssertPercentilesMatchSamples(d, x);
    }

    [Fact]
    public void Triangular_has_closed_form_mean_sd_and_percentiles()
    {
        double a = 0, c = 0.1, b = 0.4;
        var d = new TriangularDistribution("effect", a, c, b);
        Assert.Equal((a + b + c) / 3, d.Mean, 12);
        // F(c) = (c−a)/(b−a) = 0.25 > 0.05 → low = a + √(p(b−a)(c−a)); 0.95 > 0.25 → high = b − √((1−p)(b−a)(b−c))
        Assert.Equal(a + Math.Sqrt(0.05 * (b - a) * (c - a)), d.Low, 9);
        Assert.Equal(b - Math.Sqrt(0.05 * (b - a) * (b - c)), d.High, 9);
        var sd = Math.Sqrt((a * a + b * b + c * c - a * b - a * c - b * c) / 18);
        var x = Draw(d);
        AssertMoments(x, d.Mean, sd);
        AssertPercentilesMatchSamples(d, x);
    }

    [Fact]
    public void Uniform_has_closed_form_moments_and_percentiles()
    {
        var d = new UniformDistribution("bereik", 0.2, 0.6);
        Assert.Equal(0.4, d.Mean, 12);
        Assert.Equal(0.22, d.Low, 12);
        Assert.Equal(0.58, d.High, 12);
        var x = Draw(d);
        Assert.All(x, v => Assert.InRange(v, 0.2, 0.6));
        AssertMoments(x, 0.4, 0.4 / Math.Sqrt(12));
    }

    [Fact]
    public void Zero_spread_returns_the_point_value_exactly()
    {
        var r = new DrawRandom(1, 1, 1);
        ParameterDistribution[] all =
        [
            BetaDistribution.FromMeanSd("a", 0.123456789, 0),
            GammaDistribution.FromMeanSd("b", 4560.12345, 0),
            LogNormalDistribution.FromMeanSd("c", 70_000.1, 0),
            new NormalDistribution("d", -0.0731, 0),
            new TriangularDistribution("e", 0.37, 0.37, 0.37),
            new UniformDistribution("f", 12.5, 12.5),
            new FixedValue("g", 3.3),
        ];
        double[] expected = [0.123456789, 4560.12345, 70_000.1, -0.0731, 0.37, 12.5, 3.3];
        for (var i = 0; i < all.Length; i++)
        {
            Assert.True(all[i].IsDegenerate);
            Assert.Equal(expected[i], all[i].Sample(r));
            Assert.Equal(expected[i], all[i].Low);
            Assert.Equal(expected[i], all[i].High);
            Assert.Equal(expected[i], all[i].Mean);
        }
    }

    [Theory]
    [InlineData("beta-mean", "kans_herstel", "tussen 0 en 1")]
    [InlineData("beta-negative-mean", "kans_herstel", "tussen 0 en 1")]
    [InlineData("beta-sd", "kans_herstel", "niet negatief")]
    [InlineData("beta-too-wide", "kans_herstel", "te groot")]
    [InlineData("beta-shapes", "kans_herstel", "groter dan 0")]
    [InlineData("gamma-mean", "kosten_wmo", "groter dan 0")]
    [InlineData("gamma-sd", "kosten_wmo", "niet negatief")]
    [InlineData("lognormal-mean", "kosten_wlz", "groter dan 0")]
    [InlineData("normal-sd", "effect", "niet negatief")]
    [InlineData("normal-nan", "effect", "geen geldig")]
    [InlineData("triangular-order", "effect", "groter dan het maximum")]
    [InlineData("triangular-mode", "effect", "niet tussen")]
    [InlineData("uniform-order", "bereik", "groter dan het maximum")]
    [InlineData("dirichlet-sum", "piramide", "samen 1")]
    [InlineData("dirichlet-negative", "piramide", "niet negatief")]
    [InlineData("dirichlet-concentration", "piramide", "niet negatief")]
    public void Invalid_parameters_are_rejected_with_a_Dutch_message_naming_the_parameter(string @case, string parameter, string phrase)
    {
        var ex = Assert.Throws<InvalidDistributionException>(() => Create(@case));
        Assert.Equal(parameter, ex.Parameter);
        Assert.StartsWith($"parameter '{parameter}': ", ex.Message);
        Assert.Contains(phrase, ex.Message);
    }

    private static object Create(string @case) => @case switch
    {
        "beta-mean" => BetaDistribution.FromMeanSd("kans_herstel", 1.2, 0.1),
        "beta-negative-mean" => BetaDistribution.FromMeanSd("kans_herstel", -0.1, 0.05),
        "beta-sd" => BetaDistribution.FromMeanSd("kans_herstel", 0.3, -0.1),
        "beta-too-wide" => BetaDistribution.FromMeanSd("kans_herstel", 0.5, 0.5),
        "beta-shapes" => BetaDistribution.FromShapes("kans_herstel", 0, 3),
        "gamma-mean" => GammaDistribution.FromMeanSd("kosten_wmo", 0, 100),
        "gamma-sd" => GammaDistribution.FromMeanSd("kosten_wmo", 100, -1),
        "lognormal-mean" => LogNormalDistribution.FromMeanSd("kosten_wlz", -5, 1),
        "normal-sd" => new NormalDistribution("effect", 0, -0.01),
        "normal-nan" => new NormalDistribution("effect", double.NaN, 0.01),
        "triangular-order" => new TriangularDistribution("effect", 0.5, 0.4, 0.3),
        "triangular-mode" => new TriangularDistribution("effect", 0.1, 0.5, 0.3),
        "uniform-order" => new UniformDistribution("bereik", 2, 1),
        "dirichlet-sum" => DirichletDistribution.FromShares("piramide", ["z", "t", "b"], [0.8, 0.15, 0.1], 100),
        "dirichlet-negative" => DirichletDistribution.FromShares("piramide", ["z", "t", "b"], [0.9, 0.15, -0.05], 100),
        "dirichlet-concentration" => DirichletDistribution.FromShares("piramide", ["z", "t", "b"], [0.8, 0.15, 0.05], -1),
        _ => throw new ArgumentException(@case),
    };

    [Fact]
    public void Beta_message_reads_as_Dutch_with_a_decimal_comma()
    {
        var ex = Assert.Throws<InvalidDistributionException>(() => BetaDistribution.FromMeanSd("kans_herstel", 1.2, 0.1));
        Assert.Equal("parameter 'kans_herstel': het gemiddelde van een bèta-verdeling moet tussen 0 en 1 liggen (gekregen: 1,2)", ex.Message);
    }

    [Fact]
    public void Dirichlet_samples_sum_to_one_with_the_closed_form_marginal_moments()
    {
        double[] shares = [0.8, 0.15, 0.05];
        const double n = 200;
        var d = DirichletDistribution.FromShares("piramide", ["zelfredzaam", "tijdelijk", "blijvend"], shares, n);
        var r = new DrawRandom(3, 0, 0);
        var draws = 50_000;
        var sum = new double[3];
        var sumSq = new double[3];
        Span<double> x = stackalloc double[3];
        for (var i = 0; i < draws; i++)
        {
            d.Sample(r, x);
            Assert.Equal(1.0, x[0] + x[1] + x[2], 12);
            for (var k = 0; k < 3; k++)
            {
                Assert.True(x[k] > 0);
                sum[k] += x[k];
                sumSq[k] += x[k] * x[k];
            }
        }
        for (var k = 0; k < 3; k++)
        {
            var mean = sum[k] / draws;
            var variance = sumSq[k] / draws - mean * mean;
            var expectedVariance = shares[k] * (1 - shares[k]) / (n + 1); // α_k(n−α_k)/(n²(n+1))
            Assert.InRange(mean, shares[k] - 5 * Math.Sqrt(expectedVariance / draws), shares[k] + 5 * Math.Sqrt(expectedVariance / draws));
            Assert.InRange(variance, expectedVariance * 0.96, expectedVariance * 1.04);
        }
        // the marginal of a share is Beta(α_k, n − α_k)
        Assert.Equal(BetaDistribution.FromShapes("m", 0.15 * n, 0.85 * n).Low, d.MarginalQuantile(1, 0.05), 12);
    }

    [Fact]
    public void Dirichlet_without_concentration_returns_the_shares_exactly_and_one_way_keeps_the_sum()
    {
        var d = DirichletDistribution.FromShares("piramide", ["z", "t", "b"], [0.8, 0.15, 0.05], 0);
        Span<double> x = stackalloc double[3];
        d.Sample(new DrawRandom(1), x);
        Assert.Equal([0.8, 0.15, 0.05], x.ToArray());
        var moved = d.WithShare(1, 0.25);
        Assert.Equal(0.25, moved[1]);
        Assert.Equal(1.0, moved.Sum(), 12);
        Assert.Equal(0.8 / 0.05, moved[0] / moved[2], 9); // the others keep their ratio
        // from other base shares: (0.5, 0.3, 0.2) with the first at 0.6 → the rest 0.4 split 3:2
        var fromPoint = DirichletDistribution.WithShare([0.5, 0.3, 0.2], 0, 0.6);
        Assert.Equal(0.6, fromPoint[0]);
        Assert.Equal(0.24, fromPoint[1], 12);
        Assert.Equal(0.16, fromPoint[2], 12);
    }
}
