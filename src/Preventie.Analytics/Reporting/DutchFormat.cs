using System.Globalization;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// nl-NL number and money formats for everything a user reads: "€ 1.234.567", "12,5%", "103.415".
/// </summary>
public static class DutchFormat
{
    /// <summary>The nl-NL culture (decimal comma, thousands dot, euro sign before the amount).</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Whole euros: "€ 1.234.567" or "€ -12.000".</summary>
    public static string Euro(double amount) => Euro(amount, 0);

    /// <summary>Euros with <paramref name="decimals"/> decimals: "€ 1.234,56".</summary>
    public static string Euro(double amount, int decimals) =>
        "€ " + amount.ToString("N" + decimals, Culture);

    /// <summary>Compact euros for charts and summaries: "€ 1,2 mln", "€ 350.000".</summary>
    public static string EuroCompact(double amount) => Math.Abs(amount) switch
    {
        >= 1e9 => "€ " + (amount / 1e9).ToString("N1", Culture) + " mld",
        >= 1e6 => "€ " + (amount / 1e6).ToString("N1", Culture) + " mln",
        _ => Euro(amount),
    };

    /// <summary>A number with thousands dots and <paramref name="decimals"/> decimals: "103.415" or "1,5".</summary>
    public static string Number(double value, int decimals = 0) => value.ToString("N" + decimals, Culture);

    /// <summary>A fraction as a percentage: 0.125 → "12,5%".</summary>
    public static string Percent(double fraction, int decimals = 1) =>
        (fraction * 100).ToString("N" + decimals, Culture) + "%";
}
