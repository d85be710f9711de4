using Preventie.Analytics.Population;

namespace Preventie.Analytics.Monitor;

/// <summary>
/// A validated monitor file (see <c>MonitorFile</c>): observations per indicator, region, age band and year.
/// </summary>
public sealed class MonitorData
{
    /// <summary>The band text for totals over all ages.</summary>
    public const string TotalBand = "totaal";

    /// <summary>The notice every output that uses illustrative data must carry.</summary>
    public const string IllustrativeNotice = "illustratief, geen echte Deventer-cijfers";

    /// <summary>Validated monitor data of <paramref name="region"/> from <paramref name="file"/>: the municipality's observations, and optionally the wijk and buurt rows (<paramref name="areaObservations"/>) and Dutch <paramref name="warnings"/>.</summary>
    public MonitorData(string file, string region, IReadOnlyList<MonitorObservation> observations, bool isIllustrative,
        AgeBandSet bands, IReadOnlyList<string>? warnings = null, IReadOnlyList<MonitorObservation>? areaObservations = null)
    {
        Bands = bands;
        AreaObservations = areaObservations ?? [];
        Warnings = warnings ?? [];
        File = file;
        Region = region;
        Observations = observations;
        IsIllustrative = isIllustrative;
    }

    /// <summary>The file as the user named it.</summary>
    public string File { get; }

    /// <summary>The region code all rows share (e.g. GM0150).</summary>
    public string Region { get; }

    /// <summary>The municipality's rows (region = <see cref="Region"/>): these calibrate the city model.</summary>
    public IReadOnlyList<MonitorObservation> Observations { get; }

    /// <summary>The age bands the file was read against (the model's, see <see cref="IndicatorCatalog.Bands"/>).</summary>
    public AgeBandSet Bands { get; }

    /// <summary>Rows with a wijk (<c>WK</c>) or buurt (<c>BU</c>) code of the municipality, validated like the others;
    /// aggregated per wijk by <see cref="WijkFigures"/>, never used in the city calibration.</summary>
    public IReadOnlyList<MonitorObservation> AreaObservations { get; }

    /// <summary>
    /// True when the file says it holds illustrative figures (a <c>bron</c> cell or a comment line containing
    /// "illustratief"); every output then carries <see cref="IllustrativeNotice"/>.
    /// </summary>
    public bool IsIllustrative { get; }

    /// <summary>
    /// Dutch warnings about legal but unusual figures (e.g. a population that jumps by more than a quarter in a year);
    /// printed by the command and shown in the run's report.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The distinct years, ascending.</summary>
    public IReadOnlyList<int> Years => Observations.Select(o => o.Year).Distinct().Order().ToList();

    /// <summary>The observation for an indicator, band (null = total) and year, or null.</summary>
    public MonitorObservation? Find(string indicatorCode, AgeBand? band, int year) =>
        Observations.FirstOrDefault(o => o.Indicator.Code == indicatorCode && o.Band == band && o.Year == year);

    /// <summary>The periods of <see cref="Observations"/>, StatLine style and ascending: "2022", "2023", "2024*" (a year is
    /// provisional when any of its figures is).</summary>
    public IReadOnlyList<string> Periods =>
        Observations.GroupBy(o => o.Year).OrderBy(g => g.Key)
            .Select(g => g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture) + (g.Any(o => o.Period.IsProvisional) ? "*" : "")).ToList();

    /// <summary>Dutch: "2022–2024 (2024 voorlopig)" (see <see cref="Model.MonitorSource.PeriodDescription"/>).</summary>
    public string PeriodText => Model.MonitorSource.PeriodDescription(Periods);

    /// <summary>True when any figure is provisional.</summary>
    public bool HasProvisional => Observations.Any(o => o.Period.IsProvisional);
}
