namespace Preventie.Analytics.States;

/// <summary>
/// One state of the cohort model (heemod's <c>define_state</c>), defined in data (<c>toestanden.csv</c>), so an analyst
/// can add one (e.g. "schulden") without code changes.
/// </summary>
/// <param name="Name">Identifier used in the other model files, e.g. <c>tijdelijk_maatwerk</c>.</param>
/// <param name="Label">Dutch label for reports.</param>
/// <param name="Tier">Need tier of the pyramid.</param>
/// <param name="Route">Support route.</param>
public sealed record ModelState(string Name, string Label, NeedTier Tier, SupportRoute Route)
{
    /// <summary>True for outflow states: absorbing, no costs, not aged, no migration.</summary>
    public bool IsOutflow => Tier == NeedTier.Uitstroom;
}
