namespace Preventie.Analytics.Parameters;

/// <summary>An amount in euros (nominal or discounted, as the context says); prints as "€ 1.234".</summary>
public readonly record struct Euro(double Amount)
{
    public static Euro operator +(Euro a, Euro b) => new(a.Amount + b.Amount);
    public static Euro operator -(Euro a, Euro b) => new(a.Amount - b.Amount);
    public static Euro operator -(Euro a) => new(-a.Amount);
    public static Euro operator *(Euro a, double f) => new(a.Amount * f);

    public static implicit operator double(Euro e) => e.Amount;

    public override string ToString() => Reporting.DutchFormat.Euro(Amount);
}
