using System.Globalization;
using System.Text.Json.Nodes;

namespace Preventie.Analytics.Formatting;

/// <summary>A count after suppression: either a number that may be shown, or a text that replaces it.</summary>
/// <param name="Value">The (rounded) count when it may be shown; null when suppressed or unknown.</param>
/// <param name="Text">What to show instead: "&lt;10" for a small count, "." for unknown; null when <paramref name="Value"/> is shown.</param>
public readonly record struct SuppressedCount(double? Value, string? Text)
{
    /// <summary>True when the number is hidden (small or unknown).</summary>
    public bool IsHidden => Value is null;
}

/// <summary>
/// Privacy rule for every council-facing output: a count of people above 0 and below the threshold (default 10) is
/// never shown — it becomes "&lt;10"; an unknown count becomes "." (as in StatLine). Shown counts are rounded to
/// whole people. <see cref="Apply"/> is the single rule; the other methods only format its outcome for text, CSV,
/// JSON and Excel (the cell in Output.SuppressedCells), so every output path suppresses the same way. Money amounts are not counts and are not suppressed.
/// </summary>
public sealed class SmallCountSuppression
{
    /// <summary>The default threshold: counts 1-9 are suppressed.</summary>
    public const int DefaultThreshold = 10;

    /// <summary>A rule that suppresses counts above 0 and below <paramref name="threshold"/> (at least 1).</summary>
    public SmallCountSuppression(int threshold = DefaultThreshold)
    {
        if (threshold < 1) throw new ArgumentOutOfRangeException(nameof(threshold), "De drempel moet minstens 1 zijn.");
        Threshold = threshold;
    }

    /// <summary>The shared default rule (threshold 10).</summary>
    public static SmallCountSuppression Default { get; } = new();

    /// <summary>Counts above 0 and below this are suppressed; 0 and larger counts are shown.</summary>
    public int Threshold { get; }

    /// <summary>The replacement text for a small count, e.g. "&lt;10".</summary>
    public string SmallText => "<" + Threshold.ToString(CultureInfo.InvariantCulture);

    /// <summary>THE rule: null → "."; 0 &lt; count &lt; threshold → "&lt;threshold"; otherwise the rounded count.</summary>
    public SuppressedCount Apply(double? count)
    {
        if (count is not { } c || !double.IsFinite(c)) return new(null, ".");
        if (c > 0 && c < Threshold) return new(null, SmallText);
        return new(Math.Round(c, MidpointRounding.AwayFromZero), null);
    }

    /// <summary>True when <paramref name="count"/> would be hidden.</summary>
    public bool Hides(double? count) => Apply(count).IsHidden;

    /// <summary>For Dutch text and HTML: "7.445", "&lt;10" or ".".</summary>
    public string Text(double? count) => Apply(count) is { Value: { } v } ? DutchFormat.Number(v) : Apply(count).Text!;

    /// <summary>For CSV (no thousands separator): "7445", "&lt;10" or ".".</summary>
    public string Csv(double? count) => Apply(count) is { Value: { } v } ? v.ToString("0", CultureInfo.InvariantCulture) : Apply(count).Text!;

    /// <summary>For JSON: a number, or the string "&lt;10" / ".".</summary>
    public JsonNode Json(double? count) => Apply(count) is { Value: { } v } ? JsonValue.Create(v) : JsonValue.Create(Apply(count).Text!);

    /// <summary>
    /// A difference of two counts (e.g. a residual observed − fitted) may only be shown when both counts may be shown;
    /// otherwise it could reveal a small count. Returns the difference, or null when it must be hidden.
    /// </summary>
    public double? Difference(double? a, double? b) =>
        Apply(a).IsHidden || Apply(b).IsHidden ? null : a!.Value - b!.Value;
}
