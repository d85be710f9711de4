using System.Net;
using System.Text;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Monitor;
using Preventie.Analytics.Output;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Reporting;

/// <summary>Renders <see cref="WijkFigures"/> (tables, charts, HTML): the result computes, this formats.</summary>
public static class WijkFiguresRendering
{
    private static readonly string[] Header = ["wijk", "indicator", "leeftijd", "jaar", "waargenomen", "verwacht naar bevolking", "verschil", "waargenomen ÷ verwacht", "uit buurten", "basis verwachting"];

    /// <summary>The figures per wijk as a report table, counts below the threshold suppressed (a ratio only where the
    /// observed count may be shown, a difference only where it is not itself a small count).</summary>
    public static ReportTable Table(this WijkFigures figures, SmallCountSuppression? suppression = null)
    {
        var sup = suppression ?? SmallCountSuppression.Default;
        var t = new ReportTable($"Monitorcijfers per wijk ({Path.GetFileName(figures.Data.File)}; wijken uit {Path.GetFileName(figures.Wijken.File ?? "")})" +
                                (figures.IsIllustrative ? " — illustratief, geen echte Deventer-cijfers" : ""), Header);
        ReportCell Count(double? v) => sup.Apply(v) is { Value: { } shown } ? ReportCell.Number(shown) : v is null ? "." : sup.SmallText;
        foreach (var r in figures.Rows)
        {
            var d = sup.Difference(r.Observed, r.Expected);
            t = t.WithRow(r.Wijk.Name, r.Indicator.Code, r.Band, r.Year + (r.Provisional ? "*" : ""), Count(r.Observed), r.Expected is null ? "" : Count(r.Expected),
                r.Expected is null ? "" : d is { } x && !sup.Hides(Math.Abs(x)) ? ReportCell.Number(x) : sup.SmallText,
                r.Expected is { } e && e > 0 && !sup.Hides(r.Observed) ? ReportCell.Number(r.Observed!.Value / e, 2) : "",
                r.Buurten == 0 ? "nee (wijkcijfer)" : $"ja ({r.Buurten})", r.ExpectedBasis ?? "");
        }
        return t.WithNote("Verwacht = het cijfer van de gemeente × het aandeel van de wijk in de bevolking. Meer dan verwacht is een bevinding om te bespreken, geen fout. " +
                          $"Aantallen onder {sup.Threshold} worden niet getoond ({sup.SmallText}); '.' = onbekend. Deze cijfers tellen niet mee in de kalibratie van de stad.");
    }

    /// <summary>The table as CSV (Dutch, semicolons), with the illustrative notice as a comment line when needed.</summary>
    public static string ToCsv(this WijkFigures figures, SmallCountSuppression? suppression = null)
    {
        var sb = new StringBuilder(figures.IsIllustrative ? $"# LET OP: {MonitorData.IllustrativeNotice}.\n" : "");
        var t = figures.Table(suppression);
        sb.Append(string.Join(';', t.Header.Select(CsvCell.Text))).Append('\n');
        foreach (var row in t.Rows) sb.Append(string.Join(';', row.Select(c => CsvCell.Text(c.Text)))).Append('\n');
        return sb.ToString();
    }

    /// <summary>
    /// The monitor figures per wijk as HTML: the illustrative notice when it applies, the notes on the figures, and
    /// <see cref="Table"/> with counts below the threshold of <paramref name="suppression"/> (default 10) suppressed.
    /// </summary>
    public static string ToHtml(this WijkFigures figures, SmallCountSuppression? suppression = null)
    {
        var h = new StringBuilder("<h2>Monitorcijfers per wijk</h2>");
        if (figures.IsIllustrative) h.Append("<p class=\"illustratief\"><strong>").Append(WebUtility.HtmlEncode(WijkSet.IllustrativeNote)).Append("</strong></p>");
        if (figures.Notes.Count > 0)
        {
            h.Append("<ul>");
            foreach (var n in figures.Notes) h.Append("<li>").Append(WebUtility.HtmlEncode(n)).Append("</li>");
            h.Append("</ul>");
        }
        return h.Append(figures.Table(suppression).ToHtml()).ToString();
    }

    /// <summary>Adds a sheet "Wijken" with the table to <paramref name="workbook"/>.</summary>
    public static void AddTo(this WijkFigures figures, XlsxWorkbook workbook, SmallCountSuppression? suppression = null, string? banner = null)
    {
        var t = figures.Table(suppression);
        var sheet = workbook.AddSheet("Wijken", [.. t.Header]);
        if (banner is not null) sheet.AddRow(banner);
        foreach (var row in t.Rows)
            sheet.AddRow(row.Select(c => c.ToXlsxCell()).ToArray());
    }
}
