using System.Text.RegularExpressions;

namespace Preventie.Analytics.Output;

/// <summary>
/// The one way every CSV the tool writes turns a text into a cell (<c>;</c>-separated, for Dutch Excel).
/// <list type="bullet">
/// <item>Formula neutralisation (OWASP CSV-injection rule): a text cell that starts with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return gets a leading apostrophe, so Excel shows it as text instead of running it —
/// e.g. a scenario named <c>=HYPERLINK(...)</c>.</item>
/// <item>Decision on numbers: a cell that is entirely a number (<c>-12</c>, <c>-1234,5</c>, <c>+3</c>) is not a formula
/// and is left alone, so negative amounts stay numbers in Excel. Numbers the tool formats itself are written directly,
/// not through <see cref="Text"/>; only data texts (names, labels, sources, notes) go through it.</item>
/// <item>Quoting: a cell with <c>;</c>, <c>"</c> or a line break is quoted, with <c>"</c> doubled.</item>
/// </list>
/// </summary>
public static partial class CsvCell
{
    /// <summary>Separator of every CSV the tool writes.</summary>
    public const char Separator = ';';

    /// <summary>A data text as a safe CSV cell ("" for null).</summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var cell = Neutralise(text);
        return cell.IndexOfAny([Separator, '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
    }

    /// <summary>The text with a leading apostrophe when a spreadsheet would read it as a formula; otherwise unchanged.</summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && IsFormulaStart(text[0]) && !PlainNumber().IsMatch(text) ? "'" + text : text;

    /// <summary>True for the characters that make a spreadsheet cell a formula: = + - @ tab and carriage return.</summary>
    public static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    [GeneratedRegex(@"^[+-]?\d+([.,]\d+)?([eE][+-]?\d+)?$")]
    private static partial Regex PlainNumber();
}
