namespace Preventie.Analytics.Portfolio;

/// <summary>An inventory activity that cannot become a candidate because data are missing; listed, never invented.</summary>
/// <param name="Activity">"5. Dierenvoedselbank".</param>
/// <param name="Missing">What is missing, in Dutch (e.g. "kosten per jaar", "effect").</param>
public sealed record UnavailableActivity(string Activity, IReadOnlyList<string> Missing)
{
    /// <summary>"kosten per jaar, effect".</summary>
    public string MissingText => string.Join(", ", Missing);
}
