using Preventie.Analytics.Model;

namespace Preventie.Analytics.Interventions;

/// <summary>
/// Relative change of a named transition probability (<c>type: overgang</c>, size in <c>verandering</c>):
/// p' = p · (1 + reached · change); e.g. change −0,2 lowers incidence by 20% among the people reached. The transition
/// must exist in the model; a change below −1 would make the probability negative and is refused. Applied before route
/// shifts.
/// </summary>
public sealed class TransitionChangeEffect : EffectKind
{
    /// <summary>A relative change of this size or more (either way) is unusual: effects found for social-domain
    /// prevention are a few to at most some tens of percent.</summary>
    public const double LargeChange = 0.5;

    private TransitionChangeEffect() { }

    /// <summary>The one instance.</summary>
    public static TransitionChangeEffect Instance { get; } = new();

    /// <inheritdoc/>
    public override string Key => "overgang";
    /// <inheritdoc/>
    public override IReadOnlyList<string> Aliases => ["transitie"];
    /// <inheritdoc/>
    public override string SizeKey => "verandering";
    /// <inheritdoc/>
    public override string SizeUnit => "relatieve verandering";
    /// <inheritdoc/>
    public override int ApplicationOrder => 0;

    /// <inheritdoc/>
    public override double Apply(double probability, double reached, double size) => probability * (1.0 + reached * size);

    /// <inheritdoc/>
    public override string? SizeError(double size) =>
        size < -1 ? "een relatieve verandering kleiner dan -1 (−100%) geeft een negatieve kans" : null;

    /// <inheritdoc/>
    public override string? TransitionError(ModelDefinition model, int from, int to) =>
        model.Transitions.Any(r => r.From == from && r.To == to) ? null
            : $"de overgang {model.States[from].Name} → {model.States[to].Name} bestaat niet in het model (overgangen.csv); gebruik type verschuiving";

    /// <inheritdoc/>
    public override string Describe(string from, string to) => $"effect op overgang {from} → {to}";

    /// <inheritdoc/>
    public override bool IsUnusuallyLarge(double size) => Math.Abs(size) >= LargeChange;
    /// <inheritdoc/>
    public override double? UnusualSizeThreshold => LargeChange;
    /// <inheritdoc/>
    public override string UnusualSizeWarning(string size, string threshold, string from, string to) =>
        $"een verandering van {size} van de overgang {from} → {to} is ongebruikelijk groot voor preventie ({threshold} of meer)";
}
