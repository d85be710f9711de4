using Preventie.Analytics.Formatting;
namespace Preventie.Analytics.Parameters;

/// <summary>A probability or share in [0, 1]; construction outside that range throws.</summary>
public readonly record struct Probability
{
    /// <summary>A probability of <paramref name="value"/>; throws when it is not a finite value in [0, 1].</summary>
    public Probability(double value)
    {
        if (!IsValid(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "kans moet tussen 0 en 1 liggen");
        Value = value;
    }

    /// <summary>The probability as a number in [0, 1].</summary>
    public double Value { get; }

    /// <summary>True for a finite value in [0, 1].</summary>
    public static bool IsValid(double value) => value is >= 0 and <= 1;

    /// <summary>The probability as a plain number.</summary>
    public static implicit operator double(Probability p) => p.Value;

    /// <summary>The probability as a Dutch percentage with one decimal (<see cref="DutchFormat.Percent"/>).</summary>
    public override string ToString() => DutchFormat.Percent(Value);
}
