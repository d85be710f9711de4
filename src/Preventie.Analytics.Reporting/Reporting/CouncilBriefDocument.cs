using System.Collections.Immutable;
using System.Net;
using System.Text;
using Preventie.Analytics.Analysis;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Html;
using Preventie.Analytics.Monitor;
using Preventie.Analytics.Output;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// The raadsversie as a document: a short, self-contained Dutch HTML page (2–4 printed A4 pages, no title page) with
/// the <see cref="Banner"/> at the top while figures are illustrative, the title, the sections and one line saying when
/// it was computed. Built by <see cref="CouncilBrief.Build(ScenarioAnalysis, string)"/> for one scenario and by
/// <see cref="CouncilSetBrief.Build(BatchAnalysis)"/> for the whole set; nothing here computes a figure.
/// <code>
/// var brief = CouncilBrief.Build(analysis);
/// brief.Save("raadsversie.html");   // offline: plotly.js inlined from node_modules
/// </code>
/// When printed by <c>PdfPrinter</c>, the banner (the element with <c>data-paginakop</c>) is repeated at the top of every page.
/// </summary>
[Display.TypeFormatterSource]
public sealed class CouncilBriefDocument : IHtmlRenderable
{
    /// <summary>The style sheet after <see cref="HtmlPage.Css"/>: the banner, the headline sentence, a compact print layout without a title page.</summary>
    public const string Css = """
        .raadsversie .paginakop { background: #fff3cd; border: 1px solid #d4a400; color: #5c4400; padding: .5rem .75rem; font-weight: 600;
                                  font-size: .95rem; position: sticky; top: 0; z-index: 10; margin: 0 0 1rem; }
        .raadsversie .kernzin { font-size: 1.3rem; font-weight: 600; line-height: 1.4; border-left: 5px solid var(--accent, #0b5394);
                                padding: .25rem 0 .25rem .9rem; margin: 1rem 0; }
        .raadsversie > p.meta { margin-top: 2rem; }
        .raadsversie td:first-child { white-space: nowrap; }
        .raadsversie th.num { white-space: normal; }
        .raadsversie td:first-child:nth-last-child(n+6) { white-space: normal; min-width: 8em; }   /* a wide table: its first column may wrap */
        @media print {
          body { font-size: 10pt; }
          .raadsversie h1 { font-size: 18pt; }
          .raadsversie h2 { font-size: 13pt; margin-top: 1.1rem; }
          .raadsversie .paginakop { position: static; }
          .raadsversie .kernzin { font-size: 12.5pt; }
          .raadsversie figure { margin: .5rem 0 1rem; }
          .raadsversie table { margin: .5rem 0 1rem; font-size: 9.5pt; }
          .raadsversie th, .raadsversie td { padding: .25rem .45rem; }
        }
        """;

    /// <summary>An empty raadsversie titled <paramref name="title"/> for the run in <paramref name="metadata"/>.</summary>
    public CouncilBriefDocument(string title, string? subtitle, string? banner, RunMetadata metadata)
        : this(title, subtitle, banner, metadata, ImmutableList<ReportSection>.Empty) { }

    private CouncilBriefDocument(string title, string? subtitle, string? banner, RunMetadata metadata, ImmutableList<ReportSection> sections)
    {
        Title = title;
        Subtitle = subtitle;
        Banner = banner;
        Metadata = metadata;
        Sections = sections;
    }

    /// <summary>The title: the page title, the <c>&lt;h1&gt;</c> and the footer of every printed page.</summary>
    public string Title { get; }
    /// <summary>The line under the title (which scenario against which, over which years), or null.</summary>
    public string? Subtitle { get; }
    /// <summary>The "illustratief" banner (<see cref="IllustrativeBanner.Text"/>), on top of every page; null when no figure is illustrative.</summary>
    public string? Banner { get; }
    /// <summary>How the run was made; the raadsversie shows only its date and version (the full report has the rest).</summary>
    public RunMetadata Metadata { get; }
    /// <summary>The chapters, in reading order.</summary>
    public ImmutableList<ReportSection> Sections { get; }

    /// <summary>True while the banner is shown.</summary>
    public bool IsIllustrative => Banner is not null;

    /// <summary>A copy with <paramref name="section"/> after the existing sections.</summary>
    public CouncilBriefDocument WithSection(ReportSection section) => new(Title, Subtitle, Banner, Metadata, Sections.Add(section));

    /// <summary>A copy with, for each of <paramref name="chapters"/> in order, its section for <paramref name="analysis"/> (when it applies):
    /// a scenario's (<see cref="ScenarioAnalysis"/>) or the whole set's (<see cref="BatchAnalysis"/>).</summary>
    public CouncilBriefDocument WithChapters<TAnalysis>(TAnalysis analysis, IEnumerable<IReportChapter<TAnalysis>> chapters) =>
        chapters.Select(c => c.Build(analysis)).OfType<ReportSection>().Aggregate(this, (d, s) => d.WithSection(s));

    /// <summary>Notebook view: the body; charts load plotly.js from the CDN when the notebook lacks it.</summary>
    public string ToHtml() =>
        $"<style>{Css}</style>\n" + RenderBody(new ReportRenderContext(pageLoadsPlotly: false) { IdPrefix = "raadsversie-" + Guid.NewGuid().ToString("N")[..12] });

    /// <summary>The complete HTML document with plotly.js from <paramref name="plotly"/>.</summary>
    public string ToFullHtml(PlotlyScriptSource plotly) =>
        HtmlPage.Render(Title, RenderBody(new ReportRenderContext(pageLoadsPlotly: true)), plotly, Css);

    /// <summary>
    /// Writes the raadsversie to <paramref name="path"/> whole or not at all. By default plotly.js is inlined from the
    /// local npm package (<see cref="PlotlyJsNotFoundException"/> with a Dutch message when <c>npm ci</c> has not run);
    /// <see cref="PlotlyScriptSource.Cdn"/> loads it from the internet.
    /// </summary>
    public void Save(string path, PlotlyScriptSource? plotly = null) =>
        AtomicOutput.WriteText(path, ToFullHtml(plotly ?? PlotlyScriptSource.Inline()));

    private string RenderBody(ReportRenderContext context)
    {
        var sb = new StringBuilder("<main class=\"raadsversie\">\n");
        if (Banner is not null) sb.Append("<div class=\"paginakop\" data-paginakop role=\"note\">").Append(Encode(Banner)).Append("</div>\n");
        sb.Append("<div class=\"kop\">\n<h1>").Append(Encode(Title)).Append("</h1>\n");
        if (Subtitle is not null) sb.Append("<p class=\"subtitle\">").Append(Encode(Subtitle)).Append("</p>\n");
        sb.Append("</div>\n");
        foreach (var section in Sections) sb.Append(section.ToHtml(context)).Append('\n');
        sb.Append("<p class=\"meta\">Berekend op ").Append(Encode(DutchFormat.Date(CalibratedModelFolder.Amsterdam(Metadata.CreatedAt.UtcDateTime))))
          .Append(" met Preventie.Analytics ").Append(Encode(Metadata.Version)).Append(".</p>\n");
        return sb.Append("</main>").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Plain-text summary.</summary>
    public override string ToString() => $"Raadsversie '{Title}': {Sections.Count} hoofdstukken" + (IsIllustrative ? ", illustratief" : "");
}
