using Preventie.Analytics.Input;

namespace Preventie.Analytics.Evidence;

/// <summary>
/// How well an effect is established, on the Dutch recognition scale of the Databank Effectieve Interventies
/// (Movisie, NJi, RIVM, Trimbos): not recognised, well-founded (theory only), and effective according to first, good
/// or strong indications. The level sets how wide the prior of an effect is by default
/// (<see cref="EvidenceLevels.RelativeWidth"/>); the widths themselves are an assumption of this tool.
/// </summary>
public enum EvidenceLevel
{
    /// <summary>Not assessed or not recognised: the widest prior.</summary>
    NietErkend,
    /// <summary>"Goed onderbouwd": a sound theory of change, no effect study.</summary>
    GoedOnderbouwd,
    /// <summary>"Effectief volgens eerste aanwijzingen".</summary>
    EersteAanwijzingen,
    /// <summary>"Effectief volgens goede aanwijzingen".</summary>
    GoedeAanwijzingen,
    /// <summary>"Effectief volgens sterke aanwijzingen".</summary>
    SterkeAanwijzingen,
}

/// <summary>Labels, parsing and default prior widths of <see cref="EvidenceLevel"/>.</summary>
public static class EvidenceLevels
{
    /// <summary>Every level, from not recognised to strong indications.</summary>
    public static IReadOnlyList<EvidenceLevel> All { get; } = Enum.GetValues<EvidenceLevel>();

    /// <summary>The code used in <c>data/evidence/effecten.csv</c>.</summary>
    public static string Code(this EvidenceLevel level) => level switch
    {
        EvidenceLevel.NietErkend => "niet erkend",
        EvidenceLevel.GoedOnderbouwd => "goed onderbouwd",
        EvidenceLevel.EersteAanwijzingen => "eerste aanwijzingen",
        EvidenceLevel.GoedeAanwijzingen => "goede aanwijzingen",
        _ => "sterke aanwijzingen",
    };

    /// <summary>Dutch label for reports.</summary>
    public static string DutchLabel(this EvidenceLevel level) => level switch
    {
        EvidenceLevel.NietErkend => "niet erkend",
        EvidenceLevel.GoedOnderbouwd => "goed onderbouwd",
        EvidenceLevel.EersteAanwijzingen => "effectief volgens eerste aanwijzingen",
        EvidenceLevel.GoedeAanwijzingen => "effectief volgens goede aanwijzingen",
        _ => "effectief volgens sterke aanwijzingen",
    };

    /// <summary>
    /// Default standard deviation of an effect's normal prior as a fraction of its point value: 100% when not
    /// recognised, 75% for well-founded, 50%, 30% and 15% for first, good and strong indications (assumption).
    /// </summary>
    public static double RelativeWidth(this EvidenceLevel level) => level switch
    {
        EvidenceLevel.NietErkend => 1.0,
        EvidenceLevel.GoedOnderbouwd => 0.75,
        EvidenceLevel.EersteAanwijzingen => 0.5,
        EvidenceLevel.GoedeAanwijzingen => 0.3,
        _ => 0.15,
    };

    /// <summary>Standard deviation used when the point value is 0 (an effect nobody has shown): 0,02 times the
    /// relative width (assumption).</summary>
    public static double AbsoluteWidthAtZero(this EvidenceLevel level) => 0.02 * level.RelativeWidth();

    /// <summary>
    /// The words <c>erkenning</c> accepts, per level: the code, the full Databank label ("effectief volgens goede
    /// aanwijzingen"), and for not recognised also "geen" and "onbekend"; an empty cell is not recognised.
    /// </summary>
    public static IReadOnlyList<(string Word, EvidenceLevel Level)> Words { get; } =
        All.SelectMany(l => new[] { (l.Code(), l), (l.DutchLabel(), l) })
            .Concat([("geen", EvidenceLevel.NietErkend), ("onbekend", EvidenceLevel.NietErkend)])
            .DistinctBy(w => w.Item1).ToList();

    /// <summary>Parses a level: exactly one of <see cref="Words"/> (case, accents and spacing ignored; see
    /// <see cref="Vocabulary"/>), empty = not recognised. Anything else ("super sterk", "geen sterke aanwijzingen",
    /// "niet onderbouwd") is refused rather than guessed.</summary>
    public static bool TryParse(string? text, out EvidenceLevel level)
    {
        level = EvidenceLevel.NietErkend;
        if (ColumnName.Normalize(text).Length == 0) return true;
        foreach (var (word, l) in Words)
            if (Vocabulary.Matches(text, word)) { level = l; return true; }
        return false;
    }

    /// <summary>Dutch message listing the valid levels.</summary>
    public static string UnknownMessage =>
        $"onbekend erkenningsniveau (geldig: {string.Join(", ", All.Select(l => l.Code()))})";

    /// <summary>Dutch message for <paramref name="text"/>: the valid levels and, for a near miss, "Bedoelt u …?".</summary>
    public static string UnknownMessageFor(string? text) =>
        $"onbekend erkenningsniveau: alleen de niveaus van de Databank Effectieve Interventies tellen, geen vrije tekst (geldig: {string.Join(", ", All.Select(l => l.Code()))}).{Vocabulary.Hint(text, Words.Select(w => w.Word))}";
}
