using System.Collections.Immutable;
using System.Net;
using System.Text;
using Preventie.Analytics.Charts;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// An immutable report section: a heading (<c>&lt;h2&gt;</c>) and blocks in order.
/// <code>
/// new ReportSection("Kosten per betaler")
///     .WithParagraph("De gemeente betaalt de preventie; de baten vallen deels bij de zorgverzekeraar.")
///     .WithFigure(costsChart, "Kosten per jaar, scenario tegenover vergelijking")
///     .WithTable(costsTable)
/// </code>
/// </summary>
public sealed class ReportSection
{
    /// <summary>An empty section under <paramref name="heading"/>, the chapter title the reader sees.</summary>
    public ReportSection(string heading) : this(heading, ImmutableList<IReportBlock>.Empty) { }

    private ReportSection(string heading, ImmutableList<IReportBlock> blocks)
    {
        Heading = heading;
        Blocks = blocks;
    }

    /// <summary>The chapter title, rendered as <c>&lt;h2&gt;</c>.</summary>
    public string Heading { get; }
    /// <summary>The paragraphs, lists, tables and charts of the section, in reading order.</summary>
    public ImmutableList<IReportBlock> Blocks { get; }

    /// <summary>A copy with <paramref name="block"/> appended.</summary>
    public ReportSection With(IReportBlock block) => new(Heading, Blocks.Add(block));

    /// <summary>A copy with a paragraph of <paramref name="text"/> appended (HTML-encoded when rendered).</summary>
    public ReportSection WithParagraph(string text) => With(new ReportParagraph(text));

    /// <summary>
    /// A copy with the paragraph <paramref name="text"/> appended as a <see cref="ReportIllustrativeNotice"/>: the
    /// figures of this section rest on illustrative data (<paramref name="subject"/>: what, e.g. "de wijkcijfers").
    /// </summary>
    public ReportSection WithIllustrativeNotice(string text, string subject) => With(new ReportIllustrativeNotice(text, subject));

    /// <summary>A copy with a bulleted list of <paramref name="items"/> appended.</summary>
    public ReportSection WithBullets(IEnumerable<string> items) => With(new ReportBulletList(items.ToImmutableArray()));

    /// <summary>A copy with <paramref name="table"/> appended.</summary>
    public ReportSection WithTable(ReportTable table) => With(table);

    /// <summary>A copy with the chart <paramref name="figure"/> appended, with <paramref name="caption"/> under it when given.</summary>
    public ReportSection WithFigure(Figure figure, string? caption = null) => With(new ReportFigure(figure, caption));

    /// <summary>The section as HTML.</summary>
    public string ToHtml(ReportRenderContext context)
    {
        var sb = new StringBuilder("<section>\n<h2>").Append(WebUtility.HtmlEncode(Heading)).Append("</h2>\n");
        foreach (var block in Blocks) sb.Append(block.ToHtml(context)).Append('\n');
        return sb.Append("</section>").ToString();
    }
}
