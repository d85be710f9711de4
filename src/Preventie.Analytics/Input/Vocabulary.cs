namespace Preventie.Analytics.Input;

/// <summary>
/// The closed list of words a vocabulary column accepts (erkenning, vorm, financiering, …): a text matches a word when
/// both are equal after <see cref="ColumnName.Normalize"/> (case, accents and spacing ignored) — nothing looser, so
/// "super sterk" or "niet onderbouwd" is never read as a level. For a near miss, <see cref="Hint"/> gives a Dutch
/// "Bedoelt u …?" with the closest word by edit distance.
/// </summary>
public static class Vocabulary
{
    /// <summary>True when <paramref name="text"/> equals <paramref name="word"/> (case, accents and spacing ignored).</summary>
    public static bool Matches(string? text, string word) => ColumnName.Normalize(text) == ColumnName.Normalize(word);

    /// <summary>
    /// The word of <paramref name="words"/> closest to <paramref name="text"/> when it is a near miss: an edit distance
    /// (insertions, deletions, substitutions, on the normalised forms) of at most a sixth of the word's length, and
    /// at least 1 and at most 2 (so "niet onderbouwd" is not taken for "goed onderbouwd"); null when nothing is that close.
    /// </summary>
    public static string? Closest(string? text, IEnumerable<string> words)
    {
        var key = ColumnName.Normalize(text);
        if (key.Length == 0) return null;
        return words.Where(w => w.Length > 0)
            .Select(w => (Word: w, Key: ColumnName.Normalize(w)))
            .Select(w => (w.Word, Distance: Distance(key, w.Key), Limit: Math.Clamp(w.Key.Length / 6, 1, 2)))
            .Where(w => w.Distance <= w.Limit)
            .OrderBy(w => w.Distance).ThenBy(w => w.Word, StringComparer.Ordinal)
            .Select(w => w.Word).FirstOrDefault();
    }

    /// <summary>" Bedoelt u 'woord'?" for a near miss (see <see cref="Closest"/>), else "".</summary>
    public static string Hint(string? text, IEnumerable<string> words) =>
        Closest(text, words) is { } w ? $" Bedoelt u '{w}'?" : "";

    /// <summary>The Levenshtein distance between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
