using Preventie.Analytics.Quantities;
using System.Text.Json;
using Preventie.Analytics.Cli.Commands;
using Preventie.Analytics.Input;
using Preventie.Analytics.Optimisation;
using Preventie.Analytics.Tests.Portfolio;
using Preventie.Analytics.Tests.Simulation;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Tests.Optimisation;

[CollectionDefinition("OptimiseConsole", DisableParallelization = true)]
public sealed class OptimiseConsoleCollection;

[Collection("OptimiseConsole")]
public class PortfolioOptimiserTests
{
    [Fact]
    public void Shipped_data_give_a_portfolio_within_budget_whose_constraints_hold_in_the_full_model()
    {
        var set = CandidateSetTests.Shipped();
        var options = new OptimisationOptions
        {
            Budget = new Money(1_000_000), MinBreakEvenProbability = new Probability(0.8), PayerFloors = new Dictionary<int, Money> { [TestPayers.Zvw.Index] = Money.Zero },
            MustFund = ["Vroegsignalering schulden"], Draws = 100, Seed = 3, FrontierPoints = 4, ComputeEvppi = false,
        };
        var r = PortfolioOptimiser.Run(set, options);
        Assert.True(r.Evaluation.CostPerYear <= 1_000_000 + 1e-6);
        Assert.Equal(r.Portfolio.Sum(l => l.CostPerYear), r.Evaluation.CostPerYear, 6);
        Assert.True(r.Evaluation.BreakEvenProbability >= 0.8, $"P(break-even) {r.Evaluation.BreakEvenProbability}");
        Assert.True(r.Evaluation.NetBenefitByGroup[TestPayers.Zvw.Index].Mean >= 0);
        Assert.True(r.Portfolio.Single(l => l.Activity == "Vroegsignalering schulden").Scale >= 1);
        Assert.All(r.Portfolio, l => Assert.InRange(l.Scale, 0, set.Candidates.Single(c => c.Name == l.Activity).MaxScale));
        Assert.Equal(r.Portfolio.Where(l => l.CurrentScale > 0 && l.Scale == 0).Select(l => l.Activity), r.Stopped.Select(l => l.Activity));
        Assert.InRange(r.Evaluation.ProbabilityBeatsCurrent, 0, 1);
        // every reported frontier portfolio is within its own budget and ordered p5 ≤ mean ≤ p95
        Assert.Equal(4, r.Frontier.Count);
        Assert.All(r.Frontier.Where(p => p.Feasible), p =>
        {
            Assert.True(p.CostPerYear <= p.Budget + 1e-6);
            Assert.True(p.P5 <= p.Mean && p.Mean <= p.P95);
        });
        Assert.NotEmpty(r.Marginal);
    }

    [Fact]
    public void Probability_of_beating_the_current_portfolio_is_computed_from_the_same_draws_as_the_psa()
    {
        // independent check: the full-model evaluation against the current portfolio equals a PSA of that portfolio
        var set = CandidateSetTests.Shipped();
        var r = PortfolioOptimiser.Run(set, new OptimisationOptions { Draws = 50, Seed = 9, FrontierPoints = 0, ComputeEvppi = false });
        var chosen = Analytics.Simulation.CompiledScenario.Compile(set.Model, set.Build(r.Portfolio.Select(l => l.Scale).ToList(), "gekozen"));
        var current = Analytics.Simulation.CompiledScenario.Compile(set.Model, set.Build(set.CurrentScales, "huidig"));
        var psa = ProbabilisticAnalysis.Run(chosen, current, UncertainParameters.For(set.Model), new PsaOptions { Draws = 50, Seed = 9 });
        var total = psa.Groups.Single(g => g.Code == "totaal");
        Assert.Equal(total.NetBenefit.Mean, r.Evaluation.Objective.Mean, 6);
        Assert.Equal(total.NetBenefit.ProbabilityPositive, r.Evaluation.ProbabilityBeatsCurrent, 12);
        Assert.Equal(psa.Groups.Single(g => g.Code == "gemeente").BreakEvenInTerm, r.Evaluation.BreakEvenProbability, 12);
    }

    [Fact]
    public void Optimize_json_has_portfolio_frontier_and_evppi_and_the_same_seed_gives_the_same_numbers_on_one_and_two_threads()
    {
        string Run(int threads)
        {
            var stdout = new StringWriter();
            var options = OptimizeCommand.ParseOptions(null, null, "gemeente", null, [], [], [], false, 40, 5, threads, true);
            var code = OptimizeCommand.Execute(options with { FrontierPoints = 3 }, "json", null, null, null, null, null, Reporting_QuietConsole(), stdout);
            Assert.Equal(0, code);
            return stdout.ToString();
        }
        var json = Run(2);
        Assert.Equal(json, Run(1));
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var portfolio = root.GetProperty("portfolio").EnumerateArray().ToList();
        Assert.Equal(26, portfolio.Count); // 3 basis + 6 other scenarios (incl. the scaled-up vroegsignalering) + 17 inventory
        Assert.All(portfolio, p => { p.GetProperty("activity").GetString(); p.GetProperty("scale").GetDouble(); p.GetProperty("costPerYear").GetDouble(); });
        Assert.True(portfolio.Sum(p => p.GetProperty("costPerYear").GetDouble()) <= root.GetProperty("budget").GetDouble() + 1e-6);
        var frontier = root.GetProperty("frontier").EnumerateArray().ToList();
        Assert.Equal(3, frontier.Count);
        Assert.All(frontier.Where(f => f.GetProperty("feasible").GetBoolean()), f => { f.GetProperty("mean").GetDouble(); f.GetProperty("p5").GetDouble(); f.GetProperty("p95").GetDouble(); });
        var evppi = root.GetProperty("evppi").EnumerateArray().ToList();
        Assert.Contains(evppi, e => e.TryGetProperty("parameter", out _));
        Assert.Contains(evppi, e => e.TryGetProperty("group", out var g) && g.GetString()!.StartsWith("effecten van"));
        Assert.Contains(evppi, e => e.TryGetProperty("group", out var g) && g.GetString()!.StartsWith("monitor: incidentie_jeugd"));
        Assert.All(evppi, e => Assert.True(e.GetProperty("value").GetDouble() >= 0));
        Assert.Equal(6, root.GetProperty("withoutData").GetArrayLength());
    }

