using Preventie.Analytics.Interventions;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Uncertainty;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Population;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Inventory;
using Preventie.Analytics.Tests.Simulation;
using static Preventie.Analytics.Tests.Charts.DomainChartInputs;

namespace Preventie.Analytics.Tests.Charts;

/// <summary>The domain chart builders' figure JSON against values computed by hand from tiny synthetic inputs.</summary>
public class DomainChartTests
{
    [Fact]
    public void Pyramid_stacks_tiers_per_band_start_left_end_right_with_hand_computed_counts()
    {
        var result = Run80Plus(cycles: 2);
        var fig = PopulationCharts.Pyramid(result);
        // traces: per tier (zelfredzaam, tijdelijk, blijvend) a start and an end trace
        Assert.Equal(6, fig.Traces.Count);
        Assert.All(fig.Traces, t => Assert.Equal("h", t.Attributes.Get("orientation")));
        Assert.Equal(InventoryBands.All.Select(b => b.Code), Texts(fig.Traces[0], "y"));
        var b80 = (int)InventoryBands.Age80Plus;
        // start: 800 self-reliant and 200 temporary (negative = left); end after 2 years: 800·0,9² = 648 and 352
        Assert.Equal(-800, Numbers(fig.Traces[0], "x")[b80], 9);
        Assert.Equal(648, Numbers(fig.Traces[1], "x")[b80], 9);
        Assert.Equal(-200, Numbers(fig.Traces[2], "x")[b80], 9);
        Assert.Equal(352, Numbers(fig.Traces[3], "x")[b80], 9);
        Assert.All(Numbers(fig.Traces[4], "x").Concat(Numbers(fig.Traces[5], "x")), v => Assert.Equal(0, v, 12));
        // the stacked bars of every band sum to the band total (1.000 in 80+, 0 elsewhere), on both sides
        for (var b = 0; b < 8; b++)
        {
            var expected = b == b80 ? Population80 : 0;
            Assert.Equal(-expected, new[] { 0, 2, 4 }.Sum(i => Numbers(fig.Traces[i], "x")[b]), 9);
            Assert.Equal(expected, new[] { 1, 3, 5 }.Sum(i => Numbers(fig.Traces[i], "x")[b]), 9);
        }
        Assert.Equal(ChartPalette.For(States.NeedTier.Zelfredzaam), fig.Traces[0].Attributes.Get("marker.color"));
        Assert.Equal("relative", fig.Layout.Get("barmode"));
        // tick labels are absolute numbers in Dutch format
        Assert.DoesNotContain(Texts(FakeTrace(fig.Layout.Get("xaxis.ticktext")), "v"), t => t.StartsWith('-'));
        Assert.Contains("1-1-2024", (string)fig.Layout.Get("title.text")!);
        Assert.Contains("1-1-2026", (string)fig.Layout.Get("title.text")!);
    }

    [Fact]
    public void Pyramid_of_the_shipped_model_sums_to_the_band_populations()
    {
        var (scenario, _, _) = ScenarioPair.Load(TestModels.DefaultModelDir, Path.Combine(TestModels.ScenarioDir, "basis.yaml"), null).Run();
        var fig = PopulationCharts.Pyramid(scenario);
        var start = 0.0;
        foreach (var band in InventoryBands.All)
        {
            var b = (int)band;
            Assert.Equal(scenario.BandPopulation(0, band), -new[] { 0, 2, 4 }.Sum(i => Numbers(fig.Traces[i], "x")[b]), 6);
            Assert.Equal(scenario.BandPopulation(scenario.Cycles, band), new[] { 1, 3, 5 }.Sum(i => Numbers(fig.Traces[i], "x")[b]), 6);
            start += scenario.BandPopulation(0, band);
        }
        Assert.Equal(103_415, start, 6); // the shipped start population (staatvandeventer.nl 1-1-2024)
    }

