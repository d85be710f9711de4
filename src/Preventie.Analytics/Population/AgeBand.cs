using Preventie.Analytics.Input;

namespace Preventie.Analytics.Population;

/// <summary>
/// The eight age bands of the Deventer inventory (seed 000): pregnancy to 3, 4-12, 13-17, 18-27, 28-44, 45-64,
/// 65-79 and 80+. The same bands structure the population model.
/// </summary>
public enum AgeBand
{
    /// <summary>"min 9 maanden tot 4 jaar": pregnancy up to and including age 3.</summary>
    Pregnancy0To3 = 0,
    Age4To12 = 1,
    Age13To17 = 2,
    Age18To27 = 3,
    Age28To44 = 4,
    Age45To64 = 5,
    Age65To79 = 6,
    Age80Plus = 7,
}

/// <summary>Labels, widths and tolerant parsing of <see cref="AgeBand"/>.</summary>
public static class AgeBands
{
    /// <summary>All bands, youngest first.</summary>
    public static IReadOnlyList<AgeBand> All { get; } = Enum.GetValues<AgeBand>();

    /// <summary>Short label used in data files and charts: "0-3", "4-12", ..., "80+".</summary>
    public static string Code(this AgeBand band) => band switch
    {
        AgeBand.Pregnancy0To3 => "0-3",
        AgeBand.Age4To12 => "4-12",
        AgeBand.Age13To17 => "13-17",
        AgeBand.Age18To27 => "18-27",
        AgeBand.Age28To44 => "28-44",
        AgeBand.Age45To64 => "45-64",
        AgeBand.Age65To79 => "65-79",
        AgeBand.Age80Plus => "80+",
        _ => throw new ArgumentOutOfRangeException(nameof(band)),
    };

    /// <summary>Dutch label for reports, e.g. "-9 mnd t/m 3 jaar", "4 t/m 12 jaar", "80 jaar en ouder".</summary>
    public static string DutchLabel(this AgeBand band) => band switch
    {
        AgeBand.Pregnancy0To3 => "-9 mnd t/m 3 jaar",
        AgeBand.Age80Plus => "80 jaar en ouder",
        _ => $"{band.MinAge()} t/m {band.MaxAge()} jaar",
    };

    /// <summary>Lowest age in whole years (0 for the band that starts in pregnancy).</summary>
    public static int MinAge(this AgeBand band) => band switch
    {
        AgeBand.Pregnancy0To3 => 0,
        AgeBand.Age4To12 => 4,
        AgeBand.Age13To17 => 13,
        AgeBand.Age18To27 => 18,
        AgeBand.Age28To44 => 28,
        AgeBand.Age45To64 => 45,
        AgeBand.Age65To79 => 65,
        AgeBand.Age80Plus => 80,
        _ => throw new ArgumentOutOfRangeException(nameof(band)),
    };

    /// <summary>Highest age in whole years; null for the open band 80+.</summary>
    public static int? MaxAge(this AgeBand band) =>
        band == AgeBand.Age80Plus ? null : ((AgeBand)((int)band + 1)).MinAge() - 1;

    /// <summary>Number of one-year age cohorts in the band; null for the open band 80+.</summary>
    public static int? WidthInYears(this AgeBand band) => band.MaxAge() - band.MinAge() + 1;

    /// <summary>
    /// Parses a band written as "0-3", "4-12", "4 t/m 12", "4 tot 12 jaar", "80+", "80 jaar en ouder",
    /// "min 9 maanden tot 4 jaar", "zwangerschap-3", or the enum name. Case, accents and spacing are ignored.
    /// </summary>
    public static bool TryParse(string? text, out AgeBand band)
    {
        band = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        if (Enum.TryParse(text.Trim(), ignoreCase: true, out band) && Enum.IsDefined(band)) return true;

        var key = ColumnName.Normalize(text);
        if (key.Contains("9maanden") || key.Contains("zwangerschap") || key.StartsWith("pregnancy") || key.StartsWith("min9"))
        {
            band = AgeBand.Pregnancy0To3;
            return true;
        }
        if (key.StartsWith("80")) { band = AgeBand.Age80Plus; return true; }

        var digits = System.Text.RegularExpressions.Regex.Matches(text, @"\d+").Select(m => int.TryParse(m.Value, out var n) ? n : -1).ToArray(); // -1: too large to be an age
        if (digits.Length < 2) return false;
        foreach (var b in All)
        {
            if (digits[0] != b.MinAge()) continue;
            var max = b.MaxAge();
            // "4-12", "4 t/m 12" give the inclusive maximum; "4 tot 13" gives the exclusive one.
            if (digits[1] == max || (key.Contains("tot") && !key.Contains("totm") && digits[1] == max + 1))
            {
                band = b;
                return true;
            }
        }
        return false;
    }

    /// <summary>Parses or throws <see cref="FormatException"/> with a Dutch message listing the valid bands.</summary>
    public static AgeBand Parse(string? text) =>
        TryParse(text, out var band)
            ? band
            : throw new FormatException($"onbekende leeftijdsgroep '{text}' (geldig: {string.Join(", ", All.Select(b => b.Code()))})");
}