    [Fact]
    public void Infeasible_requests_give_a_Dutch_message_and_exit_code_2()
    {
        var (code, _, err) = Cli.CommandLine.Run("optimize", "--budget", "100000", "--behouden", "Vroegsignalering schulden", "--psa", "20", "--zonder-evppi");
        Assert.Equal(CommandErrors.InputError, code);
        Assert.Contains("te klein voor de activiteiten die moeten blijven", err);
        Assert.DoesNotContain("   at ", err);

        // today's activities must stay and fill the budget, the only free candidate is capped at 0: nothing changes, so
        // the municipality never breaks even against today and no portfolio reaches 50%
        (code, _, err) = Cli.CommandLine.Run("optimize", "--budget", "900000", "--behouden", "Preventiesubsidies jeugd", "Ontmoetingsactiviteiten ouderen",
            "Vroegsignalering schulden", "--max-schaal", "Verschuiving naar presentie=0", "--min-kans-terugverdienen", "0,5", "--psa", "20", "--zonder-evppi");
        Assert.Equal(CommandErrors.InputError, code);
        Assert.Contains("geen portefeuille binnen € 900.000 per jaar haalt een kans van 50,0% dat de gemeente binnen de raadsperiode (2026-2030) terugverdient", err);

        (code, _, err) = Cli.CommandLine.Run("optimize", "--floor", "zvw=1000000000", "--psa", "20", "--zonder-evppi");
        Assert.Equal(CommandErrors.InputError, code);
        Assert.Contains("haalt de gevraagde ondergrenzen per betaler", err);

        (code, _, err) = Cli.CommandLine.Run("optimize", "--doel", "geluk", "--min-kans-terugverdienen", "2", "--floor", "niemand=5", "--psa", "20");
        Assert.Equal(CommandErrors.InputError, code);
        Assert.Contains("waarde 'geluk'", err);
        Assert.Contains("de kans moet tussen 0 en 1 liggen", err);
        Assert.Contains("waarde 'niemand=5'", err);
    }

    [Fact]
    public void Batch_writes_the_advice_as_its_own_document_linked_from_the_overview_and_not_in_the_scenario_reports()
    {
        var outDir = Path.Combine(Path.GetTempPath(), "preventie-batch-inv-" + Guid.NewGuid().ToString("N"));
        var (exit, output, err) = Cli.CommandLine.Run("batch", "--out", outDir, "--psa", "20", "--cdn", "--zonder-pdf");
        Assert.True(exit == 0, err);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "waar-investeren.json")));
        Assert.Equal(26, doc.RootElement.GetProperty("portfolio").GetArrayLength()); // 3 + 6 + 17 candidates
        // the whole chapter, with its tables, in waar-investeren.html (and its tables in waar-investeren.xlsx)
        var document = File.ReadAllText(Path.Combine(outDir, "waar-investeren.html"));
        Assert.Contains("<h2>Waar investeren?</h2>", document);
        Assert.Contains("Illustratief: kosten, bereik en effecten van de activiteiten uit de inventaris zijn aannames", document);
        Assert.Contains("Gekozen portefeuille (schaal 1 = huidige omvang)", document);
        Assert.Contains("Gekozen portefeuille", Reporting.WorkbookContent.Read(Path.Combine(outDir, "waar-investeren.xlsx")).Select(s => s.Name));
        // the overview: its summary and the link, not the tables
        var overview = File.ReadAllText(Path.Combine(outDir, "overzicht.html"));
        Assert.Contains("<h2>Waar investeren?</h2>", overview);
        Assert.Contains("<a href=\"waar-investeren.html\">waar-investeren.html</a>", overview);
        Assert.DoesNotContain("Gekozen portefeuille (schaal 1 = huidige omvang)", overview);
        Assert.Contains("<a href=\"waar-investeren.html\">", File.ReadAllText(Path.Combine(outDir, "raadsversie.html")));
        // the scenario reports do not repeat it
        var reports = Directory.GetFiles(outDir, "rapport.html", SearchOption.AllDirectories);
        Assert.Equal(6, reports.Length);
        foreach (var html in reports) Assert.DoesNotContain("Waar investeren?", File.ReadAllText(html));
        Assert.Contains("waar-investeren.html", output);
    }

    private static Spectre.Console.IAnsiConsole Reporting_QuietConsole() => Simulation.BadInputTests.QuietConsole();
}
