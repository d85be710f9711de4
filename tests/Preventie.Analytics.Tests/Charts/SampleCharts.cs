using Preventie.Analytics.Analysis;
using Preventie.Analytics.Input;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Tests.Charts;

/// <summary>
/// Illustrative figures of every kind the council report uses, on made-up numbers (not model output): used by the
/// browser tests and as the example report.
/// </summary>
internal static class SampleCharts
{
    private static readonly int[] Years = Enumerable.Range(2026, 10).ToArray();
    private static readonly string[] Bands = { "-9 mnd–3", "4–12", "13–17", "18–27", "28–44", "45–66", "67–79", "80+" };
    private const string Blue = "#0b5394", Orange = "#e69138", Green = "#6aa84f", Red = "#cc0000", Grey = "#999999";

    public static Figure CostsPerPayer() => Chart.Combine(
            Chart.Line(Years, Years.Select(y => 4.1e6 + 0.09e6 * (y - 2026)), name: "Gemeente – scenario", color: Blue),
            Chart.Line(Years, Years.Select(y => 4.0e6 + 0.15e6 * (y - 2026)), name: "Gemeente – huidig beleid", color: Blue, dash: "dash"),
            Chart.Line(Years, Years.Select(y => 2.6e6 + 0.05e6 * (y - 2026)), name: "Zvw – scenario", color: Orange),
            Chart.Line(Years, Years.Select(y => 2.6e6 + 0.11e6 * (y - 2026)), name: "Zvw – huidig beleid", color: Orange, dash: "dash"))
        .WithTitle("Kosten per betaler per jaar")
        .WithXAxis("Jaar", tickFormat: "d")
        .WithYAxis("Kosten", tickFormat: ",.0f", tickPrefix: "€ ")
        .WithHoverTemplate("%{x}: € %{y:,.0f}<extra>%{fullData.name}</extra>")
        .WithHoverMode("x unified")
        .WithLegend(horizontal: true);

    public static Figure NetBenefitPerPayer()
    {
        var payers = new[] { "Gemeente", "Zvw", "Wlz", "Rijk", "Inwoners" };
        return Chart.Combine(
                Chart.Bar(payers, new[] { -820_000.0, 0, 0, 0, 0 }, name: "Investering preventie", color: Red),
                Chart.Bar(payers, new[] { 310_000.0, 640_000, 280_000, 45_000, 60_000 }, name: "Vermeden zorgkosten", color: Green))
            .WithTitle("Netto baten per betaler over 10 jaar: wie investeert, wie profiteert")
            .WithBarMode(BarMode.Relative)
            .WithYAxis("Baten min kosten", tickFormat: ",.0f", tickPrefix: "€ ", zeroLine: true)
            .WithHoverTemplate("%{x}: € %{y:,.0f}<extra>%{fullData.name}</extra>")
            .WithLegend(horizontal: true);
    }

    public static Figure PopulationPyramid()
    {
        double[] start = { 4200, 9300, 6100, 11800, 19100, 27400, 13100, 5100 };
        double[] end = { 4000, 9000, 6000, 11500, 18800, 26100, 15500, 6900 };
        var tiers = new (string Name, double Share, string Color)[] { ("Zelfredzaam", 0.80, Green), ("Tijdelijke ondersteuning", 0.15, Orange), ("Blijvende ondersteuning", 0.05, Red) };
        var traces = new List<Figure>();
        foreach (var (name, share, color) in tiers)
        {
            traces.Add(Chart.Bar(Bands, start.Select(v => -v * share), name: name, orientation: Orientation.Horizontal, color: color)
                .WithTraces(t => t.WithLegendGroup(name).WithHoverText(start.Select(v => DutchFormat.Number(v * share)))
                    .WithHoverTemplate("2026, %{y}: %{hovertext}<extra>" + name + "</extra>")));
            traces.Add(Chart.Bar(Bands, end.Select(v => v * share), name: name, orientation: Orientation.Horizontal, color: color)
                .WithTraces(t => t.WithLegendGroup(name).WithShowLegend(false).With("marker.opacity", 0.7)
                    .WithHoverTemplate("2035, %{y}: %{x:,.0f}<extra>" + name + "</extra>")));
        }
        double[] ticks = { -30000, -20000, -10000, 0, 10000, 20000, 30000 };
        return Chart.Combine(traces)
            .WithTitle("Bevolking per leeftijdsgroep: 2026 (links) en 2035 (rechts)")
            .WithBarMode(BarMode.Relative)
            .WithLayout("bargap", 0.1)
            .WithLayout("xaxis.tickvals", ticks)
            .WithLayout("xaxis.ticktext", ticks.Select(t => DutchFormat.Number(Math.Abs(t))))
            .WithXAxis("Inwoners")
            .WithYAxis("Leeftijd")
            .WithLegend(horizontal: true);
    }

