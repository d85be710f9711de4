using Preventie.Analytics.Formatting;

namespace Preventie.Analytics.Quantities;

/// <summary>
/// A probability or a share of draws, between 0 and 1 inclusive (checked at construction), distinct from an amount of
/// money: there is no conversion from <see cref="double"/> (only to it), so a budget cannot pass for a chance by accident.
/// </summary>
public readonly record struct Probability : IComparable<Probability>
{
    /// <summary>Probability 0.</summary>
    public static Probability Zero => default;

    /// <summary>The probability <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0..1 or not a number.</exception>
    public Probability(double value)
    {
        if (!IsValid(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "een kans moet tussen 0 en 1 liggen");
        Value = value;
    }

    /// <summary>The probability as a number between 0 and 1.</summary>
    public double Value { get; }

    /// <summary>True when <paramref name="value"/> is a probability (0..1, not NaN).</summary>
    public static bool IsValid(double value) => value is >= 0 and <= 1;

    /// <inheritdoc/>
    public int CompareTo(Probability other) => Value.CompareTo(other.Value);

    /// <summary>True when <paramref name="a"/> is less likely.</summary>
    public static bool operator <(Probability a, Probability b) => a.Value < b.Value;
    /// <summary>True when <paramref name="a"/> is more likely.</summary>
    public static bool operator >(Probability a, Probability b) => a.Value > b.Value;
    /// <summary>True when <paramref name="a"/> is not more likely.</summary>
    public static bool operator <=(Probability a, Probability b) => a.Value <= b.Value;
    /// <summary>True when <paramref name="a"/> is not less likely.</summary>
    public static bool operator >=(Probability a, Probability b) => a.Value >= b.Value;

    /// <summary>The probability as a plain number.</summary>
    public static implicit operator double(Probability p) => p.Value;

    /// <summary>The probability as a Dutch percentage with one decimal (<see cref="DutchFormat.Percent"/>).</summary>
    public override string ToString() => DutchFormat.Percent(Value);
}
