namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// One point of a payer's acceptability curve: at a value of <paramref name="ValuePerLifeYear"/> euro per
/// zelfredzaam life-year gained, the share of draws in which the scenario's net benefit for the payer (money saved
/// minus money spent, plus the valued life-years) is positive, and the EVPI at that value.
/// </summary>
public sealed record AcceptabilityPoint(double ValuePerLifeYear, double Probability, double Evpi);
