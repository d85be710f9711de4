namespace Preventie.Analytics.Simulation;

/// <summary>
/// Discounting convention: cycle 1 is the scenario's start year and is NOT discounted; the year
/// <c>startYear + k</c> (cycle k+1) is multiplied by 1 / (1 + r)^k. Costs and person-years are treated as falling in
/// their calendar year (no mid-year correction of the discount factor).
/// </summary>
public static class Discounting
{
    /// <summary>1 / (1 + <paramref name="rate"/>)^<paramref name="yearsAfterStart"/>.</summary>
    public static double Factor(double rate, int yearsAfterStart) => 1.0 / Math.Pow(1.0 + rate, yearsAfterStart);

    /// <summary>Present value of a yearly series whose element 0 is the start year.</summary>
    public static double PresentValue(ReadOnlySpan<double> yearly, double rate)
    {
        var pv = 0.0;
        var f = 1.0;
        var step = 1.0 / (1.0 + rate);
        for (var t = 0; t < yearly.Length; t++)
        {
            pv += yearly[t] * f;
            f *= step;
        }
        return pv;
    }
}
