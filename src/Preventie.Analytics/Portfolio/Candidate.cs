using Preventie.Analytics.Evidence;
using Preventie.Analytics.Interventions;

namespace Preventie.Analytics.Portfolio;

/// <summary>
/// One candidate intervention of a portfolio: the intervention at scale 1, its yearly cost to the municipality, the
/// scale it has today and how far it may go. A portfolio multiplies reach and every cost of the intervention by its
/// scale (assumption: reach and cost grow in proportion); the model then works out the effects, including the
/// interactions with the other funded activities.
/// </summary>
/// <param name="Name">Name (unique in the set).</param>
/// <param name="Origin">Baseline, another shipped scenario or the inventory.</param>
/// <param name="OriginLabel">Where exactly, e.g. "basis.yaml" or "inventaris nr. 5".</param>
/// <param name="Intervention">The intervention at scale 1.</param>
/// <param name="CostPerYear">Net yearly cost to the four municipal budgets at scale 1 (point values), for the budget.</param>
/// <param name="CurrentScale">Scale in the current portfolio (1 for the baseline's interventions, 0 otherwise).</param>
/// <param name="MaxScale">Largest scale allowed.</param>
/// <param name="OnOff">True when only 0 or 1 is possible (pilots, time-limited funds, activities marked aan-uit).</param>
/// <param name="Level">Evidence level of its effects (null when they come from a scenario's parameters).</param>
/// <param name="IsAssumption">True when cost, reach or an effect rests on an assumption.</param>
/// <param name="Parameters">Names of the parameters of its reach and effects (an EVPPI group).</param>
public sealed record Candidate(
    string Name,
    CandidateOrigin Origin,
    string OriginLabel,
    Intervention Intervention,
    double CostPerYear,
    double CurrentScale,
    double MaxScale,
    bool OnOff,
    EvidenceLevel? Level,
    bool IsAssumption,
    IReadOnlyList<string> Parameters)
{
    /// <summary>The law that makes the activity a legal task of the municipality (<c>wettelijke-taken.csv</c>), or null.
    /// The optimiser keeps a legal task at least at its current scale unless stopping it is explicitly allowed.</summary>
    public string? LegalTask { get; init; }

    /// <summary>True when the activity costs the municipal budgets nothing at scale 1 (|cost| below half a euro), e.g. a
    /// budget-neutral shift of staff: such a candidate is not chosen "for free" but listed apart as "geen kosten bekend".</summary>
    public bool HasNoKnownCost => Math.Abs(CostPerYear) < 0.5;

    /// <summary>The scales the optimiser may choose: 0 and 1 for on/off; otherwise 0 to <see cref="MaxScale"/> in
    /// steps of <paramref name="step"/> (the current scale always included).</summary>
    public IReadOnlyList<double> Levels(double step)
    {
        if (OnOff || MaxScale <= 0) return MaxScale <= 0 ? [0.0] : [0.0, 1.0];
        var levels = new SortedSet<double> { 0.0, Math.Min(CurrentScale, MaxScale), MaxScale };
        for (var s = step; s < MaxScale - 1e-9; s += step) levels.Add(Math.Round(s, 6));
        return levels.ToList();
    }
}
