using System.Globalization;
using System.Text.Json;
using Preventie.Analytics.Cli.Commands;
using Preventie.Analytics.Optimisation;
using Preventie.Analytics.Portfolio;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Portfolio;
using Preventie.Analytics.Tests.Simulation;
using Preventie.Analytics.Uncertainty;
using Preventie.Analytics.ValueOfInformation;

namespace Preventie.Analytics.Tests.Optimisation;

/// <summary>
/// One optimiser run on the shipped candidate set (1,000 draws, the default seed), shared by the tests of
/// <see cref="SharedDrawsTests"/>.
/// </summary>
public sealed class ShippedOptimiserRun
{
    /// <summary>Draws of the shared run (all of them are kept in the PSA cloud, default 1,000).</summary>
    public const int Draws = 1000;

    /// <summary>The seed of the shared run: the documented default of simulate, report, batch and optimize.</summary>
    public const ulong Seed = PsaOptions.DefaultSeed;

    /// <summary>The shipped candidate set.</summary>
    public CandidateSet Set { get; } = CandidateSetTests.Shipped();

    /// <summary>The optimiser's result; its <see cref="PortfolioResult.Sample"/> holds the optimiser's parameter draws.</summary>
    public PortfolioResult Result { get; }

    /// <summary>Runs the optimiser.</summary>
    public ShippedOptimiserRun() =>
        Result = PortfolioOptimiser.Run(Set, new OptimisationOptions { Draws = Draws, Seed = Seed, FrontierPoints = 0, ComputeEvppi = false, MaxDegreeOfParallelism = 2 });
}

/// <summary>
/// Issue 20: one parameter sampler, with the model's correlations, serves simulate, report, batch, optimize and the
/// EVPPI — the same seed gives the same draws (and so the same EVPI) everywhere, whatever the number of threads.
/// </summary>
[Collection("OptimiseConsole")]
public class SharedDrawsTests(ShippedOptimiserRun run) : IClassFixture<ShippedOptimiserRun>
{
    private static string Scenario(string file) => Path.Combine(TestModels.ScenarioDir, file);

    /// <summary>
    /// The shipped pair's per-draw discounted net benefit per payer group, recomputed here on the optimiser's parameter
    /// draws (each draw's vector = the pair model's point values with the optimiser's drawn values put in by name).
    /// </summary>
    private static double[][] NetBenefitOnOptimiserDraws(ScenarioPair pair, DecisionSample sample)
    {
        var parameters = pair.Model.Parameters;
        var positions = sample.ParameterNames.Select(parameters.IndexOf).ToArray();
        var rows = pair.Model.Payers.Rows;
        var perGroup = Enumerable.Range(0, rows.Count).Select(_ => new double[sample.Parameters.Length]).ToArray();
        var paired = new PairedRun(pair.Scenario, pair.Comparator);
        for (var d = 0; d < sample.Parameters.Length; d++)
        {
            var vector = parameters.DefaultVector();
            for (var k = 0; k < positions.Length; k++)
                if (positions[k] >= 0) vector[positions[k]] = sample.Parameters[d][k];
            paired.Run(vector);
            for (var g = 0; g < rows.Count; g++) perGroup[g][d] = paired.NetBenefitDiscounted(g);
        }
        return perGroup;
    }

    [Fact]
    public void The_optimiser_draws_every_uncertain_parameter_of_the_shipped_model()
    {
        // the reconstruction below puts the optimiser's draws into the pair's vector; it is only complete when the
        // optimiser reports every parameter that varies in the shipped model
        var pair = ScenarioPair.Load(TestModels.DefaultModelDir, Scenario("verschuiven-naar-voorliggend.yaml"), Scenario("basis.yaml"));
        var varying = pair.Model.Parameters.WithDistribution()
            .Where(t => t.Parameter.Distribution!.Kind == Parameters.DistributionKind.Dirichlet || !UncertainParameters.FromSpec(t.Parameter.Name, t.Parameter.Distribution).IsDegenerate)
            .Select(t => t.Parameter.Name);
        Assert.All(varying, name => Assert.Contains(name, run.Result.Sample.ParameterNames));
        Assert.Equal(ShippedOptimiserRun.Draws, run.Result.Sample.Parameters.Length);
    }

