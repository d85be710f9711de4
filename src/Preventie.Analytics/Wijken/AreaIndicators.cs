using Preventie.Analytics.Input;
namespace Preventie.Analytics.Wijken;

/// <summary>One area (a wijk or a buurt) with its indicator values, as read by <c>AreaIndicatorFile</c>.</summary>
/// <param name="Region">CBS code of the area (<c>WK015005</c> or <c>BU01500501</c>).</param>
/// <param name="Wijk">The wijk code the area lies in.</param>
/// <param name="Values">Indicator code → value (counts or shares as published).</param>
/// <param name="Sources">Indicator code → the <c>bron</c> of its row.</param>
public sealed record AreaIndicators(string Region, string Wijk, IReadOnlyDictionary<string, double> Values, IReadOnlyDictionary<string, string> Sources)
{
    /// <summary>The value of <paramref name="indicator"/>, or null when the file has none (or it was "." = unknown).</summary>
    public double? Get(string indicator) => Values.TryGetValue(ColumnName.Normalize(indicator), out var v) ? v : null;

    /// <summary>The first row of the file with this area (for messages); 0 when not read from a file.</summary>
    public int Row { get; init; }
}
