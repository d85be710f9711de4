using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Charts;

/// <summary>
/// Charts of a calibration over plain inputs: per indicator the observed count and the model's count per age band and
/// year, the model's bar carrying its noise band (± 2 × √(model + 25/12): Poisson noise plus rounding to multiples of 5).
/// Small counts (&lt; 10) are never drawn: callers pass counts through <see cref="Formatting.SmallCountSuppression"/> (null = hidden).
/// </summary>
public static class CalibrationCharts
{
    /// <summary>Observed and model per category ("18-27 2022"), the model with its ± 2-noise band (null = suppressed, not drawn).</summary>
    /// <param name="indicator">Dutch label of the indicator.</param>
    /// <param name="categories">One label per figure: band and year.</param>
    /// <param name="observed">Observed counts (null = suppressed).</param>
    /// <param name="model">The model's counts (null = suppressed).</param>
    /// <param name="noise">Half-width of the noise band around the model (2 noise units).</param>
    /// <param name="illustrative">True for illustrative monitor figures (said in the title).</param>
    public static Figure ObservedVersusModel(string indicator, IReadOnlyList<string> categories, IReadOnlyList<double?> observed,
        IReadOnlyList<double?> model, IReadOnlyList<double> noise, bool illustrative)
    {
        var modelBars = Chart.Bar(categories, model.Select(v => v ?? double.NaN), name: "Model na kalibratie (met ± 2 × de ruis)", color: ChartPalette.Net)
            .WithTraces(t => t.With("error_y.type", "data").With("error_y.array", model.Zip(noise, (m, n) => m is null ? double.NaN : n).ToArray()));
        return Chart.Combine(Chart.Bar(categories, observed.Select(v => v ?? double.NaN), name: "Waargenomen (monitor)", color: ChartPalette.Investment), modelBars)
            .WithTitle($"{indicator}: waargenomen en model per leeftijdsgroep en jaar{(illustrative ? " — illustratieve cijfers" : "")}")
            .WithBarMode(BarMode.Group)
            .WithYAxis("Aantal", tickFormat: ",.0f")
            .WithLegend(horizontal: true);
    }
}
