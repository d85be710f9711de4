using System.Globalization;

namespace Preventie.Analytics.Quantities;

/// <summary>
/// An amount of money in euro (a budget, a floor, a shift of funds), distinct from a probability or a count: there is no
/// conversion from <see cref="double"/>, so a chance cannot pass for a budget by accident. Finite by construction.
/// Formatting for readers is done elsewhere; <see cref="ToString"/> gives the plain invariant number.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    /// <summary>No money.</summary>
    public static Money Zero => default;

    /// <summary><paramref name="euros"/> euro.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a finite number.</exception>
    public Money(double euros)
    {
        if (!double.IsFinite(euros)) throw new ArgumentOutOfRangeException(nameof(euros), euros, "een bedrag moet een eindig getal zijn");
        Euros = euros;
    }

    /// <summary>The amount in euro.</summary>
    public double Euros { get; }

    /// <summary><paramref name="euros"/> euro.</summary>
    public static Money FromEuros(double euros) => new(euros);

    /// <inheritdoc/>
    public int CompareTo(Money other) => Euros.CompareTo(other.Euros);

    /// <summary>The sum.</summary>
    public static Money operator +(Money a, Money b) => new(a.Euros + b.Euros);
    /// <summary>The difference.</summary>
    public static Money operator -(Money a, Money b) => new(a.Euros - b.Euros);
    /// <summary>The amount <paramref name="factor"/> times.</summary>
    public static Money operator *(Money a, double factor) => new(a.Euros * factor);
    /// <summary>True when <paramref name="a"/> is less.</summary>
    public static bool operator <(Money a, Money b) => a.Euros < b.Euros;
    /// <summary>True when <paramref name="a"/> is more.</summary>
    public static bool operator >(Money a, Money b) => a.Euros > b.Euros;
    /// <summary>True when <paramref name="a"/> is not more.</summary>
    public static bool operator <=(Money a, Money b) => a.Euros <= b.Euros;
    /// <summary>True when <paramref name="a"/> is not less.</summary>
    public static bool operator >=(Money a, Money b) => a.Euros >= b.Euros;

    /// <summary>The plain number of euro, culture-independent.</summary>
    public override string ToString() => Euros.ToString("R", CultureInfo.InvariantCulture);
}
