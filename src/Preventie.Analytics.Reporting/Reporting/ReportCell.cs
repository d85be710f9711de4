using Preventie.Analytics.Formatting;
using System.Net;
using Preventie.Analytics.Output;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// One table cell: display text (nl-NL formatted for numbers) plus, for numeric cells, the raw value (for spreadsheets).
/// Numeric cells are right-aligned. A string converts implicitly to a text cell.
/// </summary>
public sealed record ReportCell(string Text, double? Value = null)
{
    /// <summary>True for cells made by <see cref="Number"/>, <see cref="Euro"/> or <see cref="Percent"/>.</summary>
    public bool IsNumeric => Value is not null;

    /// <summary>An empty cell.</summary>
    public static ReportCell Empty { get; } = new(string.Empty);

    /// <summary>A text cell (from data: it is HTML-encoded when rendered).</summary>
    public static ReportCell FromText(string text) => new(text);

    /// <summary>
    /// The spreadsheet number format of a numeric cell (Excel shows it in the reader's locale: a Dutch Excel shows
    /// "€ 1.234.567"); null for text.
    /// </summary>
    public XlsxNumberFormat? NumberFormat { get; init; }

    /// <summary>A number with thousands dots: "103.415" or "1,5".</summary>
    public static ReportCell Number(double value, int decimals = 0) =>
        new(DutchFormat.Number(value, decimals), value)
        {
            NumberFormat = decimals switch
            {
                0 => XlsxNumberFormat.Integer,
                2 => XlsxNumberFormat.Decimal,
                _ => new XlsxNumberFormat("#,##0" + Decimals(decimals)),
            },
        };

    /// <summary>An amount in euros, shown as <see cref="DutchFormat.Amount"/> ("€ 4,8 mln", "€ 964.911"); the exact value goes to spreadsheets.</summary>
    public static ReportCell Euro(double amount, int decimals = 0) =>
        new(DutchFormat.Euro(amount, decimals), amount)
        {
            NumberFormat = decimals switch
            {
                0 => XlsxNumberFormat.Euro,
                2 => XlsxNumberFormat.EuroCents,
                _ => new XlsxNumberFormat(DutchFormat.SpreadsheetEuro(decimals)),
            },
        };

    /// <summary>A fraction as a percentage: 0.125 → "12,5%".</summary>
    public static ReportCell Percent(double fraction, int decimals = 1) =>
        new(DutchFormat.Percent(fraction, decimals), fraction)
        {
            NumberFormat = decimals switch
            {
                0 => XlsxNumberFormat.Percent,
                1 => XlsxNumberFormat.Percent1,
                _ => new XlsxNumberFormat("0" + Decimals(decimals) + "%"),
            },
        };

    /// <summary>The cell for a spreadsheet: a formatted number or text.</summary>
    public XlsxCell ToXlsxCell() => Value is double v ? XlsxCell.Of(v, NumberFormat) : XlsxCell.Of(Text);

    private static string Decimals(int decimals) => decimals > 0 ? "." + new string('0', decimals) : "";

    /// <summary>A text cell, so that rows can mix plain strings with <see cref="Number"/> and <see cref="Euro"/> cells.</summary>
    public static implicit operator ReportCell(string text) => new(text);

    /// <summary>The cell as a <c>&lt;td&gt;</c> (or <c>&lt;th&gt;</c> when <paramref name="header"/>).</summary>
    public string ToHtml(bool header = false)
    {
        var tag = header ? "th" : "td";
        var cls = IsNumeric ? " class=\"num\"" : "";
        return $"<{tag}{cls}>{WebUtility.HtmlEncode(Text)}</{tag}>";
    }
}
