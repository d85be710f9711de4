using System.Globalization;
using System.Text;

namespace Preventie.Analytics.Input;

/// <summary>
/// Tolerant matching of column headers and category words: case, accents, spaces, hyphens and
/// underscores do not matter, so "Geïndiceerd", "geindiceerd" and "GEÏNDICEERD " all match.
/// </summary>
public static class ColumnName
{
    /// <summary>Lower-case, accents stripped, only letters and digits kept.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>True when both texts normalize to the same key.</summary>
    public static bool Matches(string? a, string? b) => Normalize(a) == Normalize(b);
}
