namespace Preventie.Analytics.Wijken;

/// <summary>What the need model learns: a use count (<see cref="Target"/>) per 1,000 of <see cref="Exposure"/> from area
/// indicators (<see cref="Features"/>), with k-fold cross-validation.</summary>
public sealed record NeedModelOptions
{
    /// <summary>Indicator with the count to predict, e.g. <c>wmo_maatwerk_clienten</c>.</summary>
    public string Target { get; init; } = "wmo_maatwerk_clienten";
    /// <summary>Indicator with the population the count is per (rate = count per 1,000 of it).</summary>
    public string Exposure { get; init; } = "bevolking";
    /// <summary>Area indicators the model uses (shares 0-1 or other numbers).</summary>
    public IReadOnlyList<string> Features { get; init; } = ["aandeel_65plus", "aandeel_0_17", "aandeel_laag_inkomen", "aandeel_eenpersoonshuishoudens"];
    /// <summary>Number of cross-validation folds.</summary>
    public int Folds { get; init; } = 5;
    /// <summary>Seed of the fold split and of the tree learner: same seed, same model.</summary>
    public int Seed { get; init; } = 20241201;
    /// <summary>Fewest usable areas (rows) the model accepts; it also needs at least 5 rows per coefficient.</summary>
    public int MinimumRows { get; init; } = 20;

    /// <summary>Rows needed for <see cref="Features"/>: max(<see cref="MinimumRows"/>, 5 × (features + 1)).</summary>
    public int RequiredRows => Math.Max(MinimumRows, 5 * (Features.Count + 1));
}
