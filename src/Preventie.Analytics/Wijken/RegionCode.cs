using System.Text.RegularExpressions;
using Preventie.Analytics.Input;

namespace Preventie.Analytics.Wijken;

/// <summary>
/// CBS region codes as StatLine writes them: municipality <c>GM0150</c>, neighbourhood (wijk) <c>WK015001</c>,
/// buurt <c>BU01500101</c>, province <c>PV23</c>, the Netherlands <c>NL01</c>. A few municipality names are accepted
/// for convenience ("Deventer" = GM0150).
/// </summary>
public static partial class RegionCode
{
    /// <summary>Deventer, the municipality of the seeds.</summary>
    public const string Deventer = "GM0150";

    private static readonly Dictionary<string, string> Names = new() { ["deventer"] = Deventer };

    [GeneratedRegex(@"^(GM\d{4}|WK\d{6}|BU\d{8}|PV\d{2}|NL01)$")]
    private static partial Regex Pattern();

    /// <summary>Normalises a code or known name to the CBS code; null when it is neither.</summary>
    public static string? TryNormalize(string? text)
    {
        var t = (text ?? string.Empty).Trim().ToUpperInvariant().Replace(" ", string.Empty);
        if (Pattern().IsMatch(t)) return t;
        return Names.TryGetValue(ColumnName.Normalize(text), out var code) ? code : null;
    }

    /// <summary>True for a neighbourhood code <c>WK</c> + 6 digits.</summary>
    public static bool IsWijk(string code) => code.Length == 8 && code.StartsWith("WK", StringComparison.Ordinal) && Pattern().IsMatch(code);

    /// <summary>True for a buurt code <c>BU</c> + 8 digits.</summary>
    public static bool IsBuurt(string code) => code.Length == 10 && code.StartsWith("BU", StringComparison.Ordinal) && Pattern().IsMatch(code);

    /// <summary>The wijk a wijk or buurt code lies in (<c>BU01500203</c> → <c>WK015002</c>); null for other codes.</summary>
    public static string? WijkOf(string code) =>
        IsWijk(code) ? code : IsBuurt(code) ? "WK" + code[2..8] : null;

    /// <summary>The municipality a municipality, wijk or buurt code lies in (<c>WK015002</c> → <c>GM0150</c>); null otherwise.</summary>
    public static string? MunicipalityOf(string code) =>
        code.StartsWith("GM", StringComparison.Ordinal) || IsWijk(code) || IsBuurt(code) ? "GM" + code[2..6] : null;

    /// <summary>Human label: "GM0150 (Deventer)" for known codes, the code otherwise.</summary>
    public static string Describe(string code) =>
        Names.FirstOrDefault(n => n.Value == code).Key is { } name ? $"{code} ({char.ToUpperInvariant(name[0])}{name[1..]})" : code;
}
