using Preventie.Analytics.Input;

namespace Preventie.Analytics.Inventory;

/// <summary>
/// A simple, explainable similarity of two short Dutch texts (activity names or intended effects).
/// Each text becomes a set of content words: lower case, accents removed, split on anything that is not a letter
/// or digit, Dutch stop words and words shorter than 3 letters dropped. The score is the overlap coefficient
/// |A ∩ B| / min(|A|, |B|): 1 when one text's words all occur in the other, 0 when none do.
/// No stemming: "sociale contacten" and "sociaal contact" do not match.
/// </summary>
public static class TextSimilarity
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "aan", "als", "bij", "dat", "de", "den", "der", "die", "dit", "door", "een", "elkaar", "en", "het", "hun", "ism",
        "met", "naar", "niet", "nog", "of", "om", "onder", "ook", "op", "over", "te", "ten", "ter", "tot", "uit", "van",
        "voor", "wat", "wel", "wie", "zich", "zijn", "die", "dat", "doel", "mensen", "inwoners", "andere", "vanuit", "waar",
        "waarbij", "worden", "wordt", "hebben", "heeft",
    };

    /// <summary>The content words of <paramref name="text"/>.</summary>
    public static IReadOnlySet<string> ContentWords(string? text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text)) return words;
        var current = new System.Text.StringBuilder();
        foreach (var ch in (text + " "))
        {
            if (char.IsLetterOrDigit(ch) || ch is '\u0308' or '\u0301' or '\u0300')
            {
                current.Append(ch);
                continue;
            }
            var w = ColumnName.Normalize(current.ToString());
            current.Clear();
            if (w.Length >= 3 && !StopWords.Contains(w)) words.Add(w);
        }
        return words;
    }

    /// <summary>Overlap coefficient of the content words; 0 when either text has no content words.</summary>
    public static double Overlap(string? a, string? b) => Overlap(ContentWords(a), ContentWords(b));

    /// <summary>Overlap coefficient |A ∩ B| / min(|A|, |B|) of two word sets.</summary>
    public static double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var min = Math.Min(a.Count, b.Count);
        return min == 0 ? 0 : (double)a.Count(b.Contains) / min;
    }
}