    public static Figure NeedTiersOverTime() => Chart.Combine(
            Chart.StackedArea(Years, Years.Select(y => 80.0 + 0.3 * (y - 2026)), name: "Zelfredzaam", color: Green),
            Chart.StackedArea(Years, Years.Select(y => 15.0 - 0.2 * (y - 2026)), name: "Tijdelijke ondersteuning", color: Orange),
            Chart.StackedArea(Years, Years.Select(y => 5.0 - 0.1 * (y - 2026)), name: "Blijvende ondersteuning", color: Red))
        .WithTitle("Behoefte aan ondersteuning in het scenario")
        .WithXAxis("Jaar", tickFormat: "d")
        .WithYAxis("Aandeel van de inwoners", tickSuffix: "%")
        .WithHoverTemplate("%{x}: %{y:.1f}%<extra>%{fullData.name}</extra>")
        .WithLegend(horizontal: true);

    public static Figure Tornado()
    {
        var parameters = new[] { "Effect op instroom", "Kosten per traject", "Duur van het effect", "Bereik", "Disconteringsvoet" };
        double baseCase = 1_200_000;
        double[] low = { -520_000, -300_000, -210_000, -150_000, -60_000 };
        double[] high = { 610_000, 280_000, 190_000, 160_000, 55_000 };
        return Chart.Combine(
                Chart.Bar(parameters, low.Select(Math.Abs), name: "Lage waarde", orientation: Orientation.Horizontal,
                    color: Orange, barBase: low.Select(l => baseCase + l)),
                Chart.Bar(parameters, high, name: "Hoge waarde", orientation: Orientation.Horizontal, color: Blue,
                    barBase: high.Select(_ => baseCase)))
            .WithTitle("Gevoeligheid van de netto baten (gemeente) per parameter")
            .WithBarMode(BarMode.Overlay)
            .WithXAxis("Netto baten", tickFormat: ",.0f", tickPrefix: "€ ")
            .WithYAxis(reversed: true)
            .WithLegend(horizontal: true);
    }

    public static Figure ProbabilisticCloud()
    {
        var random = new Random(20260305);
        var n = 400;
        var municipal = new double[n];
        var others = new double[n];
        for (var i = 0; i < n; i++)
        {
            var u = random.NextDouble() * 2 - 1;
            var v = random.NextDouble() * 2 - 1;
            municipal[i] = -300_000 + 250_000 * u;
            others[i] = 900_000 + 400_000 * v + 300_000 * u;
        }
        return Chart.Scatter(municipal, others, name: "Trekking", color: Blue, opacity: 0.45)
            .WithTitle("Onzekerheid: netto baten gemeente tegenover andere betalers (400 trekkingen)")
            .WithXAxis("Netto baten gemeente", tickFormat: ",.0f", tickPrefix: "€ ", zeroLine: true)
            .WithYAxis("Netto baten andere betalers", tickFormat: ",.0f", tickPrefix: "€ ", zeroLine: true)
            .WithHoverTemplate("Gemeente: € %{x:,.0f}<br>Anderen: € %{y:,.0f}<extra></extra>");
    }

