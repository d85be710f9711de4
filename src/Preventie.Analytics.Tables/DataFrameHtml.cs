using Preventie.Analytics.Formatting;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Data.Analysis;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Tables;

/// <summary>
/// A <see cref="DataFrame"/> as an HTML table and as plain text, in Dutch number format: the first rows (up to
/// <see cref="MaxRows"/>), with the size in the caption. Text values are HTML-escaped; missing values are empty cells.
/// </summary>
public static class DataFrameHtml
{
    /// <summary>How many rows a table shows (the caption says how many there are).</summary>
    public const int MaxRows = 20;

    /// <summary>The HTML table.</summary>
    public static string ToHtml(DataFrame frame)
    {
        var shown = (int)Math.Min(frame.Rows.Count, MaxRows);
        var html = new StringBuilder("<table class=\"dataframe\"><caption>").Append(WebUtility.HtmlEncode(Caption(frame, shown)))
            .Append("</caption><thead><tr>");
        foreach (var column in frame.Columns)
            html.Append(IsNumeric(column) ? "<th class=\"num\">" : "<th>").Append(WebUtility.HtmlEncode(column.Name)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        for (var row = 0; row < shown; row++)
        {
            html.Append("<tr>");
            foreach (var column in frame.Columns)
                html.Append(IsNumeric(column) ? "<td class=\"num\">" : "<td>").Append(WebUtility.HtmlEncode(Cell(column, row))).Append("</td>");
            html.Append("</tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>Plain text: caption, then tab-separated header and rows.</summary>
    public static string ToPlainText(DataFrame frame)
    {
        var shown = (int)Math.Min(frame.Rows.Count, MaxRows);
        var text = new StringBuilder(Caption(frame, shown)).Append('\n');
        text.AppendJoin('\t', frame.Columns.Select(c => c.Name)).Append('\n');
        for (var row = 0; row < shown; row++) text.AppendJoin('\t', frame.Columns.Select(c => Cell(c, row))).Append('\n');
        return text.ToString();
    }

    /// <summary>One value as shown: integers without grouping (years, row numbers), decimals in Dutch format, missing empty.</summary>
    public static string Cell(DataFrameColumn column, long row) => column[row] switch
    {
        null => string.Empty,
        double d when double.IsNaN(d) => string.Empty,
        double d => d.ToString("#,##0.##", DutchFormat.Culture),
        float f => ((double)f).ToString("#,##0.##", DutchFormat.Culture),
        decimal m => m.ToString("#,##0.##", DutchFormat.Culture),
        int or long or short or byte => Convert.ToString(column[row], CultureInfo.InvariantCulture)!,
        bool b => b ? "ja" : "nee",
        var other => Convert.ToString(other, DutchFormat.Culture) ?? string.Empty,
    };

    private static string Caption(DataFrame frame, int shown) =>
        $"{frame.Rows.Count} {(frame.Rows.Count == 1 ? "rij" : "rijen")} × {frame.Columns.Count} kolommen" +
        (shown < frame.Rows.Count ? $" (de eerste {shown} getoond)" : string.Empty);

    private static bool IsNumeric(DataFrameColumn column) => column.IsNumericColumn();
}
