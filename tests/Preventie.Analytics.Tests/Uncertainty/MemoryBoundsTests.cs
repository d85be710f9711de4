using Preventie.Analytics.Model;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Simulation;
using Preventie.Analytics.Uncertainty;
using Xunit;

namespace Preventie.Analytics.Tests.Uncertainty;

/// <summary>
/// Memory of the fast path, measured by the runtime's allocation counters (not by timing, so it holds on a loaded
/// machine): a run into a reused buffer allocates nothing, and a PSA allocates its outcome columns (draws × outcomes ×
/// 8 bytes, the price of exact percentiles) plus a fixed amount and a little short-lived garbage per draw (the Gaussian
/// copula's quantile functions, MathNet's root finding: about 200-500 bytes a draw with the shipped correlations).
/// </summary>
public class MemoryBoundsTests
{
    [Fact]
    public void A_lean_run_into_a_reused_buffer_allocates_nothing()
    {
        var pair = ScenarioPair.Load(TestModels.DefaultModelDir, Path.Combine(TestModels.ScenarioDir, "verschuiven-naar-voorliggend.yaml"),
            Path.Combine(TestModels.ScenarioDir, "basis.yaml"));
        var vector = pair.Model.Parameters.DefaultVector();
        var run = new PairedRun(pair.Scenario, pair.Comparator);
        run.Run(vector);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 50; i++) run.Run(vector);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_PSA_allocates_its_outcome_columns_and_a_fixed_amount_besides()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var pair = ScenarioPair.Load(model, Path.Combine(TestModels.ScenarioDir, "verschuiven-naar-voorliggend.yaml"),
            Path.Combine(TestModels.ScenarioDir, "basis.yaml"));
        var uncertain = UncertainParameters.For(model);
        var outcomes = model.Payers.Rows.Count * (pair.Scenario.Cycles + 1) + 2;
        long Overhead(int draws)
        {
            var options = new PsaOptions { Draws = draws, Seed = 1, MaxDegreeOfParallelism = 1 };
            ProbabilisticAnalysis.Run(pair, uncertain, options);
            // one thread, counted on this thread only (other tests run in parallel)
            var before = GC.GetAllocatedBytesForCurrentThread();
            ProbabilisticAnalysis.Run(pair, uncertain, options);
            return GC.GetAllocatedBytesForCurrentThread() - before - (long)draws * outcomes * sizeof(double);
        }
        var small = Overhead(1_000);
        var large = Overhead(20_000);
        // besides the columns: buffers, one chunk of outcomes, the cloud (≤ 1,000 draws) and the summaries
        Assert.InRange(small, 0, 4_000_000);
        Assert.InRange((large - small) / 19_000.0, -10, 1024);
    }
}
