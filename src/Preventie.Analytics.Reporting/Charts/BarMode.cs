namespace Preventie.Analytics.Charts;

/// <summary>plotly.js <c>layout.barmode</c>: how bars at the same position combine.</summary>
public enum BarMode
{
    /// <summary>Side by side.</summary>
    Group,
    /// <summary>On top of each other (all values of one sign).</summary>
    Stack,
    /// <summary>Stacked, negative values below zero and positive above: population pyramids and net benefit.</summary>
    Relative,
    /// <summary>Drawn over each other.</summary>
    Overlay,
}
