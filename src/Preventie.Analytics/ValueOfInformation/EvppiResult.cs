namespace Preventie.Analytics.ValueOfInformation;

/// <summary>EVPI per payer group, and EVPPI per parameter and per group, largest first.</summary>
public sealed record EvppiResult(IReadOnlyDictionary<string, double> Evpi, IReadOnlyList<EvppiEstimate> Parameters, IReadOnlyList<EvppiEstimate> Groups,
    int Draws)
{
    /// <summary>The estimates of one payer group.</summary>
    public IEnumerable<EvppiEstimate> For(string payerGroup, bool groups) =>
        (groups ? Groups : Parameters).Where(e => e.PayerGroup == payerGroup);
}
