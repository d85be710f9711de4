using MathNet.Numerics.Distributions;
using Preventie.Analytics.ValueOfInformation;

using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.ValueOfInformation;

public class EvppiTests
{
    /// <summary>INB = θ1 + θ2 + 0·θ3, θ1 ~ N(μ, σ1), θ2 ~ N(0, σ2), θ3 ~ U(0, 1) not in the model.</summary>
    private static (double[][] X, double[] Inb) Toy(int n, double mu, double s1, double s2, int seed)
    {
        var rng = new Random(seed);
        var x = new double[n][];
        var inb = new double[n];
        for (var i = 0; i < n; i++)
        {
            var t1 = mu + s1 * Normal.Sample(rng, 0, 1);
            var t2 = s2 * Normal.Sample(rng, 0, 1);
            x[i] = [t1, t2, rng.NextDouble()];
            inb[i] = t1 + t2;
        }
        return (x, inb);
    }

    /// <summary>E[max(0, X)] − max(0, μ) for X ~ N(μ, σ): σφ(μ/σ) + μΦ(μ/σ) − max(0, μ).</summary>
    private static double Analytic(double mu, double sigma) =>
        sigma * Normal.PDF(0, 1, mu / sigma) + mu * Normal.CDF(0, 1, mu / sigma) - Math.Max(0, mu);

    [Fact]
    public void Evppi_of_a_linear_toy_model_matches_the_closed_form_within_15_percent()
    {
        // E[INB | θ1] = θ1, so EVPPI(θ1) = E[max(0, θ1)] − max(0, μ); same for θ2 with mean 0 around a fixed μ: E[INB | θ2] = μ + θ2
        const double mu = 100, s1 = 300, s2 = 200;
        var (x, inb) = Toy(4000, mu, s1, s2, 11);
        var (v1, r1) = Evppi.Estimate(x, [0], inb);
        var (v2, _) = Evppi.Estimate(x, [1], inb);
        Assert.InRange(v1, 0.85 * Analytic(mu, s1), 1.15 * Analytic(mu, s1));
        Assert.InRange(v2, 0.85 * Analytic(mu, s2), 1.15 * Analytic(mu, s2));
        // the fit is stated and good: θ1 explains s1²/(s1²+s2²) = 69% of the variance
        Assert.InRange(r1, 0.6, 0.75);
    }

    [Fact]
    public void Evppi_of_all_uncertain_parameters_equals_the_evpi_and_an_unused_parameter_gives_zero()
    {
        const double mu = 50, s1 = 300, s2 = 200;
        var (x, inb) = Toy(4000, mu, s1, s2, 12);
        var evpi = Evppi.Evpi(inb);
        var analyticEvpi = Analytic(mu, Math.Sqrt(s1 * s1 + s2 * s2));
        Assert.InRange(evpi, 0.9 * analyticEvpi, 1.1 * analyticEvpi); // Monte Carlo check of the EVPI itself
        var (all, r2) = Evppi.Estimate(x, [0, 1, 2], inb);
        Assert.True(r2 > 0.95, $"R² {r2}");
        Assert.InRange(all, 0.9 * evpi, 1.05 * evpi);
        var (unused, _) = Evppi.Estimate(x, [2], inb);
        Assert.True(unused < 0.02 * evpi, $"EVPPI of an unused parameter {unused} vs EVPI {evpi}");
    }

    [Fact]
    public void Decision_evppi_gives_the_evpi_for_all_parameters_and_zero_for_an_unused_one_per_payer()
    {
        var (x, inb) = Toy(2000, 20, 300, 200, 13);
        var rows = TestPayers.Deventer.Rows;
        var groups = Enumerable.Range(0, rows.Count)
            .Select(g => g == rows.Gemeente || g == rows.Total ? inb : new double[inb.Length]).ToArray();
        var sample = new Analytics.Optimisation.DecisionSample(["theta1", "theta2", "ongebruikt"], x, groups, new double[inb.Length], rows);
        var result = DecisionEvppi.Compute(sample, [new EvppiGroup("alleen ongebruikt", ["ongebruikt"]), new EvppiGroup("theta1 en theta2", ["theta1", "theta2"])]);
        Assert.Equal(["gemeente", "totaal"], result.Evpi.Keys.Order());
        foreach (var payer in new[] { "gemeente", "totaal" })
        {
            var evpi = result.Evpi[payer];
            Assert.Equal(Evppi.Evpi(inb), evpi, 9);
            Assert.Equal(evpi, result.For(payer, true).Single(e => e.Name == DecisionEvppi.AllParameters).Value, 9);
            Assert.True(result.For(payer, true).Single(e => e.Name == "alleen ongebruikt").Value < 0.02 * evpi);
            Assert.True(result.For(payer, false).Single(e => e.Name == "ongebruikt").Value < 0.02 * evpi);
            // the two parameters that make up INB, fitted by the metamodel, come close to the EVPI too
            Assert.InRange(result.For(payer, true).Single(e => e.Name == "theta1 en theta2").Value, 0.85 * evpi, 1.05 * evpi);
        }
    }

    [Fact]
    public void Evpi_is_zero_when_the_decision_never_changes()
    {
        Assert.Equal(0, Evppi.Evpi([5, 10, 1, 3]));
        Assert.Equal(0, Evppi.Evpi([-5, -10, -1]));
        Assert.Equal(2.5, Evppi.Evpi([10, -5]), 12); // mean(5, 0) − max(0, 2,5)
    }
}
