namespace Preventie.Analytics.Charts;

/// <summary>plotly.js axis <c>type</c>; <see cref="Auto"/> lets plotly decide from the data.</summary>
public enum AxisType
{
    Auto,
    Linear,
    Log,
    Category,
}
