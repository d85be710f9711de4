namespace Preventie.Analytics.Charts;

/// <summary>Bar direction: vertical columns or horizontal bars (tornado, population pyramid).</summary>
public enum Orientation
{
    /// <summary>Columns: categories on the x axis, values upwards.</summary>
    Vertical,
    /// <summary>Bars: categories on the y axis, values to the right (tornado, population pyramid, rankings).</summary>
    Horizontal,
}
