namespace Preventie.Analytics.Population;

/// <summary>
/// One age band of a model's <see cref="AgeBandSet"/> (a row of <c>leeftijdsklassen.csv</c>): whole years
/// <see cref="MinAge"/> up to and including <see cref="MaxAge"/>, or open above (the oldest band only).
/// </summary>
/// <param name="Index">Position in its set, youngest first (0-based); arrays per band are indexed by it.</param>
/// <param name="Code">Short code used in data files and charts, e.g. "0-3", "80+".</param>
/// <param name="MinAge">Lowest age in whole years (0 for a band that starts in pregnancy).</param>
/// <param name="MaxAge">Highest age in whole years; null for the open oldest band.</param>
/// <param name="Label">Dutch label for reports, e.g. "4 t/m 12 jaar".</param>
public sealed record AgeBand(int Index, string Code, int MinAge, int? MaxAge, string Label)
{
    /// <summary>Number of one-year age cohorts in the band (the ageing rate out of it is 1/width per year); null when open.</summary>
    public int? WidthInYears => MaxAge - MinAge + 1;

    /// <summary>True for the open oldest band (no upper age).</summary>
    public bool IsOpen => MaxAge is null;

    /// <summary>True when the band shares at least one year of age with [<paramref name="minAge"/>, <paramref name="maxAge"/>] (null = open).</summary>
    public bool Overlaps(int minAge, int? maxAge) => (maxAge is null || MinAge <= maxAge) && (MaxAge is null || MaxAge >= minAge);

    /// <summary>The band's index, so that code indexing arrays per band reads <c>(int)band</c>.</summary>
    public static explicit operator int(AgeBand band) => band.Index;

    /// <summary>Dutch label built from an age range: "4 t/m 12 jaar", "80 jaar en ouder".</summary>
    public static string DefaultLabel(int minAge, int? maxAge) =>
        maxAge is { } max ? $"{minAge} t/m {max} jaar" : $"{minAge} jaar en ouder";

    /// <summary>Code built from an age range: "4-12", "80+".</summary>
    public static string DefaultCode(int minAge, int? maxAge) => maxAge is { } max ? $"{minAge}-{max}" : $"{minAge}+";

    /// <summary>The band's code, e.g. "4-12" or "80+".</summary>
    public override string ToString() => Code;
}
