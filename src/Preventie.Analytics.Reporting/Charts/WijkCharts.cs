using Preventie.Analytics.Formatting;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Charts;

/// <summary>
/// Charts of the wijk analyses over plain inputs: observed versus expected use per wijk (the need model's finding), and
/// the fte split of the presence teams today versus optimal with the 90% interval of the optimal split over the draws.
/// Small counts (&lt; 10) are never drawn: callers pass counts through <see cref="SmallCountSuppression"/> (null = hidden).
/// </summary>
public static class WijkCharts
{
    /// <summary>Observed and expected use per wijk (null = suppressed, not drawn).</summary>
    public static Figure ObservedVersusExpected(IReadOnlyList<string> wijken, IReadOnlyList<double?> observed, IReadOnlyList<double?> expected,
        string what, bool illustrative) =>
        Chart.Combine(
                Chart.Bar(wijken, observed.Select(v => v ?? double.NaN), name: "Waargenomen", color: ChartPalette.Investment),
                Chart.Bar(wijken, expected.Select(v => v ?? double.NaN), name: "Verwacht op grond van het wijkprofiel", color: ChartPalette.Net))
            .WithTitle($"{what}: waargenomen en verwacht per wijk{(illustrative ? " — illustratieve cijfers" : "")}")
            .WithBarMode(BarMode.Group)
            .WithYAxis("Aantal", tickFormat: ",.0f")
            .WithLegend(horizontal: true);

    /// <summary>Fte per wijk today and optimal; the optimal bars carry the 90% interval of the draws' own optimum.</summary>
    public static Figure FteSplit(IReadOnlyList<string> wijken, IReadOnlyList<double> today, IReadOnlyList<double> optimal,
        IReadOnlyList<double> low, IReadOnlyList<double> high, bool illustrative)
    {
        var optimalBars = Chart.Bar(wijken, optimal, name: "Optimaal (90%-interval over de doorgerekende mogelijkheden)", color: ChartPalette.Savings)
            .WithTraces(t => t.With("error_y.type", "data").With("error_y.symmetric", false)
                .With("error_y.array", optimal.Zip(high, (o, h) => Math.Max(0, h - o)).ToArray())
                .With("error_y.arrayminus", optimal.Zip(low, (o, l) => Math.Max(0, o - l)).ToArray()));
        return Chart.Combine(Chart.Bar(wijken, today, name: "Vandaag (gelijk over de wijken, aanname)", color: ChartPalette.Net), optimalBars)
            .WithTitle($"Presentieteams: fte per wijk{(illustrative ? " — illustratieve cijfers" : "")}")
            .WithBarMode(BarMode.Group)
            .WithYAxis("fte", tickFormat: ",.1f")
            .WithLegend(horizontal: true);
    }
}
