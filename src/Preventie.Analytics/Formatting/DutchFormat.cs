using System.Globalization;

namespace Preventie.Analytics.Formatting;

/// <summary>
/// nl-NL formats for everything a user reads, defined here once and used by report text, tables, chart axes, hovers,
/// the overview, notebook HTML and the captions of Excel sheets.
/// <list type="bullet">
/// <item>Amounts (<see cref="Amount"/>): from € 1 mln in millions with one decimal ("€ 4,8 mln"), below that in whole
/// euros ("€ 964.911"); negatives with a true minus after the euro sign ("€ −0,5 mln", "€ −12.000").</item>
/// <item>Euro amounts with cents, e.g. a return per euro (<see cref="Euro(double, int)"/>): "€ 1,51", "€ −0,12".</item>
/// <item>Counts and other numbers: "103.415", "1,5"; percentages "12,5%"; dates "2 december 2026".</item>
/// </list>
/// </summary>
public static class DutchFormat
{
    /// <summary>The nl-NL culture (decimal comma, thousands dot, euro sign before the amount).</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The minus sign of every negative amount: U+2212, as plotly.js writes it too.</summary>
    public const char Minus = '\u2212';

    /// <summary>From this amount on (in absolute value) amounts are shown in millions.</summary>
    public const double MillionThreshold = 1_000_000;

    /// <summary>
    /// An amount in euros, the one format for amounts: "€ 4,8 mln" from € 1 mln (one decimal), "€ 964.911" below,
    /// "€ −0,5 mln" and "€ −12.000" when negative, "€ 0" for zero (never "€ −0"); from
    /// <see cref="PowerOfTenThreshold"/> on a power of ten ("€ 1E+300").
    /// </summary>
    public static string Amount(double amount)
    {
        if (!double.IsFinite(amount)) return double.IsNaN(amount) ? "€ ?" : amount > 0 ? "€ ∞" : "€ " + Minus + "∞";
        var abs = Math.Abs(amount);
        if (abs >= PowerOfTenThreshold) return "€ " + PowerOfTen(amount);
        if (Math.Round(abs, MidpointRounding.AwayFromZero) >= MillionThreshold)
        {
            var millions = Math.Round(abs / MillionThreshold, 1, MidpointRounding.AwayFromZero);
            return "€ " + Sign(amount) + millions.ToString("N1", Culture) + " mln";
        }
        var euros = Math.Round(abs, MidpointRounding.AwayFromZero);
        return euros == 0 ? "€ 0" : "€ " + Sign(amount) + euros.ToString("N0", Culture);
    }

    /// <summary>
    /// The spreadsheet number format of whole-euro cells: "€ 964.911" and "€ −12.000" as <see cref="Amount"/> writes
    /// them (cells keep the exact value, so analysts can compute with them).
    /// </summary>
    public static string SpreadsheetEuro(int decimals = 0)
    {
        var digits = "#,##0" + (decimals > 0 ? "." + new string('0', decimals) : "");
        return $"\"€ \"{digits};\"€ {Minus}\"{digits}";
    }

    /// <summary>An amount in euros: the same as <see cref="Amount"/>.</summary>
    public static string Euro(double amount) => Amount(amount);

    /// <summary>An amount in euros for charts and summaries: the same as <see cref="Amount"/>.</summary>
    public static string EuroCompact(double amount) => Amount(amount);

    /// <summary>Euros with <paramref name="decimals"/> decimals, for small exact amounts such as a return per euro: "€ 1,51", "€ −0,12".</summary>
    public static string Euro(double amount, int decimals)
    {
        if (decimals == 0) return Amount(amount);
        var rounded = Math.Round(Math.Abs(amount), decimals, MidpointRounding.AwayFromZero);
        return "€ " + (rounded == 0 ? "" : Sign(amount)) + rounded.ToString("N" + decimals, Culture);
    }

    /// <summary>
    /// A tick label of a euro axis: in millions ("€ 1,5 mln", "€ 2 mln", "€ −0,25 mln") when the axis shows millions,
    /// else whole euros ("€ 350.000"); "€ 0" at zero. <paramref name="value"/> is in axis units (millions or euros).
    /// </summary>
    public static string AxisAmount(double value, bool inMillions)
    {
        if (Math.Abs(value) < 1e-9) return "€ 0";
        var text = Math.Abs(value).ToString(inMillions ? "#,##0.###" : "#,##0", Culture);
        return "€ " + Sign(value) + text + (inMillions ? " mln" : "");
    }

    /// <summary>From this size on (in absolute value) a number is written as a power of ten ("1,5E+20"): only a typing
    /// or unit error reaches it, and its hundreds of digits would bury the message that names it.</summary>
    public const double PowerOfTenThreshold = 1e15;

    /// <summary>A number with thousands dots and <paramref name="decimals"/> decimals: "103.415" or "1,5"; from
    /// <see cref="PowerOfTenThreshold"/> on as a power of ten ("1E+300").</summary>
    public static string Number(double value, int decimals = 0) =>
        double.IsFinite(value) && Math.Abs(value) >= PowerOfTenThreshold ? PowerOfTen(value) : value.ToString("N" + decimals, Culture);

    private static string PowerOfTen(double value) => Sign(value) + Math.Abs(value).ToString("0.##E+0", Culture);

    /// <summary>A fraction as a percentage: 0.125 → "12,5%".</summary>
    public static string Percent(double fraction, int decimals = 1) =>
        (fraction * 100).ToString("N" + decimals, Culture) + "%";

    /// <summary>A date as Dutch text: "2 december 2026".</summary>
    public static string Date(DateTimeOffset date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>A date and time: "2 december 2026, 14:05".</summary>
    public static string DateTime(DateTimeOffset date) => date.ToString("d MMMM yyyy, HH:mm", Culture);

    /// <summary>
    /// A count with its noun in singular or plural: <c>Count(1, "scenario", "scenario's")</c> → "1 scenario",
    /// <c>Count(2, …)</c> → "2 scenario's".
    /// </summary>
    public static string Count(long count, string singular, string plural) =>
        Number(count) + " " + (count == 1 ? singular : plural);

    private static string Sign(double value) => value < 0 ? Minus.ToString() : "";
}