    [Fact]
    public void Need_tiers_over_time_gives_one_stacked_panel_per_scenario()
    {
        var a = Run80Plus(cycles: 3, p: 0.1, name: "Scenario A");
        var b = Run80Plus(cycles: 3, p: 0.2, name: "Scenario <b>B</b>");
        var fig = PopulationCharts.NeedTiersOverTime(a, b);
        Assert.Equal(6, fig.Traces.Count);
        Assert.Equal(new double[] { 2024, 2025, 2026, 2027 }, Numbers(fig.Traces[0], "x"));
        for (var t = 0; t <= 3; t++)
        {
            Assert.Equal(800 * Math.Pow(0.9, t), Numbers(fig.Traces[0], "y")[t], 9);
            Assert.Equal(1000 - 800 * Math.Pow(0.9, t), Numbers(fig.Traces[1], "y")[t], 9);
            Assert.Equal(800 * Math.Pow(0.8, t), Numbers(fig.Traces[3], "y")[t], 9);
            Assert.Equal(1000 - 800 * Math.Pow(0.8, t), Numbers(fig.Traces[4], "y")[t], 9);
        }
        Assert.All(fig.Traces.Take(3), t => Assert.Null(t.Attributes.Get("xaxis")));
        Assert.All(fig.Traces.Skip(3), t => { Assert.Equal("x2", t.Attributes.Get("xaxis")); Assert.Equal("y2", t.Attributes.Get("yaxis")); });
        Assert.Equal("behoefte1", fig.Traces[0].Attributes.Get("stackgroup"));
        Assert.Equal("behoefte2", fig.Traces[3].Attributes.Get("stackgroup"));
        Assert.Equal(new object?[] { true, true, true, false, false, false }, fig.Traces.Select(t => t.Attributes.Get("showlegend")));
        Assert.Equal(2, fig.Layout.Get("grid.columns"));
        // the panel titles are data: encoded
        var json = fig.ToJson();
        Assert.DoesNotContain("<b>B</b>", json);
        Assert.DoesNotContain("\\u003Cb\\u003EB", json);
        Assert.Contains("Scenario \\u0026lt;b\\u0026gt;B", json);
    }

    [Fact]
    public void Costs_per_year_show_scenario_and_comparator_per_payer_with_hand_computed_amounts()
    {
        var scenario = Run80Plus(cycles: 4, p: 0, costS1: 1000, name: "Scenario");
        var comparator = Run80Plus(cycles: 4, p: 0, costS1: 1500, name: "Vergelijking");
        var cmp = ScenarioComparison.Create(scenario, comparator);
        var fig = PayerCharts.CostsPerYear(cmp);
        // only the Wmo has costs: 200 people × € 1.000 = € 200.000 (scenario) and × € 1.500 = € 300.000 a year
        Assert.Equal(2, fig.Traces.Count);
        Assert.Equal(new double[] { 2024, 2025, 2026, 2027 }, Numbers(fig.Traces[0], "x"));
        Assert.All(Numbers(fig.Traces[0], "y"), v => Assert.Equal(200_000, v, 6));
        Assert.All(Numbers(fig.Traces[1], "y"), v => Assert.Equal(300_000, v, 6));
        Assert.Equal("dash", fig.Traces[1].Attributes.Get("line.dash"));
        var yTicks = ((System.Collections.IEnumerable)fig.Layout.Get("yaxis.ticktext")!).Cast<string>().ToList();
        Assert.Contains("€ 300.000", yTicks);
        Assert.All(yTicks, t => Assert.Matches(@"^€ (\u2212)?\d{1,3}(\.\d{3})*$", t));
        Assert.Contains("€ 300.000", Texts(fig.Traces[1], "hovertext")[0]);
        var titles = ((System.Collections.IEnumerable)fig.Layout.Get("annotations")!).Cast<PlotlyObject>().Select(a => (string)a.Get("text")!).ToArray();
        Assert.Equal(new[] { "<b>Gemeente – Wmo</b>" }, titles);

        var grouped = PayerCharts.CostsPerYear(cmp, groupMunicipality: true);
        Assert.All(Numbers(grouped.Traces[0], "y"), v => Assert.Equal(200_000, v, 6));
    }

    [Fact]
    public void Costs_in_millions_are_scaled_with_a_mln_suffix_and_exact_hover()
    {
        var scenario = Run80Plus(cycles: 2, p: 0, costS1: 10_000);
        var comparator = Run80Plus(cycles: 2, p: 0, costS1: 12_000);
        var fig = PayerCharts.CostsPerYear(ScenarioComparison.Create(scenario, comparator));
        // 200 × € 12.000 = € 2,4 mln
        Assert.All(Numbers(fig.Traces[1], "y"), v => Assert.Equal(2.4, v, 9));
        var ticks = ((System.Collections.IEnumerable)fig.Layout.Get("yaxis.ticktext")!).Cast<string>().ToList();
        Assert.Contains("€ 2 mln", ticks);
        Assert.Contains("€ 2,4 mln", ticks);
        Assert.DoesNotContain(ticks, t => t.Contains("-0 ") || t.Contains("−0"));
        Assert.Contains("€ 2,4 mln", Texts(fig.Traces[1], "hovertext")[0]);
    }