    [Fact]
    public void Optimiser_draws_equal_the_draws_of_the_report_psa_draw_for_draw()
    {
        // report (and batch) run the analysis layer's PSA; its cloud keeps every draw's municipal and other payers'
        // net benefit. Recomputed on the optimiser's parameter draws, the pair must give exactly those numbers.
        var analysis = Analytics.Analysis.AnalysisRunner.Run(TestModels.DefaultModelDir, Scenario("verschuiven-naar-voorliggend.yaml"), Scenario("basis.yaml"),
            new Analytics.Analysis.AnalysisOptions(ShippedOptimiserRun.Draws, (int)ShippedOptimiserRun.Seed));
        var pair = analysis.Pair;
        var psa = analysis.Psa!;
        var rows = pair.Model.Payers.Rows;
        var nb = NetBenefitOnOptimiserDraws(pair, run.Result.Sample);
        Assert.Equal(ShippedOptimiserRun.Draws, psa.Cloud.Count);
        for (var d = 0; d < psa.Cloud.Count; d++)
        {
            Assert.Equal(psa.Cloud[d].MunicipalNetBenefit, nb[rows.Gemeente][d]);
            Assert.Equal(psa.Cloud[d].OtherPayersNetBenefit, nb[rows.Total][d] - nb[rows.Gemeente][d]);
        }
        // and the municipal outcome does vary with the draws (otherwise the check above says nothing)
        Assert.True(nb[rows.Gemeente].Max() - nb[rows.Gemeente].Min() > 1000);
    }

    [Fact]
    public void Simulate_psa_json_has_the_evpi_and_chances_of_the_optimiser_draws()
    {
        // simulate --psa N --seed S --format json, as a user runs it: per payer its EVPI (money only) and the share of
        // draws with a positive net benefit are functions of the draws in draw order, so they must equal the same
        // figures computed from the optimiser's draws — the EVPI through the optimiser's own EVPI (Evppi.Evpi)
        var json = new StringWriter();
        var options = new PsaOptions { Draws = ShippedOptimiserRun.Draws, Seed = ShippedOptimiserRun.Seed, MaxDegreeOfParallelism = 2 };
        Assert.Equal(0, SimulatePsa.Execute(Scenario("verschuiven-naar-voorliggend.yaml"), Scenario("basis.yaml"), null, "json", TestModels.DefaultModelDir,
            options, BadInputTests.QuietConsole(), json));
        using var doc = JsonDocument.Parse(json.ToString());
        var pair = ScenarioPair.Load(TestModels.DefaultModelDir, Scenario("verschuiven-naar-voorliggend.yaml"), Scenario("basis.yaml"));
        var rows = pair.Model.Payers.Rows;
        var nb = NetBenefitOnOptimiserDraws(pair, run.Result.Sample);
        var payers = doc.RootElement.GetProperty("betalers").EnumerateArray().ToDictionary(p => p.GetProperty("code").GetString()!);
        foreach (var g in new[] { rows.Gemeente, rows.Total })
        {
            var payer = payers[rows.Code(g)];
            Assert.Equal(payer.GetProperty("evpi").GetDouble(), Evppi.Evpi(nb[g]));
            var summary = payer.GetProperty("netto_baat_contant");
            Assert.Equal(summary.GetProperty("kans_positief").GetDouble(), nb[g].Count(v => v > 0) / (double)ShippedOptimiserRun.Draws);
            var mean = nb[g].Average();
            Assert.Equal(summary.GetProperty("gemiddelde").GetDouble(), mean, Math.Abs(mean) * 1e-12);
        }
    }

