using Preventie.Analytics.Formatting;

namespace Preventie.Analytics.Output;

/// <summary>Excel cells for counts under the small-count rule (<see cref="SmallCountSuppression.Apply"/>).</summary>
public static class SuppressedCells
{
    /// <summary>For Excel: a whole-number cell, or a text cell "&lt;10" / ".".</summary>
    public static XlsxCell Cell(this SmallCountSuppression suppression, double? count) =>
        suppression.Apply(count) is { Value: { } v } ? XlsxCell.Of(v, XlsxNumberFormat.Integer) : XlsxCell.Of(suppression.Apply(count).Text);
}
