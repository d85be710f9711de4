using Preventie.Analytics.Quantities;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Preventie.Analytics.Evidence;
using Preventie.Analytics.Input;
using Preventie.Analytics.Optimisation;
using Preventie.Analytics.Tests.Portfolio;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Optimisation;

/// <summary>Advice a council can follow: legal tasks kept by default, no candidate chosen "for free", and a budget
/// frontier on which a larger budget never gives a worse optimum.</summary>
[Collection("OptimiseConsole")]
public class CouncilAdviceTests
{
    private static readonly OptimisationOptions Quick = new() { Draws = 20, Seed = 4, FrontierPoints = 0, ComputeEvppi = false, Objective = PortfolioObjective.NetBenefitMunicipality };

    [Fact]
    public void Vroegsignalering_schulden_is_a_legal_task_with_its_law_and_source()
    {
        var evidence = EvidenceTable.Load(Path.Combine(TestModels.RepoRoot, "data", "evidence"), Analytics.Model.ModelFiles.Load(TestModels.DefaultModelDir));
        var task = evidence.LegalTaskFor("vroegsignalering schulden");
        Assert.NotNull(task);
        Assert.Contains("Wet gemeentelijke schuldhulpverlening", task!.Law);
        Assert.StartsWith("https://wetten.overheid.nl/", task.Source);
        var set = CandidateSetTests.Shipped();
        Assert.Equal(task.Law, set.Candidates.Single(c => c.Name == "Vroegsignalering schulden").LegalTask);
        // only the named activity: the scaled-up programme is a choice, not the legal minimum
        Assert.Null(set.Candidates.Single(c => c.Name == "Vroegsignalering schulden (opgeschaald)").LegalTask);
    }

