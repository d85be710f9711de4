namespace Preventie.Analytics.Portfolio;

/// <summary>Where a candidate intervention comes from.</summary>
public enum CandidateOrigin
{
    /// <summary>Funded today: an intervention of the baseline scenario (scale 1 in the current portfolio).</summary>
    Huidig,
    /// <summary>An intervention of one of the shipped scenarios that is not funded today.</summary>
    Scenario,
    /// <summary>An inventory activity given cost and effects in the evidence table.</summary>
    Inventaris,
}

/// <summary>Dutch labels of <see cref="CandidateOrigin"/>.</summary>
public static class CandidateOrigins
{
    /// <summary>The Dutch label, e.g. "huidig beleid".</summary>
    public static string DutchLabel(this CandidateOrigin origin) => origin switch
    {
        CandidateOrigin.Huidig => "huidig beleid",
        CandidateOrigin.Scenario => "scenario",
        _ => "inventaris",
    };
}
