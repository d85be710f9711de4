namespace Preventie.Analytics.ValueOfInformation;

/// <summary>A named group of parameters whose joint EVPPI is estimated (e.g. all effects of one activity).</summary>
public sealed record EvppiGroup(string Label, IReadOnlyList<string> Parameters);
