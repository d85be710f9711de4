using System.Net;
using Microsoft.Playwright;
using Preventie.Analytics.Output;

namespace Preventie.Analytics.Reporting.Pdf;

/// <summary>
/// Prints report HTML files to A4 PDF with the system's headless Chromium (Debian package <c>chromium</c>; never a
/// downloaded browser): charts drawn first (it waits until plotly.js has finished every chart, or the chart shows its
/// Dutch notice that plotly.js is missing), print style sheet (title page, no plotly toolbars, charts and tables not
/// cut in half), tables wider than the page narrowed or split into column groups (<see cref="WideTables"/>), page numbers "pagina 3 van 12" in the footer. One printer prints many reports (one browser):
/// <code>
/// await using var printer = await PdfPrinter.StartAsync();
/// await printer.PrintAsync("rapport.html", "rapport.pdf", report.Title);
/// </code>
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    /// <summary>Environment variable with the path of the Chromium (or Chrome) executable, when it is not in a standard place.</summary>
    public const string ChromiumVariable = "PREVENTIE_CHROMIUM";

    /// <summary>Page width in CSS pixels at 96 dpi between the 15 mm margins of A4 (180 mm): charts are drawn at this width.</summary>
    public const int ContentWidthPx = 680;

    /// <summary>The tallest chart on paper in CSS pixels: an A4 page between its margins (264 mm) less room for the caption.</summary>
    public const int MaxChartHeightPx = 860;

    private const string Drawn =
        "() => Array.from(document.querySelectorAll('.preventie-chart')).every(d => d.dataset.getekend === 'ja' || d.dataset.getekend === 'nee')";

    /// <summary>The height of an A4 page between the top (15 mm) and bottom (18 mm) margins, in CSS pixels (264 mm at 96 dpi), rounded down.</summary>
    public const int PageHeightPx = 990;

    /// <summary>The top margin of a page that carries a banner (<see cref="BannerAttribute"/>) in its header, in mm.</summary>
    public const int BannerTopMarginMm = 24;

    /// <summary>The height between the margins of a page with a banner: 255 mm at 96 dpi, rounded down.</summary>
    public const int BannerPageHeightPx = (297 - BannerTopMarginMm - 18) * 96 * 10 / 254;

    /// <summary>
    /// The pages, decided here rather than left to the browser (CSS <c>break-inside: avoid</c> does not hold for plotly's
    /// absolutely positioned SVG, and the browser would leave a page nearly empty before a table it keeps whole). The
    /// report is cut into pieces that are never split: headings, paragraphs, list items, charts with their caption, a
    /// table's caption and header with its first row, and each further row. Walking them in order, a piece that does not
    /// fit on the page starts the next one, with an explicit break before it (before the heading that introduces it, which
    /// goes along), so the printed pages are exactly these (a table continued on a new page repeats its header). A chart
    /// that would leave its page less than a third full is drawn lower to fit the rest of the page instead. The page is
    /// laid out as printed (print media, the printed width), so positions are positions on paper. Its argument is the
    /// height of a page between the margins in CSS pixels; a little is kept free for rounding.
    /// </summary>
    private static readonly string Paginate = $$"""
        async (pageHeight) => {
          const H = pageHeight - 24;
          const main = document.querySelector('main');
          if (!main) return 0;
          const top = el => el.getBoundingClientRect().top + window.scrollY;
          const bottom = el => el.getBoundingClientRect().bottom + window.scrollY;
          const marginTop = el => parseFloat(getComputedStyle(el).marginTop) || 0;
          // its margin below counts: the browser wants room for it before it lets a piece that is kept whole end a page
          const marginBottom = el => parseFloat(getComputedStyle(el).marginBottom) || 0;
          const pieces = [];
          const add = parent => {
            for (const el of parent.children) {
              if (getComputedStyle(el).display === 'none' || el.tagName === 'SCRIPT') continue;
              if (el.tagName === 'SECTION' || (el.tagName === 'DIV' && !el.matches('.preventie-chart') && el.querySelector('table, figure, h2, h3'))) add(el);
              else if (el.tagName === 'TABLE' && el.tBodies.length && el.tBodies[0].rows.length) {
                const rows = Array.from(el.tBodies).flatMap(b => Array.from(b.rows));
                const head = el.tHead ? el.tHead.offsetHeight : 0;
                const group = pieces.length;
                pieces.push({ el, keep: rows[0], start: () => Math.min(top(el), el.caption ? top(el.caption) : top(el)), end: () => bottom(rows[0]), newPage: () => top(el) - marginTop(el) });
                for (const row of rows.slice(1)) pieces.push({ el: row, group, start: () => top(row), end: () => bottom(row), newPage: () => top(row) - head });
              }
              else if (el.tagName === 'UL' || el.tagName === 'OL')
                for (const li of el.children) pieces.push({ el: li, start: () => top(li), end: () => bottom(li), newPage: () => top(li) - (li === el.firstElementChild ? marginTop(el) : 0) });
              else pieces.push({ el, start: () => top(el), end: () => bottom(el) + marginBottom(el), newPage: () => top(el) - marginTop(el) });
            }
          };
          add(main);
          if (!pieces.length) return 0;
          const heading = p => p && /^H[1-6]$/.test(p.el.tagName);
          let pageStart = pieces[0].newPage();
          let pageFirst = 0;
          let breaks = 0;
          for (let i = 1; i < pieces.length; i++) {
            const piece = pieces[i];
            if (piece.end() - pageStart <= H) continue;
            const chart = piece.el.tagName === 'FIGURE' ? piece.el.querySelector('.preventie-chart[data-getekend="ja"]') : null;
            // a chart drawn lower to fit the rest of the page (at least a minimum height)
            const fit = async () => {
              const room = Math.floor(pageStart + H - piece.end() + chart.offsetHeight);
              if (room < Math.max({{MinChartHeightPx}}, chart.offsetHeight * 0.75)) return false;
              chart.style.height = room + 'px';
              await Plotly.relayout(chart, { height: room });
              return piece.end() - pageStart <= H;
            };
            // rather than leave the page less than a third full
            if (chart && piece.start() - pageStart < H / 3 && await fit()) continue;
            // the heading that introduces it (just before it, or before one piece of introduction) goes along to the
            // next page: a chapter's always, another's when this page stays at least a third full
            // a table no taller than a third of a page is kept whole, and a longer one does not leave one or two rows
            // behind at the bottom of a page that is a third full without them
            let first = i;
            const group = pieces[i].group;
            if (group !== undefined && group > pageFirst &&
                (bottom(pieces[group].el) - pieces[group].start() <= H / 3 || (i - group < 3 && pieces[group].start() - pageStart >= H / 3))) first = group;
            for (const k of [first - 1, first - 2])
              if (k > pageFirst && heading(pieces[k]) &&
                  (pieces[k].el.tagName === 'H2' || pieces[k].start() - pageStart >= H / 3)) first = Math.min(first, k);
            const target = pieces[first];
            target.el.style.breakBefore = 'page';
            target.el.style.pageBreakBefore = 'always';
            pageStart = target.newPage();
            pageFirst = first;
            breaks++;
            // with its caption taller than a page
            if (chart && piece.end() - pageStart > H) await fit();
          }
          // every break is explicit: the browser is not to move a table or a chart on its own
          for (const el of main.querySelectorAll('table, figure, .preventie-chart')) { el.style.breakInside = 'auto'; el.style.pageBreakInside = 'auto'; }
          for (const p of pieces) { const k = p.keep || p.el; k.style.breakInside = 'avoid'; k.style.pageBreakInside = 'avoid'; }
          return breaks;
        }
        """;

    /// <summary>
    /// The lowest a chart is drawn to fit the rest of a page (<see cref="Paginate"/>), in CSS pixels; it is never drawn
    /// lower than three quarters of its own height either, so that its labels keep their room.
    /// </summary>
    public const int MinChartHeightPx = 380;

    /// <summary>
    /// The element whose text is repeated at the top of every printed page (the raadsversie's "illustratief" banner):
    /// the first element with this attribute. It is taken out of the flow, so page 1 does not show it twice.
    /// </summary>
    public const string BannerAttribute = "data-paginakop";

    private const string TakeBanner =
        "() => { const b = document.querySelector('[" + BannerAttribute + "]'); if (!b) return null; " +
        "const text = b.textContent.trim(); b.style.display = 'none'; return text.length > 0 ? text : null; }";

    /// <summary>The header of every page: <paramref name="banner"/> in a pale yellow box inside the top margin.</summary>
    private static string BannerTemplate(string banner) =>
        "<div style=\"box-sizing:border-box;width:calc(100% - 30mm);margin:5mm 15mm 0;padding:1mm 2mm;font-size:7.5pt;line-height:1.25;font-weight:600;color:#5c4400;" +
        "background:#fff3cd;border:0.5pt solid #d4a400;-webkit-print-color-adjust:exact;print-color-adjust:exact;" +
        "font-family:'Segoe UI',Roboto,Arial,sans-serif\">" + WebUtility.HtmlEncode(banner) + "</div>";

    private static readonly string[] Candidates = { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" };

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PdfPrinter(IPlaywright playwright, IBrowser browser, string chromiumPath)
    {
        _playwright = playwright;
        _browser = browser;
        ChromiumPath = chromiumPath;
    }

    /// <summary>The Chromium executable used.</summary>
    public string ChromiumPath { get; }

    /// <summary>
    /// The Chromium executable: <see cref="ChromiumVariable"/> when set (only that), otherwise the first of chromium,
    /// chromium-browser, google-chrome on the PATH; null when there is none.
    /// </summary>
    public static string? FindChromium() => FindChromium(out _);

    private static string? FindChromium(out List<string> tried)
    {
        tried = new List<string>();
        if (Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } configured)
        {
            tried.Add($"{ChromiumVariable}={configured}");
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin").Distinct().ToList();
        foreach (var name in Candidates)
        {
            tried.Add(name);
            foreach (var dir in path)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    /// <summary>Starts headless Chromium (<paramref name="chromiumPath"/> or <see cref="FindChromium()"/>).</summary>
    /// <exception cref="ChromiumNotFoundException">No Chromium (Dutch message with the install command).</exception>
    public static async Task<PdfPrinter> StartAsync(string? chromiumPath = null)
    {
        var tried = new List<string>();
        var executable = chromiumPath ?? FindChromium(out tried);
        if (executable is null || !File.Exists(executable)) throw new ChromiumNotFoundException(chromiumPath is null ? tried : new List<string> { chromiumPath });
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = new[] { "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run" },
            });
            return new PdfPrinter(playwright, browser, executable);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Prints the HTML file <paramref name="htmlPath"/> to <paramref name="pdfPath"/> (written atomically).
    /// <paramref name="title"/> goes in the footer of every page beside the page number; the text of the element marked
    /// <see cref="BannerAttribute"/>, when there is one, in the header of every page. Only the file itself and
    /// <c>file:</c> resources are loaded; a report that needs plotly.js from the internet prints its charts' Dutch notice when offline.
    /// </summary>
    public async Task<PdfResult> PrintAsync(string htmlPath, string pdfPath, string title, TimeSpan? timeout = null)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = ContentWidthPx, Height = 1000 },
            Locale = "nl-NL",
        });
        try
        {
            var page = await context.NewPageAsync();
            // the page is laid out as printed while plotly draws, so every chart is drawn at the printed width
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            await page.GotoAsync(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            // every chart area is drawn (plotly's promise resolved) or shows why not
            var wait = new PageWaitForFunctionOptions { Timeout = (float)(timeout ?? TimeSpan.FromSeconds(60)).TotalMilliseconds };
            await page.WaitForFunctionAsync(Drawn, null, wait);
            // a chart taller than a page would be cut in two: draw it again at the height of a page
            var resized = await page.EvaluateAsync<int>($$"""
                () => {
                  const tall = Array.from(document.querySelectorAll('.preventie-chart'))
                    .filter(d => d.dataset.getekend === 'ja' && d.offsetHeight > {{MaxChartHeightPx}});
                  for (const d of tall) {
                    d.dataset.getekend = 'bezig';
                    d.style.height = '{{MaxChartHeightPx}}px';
                    Plotly.relayout(d, { height: {{MaxChartHeightPx}} }).then(() => { d.dataset.getekend = 'ja'; }, () => { d.dataset.getekend = 'nee'; });
                  }
                  return tall.length;
                }
                """);
            if (resized > 0) await page.WaitForFunctionAsync(Drawn, null, wait);
            // the page banner ("illustratief") goes in the header of every page instead of once at the top
            var banner = await page.EvaluateAsync<string?>(TakeBanner);
            // a table wider than the page: smaller font, or split into column groups that repeat the key column
            await page.EvaluateAsync<int>(WideTables.Script);
            await page.EvaluateAsync<int>(Paginate, banner is null ? PageHeightPx : BannerPageHeightPx);
            var charts = await page.EvaluateAsync<int[]>(
                "() => { const c = Array.from(document.querySelectorAll('.preventie-chart')); return [c.length, c.filter(d => d.dataset.getekend === 'ja').length]; }");
            var footer = "<div style=\"font-size:8pt;color:#52606d;width:100%;margin:0 15mm;display:flex;justify-content:space-between;" +
                         "font-family:'Segoe UI',Roboto,Arial,sans-serif\"><span>" + WebUtility.HtmlEncode(title) + "</span>" +
                         "<span>pagina <span class=\"pageNumber\"></span> van <span class=\"totalPages\"></span></span></div>";
            var pdf = await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                PrintBackground = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = banner is null ? "<span></span>" : BannerTemplate(banner),
                FooterTemplate = footer,
                Margin = new Margin { Top = banner is null ? "15mm" : $"{BannerTopMarginMm}mm", Bottom = "18mm", Left = "15mm", Right = "15mm" },
            });
            AtomicOutput.WriteFile(pdfPath, s => s.Write(pdf));
            return new PdfResult(Path.GetFullPath(pdfPath), charts[0], charts[1]);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>Closes the browser and the Playwright driver.</summary>
    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
