namespace Preventie.Analytics.Charts;

/// <summary>
/// One bar of a tornado chart (one-way sensitivity): the outcome with one parameter at its low and at its high value,
/// all others at their point values.
/// </summary>
/// <param name="Parameter">What was varied, as the reader should see it (e.g. "Effect verschuiving naar voorliggend").</param>
/// <param name="OutcomeAtLow">The outcome (e.g. municipal net benefit, euros) with the parameter at its low value.</param>
/// <param name="OutcomeAtHigh">The outcome with the parameter at its high value.</param>
/// <param name="LowValue">The low input value as text for the hover (e.g. "5,0%"), optional.</param>
/// <param name="HighValue">The high input value as text, optional.</param>
/// <param name="Code">The parameter's code in the model files (e.g. <c>effect_wijkpilot_route</c>), shown in the hover; optional.</param>
public sealed record TornadoBar(string Parameter, double OutcomeAtLow, double OutcomeAtHigh, string? LowValue = null, string? HighValue = null, string? Code = null)
{
    /// <summary>The width of the bar: |outcome at high − outcome at low|.</summary>
    public double Swing => Math.Abs(OutcomeAtHigh - OutcomeAtLow);
}
