using Preventie.Analytics.Population;

namespace Preventie.Analytics.Monitor;

/// <summary>
/// One validated row of a monitor file.
/// </summary>
/// <param name="Row">Row number as the user sees it (for messages).</param>
/// <param name="Period">The period (a whole year after validation).</param>
/// <param name="Region">CBS region code, e.g. GM0150.</param>
/// <param name="Indicator">The indicator.</param>
/// <param name="Band">The age band, or null for the total over all bands.</param>
/// <param name="Value">The value; null when the file says "." (unknown or suppressed by the publisher).</param>
/// <param name="Source">How the figure was obtained (the optional <c>bron</c> column), or null.</param>
public sealed record MonitorObservation(
    int Row,
    MonitorPeriod Period,
    string Region,
    MonitorIndicator Indicator,
    AgeBand? Band,
    double? Value,
    string? Source)
{
    /// <summary>Calendar year of the observation.</summary>
    public int Year => Period.Year;

    /// <summary>"totaal" or the band code.</summary>
    public string BandCode => Band?.Code ?? MonitorData.TotalBand;
}