    [Fact]
    public void Net_benefit_per_payer_shows_investment_down_savings_up_and_net_including_Zvw_and_Wlz()
    {
        const double rate = 0.03;
        var scenario = Run80Plus(cycles: 5, p: 0, costS1: 1000, discountRate: rate);
        var comparator = Run80Plus(cycles: 5, p: 0, costS1: 1500, discountRate: rate);
        var fig = PayerCharts.NetBenefitPerPayer(ScenarioComparison.Create(scenario, comparator));
        // € 100.000 a year saved by the Wmo, first year undiscounted
        var pv = Enumerable.Range(0, 5).Sum(t => 100_000 / Math.Pow(1 + rate, t));
        var categories = Texts(fig.Traces[0], "x");
        Assert.Equal(new[] { "Gemeente – Wmo", "Zorgverzekeraar (Zvw)", "Wlz (zorgkantoor)", "Rijk", "Inwoners" }, categories);
        Assert.Equal(new double[] { 0, 0, 0, 0, 0 }, Numbers(fig.Traces[0], "y").Select(v => Math.Round(v, 6)));
        Assert.Equal(pv, Numbers(fig.Traces[1], "y")[0], 6);
        Assert.Equal(pv, Numbers(fig.Traces[2], "y")[0], 6);
        Assert.Equal(0, Numbers(fig.Traces[2], "y")[1], 9);
        Assert.Equal(DutchFormat.EuroCompact(pv), Texts(fig.Traces[2], "text")[0]);
        Assert.Equal(categories, Texts(fig.Traces[2], "x"));
        Assert.Equal(ChartPalette.Investment, fig.Traces[0].Attributes.Get("marker.color"));
        Assert.Equal(ChartPalette.Savings, fig.Traces[1].Attributes.Get("marker.color"));

        var grouped = PayerCharts.NetBenefitPerPayer(ScenarioComparison.Create(scenario, comparator), groupMunicipality: true);
        Assert.Equal(new[] { "Gemeente (totaal)", "Zorgverzekeraar (Zvw)", "Wlz (zorgkantoor)", "Rijk", "Inwoners" }, Texts(grouped.Traces[0], "x"));
        Assert.Equal(pv, Numbers(grouped.Traces[2], "y")[0], 6);
    }

    [Fact]
    public void Cumulative_net_benefit_adds_up_the_yearly_amounts()
    {
        var scenario = Run80Plus(cycles: 4, p: 0, costS1: 1000);
        var comparator = Run80Plus(cycles: 4, p: 0, costS1: 1500);
        var fig = PayerCharts.CumulativeNetBenefit(ScenarioComparison.Create(scenario, comparator));
        Assert.Equal(6, fig.Traces.Count); // gemeente, Zvw, Wlz, Rijk, inwoners (the groups of betalers.csv), alle betalers
        Assert.Equal(["Gemeente (totaal)", "Zorgverzekeraar (Zvw)", "Wlz (zorgkantoor)", "Rijk", "Inwoners", "Alle betalers"], fig.Traces.Select(t => (string)t.Attributes.Get("name")!));
        Assert.Equal(new double[] { 100_000, 200_000, 300_000, 400_000 }, Numbers(fig.Traces[0], "y").Select(v => Math.Round(v, 6)));
        for (var other = 1; other <= 4; other++) Assert.All(Numbers(fig.Traces[other], "y"), v => Assert.Equal(0, v, 9));
        Assert.Equal(new double[] { 100_000, 200_000, 300_000, 400_000 }, Numbers(fig.Traces[5], "y").Select(v => Math.Round(v, 6)));
    }

