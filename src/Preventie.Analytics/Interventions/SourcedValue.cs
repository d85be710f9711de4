using Preventie.Analytics.Parameters;

namespace Preventie.Analytics.Interventions;

/// <summary>
/// A value in a scenario file: either a reference to a named parameter (so the PSA can vary it; source and assumption
/// come from the parameter) or a literal number that carries its own <c>bron</c> or <c>aanname: true</c>.
/// </summary>
/// <param name="Expression">The value, resolved against the shared parameter vector.</param>
/// <param name="Source">The literal's source, or null.</param>
/// <param name="IsAssumption">True when the literal, or any referenced parameter, is an assumption.</param>
public sealed record SourcedValue(ValueExpression Expression, string? Source, bool IsAssumption)
{
    /// <summary>The file's explanation of the value (key <c>toelichting</c>, on the value or on the cost or effect that
    /// holds it), or null; the council report shows it beside the value in its assumptions table.</summary>
    public string? Note { get; init; }

    /// <summary>The literal 0 used where a scenario leaves a value out.</summary>
    public static SourcedValue Zero { get; } = new(ValueExpression.Of(0), "standaard", false);

    /// <summary>The literal 1 (e.g. a pilot reaching the whole population).</summary>
    public static SourcedValue One { get; } = new(ValueExpression.Of(1), "standaard", false);
}
