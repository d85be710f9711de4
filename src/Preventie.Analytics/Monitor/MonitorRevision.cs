namespace Preventie.Analytics.Monitor;

/// <summary>
/// A figure that both the previous and the current monitor file hold for the same indicator, band and year, with a
/// different value or status — typically a provisional figure replaced by the final one.
/// </summary>
public sealed record MonitorRevision(string Indicator, string IndicatorLabel, string Band, int Year,
    MonitorPeriod PreviousPeriod, double? Previous, MonitorPeriod CurrentPeriod, double? Current)
{
    /// <summary>Current − previous, or null when either is unknown.</summary>
    public double? Delta => Previous is { } p && Current is { } c ? c - p : null;

    /// <summary>The revisions between two monitor files, in the current file's order.</summary>
    public static IReadOnlyList<MonitorRevision> Between(MonitorData previous, MonitorData current)
    {
        var old = previous.Observations.ToDictionary(o => (o.Indicator.Code, o.Band, o.Year));
        var list = new List<MonitorRevision>();
        foreach (var o in current.Observations)
        {
            if (!old.TryGetValue((o.Indicator.Code, o.Band, o.Year), out var p)) continue;
            if (p.Value == o.Value && p.Period.IsProvisional == o.Period.IsProvisional) continue;
            list.Add(new MonitorRevision(o.Indicator.Code, o.Indicator.Label, o.BandCode, o.Year, p.Period, p.Value, o.Period, o.Value));
        }
        return list;
    }
}
