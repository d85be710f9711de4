using Preventie.Analytics.Parameters;
using Preventie.Analytics.Population;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Transitions;

/// <summary>
/// A yearly transition probability from one state to another for one age band, optionally limited to calendar years
/// (heemod's <c>define_transition</c>, one cell). Several rules for the same cell and year add up. The probability of
/// staying is one minus the state's outflows.
/// </summary>
/// <param name="From">Index of the origin state.</param>
/// <param name="To">Index of the destination state.</param>
/// <param name="Band">The band the rule applies to.</param>
/// <param name="FirstYear">First calendar year it applies (null = always).</param>
/// <param name="LastYear">Last calendar year it applies (null = always).</param>
/// <param name="Probability">The yearly probability.</param>
/// <param name="Row">Row in <c>overgangen.csv</c> (for error messages).</param>
public sealed record TransitionRule(int From, int To, AgeBand Band, int? FirstYear, int? LastYear, ValueExpression Probability, int Row)
{
    /// <summary>True when the rule applies in <paramref name="year"/>.</summary>
    public bool AppliesIn(CalendarYear year) => Covers(year.Value);

    /// <summary>The same rule on a plain year number, for checks that probe before or after every year of the file.</summary>
    internal bool Covers(int year) => (FirstYear is null || year >= FirstYear) && (LastYear is null || year <= LastYear);
}
