using Preventie.Analytics.Formatting;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// A parameter value in plain Dutch for council readers, by its unit: a chance, share or relative change as a
/// percentage, an amount in euros, anything else as a number. <see cref="WithUnit"/> adds the unit once
/// ("3,5% per jaar", "12% van 0-3 bereikt", "−10%, relatieve verandering van de instroom in maatwerk", "€ 4.560 per
/// cliënt per jaar"); <see cref="Value"/> is the bare value for the values that follow ("bij 2,0%"). One minus sign (−).
/// </summary>
internal static class ParameterValueText
{
    private static readonly string[] PercentWords = ["kans", "aandeel", "relatieve", "discontovoet", "fractie"];

    /// <summary>The value alone: "3,5%", "€ 4.560", "4.339".</summary>
    public static string Value(double value, string? unit)
    {
        var lower = (unit ?? "").Trim().ToLowerInvariant();
        if (PercentWords.Any(w => lower.Contains(w, StringComparison.Ordinal))) return Percent(value);
        if (lower.StartsWith("euro", StringComparison.Ordinal)) return DutchFormat.Amount(value);
        var digits = Math.Abs(value) >= 100 ? 0 : Math.Abs(value) >= 1 ? 1 : 3;
        return (value < 0 ? "−" : "") + DutchFormat.Number(Math.Abs(value), digits);
    }

    /// <summary>The value with its unit, as described above.</summary>
    public static string WithUnit(double value, string? unit)
    {
        var u = (unit ?? "").Trim();
        var lower = u.ToLowerInvariant();
        var v = Value(value, unit);
        foreach (var lead in new[] { "kans", "aandeel", "euro" })
            if (lower.StartsWith(lead, StringComparison.Ordinal)) return v + u[lead.Length..].TrimEnd();
        if (PercentWords.Any(w => lower.Contains(w, StringComparison.Ordinal))) return $"{v}, {u}";
        return u.Length == 0 ? v : $"{v} {u}";
    }

    /// <summary>A fraction as a percentage with a true minus sign and as many decimals as its size needs: "12%", "3,5%", "0,25%".</summary>
    public static string Percent(double fraction)
    {
        var pct = Math.Abs(fraction) * 100;
        var decimals = pct >= 10 ? 0 : pct >= 1 ? 1 : 2;
        return (fraction < 0 && Math.Round(pct, decimals) > 0 ? "−" : "") + DutchFormat.Percent(Math.Abs(fraction), decimals);
    }
}
