namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// One bar of a tornado chart: a parameter moved alone to its low and high value (5th/95th percentile of its
/// distribution, or given bounds) with all others at their point values, and the discounted net benefit of the
/// municipality and of all payers at each end.
/// </summary>
/// <param name="Parameter">Parameter name.</param>
/// <param name="Distribution">Dutch description of where the bounds come from.</param>
/// <param name="PointValue">The parameter's point value.</param>
/// <param name="Low">The low value used.</param>
/// <param name="High">The high value used.</param>
/// <param name="GemeenteAtLow">Municipal net benefit (discounted) with the parameter at <paramref name="Low"/>.</param>
/// <param name="GemeenteAtHigh">Municipal net benefit with the parameter at <paramref name="High"/>.</param>
/// <param name="TotalAtLow">Net benefit of all payers at <paramref name="Low"/>.</param>
/// <param name="TotalAtHigh">Net benefit of all payers at <paramref name="High"/>.</param>
public sealed record OneWayRow(
    string Parameter,
    string Distribution,
    double PointValue,
    double Low,
    double High,
    double GemeenteAtLow,
    double GemeenteAtHigh,
    double TotalAtLow,
    double TotalAtHigh)
{
    /// <summary>Width of the municipal bar: |at high − at low|.</summary>
    public double GemeenteSwing => Math.Abs(GemeenteAtHigh - GemeenteAtLow);

    /// <summary>Width of the all-payer bar.</summary>
    public double TotalSwing => Math.Abs(TotalAtHigh - TotalAtLow);
}
