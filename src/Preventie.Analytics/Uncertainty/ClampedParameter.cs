namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// A parameter that fed a transition probability the model had to correct in some PSA draws (a probability below 0
/// set to 0, or a state's outflows above 1 scaled back to 1).
/// </summary>
/// <param name="Parameter">The parameter's name.</param>
/// <param name="Draws">Number of draws in which that happened.</param>
public sealed record ClampedParameter(string Parameter, long Draws);
