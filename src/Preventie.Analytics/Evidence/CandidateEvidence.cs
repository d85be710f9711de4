using Preventie.Analytics.Costs;
using Preventie.Analytics.Population;

namespace Preventie.Analytics.Evidence;

/// <summary>
/// One row of <c>data/evidence/kandidaten.csv</c>: what it takes to turn an inventory activity into a candidate
/// intervention — yearly cost and who pays it, how many people it reaches per year, which age bands, from when, and how
/// far it can be scaled. Empty cost or reach fall back to the inventory's own columns; what is still missing makes the
/// activity "zonder gegevens" (listed, not invented).
/// </summary>
/// <param name="Row">Row in the file.</param>
/// <param name="Activity">The inventory number (<c>nr</c>).</param>
/// <param name="Name">The activity's name as written in the table (checked against the inventory).</param>
/// <param name="CostPerYear">Yearly cost in euros at scale 1, or null.</param>
/// <param name="Payer">The budget that pays.</param>
/// <param name="ReachPerYear">Residents reached per year at scale 1, or null.</param>
/// <param name="Bands">Target age bands, or null to derive them from the inventory's target groups.</param>
/// <param name="StartYear">First funded year.</param>
/// <param name="RampUpYears">Years to full effect.</param>
/// <param name="MaxScale">Largest scale (1 = today's size).</param>
/// <param name="OnOff">True when the activity can only be funded entirely or not at all.</param>
/// <param name="Source">Source of cost and reach, or null when they are assumptions.</param>
/// <param name="Note">Rationale (Dutch).</param>
public sealed record CandidateEvidence(int Row, int Activity, string Name, double? CostPerYear, Payer Payer, double? ReachPerYear,
    IReadOnlyList<AgeBand>? Bands, int StartYear, int RampUpYears, double MaxScale, bool OnOff, string? Source, string? Note)
{
    /// <summary>True when cost and reach have no source.</summary>
    public bool IsAssumption => string.IsNullOrWhiteSpace(Source);
}
