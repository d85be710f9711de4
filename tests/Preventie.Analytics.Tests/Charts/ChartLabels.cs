using System.Text.Json;
using Microsoft.Playwright;

namespace Preventie.Analytics.Tests.Charts;

/// <summary>
/// Overlapping labels in the drawn charts of a page, measured in the browser: per chart, every pair of plotly's text
/// elements (title, tick labels, axis titles, legend items, colour-bar labels, annotations and notes) whose boxes
/// intersect by more than a pixel, tick labels and axis titles that run over a plot area (in small multiples: a
/// panel's y labels over its left neighbour), and texts outside the chart. Boxes are the texts' own rectangles as drawn
/// (turned with rotated tick labels), compared with the separating-axis test, so slanted labels side by side do not count.
/// </summary>
internal static class ChartLabels
{
    private const string Script = """
        () => {
          const quad = el => {
            const b = el.getBBox(), m = el.getScreenCTM();
            return [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height]]
              .map(([x, y]) => new DOMPoint(x, y).matrixTransform(m));
          };
          const rectQuad = r => [{ x: r.left, y: r.top }, { x: r.right, y: r.top }, { x: r.right, y: r.bottom }, { x: r.left, y: r.bottom }];
          // two convex quadrilaterals overlap when they overlap by more than a pixel along every edge's normal
          const overlap = (a, b) => {
            for (const q of [a, b])
              for (let i = 0; i < 4; i++) {
                const p1 = q[i], p2 = q[(i + 1) % 4];
                const len = Math.hypot(p2.x - p1.x, p2.y - p1.y);
                if (len === 0) return false;
                const n = { x: -(p2.y - p1.y) / len, y: (p2.x - p1.x) / len };
                const pa = a.map(p => p.x * n.x + p.y * n.y), pb = b.map(p => p.x * n.x + p.y * n.y);
                if (Math.min(Math.max(...pa), Math.max(...pb)) - Math.max(Math.min(...pa), Math.min(...pb)) <= 1) return false;
              }
            return true;
          };
          // plotly's groups: gtitle, xtick/y2tick…, g-xtitle/g-y2title…, legend, annotation, colour bar (cb…)
          const within = (el, re) => { for (let e = el; e && e.tagName !== 'svg'; e = e.parentElement) if (re.test(e.getAttribute('class') || '')) return true; return false; };
          const kind = el => within(el, /\bgtitle\b/) ? 'titel' : within(el, /\bx\d*tick\b/) ? 'x-as' : within(el, /\by\d*tick\b/) ? 'y-as'
            : within(el, /\b(g-)?x\d*title\b/) ? 'x-astitel' : within(el, /\b(g-)?y\d*title\b/) ? 'y-astitel'
            : within(el, /\blegend\b/) ? 'legenda' : within(el, /\bannotation\b/) ? 'notitie' : within(el, /\bcb/) ? 'kleurschaal' : 'tekst';
          return Array.from(document.querySelectorAll('.preventie-chart')).map(d => {
            const problems = [];
            const texts = Array.from(d.querySelectorAll('svg text'))
              .filter(el => el.textContent.trim() && el.getBoundingClientRect().width > 0)
              .map(el => ({ q: quad(el), kind: kind(el), text: el.textContent.trim() }));
            for (let i = 0; i < texts.length; i++)
              for (let j = i + 1; j < texts.length; j++)
                if (overlap(texts[i].q, texts[j].q)) problems.push(`${texts[i].kind} '${texts[i].text}' over ${texts[j].kind} '${texts[j].text}'`);
            const areas = Array.from(d.querySelectorAll('.draglayer .nsewdrag')).map(e => rectQuad(e.getBoundingClientRect()));
            for (const t of texts.filter(t => /-as/.test(t.kind)))
              areas.forEach((a, i) => { if (overlap(t.q, a)) problems.push(`${t.kind} '${t.text}' over grafiekvlak ${i + 1}`); });
            const c = d.getBoundingClientRect();
            for (const t of texts)
              if (t.q.some(p => p.x < c.left - 1 || p.x > c.right + 1 || p.y < c.top - 1 || p.y > c.bottom + 1))
                problems.push(`${t.kind} '${t.text}' buiten de grafiek`);
            const title = d.querySelector('.gtitle');
            return { id: d.id, title: title ? title.textContent : '', problems: [...new Set(problems)] };
          });
        }
        """;

    /// <summary>Per chart of <paramref name="page"/> (drawn): its id, title and the overlaps found.</summary>
    public static async Task<IReadOnlyList<(string Id, string Title, IReadOnlyList<string> Problems)>> Problems(IPage page)
    {
        var charts = await page.EvaluateAsync<JsonElement>(Script);
        return charts.EnumerateArray().Select(c => (c.GetProperty("id").GetString()!, c.GetProperty("title").GetString()!,
            (IReadOnlyList<string>)c.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList())).ToList();
    }

    /// <summary>Opens <paramref name="htmlPath"/> in <paramref name="browser"/> laid out as printed (print media, the
    /// printed width), waits until every chart is drawn and returns <see cref="Problems"/>.</summary>
    public static async Task<IReadOnlyList<(string Id, string Title, IReadOnlyList<string> Problems)>> AsPrinted(IBrowser browser, string htmlPath)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = Analytics.Reporting.Pdf.PdfPrinter.ContentWidthPx, Height = 1000 },
            Locale = "nl-NL",
        });
        try
        {
            var page = await context.NewPageAsync();
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            await page.GotoAsync(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri);
            await page.WaitForFunctionAsync(
                "() => Array.from(document.querySelectorAll('.preventie-chart')).every(d => d.dataset.getekend === 'ja' || d.dataset.getekend === 'nee')",
                null, new PageWaitForFunctionOptions { Timeout = 60_000 });
            Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('.preventie-chart[data-getekend=\"nee\"]').length"));
            return await Problems(page);
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
