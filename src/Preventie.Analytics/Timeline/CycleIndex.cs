namespace Preventie.Analytics.Timeline;

/// <summary>
/// The 0-based index t of a yearly cycle within a scenario's horizon: t = 0 is cycle 1, the start year (heemod's
/// convention, see <see cref="Simulation.CompiledScenario"/>). Not a calendar year (<see cref="CalendarYear"/>): the year
/// of a cycle is <see cref="YearIn"/> and the cycle of a year is <see cref="Of"/>, both relative to the horizon's start
/// year. Time point t is 1 January of the cycle's year; time point t + 1 is its end.
/// </summary>
public readonly record struct CycleIndex : IComparable<CycleIndex>
{
    /// <summary>The cycle with 0-based index <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public CycleIndex(int value)
    {
        if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), value, "een cyclusindex kan niet negatief zijn");
        Value = value;
    }

    /// <summary>The 0-based index (the array position of the cycle's yearly figures).</summary>
    public int Value { get; }

    /// <summary>The 1-based cycle number as the convention counts it (cycle 1 = start year).</summary>
    public int Number => Value + 1;

    /// <summary>The cycle of <paramref name="year"/> in a horizon that starts in <paramref name="startYear"/>
    /// (year − start year).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> lies before <paramref name="startYear"/>.</exception>
    public static CycleIndex Of(CalendarYear year, CalendarYear startYear) => new(year - startYear);

    /// <summary>The calendar year of this cycle in a horizon that starts in <paramref name="startYear"/>.</summary>
    public CalendarYear YearIn(CalendarYear startYear) => startYear + Value;

    /// <summary>The cycles 0..<paramref name="count"/> − 1 of a horizon, in order.</summary>
    public static IEnumerable<CycleIndex> Range(int count)
    {
        for (var t = 0; t < count; t++) yield return new CycleIndex(t);
    }

    /// <inheritdoc/>
    public int CompareTo(CycleIndex other) => Value.CompareTo(other.Value);

    /// <summary>"cyclus n" with the 1-based number (for logs; readers' text is formatted elsewhere).</summary>
    public override string ToString() => $"cyclus {Number}";
}
