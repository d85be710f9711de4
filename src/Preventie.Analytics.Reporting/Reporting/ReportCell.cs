using Preventie.Analytics.Formatting;
using System.Globalization;
using System.Net;
using Preventie.Analytics.Output;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// One table cell: display text (nl-NL formatted for numbers) plus, for numeric cells, the raw value (for spreadsheets).
/// Numeric cells are right-aligned. A string converts implicitly to a text cell. A range cell (<see cref="EuroRange"/>)
/// reads as one text in HTML and becomes two number cells in a spreadsheet.
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
                _ => XlsxNumberFormat.Signed("#,##0" + Decimals(decimals)),
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

    /// <summary>A calendar year: "2026", a number without thousands separator in a spreadsheet.</summary>
    public static ReportCell Year(int year) =>
        new(year.ToString(CultureInfo.InvariantCulture), year) { NumberFormat = XlsxNumberFormat.Year };

    /// <summary>
    /// A value with its unit, for values whose unit differs per row: <paramref name="text"/> as the reader sees it
    /// ("4.560 euro per persoon per jaar"); in a spreadsheet the number <paramref name="value"/> with <paramref name="suffix"/>
    /// after it in the cell format, so it reads the same and still counts. Whole numbers from 100 get thousands
    /// separators, smaller ones Excel's General format.
    /// </summary>
    public static ReportCell Quantity(double value, string suffix, string text) =>
        new(text, value)
        {
            NumberFormat = (Math.Abs(value) >= 100 ? XlsxNumberFormat.Integer : XlsxNumberFormat.Signed("General"))
                .WithSuffix(suffix.Length == 0 ? "" : " " + suffix.Trim()),
        };

    /// <summary>
    /// A range of amounts, "€ −1,2 mln tot € 3,4 mln": one text cell in HTML (not right-aligned, as before), two euro
    /// number cells (<see cref="Range"/>) in a spreadsheet.
    /// </summary>
    public static ReportCell EuroRange(double low, double high) =>
        new($"{DutchFormat.EuroCompact(low)} tot {DutchFormat.EuroCompact(high)}") { Range = (low, high), NumberFormat = XlsxNumberFormat.Euro };

    /// <summary>The lower and upper bound of a range cell (<see cref="EuroRange"/>), or null.</summary>
    public (double Low, double High)? Range { get; init; }

    /// <summary>A fraction as a percentage: 0.125 → "12,5%".</summary>
    public static ReportCell Percent(double fraction, int decimals = 1) =>
        new(DutchFormat.Percent(fraction, decimals), fraction)
        {
            NumberFormat = decimals switch
            {
                0 => XlsxNumberFormat.Percent,
                1 => XlsxNumberFormat.Percent1,
                _ => XlsxNumberFormat.Signed("0" + Decimals(decimals) + "%"),
            },
        };

    /// <summary>
    /// The cell for a spreadsheet: a formatted number, text, or an empty cell for empty text (a range cell: its lower
    /// bound; see <see cref="ToXlsxCells"/>).
    /// </summary>
    public XlsxCell ToXlsxCell() =>
        Range is { } r ? XlsxCell.Of(r.Low, NumberFormat)
        : Value is double v ? XlsxCell.Of(v, NumberFormat)
        : XlsxCell.Of(Text.Length == 0 ? null : Text);

    /// <summary>
    /// The cells for a spreadsheet column that holds <paramref name="width"/> cells per table cell: 1 for most columns, 2
    /// for a column with range cells (a range gives its bounds, another cell itself and an empty cell).
    /// </summary>
    public IEnumerable<XlsxCell> ToXlsxCells(int width)
    {
        if (Range is { } r && width == 2) return [XlsxCell.Of(r.Low, NumberFormat), XlsxCell.Of(r.High, NumberFormat)];
        return new[] { ToXlsxCell() }.Concat(Enumerable.Repeat(XlsxCell.Empty, width - 1));
    }

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
