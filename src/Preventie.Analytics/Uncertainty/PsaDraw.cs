namespace Preventie.Analytics.Uncertainty;

/// <summary>One draw of the probabilistic sensitivity analysis, as the PSA cloud shows it.</summary>
/// <param name="MunicipalNetBenefit">The municipality's net benefit in this draw (discounted euros).</param>
/// <param name="OtherPayersNetBenefit">The net benefit of all other payers together (Zvw, Wlz, Rijk, inwoners).</param>
public readonly record struct PsaDraw(double MunicipalNetBenefit, double OtherPayersNetBenefit);
