using Preventie.Analytics.Interventions;
using Preventie.Analytics.Formatting;
using System.Globalization;
using Preventie.Analytics.Population;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.States;

namespace Preventie.Analytics.Charts;

/// <summary>
/// Charts of the population model: the pyramid per age band stacked by need tier (start versus end of the horizon) and
/// the need tiers over time per scenario. Numbers are people on 1 January of a year; people who died (outflow) are left out.
/// </summary>
public static class PopulationCharts
{
    /// <summary>The living need tiers, in stacking order (self-reliant at the base).</summary>
    public static IReadOnlyList<NeedTier> LivingTiers { get; } = new[] { NeedTier.Zelfredzaam, NeedTier.Tijdelijk, NeedTier.Blijvend };

    /// <summary>People of <paramref name="tier"/> in <paramref name="band"/> at time point <paramref name="point"/> (0 = 1 January of the start year).</summary>
    public static double TierCount(SimulationResult result, int point, AgeBand band, NeedTier tier)
    {
        var sum = 0.0;
        for (var s = 0; s < result.States.Count; s++)
            if (result.States[s].Tier == tier) sum += result.Count(point, band, s);
        return sum;
    }

    /// <summary>People of <paramref name="tier"/> at time point <paramref name="point"/>, all bands.</summary>
    public static double TierCount(SimulationResult result, int point, NeedTier tier)
    {
        var sum = 0.0;
        for (var s = 0; s < result.States.Count; s++)
            if (result.States[s].Tier == tier) sum += result.Count(point, s);
        return sum;
    }

    /// <summary>"1-1-2024": the date of time point <paramref name="point"/>.</summary>
    public static string PointLabel(SimulationResult result, int point) =>
        "1-1-" + (result.StartYear + point).ToString();

    /// <summary>
    /// The population pyramid: one horizontal bar per age band (youngest at the bottom), stacked by need tier, with the
    /// start of the horizon (1 January of the start year) to the left and its end (1 January after the last year) to
    /// the right. Traces: per tier first the start bars (negative x), then the end bars (positive x).
    /// </summary>
    public static Figure Pyramid(SimulationResult result)
    {
        var bands = result.Bands;
        var labels = bands.Select(b => b.Code).ToArray();
        var end = result.Cycles;
        string startLabel = PointLabel(result, 0), endLabel = PointLabel(result, end);
        var parts = new List<Figure>();
        foreach (var tier in LivingTiers)
        {
            var name = Capitalise(tier.DutchLabel());
            var color = ChartPalette.For(tier);
            var atStart = bands.Select(b => TierCount(result, 0, b, tier)).ToArray();
            var atEnd = bands.Select(b => TierCount(result, end, b, tier)).ToArray();
            parts.Add(Chart.Bar(labels, atStart.Select(v => -v), name: name, orientation: Orientation.Horizontal, color: color)
                .WithTraces(t => t.WithLegendGroup(name)
                    .WithHoverText(bands.Select((b, i) => $"{b.Label}, {startLabel}: {DutchFormat.Number(atStart[i])} {tier.DutchLabel()}"))
                    .WithHoverTemplate("%{hovertext}<extra></extra>")));
            parts.Add(Chart.Bar(labels, atEnd, name: name, orientation: Orientation.Horizontal, color: color)
                .WithTraces(t => t.WithLegendGroup(name).WithShowLegend(false)
                    .WithHoverText(bands.Select((b, i) => $"{b.Label}, {endLabel}: {DutchFormat.Number(atEnd[i])} {tier.DutchLabel()}"))
                    .WithHoverTemplate("%{hovertext}<extra></extra>")));
        }
        var max = Enumerable.Range(0, bands.Count)
            .Select(b => Math.Max(result.BandPopulation(0, bands[b]), result.BandPopulation(end, bands[b])))
            .DefaultIfEmpty(0).Max();
        var step = NiceStep(max / 3);
        var ticks = new List<double>();
        for (var v = -Math.Floor(max / step) * step; v <= max + 1e-9; v += step) ticks.Add(v);
        var range = Math.Max(max, step) * 1.08;
        return Chart.Combine(parts)
            .WithTitle($"Inwoners per leeftijdsgroep en behoefte aan ondersteuning: {startLabel} (links) en {endLabel} (rechts)")
            .WithBarMode(BarMode.Relative)
            .WithLayout("bargap", 0.15)
            .WithLayout("xaxis.tickvals", ticks.ToArray())
            .WithLayout("xaxis.ticktext", ticks.Select(t => DutchFormat.Number(Math.Abs(t))).ToArray())
            .WithLayout("xaxis.range", new[] { -range, range })
            .WithXAxis($"Inwoners ← {startLabel} | {endLabel} →", zeroLine: true)
            .WithYAxis("Leeftijd (jaar)")
            .WithLegend(horizontal: true)
            .WithSize(null, 520);
    }

