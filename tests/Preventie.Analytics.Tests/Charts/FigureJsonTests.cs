using Preventie.Analytics.Html;
using System.Text.Json;
using Preventie.Analytics.Charts;

namespace Preventie.Analytics.Tests.Charts;

public class FigureJsonTests
{
    private static JsonElement Parse(Figure f) => JsonDocument.Parse(f.ToJson()).RootElement;

    [Fact]
    public void Line_emits_plotly_data_layout_and_config()
    {
        var f = Chart.Line(new[] { 2026, 2027, 2028 }, new[] { 1.5, 2.0, 2.5 }, name: "Gemeente");
        var json = Parse(f);

        Assert.Equal(new[] { "data", "layout", "config" }, json.EnumerateObject().Select(p => p.Name));
        var trace = json.GetProperty("data")[0];
        Assert.Equal("scatter", trace.GetProperty("type").GetString());
        Assert.Equal("lines", trace.GetProperty("mode").GetString());
        Assert.Equal("Gemeente", trace.GetProperty("name").GetString());
        Assert.Equal(new[] { 2026, 2027, 2028 }, trace.GetProperty("x").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(new[] { 1.5, 2.0, 2.5 }, trace.GetProperty("y").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal(",.", json.GetProperty("layout").GetProperty("separators").GetString());
        var config = json.GetProperty("config");
        Assert.False(config.GetProperty("displaylogo").GetBoolean());
        Assert.True(config.GetProperty("responsive").GetBoolean());
        Assert.Equal("nl", config.GetProperty("locale").GetString());
        Assert.False(config.GetProperty("showSendToCloud").GetBoolean());
    }

    [Fact]
    public void Fluent_methods_set_layout_attributes_by_their_plotly_names()
    {
        var f = Chart.Bar(new[] { "Gemeente", "Zvw" }, new[] { 10.0, -4.0 })
            .WithTitle("Netto baten")
            .WithXAxis("Betaler", type: AxisType.Category)
            .WithYAxis("Bedrag", tickFormat: ",.0f", tickPrefix: "€ ", zeroLine: true)
            .WithBarMode(BarMode.Relative)
            .WithLegend(horizontal: true, title: "Betalers")
            .WithSize(800, 500)
            .WithHoverMode("x unified");
        var layout = Parse(f).GetProperty("layout");

        Assert.Equal("Netto baten", layout.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("Betaler", layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("category", layout.GetProperty("xaxis").GetProperty("type").GetString());
        var y = layout.GetProperty("yaxis");
        Assert.Equal(",.0f", y.GetProperty("tickformat").GetString());
        Assert.Equal("€ ", y.GetProperty("tickprefix").GetString());
        Assert.True(y.GetProperty("zeroline").GetBoolean());
        Assert.Equal("relative", layout.GetProperty("barmode").GetString());
        Assert.Equal("h", layout.GetProperty("legend").GetProperty("orientation").GetString());
        Assert.Equal("Betalers", layout.GetProperty("legend").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal(800, layout.GetProperty("width").GetInt32());
        Assert.Equal(500, layout.GetProperty("height").GetInt32());
        Assert.Equal("x unified", layout.GetProperty("hovermode").GetString());
    }

    [Fact]
    public void Horizontal_bars_put_categories_on_the_y_axis()
    {
        var f = Chart.Bar(new[] { "Effect", "Kosten" }, new[] { 3.0, 4.0 }, orientation: Orientation.Horizontal,
            barBase: new[] { -1.0, -2.0 });
        var trace = Parse(f).GetProperty("data")[0];
        Assert.Equal("bar", trace.GetProperty("type").GetString());
        Assert.Equal("h", trace.GetProperty("orientation").GetString());
        Assert.Equal("Effect", trace.GetProperty("y")[0].GetString());
        Assert.Equal(4.0, trace.GetProperty("x")[1].GetDouble());
        Assert.Equal(-2.0, trace.GetProperty("base")[1].GetDouble());
    }

    [Fact]
    public void Stacked_areas_share_a_stackgroup_and_heatmaps_keep_rows()
    {
        var f = Chart.Combine(
            Chart.StackedArea(new[] { 2026, 2027 }, new[] { 80.0, 79.0 }, name: "Zelfredzaam"),
            Chart.StackedArea(new[] { 2026, 2027 }, new[] { 15.0, 16.0 }, name: "Tijdelijk"));
        var data = Parse(f).GetProperty("data");
        Assert.Equal(2, data.GetArrayLength());
        Assert.All(data.EnumerateArray(), t => Assert.Equal("stapel", t.GetProperty("stackgroup").GetString()));

        var h = Chart.Heatmap(new[] { "0-3", "4-12" }, new[] { "Gezond opgroeien" }, new[] { new[] { 2.0, double.NaN } });
        var z = Parse(h).GetProperty("data")[0].GetProperty("z");
        Assert.Equal(2.0, z[0][0].GetDouble());
        Assert.Equal(JsonValueKind.Null, z[0][1].ValueKind);
        Assert.Throws<ArgumentException>(() => Chart.Heatmap(new[] { "a", "b" }, new[] { "r" }, new[] { new[] { 1.0 } }));
    }

    [Fact]
    public void Figures_are_immutable()
    {
        var ys = new[] { 1.0, 2.0 };
        var f = Chart.Line(new[] { 1, 2 }, ys, name: "Reeks");
        var titled = f.WithTitle("Titel").WithHoverTemplate("%{y}");
        ys[0] = 99;

        Assert.Null(f.Layout.Get("title.text"));
        Assert.Null(f.Traces[0].Attributes.Get("hovertemplate"));
        Assert.Equal("Titel", titled.Layout.Get("title.text"));
        Assert.Equal(1.0, Parse(f).GetProperty("data")[0].GetProperty("y")[0].GetDouble());
    }

    [Fact]
    public void Combine_merges_traces_and_nested_layout()
    {
        var a = Chart.Line(new[] { 1 }, new[] { 1.0 }).WithYAxis("Bedrag");
        var b = Chart.Scatter(new[] { 1.0 }, new[] { 2.0 }).WithYAxis(tickPrefix: "€ ");
        var layout = Parse(Chart.Combine(a, b)).GetProperty("layout").GetProperty("yaxis");
        Assert.Equal("Bedrag", layout.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("€ ", layout.GetProperty("tickprefix").GetString());
    }

    [Fact]
    public void Json_cannot_close_a_script_element()
    {
        var f = Chart.Bar(new[] { "</script><script>alert(1)</script>" }, new[] { 1.0 }, name: "a & b");
        var json = f.ToJson();
        Assert.DoesNotContain("<", json);
        Assert.DoesNotContain(">", json);
        Assert.DoesNotContain("&", json);
        // and it still means the HTML-encoded text, which plotly shows literally
        Assert.Equal("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
            JsonDocument.Parse(json).RootElement.GetProperty("data")[0].GetProperty("x")[0].GetString());
    }

    [Fact]
    public void Html_fragment_ids_are_checked()
    {
        var f = Chart.Line(new[] { 1 }, new[] { 1.0 });
        Assert.Contains("<div id=\"grafiek-3\"", f.ToHtmlFragment("grafiek-3"));
        Assert.Throws<ArgumentException>(() => f.ToHtmlFragment("x\"><script>"));
        // a notebook output never loads plotly.js from the internet (see NotebookPlotlyTests), nor does a report fragment
        Assert.DoesNotContain(PlotlyJs.CdnUrl, f.ToHtml());
        Assert.DoesNotContain(PlotlyJs.CdnUrl, f.ToHtmlFragment("grafiek-1"));
    }
}
