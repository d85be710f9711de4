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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Receives one content word; the span is only valid during the call.</summary>
    internal delegate void WordSink(ReadOnlySpan<char> word);

    /// <summary>The content words of <paramref name="text"/>.</summary>
    public static IReadOnlySet<string> ContentWords(string? text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        EachContentWord(text, w => words.Add(w.ToString()));
        return words;
    }

    /// <summary>
    /// Hands every content word of <paramref name="text"/> (in text order, repeats included) to <paramref name="sink"/>:
    /// the one definition of a content word, used by <see cref="ContentWords"/> and by <see cref="DuplicateDetection"/>
    /// (which interns the words without building strings). A word is a run of letters, digits and combining accents,
    /// normalised by <see cref="ColumnName.Normalize"/> (an all-ASCII word only needs lower case, so it skips that).
    /// </summary>
    internal static void EachContentWord(string? text, WordSink sink)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        Span<char> buffer = stackalloc char[128];
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\u0308' or '\u0301' or '\u0300'))
            {
                if (start < 0) start = i;
                continue;
            }
            if (start < 0) continue;
            var token = text.AsSpan(start, i - start);
            start = -1;
            scoped ReadOnlySpan<char> word;
            if (token.Length <= buffer.Length && System.Text.Ascii.IsValid(token))
            {
                System.Text.Ascii.ToLower(token, buffer, out var written);
                word = buffer[..written];
            }
            else
                word = ColumnName.Normalize(token.ToString());
            if (word.Length >= 3 && !StopWordLookup.Contains(word)) sink(word);
        }
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