    /// <summary>
    /// Need tiers over time: per scenario a panel with the people per tier stacked (self-reliant at the base) on
    /// 1 January of every year of the horizon and the year after it. All panels share the scale of the largest one.
    /// </summary>
    public static Figure NeedTiersOverTime(params SimulationResult[] results) => NeedTiersOverTime((IEnumerable<SimulationResult>)results);

    /// <summary>See <see cref="NeedTiersOverTime(SimulationResult[])"/>.</summary>
    public static Figure NeedTiersOverTime(IEnumerable<SimulationResult> results)
    {
        var list = results.ToList();
        if (list.Count == 0) throw new ArgumentException("At least one simulation result is needed.", nameof(results));
        var parts = new List<Figure>();
        var yMax = 0.0;
        for (var panel = 0; panel < list.Count; panel++)
        {
            var r = list[panel];
            var years = Enumerable.Range(r.StartYear.Value, r.Cycles + 1).ToArray();
            var total = new double[years.Length];
            foreach (var tier in LivingTiers)
            {
                var name = Capitalise(tier.DutchLabel());
                var counts = Enumerable.Range(0, years.Length).Select(p => TierCount(r, p, tier)).ToArray();
                for (var p = 0; p < counts.Length; p++) total[p] += counts[p];
                var p0 = panel;
                parts.Add(Chart.StackedArea(years, counts, name: name, stackGroup: "behoefte" + (panel + 1).ToString(CultureInfo.InvariantCulture), color: ChartPalette.For(tier))
                    .WithTraces(t => SubplotGrid.InPanel(t, p0).WithLegendGroup(name).WithShowLegend(p0 == 0)
                        .WithHoverText(counts.Select((c, i) => $"{r.ScenarioName}, 1-1-{years[i]}: {DutchFormat.Number(c)} {tier.DutchLabel()}"))
                        .WithHoverTemplate("%{hovertext}<extra></extra>")));
            }
            yMax = Math.Max(yMax, total.Max());
        }
        var figure = Chart.Combine(parts).WithTitle("Behoefte aan ondersteuning door de jaren heen (inwoners op 1 januari)");
        for (var panel = 0; panel < list.Count; panel++)
        {
            figure = figure
                .WithLayout(SubplotGrid.XAxis(panel) + ".tickformat", "d")
                .WithLayout(SubplotGrid.YAxis(panel) + ".tickformat", ",.0f")
                .WithLayout(SubplotGrid.YAxis(panel) + ".range", new[] { 0, yMax * 1.05 });
            if (panel % 2 == 0) figure = figure.WithLayout(SubplotGrid.YAxis(panel) + ".title.text", "Inwoners");
        }
        figure = SubplotGrid.Arrange(figure, list.Select(r => r.ScenarioName).ToArray(), columns: 2, panelHeight: 340);
        return figure.WithLegend(horizontal: true);
    }

    /// <summary>A round step (1, 2 or 5 × 10^k) of at least <paramref name="rough"/>.</summary>
    internal static double NiceStep(double rough)
    {
        if (!(rough > 0)) return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        foreach (var m in new[] { 1.0, 2, 5, 10 })
            if (m * magnitude >= rough) return m * magnitude;
        return 10 * magnitude;
    }

    internal static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}
