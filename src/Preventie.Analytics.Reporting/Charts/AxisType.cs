namespace Preventie.Analytics.Charts;

/// <summary>plotly.js axis <c>type</c>; <see cref="Auto"/> lets plotly decide from the data.</summary>
public enum AxisType
{
    /// <summary>No <c>type</c> is written; plotly infers linear, date or category from the values.</summary>
    Auto,
    /// <summary>Evenly spaced numbers (euros, persons, years).</summary>
    Linear,
    /// <summary>Logarithmic scale, for values spanning several orders of magnitude.</summary>
    Log,
    /// <summary>One tick per label, in the given order, even when the labels look like numbers (years, age bands).</summary>
    Category,
}
