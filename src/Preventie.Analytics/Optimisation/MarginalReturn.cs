namespace Preventie.Analytics.Optimisation;

/// <summary>
/// The return of one more euro per year on an activity, at the chosen portfolio: the expected change of the objective
/// (full model, same draws) when its scale goes up by a small step, divided by the extra municipal spending over the
/// horizon (present value, same draws). In euro per euro for the money objectives (for all payers: −1 = the euro buys
/// no savings at all), in life-years per euro for the life-year objective.
/// </summary>
public sealed record MarginalReturn(string Activity, double Scale, double PerEuro, bool AboveMaximum);