    [Fact]
    public void A_legal_task_file_without_law_or_source_is_refused_naming_row_and_field()
    {
        var dir = Path.Combine(Path.GetTempPath(), "preventie-ev-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(Path.Combine(TestModels.RepoRoot, "data", "evidence"))) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        File.WriteAllText(Path.Combine(dir, EvidenceTable.LegalTasksFile), "naam;wettelijke_taak;bron\nVroegsignalering schulden;;\n");
        var ex = Assert.Throws<DataValidationException>(() => EvidenceTable.Load(dir, Analytics.Model.ModelFiles.Load(TestModels.DefaultModelDir)));
        Assert.Contains(ex.Errors, e => e.Field == "wettelijke_taak" && e.Row == 2);
        Assert.Contains(ex.Errors, e => e.Field == "bron" && e.Row == 2);
    }

    [Fact]
    public void A_legal_task_is_never_on_the_stop_list_by_default_and_may_stop_only_when_explicitly_allowed()
    {
        var set = CandidateSetTests.Shipped();
        var cost = set.Candidates.Single(c => c.Name == "Vroegsignalering schulden").CostPerYear;
        Assert.True(cost > 0);
        // a budget below its cost: by default refused (it must stay), not stopped
        var ex = Assert.Throws<DataValidationException>(() => PortfolioOptimiser.Run(set, Quick with { Budget = new Money(cost / 2) }));
        Assert.Contains("moeten blijven", ex.Errors[0].Message);
        // with room for it, kept at least at its current scale and said why
        var kept = PortfolioOptimiser.Run(set, Quick with { Budget = new Money(cost + 100_000) });
        Assert.True(kept.Portfolio.Single(l => l.Activity == "Vroegsignalering schulden").Scale >= 1);
        Assert.DoesNotContain(kept.Stopped, l => l.Activity == "Vroegsignalering schulden");
        Assert.Contains(kept.Notes(), n => n.Contains("wettelijke taak") && n.Contains("Wet gemeentelijke schuldhulpverlening"));
        // explicitly allowed: at a budget below its cost it must stop
        var allowed = PortfolioOptimiser.Run(set, Quick with { Budget = new Money(cost / 2), AllowStoppingLegalTasks = true });
        Assert.Contains(allowed.Stopped, l => l.Activity == "Vroegsignalering schulden");
        Assert.Contains(allowed.Notes(), n => n.Contains("op verzoek"));
    }

    [Fact]
    public void A_candidate_without_known_cost_is_shown_apart_and_not_chosen_for_free()
    {
        var set = CandidateSetTests.Shipped();
        var free = set.Candidates.Where(c => c.HasNoKnownCost).ToList();
        // presentie-versus-toegang moves 2 fte from the Wmo budget to prevention: net € 0 for the municipal budgets
        Assert.Contains(free, c => c.Name == "Verschuiving naar presentie");
        var r = PortfolioOptimiser.Run(set, Quick with { Budget = Money.Zero, AllowStoppingLegalTasks = true });
        Assert.All(free, c => Assert.Equal(c.CurrentScale, r.Portfolio.Single(l => l.Activity == c.Name).Scale));
        Assert.Equal(free.Select(c => c.Name), r.WithoutKnownCost);
        Assert.Contains(r.Notes(), n => n.StartsWith("Geen kosten bekend: ") && n.Contains("Verschuiving naar presentie"));
    }

    [Fact]
    public void The_frontier_of_the_shipped_data_is_monotone_with_a_chance_requirement()
    {
        var set = CandidateSetTests.Shipped();
        var r = PortfolioOptimiser.Run(set, Quick with
        {
            Budget = new Money(1_000_000), MinBreakEvenProbability = new Probability(0.5), AllowStoppingLegalTasks = true,
            FrontierBudgets = [new Money(888_889), new Money(1_100_000), new Money(400_000), new Money(2_000_000)],
        });
        var points = r.Frontier.OrderBy(p => p.Budget).ToList();
        for (var i = 1; i < points.Count; i++)
        {
            if (!points[i - 1].Feasible) continue;
            Assert.True(points[i].Feasible, $"budget {points[i].Budget} infeasible after {points[i - 1].Budget}");
            Assert.True(points[i].Mean >= points[i - 1].Mean, $"{points[i].Budget}: {points[i].Mean} < {points[i - 1].Budget}: {points[i - 1].Mean}");
            Assert.True(points[i].CostPerYear <= points[i].Budget + 1e-6);
        }
        // the chosen budget sits on the same monotone line
        Assert.All(points.Where(p => p.Feasible && p.Budget <= r.Budget), p => Assert.True(r.Evaluation.Objective.Mean >= p.Mean));
    }

    /// <summary>A knapsack solution: chosen items, their cost and value.</summary>
    private sealed record Pick(int[] Items, double Cost, double Value);

    [Property(MaxTest = 200)]
    public void Frontier_search_is_monotone_and_within_budget_on_random_instances(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var n = random.Next(2, 8);
        var costs = Enumerable.Range(0, n).Select(_ => (double)random.Next(1, 100)).ToArray();
        var values = Enumerable.Range(0, n).Select(_ => random.NextDouble() * 100 - 20).ToArray();
        var budgets = Enumerable.Range(0, random.Next(1, 9)).Select(_ => (double)random.Next(0, 300)).ToList();
        var calls = new Dictionary<double, int>();
        // a deliberately imperfect solver (greedy in a random order per budget): on its own it is not monotone
        Pick? Solve(double budget)
        {
            calls[budget] = calls.GetValueOrDefault(budget) + 1;
            var order = Enumerable.Range(0, n).ToArray();
            new Random(seed.Get * 1000 + (int)budget).Shuffle(order);
            var chosen = new List<int>();
            var cost = 0.0;
            foreach (var i in order)
                if (values[i] > 0 && cost + costs[i] <= budget) { chosen.Add(i); cost += costs[i]; }
            return budget < 5 && seed.Get % 3 == 0 ? null : new Pick(chosen.ToArray(), cost, chosen.Sum(i => values[i]));
        }
        var result = FrontierSearch.Monotone(budgets, Solve, p => p.Value);

        Assert.Equal(budgets.Count, result.Count);
        Assert.All(calls.Values, c => Assert.Equal(1, c));
        for (var i = 0; i < budgets.Count; i++)
        {
            var own = Solve(budgets[i]);
            if (result[i] is { } r)
            {
                Assert.True(r.Cost <= budgets[i] + 1e-9);                     // feasible at its own budget
                Assert.Equal(r.Items.Sum(k => costs[k]), r.Cost, 9);
                if (own is not null) Assert.True(r.Value >= own.Value);        // never worse than solving alone
            }
            else Assert.Null(own);
            for (var j = 0; j < budgets.Count; j++)
                if (budgets[j] >= budgets[i] && result[i] is { } small)
                {
                    Assert.NotNull(result[j]);                                // a larger budget is never infeasible
                    Assert.True(result[j]!.Value >= small.Value);             // ... nor worse
                }
        }
    }
}