    public static Figure Coverage()
    {
        var goals = new[] { "Gezond opgroeien", "Mentale weerbaarheid", "Meedoen", "Zelfstandig thuis wonen", "Financiële zelfredzaamheid" };
        var z = new[]
        {
            new[] { 6.0, 5, 3, 1, 0, 0, 0, 0 },
            new[] { 1.0, 4, 6, 4, 2, 1, 0, 0 },
            new[] { 0.0, 1, 2, 3, 4, 3, 2, 1 },
            new[] { 0.0, 0, 0, 0, 1, 2, 5, 6 },
            new[] { 0.0, 0, 1, 3, 4, 3, 1, double.NaN },
        };
        return Chart.Heatmap(Bands, goals, z, zRange: (0, 6), colorBarTitle: "Activiteiten")
            .WithTraces(t => t.WithHoverTemplate("%{y}, %{x}: %{z} activiteiten<extra></extra>"))
            .WithTitle("Dekking van het preventieaanbod: doelen × leeftijdsgroepen")
            .WithXAxis("Leeftijdsgroep")
            .WithYAxis(reversed: true);
    }

    public static IReadOnlyList<Figure> All() =>
        new[] { CostsPerPayer(), NetBenefitPerPayer(), PopulationPyramid(), NeedTiersOverTime(), Tornado(), ProbabilisticCloud(), Coverage() };

    public static ReportDocument Report(IReadOnlyList<Figure> figures)
    {
        var table = new ReportTable("Netto baten per betaler over 10 jaar (voorbeeldgegevens)", "Betaler", "Kosten", "Baten", "Netto", "Aandeel baten")
            .WithRow("Gemeente", ReportCell.Euro(820_000), ReportCell.Euro(310_000), ReportCell.Euro(-510_000), ReportCell.Percent(310_000 / 1_335_000.0))
            .WithRow("Zvw", ReportCell.Euro(0), ReportCell.Euro(640_000), ReportCell.Euro(640_000), ReportCell.Percent(640_000 / 1_335_000.0))
            .WithRow("Wlz", ReportCell.Euro(0), ReportCell.Euro(280_000), ReportCell.Euro(280_000), ReportCell.Percent(280_000 / 1_335_000.0))
            .WithNote("Voorbeeldgegevens om de opmaak te tonen; geen uitkomst van het model.");
        var captions = new[]
        {
            "Doorgetrokken: scenario; gestreept: huidig beleid.", "Negatief: investering; positief: vermeden kosten.",
            "Per leeftijdsgroep, gestapeld naar behoefte aan ondersteuning.", "Aandelen tellen op tot 100%.",
            "Balken: uitkomst bij de lage en de hoge waarde van één parameter, de rest gelijk.",
            "Elke stip is één trekking uit de onzekerheidsverdelingen.", "Aantal activiteiten per doel en leeftijdsgroep.",
        };
        var charts = new ReportSection("Grafieken");
        for (var i = 0; i < figures.Count; i++) charts = charts.WithFigure(figures[i], captions[i % captions.Length]);
        return new ReportDocument("Voorbeeldrapport grafieken", new RunMetadata("0.1.0", 20260305,
                    new DateTimeOffset(2026, 3, 5, 10, 0, 0, TimeSpan.FromHours(1)),
                    [new InputFileHash("voorbeeld.csv", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]))
            .WithSubtitle("Alle soorten grafieken van het raadsrapport, op verzonnen getallen")
            .WithSection(new ReportSection("Samenvatting")
                .WithParagraph("Dit voorbeeld toont de opmaak van het rapport: grafieken met Nederlandse getalnotatie, een tabel en de verantwoording.")
                .WithTable(table))
            .WithSection(charts)
            .WithAssumption(new ReportAssumption("Effect op instroom", "12,5%", "Voorbeeld van een aanname"))
            .WithDataSource(new ReportDataSource("Voorbeeldgegevens", "Alle getallen in dit rapport", "geen"));
    }
}