    [Fact]
    public void Coverage_without_age_bands_is_goals_by_form_with_a_note()
    {
        var acts = new[]
        {
            Activity("a", PreventionForm.Universeel, [OldGoal.Goal1]),
            Activity("b", PreventionForm.Universeel, [OldGoal.Goal1, OldGoal.Goal2]),
            Activity("c", PreventionForm.Selectief, [OldGoal.Goal2]),
            Activity("<script>alert(1)</script>", PreventionForm.Onbekend, []),
        };
        var fig = InventoryCharts.Coverage(new PreventionInventory("x.csv", acts, false, false));
        var t = Assert.Single(fig.Traces);
        Assert.Equal("heatmap", t.Type);
        Assert.Equal(new[] { "universeel", "selectief", "geïndiceerd", "onbekend" }, Texts(t, "x"));
        Assert.Equal(OldGoals.All.Select(g => g.DutchLabel()).Append(InventoryCharts.WithoutGoalLabel), Texts(t, "y"));
        var z = Matrix(t);
        Assert.Equal(new double[] { 2, 0, 0, 0 }, z[0]); // goal 1: a, b universeel
        Assert.Equal(new double[] { 1, 1, 0, 0 }, z[1]); // goal 2: b universeel, c selectief
        Assert.Equal(new double[] { 0, 0, 0, 0 }, z[2]);
        Assert.Equal(new double[] { 0, 0, 0, 0 }, z[3]);
        Assert.Equal(new double[] { 0, 0, 0, 1 }, z[4]); // no goal, form unknown
        var note = (string)((System.Collections.IEnumerable)fig.Layout.Get("annotations")!).Cast<PlotlyObject>().Single().Get("text")!;
        Assert.Equal(InventoryCharts.MissingAgeBandsNote, note.Replace("<br>", " "));
        Assert.Contains("4 activiteiten", (string)fig.Layout.Get("title.text")!);
    }

    [Fact]
    public void Coverage_with_age_bands_has_one_panel_per_form_goals_by_target_group()
    {
        var acts = new[]
        {
            Activity("a", PreventionForm.Universeel, [OldGoal.Goal1], TargetGroup.Of(InventoryBands.Age4To12), TargetGroup.Of(InventoryBands.Age13To17)),
            Activity("b", PreventionForm.Universeel, [OldGoal.Goal1], TargetGroup.Of(InventoryBands.Age4To12)),
            Activity("c", PreventionForm.Geindiceerd, [OldGoal.Goal3], TargetGroup.InwonersAlgemeen),
        };
        var fig = InventoryCharts.Coverage(new PreventionInventory("x.csv", acts, false, true));
        Assert.Equal(2, fig.Traces.Count); // universeel and geïndiceerd occur; selectief and onbekend do not
        Assert.Equal(new[] { "alle inwoners", "0-3", "4-12", "13-17", "18-27", "28-44", "45-64", "65-79", "80+", "specifiek" }, Texts(fig.Traces[0], "x"));
        var u = Matrix(fig.Traces[0]);
        Assert.Equal(2, u[0][1 + (int)InventoryBands.Age4To12]);
        Assert.Equal(1, u[0][1 + (int)InventoryBands.Age13To17]);
        Assert.Equal(3, u.SelectMany(r => r).Sum());
        var g = Matrix(fig.Traces[1]);
        Assert.Equal(1, g[2][0]);
        Assert.Equal(1, g.SelectMany(r => r).Sum());
        Assert.Equal("x2", fig.Traces[1].Attributes.Get("xaxis"));
        Assert.Equal(2.0, Convert.ToDouble(fig.Traces[1].Attributes.Get("zmax"))); // one colour scale for all panels
        Assert.DoesNotContain(InventoryCharts.MissingAgeBandsNote, fig.ToJson());
    }

    [Fact]
    public void Coverage_of_the_shipped_extract_counts_every_activity_once_per_goal()
    {
        var inventory = InventoryLoader.Load(InventoryTestFiles.Extract);
        Assert.False(inventory.HasTargetGroupColumn);
        var fig = InventoryCharts.Coverage(inventory);
        var z = Matrix(Assert.Single(fig.Traces));
        var pivot = InventoryPivot.Compute(inventory);
        for (var i = 0; i < 4; i++) Assert.Equal(pivot.ByOldGoal[OldGoals.All[i]].Count, z[i].Sum());
        Assert.Equal(pivot.WithoutGoal.Count, z[4].Sum());
    }

    [Fact]
    public void Tornado_ranks_by_swing_and_bars_run_from_the_base_to_each_outcome()
    {
        var bars = new[]
        {
            new TornadoBar("Klein", 90_000, 110_000),
            new TornadoBar("Groot <i>x</i>", -200_000, 400_000, "1%", "9%"),
            new TornadoBar("Middel", 150_000, 20_000),
        };
        var fig = UncertaintyCharts.Tornado(bars, 100_000);
        Assert.Equal(new[] { "Groot &lt;i&gt;x&lt;/i&gt;", "Middel", "Klein" }, Texts(fig.Traces[0], "y"));
        var lowBase = Numbers(fig.Traces[0], "base");
        var low = Numbers(fig.Traces[0], "x");
        var high = Numbers(fig.Traces[1], "x");
        Assert.All(lowBase, b => Assert.Equal(100_000, b));
        Assert.Equal(new double[] { -200_000, 150_000, 90_000 }, lowBase.Zip(low, (b, x) => b + x));
        Assert.Equal(new double[] { 400_000, 20_000, 110_000 }, Numbers(fig.Traces[1], "base").Zip(high, (b, x) => b + x));
        var line = ((System.Collections.IEnumerable)fig.Layout.Get("shapes")!).Cast<PlotlyObject>().Single();
        Assert.Equal(100_000.0, Convert.ToDouble(line.Get("x0")));
        Assert.Contains("1%", Texts(fig.Traces[0], "hovertext")[0]);
        Assert.Equal("reversed", fig.Layout.Get("yaxis.autorange"));
        Assert.Equal(new[] { "Groot &lt;i&gt;x&lt;/i&gt;" }, Texts(UncertaintyCharts.Tornado(bars, 100_000, maxBars: 1).Traces[0], "y"));
    }

