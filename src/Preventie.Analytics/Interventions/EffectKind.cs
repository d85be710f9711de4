using Preventie.Analytics.Model;

namespace Preventie.Analytics.Interventions;

/// <summary>
/// A kind of intervention effect: how an intervention acts on the reached part of its target bands. One subclass per
/// kind (one file in <c>Interventions/</c>, e.g. <c>RouteShiftEffect.cs</c>) owns everything about it: its key (the YAML <c>type:</c> word and the evidence
/// table's <c>type</c> column), the field that holds its size, the validation of that size, how it changes a transition
/// probability, the order in which it is applied, and its Dutch wording. The parser, compiler, plausibility checks,
/// evidence, reports and exports ask the kind; none of them switches on it. The kinds a file may use come from an
/// <see cref="EffectKinds"/> registry (<see cref="EffectKinds.BuiltIn"/> by default); a new kind is one subclass plus its
/// registration. A kind holds no state: one instance serves every effect of that kind.
/// <para>Words belong to the kind, numbers are formatted by the caller: the methods that produce text receive numbers
/// already formatted for the reader.</para>
/// </summary>
public abstract class EffectKind
{
    /// <summary>The relative change of a named transition (<see cref="TransitionChangeEffect"/>, key <c>overgang</c>).</summary>
    public static EffectKind TransitionChange => TransitionChangeEffect.Instance;

    /// <summary>The route shift (<see cref="RouteShiftEffect"/>, key <c>verschuiving</c>).</summary>
    public static EffectKind RouteShift => RouteShiftEffect.Instance;

    /// <summary>The word that names the kind in a scenario (<c>type: overgang</c>) and in the evidence table, as the
    /// reader writes it; it is matched as <see cref="Input.ColumnName.Normalize"/> leaves it.</summary>
    public abstract string Key { get; }

    /// <summary>Other words accepted for the kind (matched like <see cref="Key"/>).</summary>
    public virtual IReadOnlyList<string> Aliases => [];

    /// <summary>The scenario key that holds the effect's size (e.g. <c>verandering</c>).</summary>
    public abstract string SizeKey { get; }

    /// <summary>What the size measures, in Dutch (a parameter's unit, a report's column), e.g. "relatieve verandering".</summary>
    public abstract string SizeUnit { get; }

    /// <summary>Order in which the kinds change a cycle's rows: every effect of a lower order is applied before any of a
    /// higher order (e.g. transition changes before route shifts, so a shift is not itself scaled). Effects of one order
    /// keep the order of the scenario.</summary>
    public abstract int ApplicationOrder { get; }

    /// <summary>
    /// The transition probability after the effect: <paramref name="probability"/> is the probability from the effect's
    /// state to its target state in that band and year (after the effects of lower <see cref="ApplicationOrder"/>),
    /// <paramref name="reached"/> = reach × wijkaandeel × intensity of that year, <paramref name="size"/> the effect's
    /// value. The engine corrects the row afterwards (negative to 0, outflows above 1 scaled back). Called in the
    /// simulation's inner loop: keep it a plain formula.
    /// </summary>
    public abstract double Apply(double probability, double reached, double size);

    /// <summary>The rule a point value of the size breaks (Dutch, for a <see cref="Input.DataError"/>), or null when the
    /// size is valid.</summary>
    public abstract string? SizeError(double size);

    /// <summary>The rule the transition <paramref name="from"/> → <paramref name="to"/> breaks for this kind in
    /// <paramref name="model"/> (Dutch), or null when the kind may act on it. By default any two states will do.</summary>
    public virtual string? TransitionError(ModelDefinition model, int from, int to) => null;

    /// <summary>What the effect acts on, in Dutch, for tables of assumptions (e.g. "effect op overgang zelfredzaam →
    /// tijdelijk_maatwerk").</summary>
    public abstract string Describe(string from, string to);

    /// <summary>True when a size is unusually large for prevention (a plausibility warning, not an error).</summary>
    public virtual bool IsUnusuallyLarge(double size) => false;

    /// <summary>The size from which <see cref="IsUnusuallyLarge"/> warns (a fraction), or null when it never does.</summary>
    public virtual double? UnusualSizeThreshold => null;

    /// <summary>The Dutch plausibility warning for an unusually large size; <paramref name="size"/> and
    /// <paramref name="threshold"/> arrive formatted (as percentages).</summary>
    public virtual string UnusualSizeWarning(string size, string threshold, string from, string to) =>
        $"een effect van {size} op {from} → {to} is ongebruikelijk groot ({threshold} of meer)";

    /// <summary>The key (e.g. "overgang").</summary>
    public override string ToString() => Key;
}
