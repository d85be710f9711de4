namespace Preventie.Analytics.Charts;

/// <summary>Bar direction: vertical columns or horizontal bars (tornado, population pyramid).</summary>
public enum Orientation
{
    Vertical,
    Horizontal,
}
