using Preventie.Analytics.Quantities;
using Preventie.Analytics.Parameters;

namespace Preventie.Analytics.Interventions;

/// <summary>
/// Route shift (<c>type: verschuiving</c>, size in <c>aandeel</c>): each year a share of the reached people in state
/// <c>van</c> moves to state <c>naar</c> (e.g. from maatwerk to a voorliggende voorziening): p' = p + reached · share.
/// The transition need not exist in the model; the share is a probability in [0, 1]. Applied after the transition
/// changes, so a shift is not itself scaled.
/// </summary>
public sealed class RouteShiftEffect : EffectKind
{
    /// <summary>A shift of this share per year or more is unusual for prevention.</summary>
    public const double LargeShift = 0.5;

    private RouteShiftEffect() { }

    /// <summary>The one instance.</summary>
    public static RouteShiftEffect Instance { get; } = new();

    /// <inheritdoc/>
    public override string Key => "verschuiving";
    /// <inheritdoc/>
    public override IReadOnlyList<string> Aliases => ["routeverschuiving"];
    /// <inheritdoc/>
    public override string SizeKey => "aandeel";
    /// <inheritdoc/>
    public override string SizeUnit => "aandeel per jaar";
    /// <inheritdoc/>
    public override int ApplicationOrder => 1;

    /// <inheritdoc/>
    public override double Apply(double probability, double reached, double size) => probability + reached * size;

    /// <inheritdoc/>
    public override string? SizeError(double size) => Probability.IsValid(size) ? null : "een aandeel moet tussen 0 en 1 liggen";

    /// <inheritdoc/>
    public override string Describe(string from, string to) => $"effect verschuiving {from} → {to}";

    /// <inheritdoc/>
    public override bool IsUnusuallyLarge(double size) => size >= LargeShift;
    /// <inheritdoc/>
    public override double? UnusualSizeThreshold => LargeShift;
    /// <inheritdoc/>
    public override string UnusualSizeWarning(string size, string threshold, string from, string to) =>
        $"een verschuiving van {size} per jaar van {from} naar {to} is ongebruikelijk groot ({threshold} of meer)";
}
