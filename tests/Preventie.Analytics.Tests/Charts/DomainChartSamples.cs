using Preventie.Analytics.Analysis;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Uncertainty;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Population;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Inventory;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Charts;

/// <summary>Every domain chart builder on real inputs (the shipped pilot and extract) and small synthetic PSA inputs.</summary>
internal static class DomainChartSamples
{
    public static IReadOnlyList<(string Name, Figure Figure)> All()
    {
        var (scenario, comparator, cmp) = ScenarioPair.Load(TestModels.DefaultModelDir,
            Path.Combine(TestModels.ScenarioDir, "verschuiven-naar-voorliggend.yaml"), Path.Combine(TestModels.ScenarioDir, "basis.yaml")).Run();
        var withBands = new PreventionInventory("synthetisch.csv", new[]
        {
            DomainChartInputs.Activity("Voorlezen", PreventionForm.Universeel, [OldGoal.Goal2], TargetGroup.Of(InventoryBands.Pregnancy0To3), TargetGroup.Of(InventoryBands.Age4To12)),
            DomainChartInputs.Activity("Schuldhulp", PreventionForm.Selectief, [OldGoal.Goal1], TargetGroup.Of(InventoryBands.Age28To44), TargetGroup.Of(InventoryBands.Age45To64)),
            DomainChartInputs.Activity("Valpreventie", PreventionForm.Geindiceerd, [OldGoal.Goal2, OldGoal.Goal4], TargetGroup.Of(InventoryBands.Age80Plus)),
        }, false, true);
        var random = new Random(7);
        var draws = Enumerable.Range(0, 300).Select(_ =>
        {
            var u = random.NextDouble() * 2 - 1;
            return new PsaDraw(800_000 + 900_000 * u, 500_000 + 300_000 * u + 200_000 * (random.NextDouble() * 2 - 1));
        }).ToArray();
        double[] values = Enumerable.Range(0, 11).Select(i => i * 5_000.0).ToArray();
        return new (string, Figure)[]
        {
            ("piramide", PopulationCharts.Pyramid(scenario)),
            ("behoefte", PopulationCharts.NeedTiersOverTime(scenario, comparator!)),
            ("kosten", PayerCharts.CostsPerYear(cmp!)),
            ("netto", PayerCharts.NetBenefitPerPayer(cmp!)),
            ("cumulatief", PayerCharts.CumulativeNetBenefit(cmp!)),
            ("dekking-extract", InventoryCharts.Coverage(InventoryLoader.Load(InventoryTestFiles.Extract))),
            ("dekking-leeftijd", InventoryCharts.Coverage(withBands)),
            ("tornado", UncertaintyCharts.Tornado(new[]
            {
                new TornadoBar("Effect verschuiving naar voorliggend", -400_000, 2_100_000, "5%", "35%"),
                new TornadoBar("Kosten Wmo per cliënt", 500_000, 1_200_000),
                new TornadoBar("Discontovoet", 780_000, 860_000, "1,5%", "3%"),
            }, cmp!.Gemeente.NetBenefitDiscounted)),
            ("wolk", UncertaintyCharts.Cloud(draws)),
            ("aanvaardbaarheid", UncertaintyCharts.AcceptabilityCurves(new[]
            {
                new AcceptabilitySeries("gemeente", "Gemeente (totaal)", values, values.Select(v => Math.Min(1, 0.55 + v / 100_000)).ToArray()),
                new AcceptabilitySeries("totaal", "Alle betalers", values, values.Select(v => Math.Min(1, 0.7 + v / 80_000)).ToArray()),
            })),
        };
    }

    public static ReportDocument Report(IReadOnlyList<(string Name, Figure Figure)> figures)
    {
        var section = new ReportSection("Domeingrafieken");
        foreach (var (name, figure) in figures) section = section.WithFigure(figure, name);
        return new ReportDocument("Domeingrafieken", new RunMetadata("test", null, DateTimeOffset.UnixEpoch, []))
            .WithSection(section);
    }
}