    [Fact]
    public void Cloud_plots_every_draw_with_the_mean_and_the_share_of_winning_draws()
    {
        var draws = new[] { new PsaDraw(-100, 300), new PsaDraw(200, 100), new PsaDraw(300, -50), new PsaDraw(-400, 450) };
        var fig = UncertaintyCharts.Cloud(draws);
        Assert.Equal(new double[] { -100, 200, 300, -400 }, Numbers(fig.Traces[0], "x"));
        Assert.Equal(new double[] { 300, 100, -50, 450 }, Numbers(fig.Traces[0], "y"));
        Assert.Equal(0, Numbers(fig.Traces[1], "x")[0], 12);      // mean municipal
        Assert.Equal(200, Numbers(fig.Traces[1], "y")[0], 12);    // mean other payers
        var title = (string)fig.Layout.Get("title.text")!;
        Assert.Contains("gemeente wint in 50%", title);
        Assert.Contains("andere betalers in 75%", title);
    }

    [Fact]
    public void Acceptability_curves_show_probabilities_as_percentages_per_payer_colour()
    {
        var fig = UncertaintyCharts.AcceptabilityCurves(new[]
        {
            new AcceptabilitySeries("gemeente", "Gemeente (totaal)", [0, 10_000, 20_000], [0.2, 0.5, 0.9]),
            new AcceptabilitySeries("zvw", "Zorgverzekeraar (Zvw)", [0, 10_000, 20_000], [0.6, 0.7, 0.8]),
        }, TestPayers.Deventer);
        Assert.Equal(new double[] { 20, 50, 90 }, Numbers(fig.Traces[0], "y").Select(v => Math.Round(v, 9)));
        Assert.Equal(new double[] { 0, 10_000, 20_000 }, Numbers(fig.Traces[1], "x"));
        Assert.Equal(ChartPalette.Gemeente, fig.Traces[0].Attributes.Get("line.color"));
        Assert.Equal(ChartPalette.For(TestPayers.Zvw), fig.Traces[1].Attributes.Get("line.color"));
        Assert.Throws<ArgumentException>(() => UncertaintyCharts.AcceptabilityCurves(new[] { new AcceptabilitySeries("x", "x", [1], [0.1, 0.2]) }));
    }

    [Fact]
    public void Palette_gives_every_payer_and_tier_its_own_colour()
    {
        Assert.Equal(TestPayers.Deventer.Count, TestPayers.Deventer.All.Select(ChartPalette.For).Distinct().Count());
        Assert.Equal(3, PopulationCharts.LivingTiers.Select(ChartPalette.For).Distinct().Count());
        Assert.Equal(ChartPalette.For(TestPayers.Wlz), ChartPalette.ForCode("wlz", TestPayers.Deventer));
        // today's colours come from the kleur column of the shipped betalers.csv
        Assert.Equal(["#0b5394", "#3d85c6", "#6fa8dc", "#073763", "#e69138", "#8e44ad", "#7f7f7f", "#45818e"], TestPayers.Deventer.All.Select(ChartPalette.For));
        Assert.Equal(ChartPalette.Gemeente, ChartPalette.ForCode("gemeente", TestPayers.Deventer));
        // a payer without a colour gets one by position
        var plain = new PayerSet([new Payer(0, "a", "A", "A", "A", "wet", "eigen", "Eigen", true), new Payer(1, "b", "B", "B", "B", "wet", "b", "B", false)]);
        Assert.NotEqual(ChartPalette.For(plain[0]), ChartPalette.For(plain[1]));
    }

    private static Trace FakeTrace(object? values) => Chart.Line(new[] { 1 }, new[] { 1.0 }).Traces[0].With("v", values);
}
