using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Tests.Uncertainty;

public class DrawRunnerTests
{
    private static (List<double[]> Outcomes, List<int> Order, List<int> Progress) Run(int draws, int threads, int chunk)
    {
        var sampler = new ParameterSampler(77,
        [
            (BetaDistribution.FromMeanSd("p", 0.3, 0.1), 0),
            (GammaDistribution.FromMeanSd("c", 1000, 300), 1),
        ],
        [(DirichletDistribution.FromShares("s", ["a", "b", "c"], [0.5, 0.3, 0.2], 50), new[] { 2, 3, 4 })]);
        var outcomes = new List<double[]>();
        var order = new List<int>();
        var progress = new List<int>();
        new DrawRunner(draws, threads, chunk).Run(5,
            () => new DrawRandom(),
            (rng, draw, outcome) => sampler.Sample(draw, rng, outcome),
            (draw, outcome) =>
            {
                order.Add(draw);
                outcomes.Add(outcome.ToArray());
            },
            progress.Add);
        return (outcomes, order, progress);
    }

    [Fact]
    public void Same_seed_gives_bit_identical_draws_on_one_and_two_threads_and_any_chunk_size()
    {
        var one = Run(2500, 1, 1024);
        var two = Run(2500, 2, 1024);
        var odd = Run(2500, 2, 97);
        Assert.Equal(Enumerable.Range(0, 2500), one.Order);
        Assert.Equal(one.Order, two.Order);
        for (var i = 0; i < 2500; i++)
        {
            Assert.Equal(one.Outcomes[i], two.Outcomes[i]);
            Assert.Equal(one.Outcomes[i], odd.Outcomes[i]);
        }
        Assert.Equal([1024, 2048, 2500], one.Progress);
        Assert.Equal(2500, odd.Progress[^1]);
    }

    [Fact]
    public void Parameters_keep_their_draws_when_other_parameters_are_added()
    {
        var alone = new ParameterSampler(5, [(new NormalDistribution("effect", 0, 1), 0)]);
        var withOthers = new ParameterSampler(5,
        [
            (new UniformDistribution("nieuw", 0, 1), 0),
            (new NormalDistribution("effect", 0, 1), 1),
        ]);
        var a = new double[1];
        var b = new double[2];
        var rng = new DrawRandom();
        for (var draw = 0; draw < 50; draw++)
        {
            alone.Sample(draw, rng, a);
            withOthers.Sample(draw, rng, b);
            Assert.Equal(a[0], b[1]);
        }
    }

    [Fact]
    public void Degenerate_distributions_leave_the_point_values_untouched()
    {
        var sampler = new ParameterSampler(5,
            [(BetaDistribution.FromMeanSd("p", 0.3, 0), 0), (new NormalDistribution("q", 7, 0), 1)],
            [(DirichletDistribution.FromShares("s", ["a", "b"], [0.4, 0.6], 0), new[] { 2, 3 })]);
        Assert.True(sampler.IsDegenerate);
        var v = new[] { 0.3, 7.0, 0.4, 0.6 };
        sampler.Sample(3, new DrawRandom(), v);
        Assert.Equal([0.3, 7.0, 0.4, 0.6], v);
    }

    [Fact]
    public void Dirichlet_draws_land_in_their_positions_and_sum_to_one()
    {
        var r = Run(300, 2, 64);
        Assert.All(r.Outcomes, o => Assert.Equal(1.0, o[2] + o[3] + o[4], 12));
        Assert.All(r.Outcomes, o => Assert.InRange(o[0], 0, 1));
    }
}
