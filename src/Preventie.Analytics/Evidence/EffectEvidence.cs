using Preventie.Analytics.Interventions;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Parameters;

namespace Preventie.Analytics.Evidence;

/// <summary>
/// One row of the evidence table (<c>data/evidence/effecten.csv</c>): the effect of an activity — or of every activity
/// of a form that has no own rows — on one named transition, as a distribution whose width follows the evidence level
/// unless a standard deviation is given.
/// </summary>
/// <param name="Row">Row in the file (for messages).</param>
/// <param name="Activity">The activity's inventory number, or null for a row that applies to a form.</param>
/// <param name="Form">The form the row applies to when <paramref name="Activity"/> is null.</param>
/// <param name="Kind">Relative change of a transition or a route shift (as in scenario files).</param>
/// <param name="From">State index the transition leaves.</param>
/// <param name="To">State index the transition enters.</param>
/// <param name="Mean">Point value of the effect.</param>
/// <param name="Level">Evidence level.</param>
/// <param name="StandardDeviation">Explicit prior width, or null for the level's default.</param>
/// <param name="Source">Source of the value, or null when it is an assumption.</param>
/// <param name="Note">Rationale (Dutch).</param>
public sealed record EffectEvidence(int Row, int? Activity, PreventionForm? Form, EffectKind Kind, int From, int To, double Mean,
    EvidenceLevel Level, double? StandardDeviation, string? Source, string? Note)
{
    /// <summary>True when the value has no source: shown as an assumption everywhere.</summary>
    public bool IsAssumption => string.IsNullOrWhiteSpace(Source);

    /// <summary>The prior: normal with the given or the level's default standard deviation.</summary>
    public DistributionSpec Prior()
    {
        var sd = StandardDeviation ?? (Mean == 0 ? Level.AbsoluteWidthAtZero() : Level.RelativeWidth() * Math.Abs(Mean));
        return new DistributionSpec(DistributionKind.Normal, [Mean, sd]);
    }
}
