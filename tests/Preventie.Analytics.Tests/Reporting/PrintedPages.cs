using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Preventie.Analytics.Tests.Reporting;

/// <summary>
/// A printed report read back with poppler-utils and compared with the HTML it was printed from: the text of every
/// table cell (is any column cut off?), how full each page is (the lowest non-white pixel row between the margins,
/// from pdftoppm) and which pages start a chapter (the first words below the top margin are an <c>&lt;h2&gt;</c>).
/// </summary>
internal static partial class PrintedPages
{
    /// <summary>The bottom margin of every printed page (the footer with the page number sits in it), in points.</summary>
    private const double BottomMarginPt = 18 * 72 / 25.4;

    /// <summary>The top margin in points: 24 mm on pages with the "illustratief" banner in the header, else 15 mm.</summary>
    public static double TopMarginPt(bool banner) => (banner ? Analytics.Reporting.Pdf.PdfPrinter.BannerTopMarginMm : 15) * 72 / 25.4;

    /// <summary>Text without white space and hyphens (pdftotext drops a hyphen at the end of a line).</summary>
    public static string Squeeze(string text) => PdfReportTests.Squeeze(text).Replace("-", "", StringComparison.Ordinal).Replace("\u00AD", "", StringComparison.Ordinal);

    /// <summary>The text of every header and body cell of every table in <paramref name="html"/>, tags removed, decoded.</summary>
    public static IReadOnlyList<string> TableCells(string html) =>
        Tables().Matches(html).SelectMany(t => Cells().Matches(t.Value))
            .Select(m => WebUtility.HtmlDecode(Tags().Replace(m.Groups[1].Value, " ")).Trim())
            .Where(c => c.Length > 0).ToList();

    /// <summary>The chapter headings (<c>&lt;h2&gt;</c>) of <paramref name="html"/>, decoded.</summary>
    public static IReadOnlyList<string> Chapters(string html) =>
        H2().Matches(html).Select(m => WebUtility.HtmlDecode(Tags().Replace(m.Groups[1].Value, "")).Trim()).ToList();

    /// <summary>
    /// The cells of <paramref name="cells"/> whose text is not in the printed text of <paramref name="pdf"/>, read in the
    /// order it is drawn (<c>pdftotext -raw</c>: a cell's lines together, as the browser writes them), text off the page left out.
    /// </summary>
    public static IReadOnlyList<string> MissingCells(string pdf, IEnumerable<string> cells)
    {
        var printed = Squeeze(PdfReportTests.Poppler("pdftotext", "-raw", pdf, "-"));
        return cells.Distinct().Where(c => !printed.Contains(Squeeze(c), StringComparison.Ordinal)).ToList();
    }

    /// <summary>
    /// Per page of <paramref name="pdf"/>: the share of the height between the margins that is used, i.e. from the top
    /// margin down to the lowest non-white pixel row above the bottom margin (rendered by pdftoppm at 72 dpi, grey).
    /// </summary>
    public static IReadOnlyList<double> Fill(string pdf, bool banner)
    {
        var prefix = Path.Combine(Path.GetTempPath(), $"fill-{Guid.NewGuid():N}");
        PdfReportTests.Poppler("pdftoppm", "-r", "72", "-gray", pdf, prefix);
        var files = Directory.GetFiles(Path.GetDirectoryName(prefix)!, Path.GetFileName(prefix) + "-*.pgm").Order(StringComparer.Ordinal).ToList();
        try
        {
            return files.Select(f => FillOf(File.ReadAllBytes(f), TopMarginPt(banner))).ToList();
        }
        finally
        {
            foreach (var f in files) File.Delete(f);
        }
    }

    private static double FillOf(byte[] pgm, double top)
    {
        // binary PGM: "P5\n<w> <h>\n255\n" then one byte per pixel
        var offset = 0;
        var fields = new List<string>();
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)pgm[offset])) offset++;
            var start = offset;
            while (!char.IsWhiteSpace((char)pgm[offset])) offset++;
            fields.Add(System.Text.Encoding.ASCII.GetString(pgm, start, offset - start));
        }
        offset++;
        Assert.Equal("P5", fields[0]);
        int width = int.Parse(fields[1], CultureInfo.InvariantCulture), height = int.Parse(fields[2], CultureInfo.InvariantCulture);
        var bottom = height - BottomMarginPt;
        var lowest = top;
        for (var y = (int)top; y < (int)bottom; y++)
            for (var x = 0; x < width; x++)
                if (pgm[offset + y * width + x] < 235)
                {
                    lowest = y + 1;
                    break;
                }
        return (lowest - top) / (bottom - top);
    }

    /// <summary>The first words printed on page <paramref name="page"/> below the top margin (the header's banner left out).</summary>
    public static string FirstWords(string pdf, int page, bool banner, int count = 12)
    {
        var top = TopMarginPt(banner) - 2;
        var words = Word().Matches(PdfReportTests.Poppler("pdftotext", "-bbox", "-f", $"{page}", "-l", $"{page}", pdf, "-"))
            .Select(m => (Y: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Text: WebUtility.HtmlDecode(m.Groups[2].Value)))
            .Where(w => w.Y >= top).Take(count).Select(w => w.Text);
        return string.Join(' ', words);
    }

    /// <summary>
    /// The pages of <paramref name="pdf"/> less than a third full, except the last and those followed by a page that
    /// starts one of <paramref name="chapters"/>; each as "page n: 23% (next page starts with …)".
    /// </summary>
    public static IReadOnlyList<string> ThinPages(string pdf, IReadOnlyList<string> chapters, bool banner)
    {
        var fill = Fill(pdf, banner);
        var thin = new List<string>();
        for (var p = 1; p < fill.Count; p++)
        {
            if (fill[p - 1] >= 1.0 / 3) continue;
            var next = FirstWords(pdf, p + 1, banner);
            if (chapters.Any(c => Squeeze(next).StartsWith(Squeeze(c), StringComparison.Ordinal))) continue;
            thin.Add($"pagina {p}: {fill[p - 1]:P0} vol (pagina {p + 1} begint met '{next}')");
        }
        return thin;
    }

    [GeneratedRegex("<table[^>]*>.*?</table>", RegexOptions.Singleline)]
    private static partial Regex Tables();

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex Cells();

    [GeneratedRegex("<h2[^>]*>(.*?)</h2>", RegexOptions.Singleline)]
    private static partial Regex H2();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("<word xMin=\"[^\"]+\" yMin=\"([^\"]+)\" xMax=\"[^\"]+\" yMax=\"[^\"]+\">([^<]*)</word>")]
    private static partial Regex Word();
}
