namespace Preventie.Analytics.Optimisation;

/// <summary>
/// One item of a separable allocation problem: exactly one of its options is chosen (e.g. an activity's scale 0, ½, 1,
/// 1½, 2; or a wijk's number of fte). Each option has a cost (counted against the budget) and a value (the objective).
/// </summary>
/// <param name="Name">Name, for messages.</param>
/// <param name="Cost">Cost of each option.</param>
/// <param name="Value">Objective value of each option (to be maximised in total).</param>
/// <param name="Allowed">Which options may be chosen (null: all), e.g. no scale 0 for an activity that must stay funded.</param>
public sealed record AllocationItem(string Name, double[] Cost, double[] Value, bool[]? Allowed = null)
{
    /// <summary>The number of options of the item.</summary>
    public int Options => Cost.Length;

    /// <summary>True when <paramref name="option"/> may be chosen.</summary>
    public bool IsAllowed(int option) => Allowed is null || Allowed[option];
}
