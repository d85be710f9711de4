using System.Globalization;
using System.Text.RegularExpressions;

namespace Preventie.Analytics.Monitor;

/// <summary>
/// A period in CBS StatLine style: a year ("2024", or the StatLine code "2024JJ00"), optionally marked provisional
/// with a trailing <c>*</c> ("2024*", "voorlopig"). Half years ("2019HJ01"), quarters ("2019KW02") and months
/// ("2019MM03") are recognised so that they can be refused with a clear message: the model counts per calendar year.
/// </summary>
/// <param name="Year">Calendar year.</param>
/// <param name="SubPeriod">null for a whole year; otherwise the StatLine sub-period code, e.g. "HJ01".</param>
/// <param name="IsProvisional">True when the figure is provisional (<c>*</c>).</param>
public readonly partial record struct MonitorPeriod(int Year, string? SubPeriod, bool IsProvisional)
{
    [GeneratedRegex(@"^(\d{4})\s*(?:(JJ00)|(HJ0[12]|KW0[1-4]|MM(?:0[1-9]|1[0-2])))?\s*(\*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    /// <summary>True for a whole calendar year.</summary>
    public bool IsYear => SubPeriod is null;

    /// <summary>Parses "2024", "2024*", "2024JJ00", "2019HJ01", "2019HJ01*"; null with a Dutch message otherwise.</summary>
    public static MonitorPeriod? TryParse(string? text, out string? error)
    {
        error = null;
        var m = Pattern().Match(text?.Trim() ?? string.Empty);
        if (!m.Success)
        {
            error = "onbekende periode (verwacht een jaar zoals 2024, voorlopig 2024*, of een StatLine-code zoals 2024JJ00)";
            return null;
        }
        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if (year is < 1990 or > 2100)
        {
            error = "jaartal buiten het bereik 1990-2100";
            return null;
        }
        var sub = m.Groups[3].Success ? m.Groups[3].Value.ToUpperInvariant() : null;
        return new MonitorPeriod(year, sub, m.Groups[4].Success);
    }

    /// <summary>Dutch description of a sub-period, for messages: "halfjaar", "kwartaal", "maand".</summary>
    public string SubPeriodKind => SubPeriod switch
    {
        null => "jaar",
        var s when s.StartsWith("HJ", StringComparison.Ordinal) => "halfjaar",
        var s when s.StartsWith("KW", StringComparison.Ordinal) => "kwartaal",
        _ => "maand",
    };

    /// <summary>As written in StatLine: "2024", "2024*", "2019HJ01".</summary>
    public override string ToString() =>
        Year.ToString(CultureInfo.InvariantCulture) + (SubPeriod ?? string.Empty) + (IsProvisional ? "*" : string.Empty);
}
