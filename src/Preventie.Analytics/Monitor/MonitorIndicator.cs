using Preventie.Analytics.Population;

namespace Preventie.Analytics.Monitor;

/// <summary>When in the year the monitor counts people, and so which model quantity it is compared with.</summary>
public enum MeasurementMoment
{
    /// <summary>Clients during the year: compared with the model's mean number in the year (person-years of the cycle).</summary>
    YearAverage,
    /// <summary>A stock on 1 January (e.g. population): compared with the model's count at the start of the year.</summary>
    FirstOfJanuary,
}

/// <summary>
/// One indicator of the monitor (a row of <c>data/monitor/indicatoren.csv</c>, editable): its Dutch code and label,
/// the age bands it may be reported for, and how it maps onto the model (which states it counts).
/// </summary>
/// <param name="Code">Code used in monitor files, e.g. <c>wmo_maatwerk_clienten</c>.</param>
/// <param name="Label">Dutch label for reports, e.g. "Cliënten Wmo-maatwerk".</param>
/// <param name="Unit">Dutch unit, e.g. "cliënten", "huishoudens", "inwoners".</param>
/// <param name="Bands">Bands the indicator may be reported for (a total row is always allowed).</param>
/// <param name="ModelStates">Model state names whose people the indicator counts; empty when the model has no
/// equivalent (the indicator is then validated and shown, not fitted). "levend" means every living state.</param>
/// <param name="Moment">Measurement moment, see <see cref="MeasurementMoment"/>.</param>
/// <param name="Calibrate">True when the indicator enters the calibration objective.</param>
/// <param name="Source">Where the definition comes from (CBS table), shown in reports.</param>
public sealed record MonitorIndicator(
    string Code,
    string Label,
    string Unit,
    IReadOnlyList<AgeBand> Bands,
    IReadOnlyList<string> ModelStates,
    MeasurementMoment Moment,
    bool Calibrate,
    string? Source)
{
    /// <summary>True when the model has an equivalent quantity.</summary>
    public bool IsModelled => ModelStates.Count > 0;

    /// <summary>True for the population indicator (it counts every living state, "levend").</summary>
    public bool IsPopulation => ModelStates.Any(s => string.Equals(s, "levend", StringComparison.OrdinalIgnoreCase));
}
