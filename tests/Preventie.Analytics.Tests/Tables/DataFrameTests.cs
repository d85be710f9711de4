using Microsoft.Data.Analysis;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Model;
using Preventie.Analytics.Population;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tables;
using Preventie.Analytics.Tests.Notebooks;
using Preventie.Analytics.Uncertainty;

using Preventie.Analytics.Tests.Simulation;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Tests.Tables;

public class DataFrameTests
{
    private static readonly Lazy<SimulationResult> Basis = new(() =>
    {
        var root = ShippedRuns.RepositoryRoot();
        var model = ModelFiles.Load(Path.Combine(root, "data", "parameters"));
        var scenario = ScenarioFile.Load(Path.Combine(root, "data", "scenarios", "basis.yaml"), model) with { EndYear = new CalendarYear(2028) };
        return CompiledScenario.Compile(model, scenario).RunWithTrace();
    });

    [Fact]
    public void Care_costs_per_state_and_band_add_up_to_the_payer_totals_of_the_budget_path()
    {
        var result = Basis.Value;
        var frame = result.ToDataFrame();
        Assert.Equal(result.Cycles * InventoryBands.All.Count * result.States.Count * TestPayers.Deventer.All.Count, frame.Rows.Count);
        Assert.Equal(new[] { "jaar", "leeftijdsgroep", "toestand", "betaler", "zorgkosten" }, frame.Columns.Select(c => c.Name));

        // Grouped in C# like SQL's GROUP BY jaar, betaler: the per-state-and-band trace must add up to the payer totals
        // the reports use (costs minus intervention costs, from the simulation buffer).
        foreach (var payer in TestPayers.Deventer.All)
        {
            var ofPayer = frame.Filter(frame["betaler"].ElementwiseEquals(payer.Code));
            var perYear = ofPayer.GroupBy<int>("jaar").Sum("zorgkosten");
            for (var t = 0; t < result.Cycles; t++)
            {
                var row = perYear.Filter(perYear["jaar"].ElementwiseEquals((result.StartYear + t).Value));
                var expected = result.CareCosts(payer, t);
                Assert.Equal(expected, Convert.ToDouble(row["zorgkosten"][0]), Math.Max(1e-6, Math.Abs(expected) * 1e-9));
            }
        }
    }

    [Fact]
    public void Trace_and_costs_frames_match_the_result_accessors()
    {
        var result = Basis.Value;
        var trace = result.ToTraceDataFrame();
        Assert.Equal((result.Cycles + 1) * InventoryBands.All.Count * result.States.Count, trace.Rows.Count);
        var start = trace.Filter(trace["jaar"].ElementwiseEquals(result.StartYear.Value)).GroupBy<string>("toestand").Sum("inwoners");
        for (var s = 0; s < result.States.Count; s++)
        {
            var row = start.Filter(start["toestand"].ElementwiseEquals(result.States[s].Name));
            Assert.Equal(result.Count(0, s), Convert.ToDouble(row["inwoners"][0]), 1e-6);
        }
        // No person-years after the end of the horizon.
        var end = trace.Filter(trace["jaar"].ElementwiseEquals((result.StartYear + result.Cycles).Value));
        Assert.Equal(end.Rows.Count, end["persoonsjaren"].NullCount);

        var costs = result.ToCostsDataFrame();
        Assert.Equal(result.Cycles * TestPayers.Deventer.All.Count, costs.Rows.Count);
        for (long i = 0; i < costs.Rows.Count; i++)
            Assert.Equal(Convert.ToDouble(costs["zorgkosten"][i]) + Convert.ToDouble(costs["interventiekosten"][i]), Convert.ToDouble(costs["totaal"][i]), 1e-6);
    }

    [Fact]
    public void Inventory_and_psa_draws_become_one_row_each()
    {
        var root = ShippedRuns.RepositoryRoot();
        var inventory = InventoryLoader.Load(Path.Combine(root, "data", "inventory", "deventer-2022-extract.csv"));
        var frame = inventory.ToDataFrame();
        Assert.Equal(inventory.Activities.Count, frame.Rows.Count);
        Assert.Equal(inventory.Activities.Select(a => a.Name), frame["naam"].Cast<string>());

        var draws = new[] { new PsaDraw(1.5, -2), new PsaDraw(-3, 4.25) };
        var summary = new OutcomeSummary(0, 0, 0, 0, 0.5, 2);
        var psa = new PsaResult("a", "b", new CalendarYear(2024), 2, new PsaOptions(), 0.0225, TestPayers.Deventer.Rows, Array.Empty<PayerUncertainty>(), summary, Array.Empty<string>(), draws);
        var psaFrame = psa.ToDataFrame();
        Assert.Equal(new[] { 1, 2 }, psaFrame["trekking"].Cast<int>());
        Assert.Equal(new[] { 1.5, -3 }, psaFrame["netto baat gemeente"].Cast<double>());
        Assert.Equal(new[] { -2, 4.25 }, psaFrame["netto baat overige betalers"].Cast<double>());
        // DataFrame is an ML.NET IDataView: the tables go into ML.NET pipelines as they are.
        Microsoft.ML.IDataView view = psaFrame;
        Assert.Equal(3, view.Schema.Count);
    }

    [Fact]
    public void Html_table_escapes_text_formats_numbers_in_dutch_and_shows_the_first_rows()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("naam", Enumerable.Range(0, 25).Select(i => i == 0 ? "<b>Wmo & co</b>" : "rij " + i)),
            new DoubleDataFrameColumn("bedrag", Enumerable.Range(0, 25).Select(i => i == 1 ? (double?)null : 1234567.891)),
            new Int32DataFrameColumn("jaar", Enumerable.Range(2024, 25)));

        var html = DataFrameHtml.ToHtml(frame);

        Assert.Contains("<caption>25 rijen &#215; 3 kolommen (de eerste 20 getoond)</caption>", html);
        Assert.Contains("<td>&lt;b&gt;Wmo &amp; co&lt;/b&gt;</td>", html);
        Assert.Contains("<td class=\"num\">1.234.567,89</td>", html);
        Assert.Contains("<td>rij 1</td><td class=\"num\"></td><td class=\"num\">2025</td>", html);
        Assert.DoesNotContain("rij 20", html);
        Assert.Contains("rij 19", html);
        Assert.StartsWith("25 rijen × 3 kolommen (de eerste 20 getoond)\nnaam\tbedrag\tjaar\n", DataFrameHtml.ToPlainText(frame));
    }
}