    /// <summary>Spearman's rank correlation: Pearson's correlation of the ranks (ties share their mean rank).</summary>
    private static double Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        static double[] Ranks(IReadOnlyList<double> v)
        {
            var order = Enumerable.Range(0, v.Count).OrderBy(i => v[i]).ToArray();
            var ranks = new double[v.Count];
            for (var start = 0; start < order.Length;)
            {
                var end = start;
                while (end + 1 < order.Length && v[order[end + 1]] == v[order[start]]) end++;
                for (var k = start; k <= end; k++) ranks[order[k]] = (start + end) / 2.0 + 1;
                start = end + 1;
            }
            return ranks;
        }
        var (rx, ry) = (Ranks(x), Ranks(y));
        var (mx, my) = (rx.Average(), ry.Average());
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < rx.Length; i++)
        {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>The pairs of the shipped correlaties.csv, read here (parameter1;parameter2;correlatie, Dutch decimal comma).</summary>
    private static IReadOnlyList<(string First, string Second, double Rho)> ShippedCorrelations() =>
        File.ReadLines(Path.Combine(TestModels.DefaultModelDir, "correlaties.csv")).Skip(1)
            .Where(l => !string.IsNullOrWhiteSpace(l) && !l.StartsWith('#'))
            .Select(l => l.Split(';'))
            .Select(f => (f[0], f[1], double.Parse(f[2], CultureInfo.GetCultureInfo("nl-NL"))))
            .ToList();

    [Fact]
    public void Optimiser_draws_show_the_shipped_rank_correlations()
    {
        // the copula correlates the underlying normals with ρ; the rank correlation of such a pair is (6/π)·asin(ρ/2)
        // (closed form, invariant under each marginal). Its sampling sd is about (1 + ρs²/2)^½ (1 − ρs²) / √(n − 3)
        // (Bonett and Wright 2000); the draws must lie within four of those. Uncorrelated draws (the defect) give ≈ 0.
        var correlations = ShippedCorrelations();
        Assert.Equal(2, correlations.Count);
        var sample = run.Result.Sample;
        double[] Column(string name)
        {
            var k = sample.ParameterNames.ToList().FindIndex(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            Assert.True(k >= 0, $"{name} is not among the optimiser's draws");
            return sample.Parameters.Select(p => p[k]).ToArray();
        }
        var n = sample.Parameters.Length;
        foreach (var (first, second, rho) in correlations)
        {
            var expected = 6 / Math.PI * Math.Asin(rho / 2);
            var sd = Math.Sqrt(1 + expected * expected / 2) * (1 - expected * expected) / Math.Sqrt(n - 3);
            var observed = Spearman(Column(first), Column(second));
            Assert.True(Math.Abs(observed - expected) < 4 * sd,
                $"{first} ~ {second}: rank correlation {observed:0.000}, expected {expected:0.000} ± {4 * sd:0.000} (correlatie {rho})");
        }
    }

    [Fact]
    public void Optimize_reports_the_same_evpi_as_the_psa_of_its_decision_with_the_same_seed()
    {
        // optimize's EVPI is that of its decision: the chosen portfolio against the current one. The PSA that simulate
        // and report run (ProbabilisticAnalysis with the model's uncertain parameters), run on that decision with the
        // same seed and draws, must give the identical EVPI per payer group.
        const int draws = 200;
        const ulong seed = 11;
        var stdout = new StringWriter();
        var options = OptimizeCommand.ParseOptions(null, null, "alle-betalers", null, [], [], [], false, draws, seed, 2, true);
        Assert.Equal(0, OptimizeCommand.Execute(options with { FrontierPoints = 0 }, "json", null, null, null, null, null, BadInputTests.QuietConsole(), stdout));
        using var doc = JsonDocument.Parse(stdout.ToString());
        var root = doc.RootElement;
        var set = run.Set;
        var scaleOf = root.GetProperty("portfolio").EnumerateArray().ToDictionary(p => p.GetProperty("activity").GetString()!, p => p.GetProperty("scale").GetDouble());
        var scales = set.Candidates.Select(c => scaleOf[c.Name]).ToArray();
        var chosen = CompiledScenario.Compile(set.Model, set.Build(scales, "gekozen"));
        var current = CompiledScenario.Compile(set.Model, set.Build(set.CurrentScales, "huidig"));
        var psa = ProbabilisticAnalysis.Run(chosen, current, UncertainParameters.For(set.Model), new PsaOptions { Draws = draws, Seed = seed, MaxDegreeOfParallelism = 1 });
        var evpi = root.GetProperty("evpi").EnumerateObject().ToList();
        Assert.Contains(evpi, e => e.Name == "gemeente");
        Assert.Contains(evpi, e => e.Name == "totaal");
        Assert.Contains(evpi, e => e.Value.GetDouble() > 0); // a decision with something to learn, so the check has teeth
        foreach (var e in evpi)
            Assert.Equal(psa.Groups.Single(g => g.Code == e.Name).Evpi, e.Value.GetDouble());
    }

    [Fact]
    public void Thread_count_does_not_change_the_optimiser_draws_or_the_psa_draws()
    {
        // uneven slices (3 threads on 70 draws) and one thread must give the bit-identical parameter draws
        var set = run.Set;
        DecisionSample Sample(int threads) => PortfolioOptimiser.Run(set,
            new OptimisationOptions { Draws = 70, Seed = 5, FrontierPoints = 0, ComputeEvppi = false, MaxDegreeOfParallelism = threads }).Sample;
        var one = Sample(1);
        var three = Sample(3);
        Assert.Equal(one.ParameterNames, three.ParameterNames);
        for (var d = 0; d < one.Parameters.Length; d++)
            Assert.Equal(one.Parameters[d], three.Parameters[d]);
        // the first 70 draws of the shared run (seed 20240101, 2 threads) are those of the same seed on 1 thread
        var shared = PortfolioOptimiser.Run(set, new OptimisationOptions
        {
            Draws = 70, Seed = ShippedOptimiserRun.Seed, FrontierPoints = 0, ComputeEvppi = false, MaxDegreeOfParallelism = 1,
        }).Sample;
        for (var d = 0; d < shared.Parameters.Length; d++)
            Assert.Equal(run.Result.Sample.Parameters[d], shared.Parameters[d]);
    }
}
