using System.Globalization;
using System.Text.RegularExpressions;

namespace Preventie.Analytics.Input;

/// <summary>
/// Parses numbers as Dutch users write them in CSV and Excel: decimal comma ("1,5"), thousands
/// dots ("1.234.567" or "1.234,50"), an optional euro sign, percent sign or spaces.
/// A plain point is a decimal point ("0.25") unless the text has the shape of Dutch thousands groups
/// with more than one group ("1.234.567") or a comma follows the dots ("1.234,5").
/// </summary>
public static partial class DutchNumber
{
    [GeneratedRegex(@"^[+-]?\d{1,3}(\.\d{3}){2,}$")]
    private static partial Regex ThousandsOnly();

    /// <summary>Tries to parse <paramref name="text"/>; a trailing '%' divides by 100.</summary>
    public static bool TryParse(string? text, out double value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim().Replace("€", "").Replace("\u00A0", "").Replace(" ", "");
        var percent = s.EndsWith('%');
        if (percent) s = s[..^1];
        if (s.Length == 0) return false;

        var lastComma = s.LastIndexOf(',');
        var lastDot = s.LastIndexOf('.');
        if (lastComma >= 0 && lastDot >= 0)
        {
            // the last separator is the decimal one
            s = lastComma > lastDot ? s.Replace(".", "").Replace(',', '.') : s.Replace(",", "");
        }
        else if (lastComma >= 0)
        {
            if (s.Count(c => c == ',') > 1) return false;
            s = s.Replace(',', '.');
        }
        else if (lastDot >= 0 && ThousandsOnly().IsMatch(s))
        {
            s = s.Replace(".", "");
        }

        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value)) return false;
        if (double.IsNaN(value) || double.IsInfinity(value)) return false;
        if (percent) value /= 100.0;
        return true;
    }
}
