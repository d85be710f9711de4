using System.Globalization;

namespace Preventie.Analytics.Timeline;

/// <summary>
/// A calendar year (e.g. 2024), distinct from a cycle index (<see cref="CycleIndex"/>) and from a time point (1 January
/// of a year). Immutable; the range is checked at construction, so a cycle index or a count of years cannot pass for a
/// year by accident (there is no conversion from <see cref="int"/>). Arithmetic only where it means something: a year
/// plus or minus a number of years is a year; a year minus a year is a number of years; the cycle of a year within a
/// horizon is <see cref="CycleIndex.Of"/>. Formatting for readers is done elsewhere; <see cref="ToString"/> gives the
/// plain digits ("2024").
/// </summary>
public readonly record struct CalendarYear : IComparable<CalendarYear>
{
    /// <summary>Smallest year the model accepts.</summary>
    public const int MinValue = 1900;
    /// <summary>Largest year the model accepts.</summary>
    public const int MaxValue = 2200;

    /// <summary>The year <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside <see cref="MinValue"/>..<see cref="MaxValue"/>.</exception>
    public CalendarYear(int value)
    {
        if (!IsValid(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, $"een jaartal moet tussen {MinValue} en {MaxValue} liggen");
        Value = value;
    }

    /// <summary>The year as a number (e.g. 2024).</summary>
    public int Value { get; }

    /// <summary>True when <paramref name="value"/> is a year the model accepts.</summary>
    public static bool IsValid(int value) => value is >= MinValue and <= MaxValue;

    /// <summary>The year <paramref name="years"/> years later (earlier when negative).</summary>
    public CalendarYear Plus(int years) => new(Value + years);

    /// <summary>The number of years from <paramref name="other"/> to this year (negative when this year is earlier).</summary>
    public int YearsSince(CalendarYear other) => Value - other.Value;

    /// <inheritdoc/>
    public int CompareTo(CalendarYear other) => Value.CompareTo(other.Value);

    /// <summary>The year <paramref name="years"/> years after <paramref name="year"/>.</summary>
    public static CalendarYear operator +(CalendarYear year, int years) => year.Plus(years);
    /// <summary>The year <paramref name="years"/> years before <paramref name="year"/>.</summary>
    public static CalendarYear operator -(CalendarYear year, int years) => year.Plus(-years);
    /// <summary>The number of years from <paramref name="b"/> to <paramref name="a"/>.</summary>
    public static int operator -(CalendarYear a, CalendarYear b) => a.YearsSince(b);
    /// <summary>True when <paramref name="a"/> comes before <paramref name="b"/>.</summary>
    public static bool operator <(CalendarYear a, CalendarYear b) => a.Value < b.Value;
    /// <summary>True when <paramref name="a"/> comes after <paramref name="b"/>.</summary>
    public static bool operator >(CalendarYear a, CalendarYear b) => a.Value > b.Value;
    /// <summary>True when <paramref name="a"/> is not after <paramref name="b"/>.</summary>
    public static bool operator <=(CalendarYear a, CalendarYear b) => a.Value <= b.Value;
    /// <summary>True when <paramref name="a"/> is not before <paramref name="b"/>.</summary>
    public static bool operator >=(CalendarYear a, CalendarYear b) => a.Value >= b.Value;

    /// <summary>The years <paramref name="first"/> to <paramref name="last"/> inclusive, in order (empty when last &lt; first).</summary>
    public static IEnumerable<CalendarYear> Range(CalendarYear first, CalendarYear last)
    {
        for (var y = first.Value; y <= last.Value; y++) yield return new CalendarYear(y);
    }

    /// <summary>The plain digits, culture-independent (e.g. "2024").</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
