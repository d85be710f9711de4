namespace Preventie.Analytics.Wijken;

/// <summary>
/// One neighbourhood (wijk) of the municipality, as read from a wijk file (<c>WijkFile</c>).
/// </summary>
/// <param name="Code">CBS wijk code, e.g. <c>WK015005</c>.</param>
/// <param name="Name">The name the municipality uses, e.g. "Rivierenwijk".</param>
/// <param name="Inhabitants">Inhabitants on 1 January.</param>
/// <param name="YouthShare">Share of inhabitants aged 0-17; null = the city's age structure.</param>
/// <param name="ElderlyShare">Share of inhabitants aged 65+; null = the city's age structure.</param>
/// <param name="PresenceTeam">True when the presence teams work in this wijk (candidates for the fte allocation).</param>
/// <param name="Source">Where the figures come from, or that they are illustrative.</param>
public sealed record Wijk(string Code, string Name, double Inhabitants, double? YouthShare, double? ElderlyShare, bool PresenceTeam, string Source)
{
    /// <summary>True when the row says its figures are illustrative (not real figures).</summary>
    public bool IsIllustrative => Source.Contains("illustratief", StringComparison.OrdinalIgnoreCase);
}
