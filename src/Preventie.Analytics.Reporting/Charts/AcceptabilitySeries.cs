namespace Preventie.Analytics.Charts;

/// <summary>
/// One acceptability curve: for a payer (or payer group), at each value per zelfredzaam life-year gained, the
/// probability that the scenario's net benefit plus the valued life-years is positive.
/// </summary>
/// <param name="Code">Payer or group code for the colour (<see cref="ChartPalette.ForCode"/>): "gemeente", "zvw", "totaal"…</param>
/// <param name="Label">Legend text, e.g. "Gemeente (totaal)".</param>
/// <param name="ValuesPerLifeYear">Euros per zelfredzaam life-year, ascending.</param>
/// <param name="Probabilities">Probability (0-1) at each value.</param>
public sealed record AcceptabilitySeries(string Code, string Label, IReadOnlyList<double> ValuesPerLifeYear, IReadOnlyList<double> Probabilities);
