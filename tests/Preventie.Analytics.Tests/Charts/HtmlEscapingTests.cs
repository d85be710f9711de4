using Preventie.Analytics.Analysis;
using Preventie.Analytics.Input;
using Preventie.Analytics.Html;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Tests.Charts;

/// <summary>Every data string that reaches HTML is encoded: no payload may become a live element.</summary>
public class HtmlEscapingTests
{
    internal const string Payload = "<script>alert(1)</script>";
    internal const string ImgPayload = "<img src=x onerror=\"window.__pwned=1\">";

    /// <summary>Markup that plotly.js itself would interpret (a link and bold text) if names were not encoded.</summary>
    internal const string PlotlyMarkupPayload = "<a href=\"https://voorbeeld.nl/\">link</a> <b>vet</b>";

    private static readonly string[] Names = { Payload, ImgPayload, "Geïndiceerd & zo", PlotlyMarkupPayload };

    /// <summary>Figures in which every place that takes text carries an attack string.</summary>
    internal static Figure[] HostileReportFigures()
    {
        var names = Names;
        return new[]
        {
            Chart.Combine(
                    Chart.Bar(names, new[] { 1.0, 2.0, 3.0, 4.0 }, name: Payload),
                    Chart.Line(names, new[] { 2.0, 1.0, 3.0, 2.0 }, name: ImgPayload, markers: true)
                        .WithTraces(t => t.WithText(names).WithLegendGroup(Payload)),
                    Chart.Line(new[] { Payload }, new[] { 1.0 }, name: PlotlyMarkupPayload, markers: true))
                .WithTitle(Payload).WithXAxis(ImgPayload).WithYAxis(Payload, tickPrefix: ImgPayload)
                .WithLegend(title: Payload),
            Chart.Heatmap(names, new[] { Payload }, new[] { new[] { 1.0, 2.0, 3.0, 4.0 } }, colorBarTitle: ImgPayload)
                .WithTitle(ImgPayload),
        };
    }

    /// <summary>A report in which every place that takes text carries an attack string.</summary>
    internal static ReportDocument HostileReport(out int figureCount)
    {
        var names = Names;
        var figures = HostileReportFigures();
        figureCount = figures.Length;
        var table = new ReportTable(Payload, Payload, "Bedrag").WithRow(ImgPayload, ReportCell.Euro(5)).WithRow(Payload, "x")
            .WithNote(ImgPayload);
        var section = new ReportSection(Payload).WithParagraph(ImgPayload).WithBullets(names).WithTable(table);
        foreach (var f in figures) section = section.WithFigure(f, Payload);
        return new ReportDocument(Payload, new RunMetadata(Payload, null, DateTimeOffset.UnixEpoch,
                    [new InputFileHash(ImgPayload, Payload)]).WithExtra(Payload, ImgPayload))
            .WithSubtitle(ImgPayload)
            .WithSection(section)
            .WithAssumption(new ReportAssumption(Payload, ImgPayload, Payload))
            .WithDataSource(new ReportDataSource(Payload, ImgPayload, Payload));
    }

    [Fact]
    public void Hostile_strings_never_appear_as_markup()
    {
        var html = HostileReport(out var figures).ToFullHtml(PlotlyScriptSource.Cdn);

        Assert.DoesNotContain(Payload, html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("alert(1)</script>", html);
        // one script for plotly.js and one per chart; nothing else
        Assert.Equal(1 + figures, PlotlyJsTests.CountOccurrences(html, "<script"));
        Assert.Equal(1 + figures, PlotlyJsTests.CountOccurrences(html, "</script>"));
        // the text is there, encoded
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>", html);
    }

    [Fact]
    public void Notebook_fragments_are_encoded_too()
    {
        var table = new ReportTable(Payload, Payload).WithRow(ImgPayload);
        Assert.DoesNotContain("<img", table.ToHtml());
        Assert.DoesNotContain(Payload, table.ToHtml());
        var figure = Chart.Bar(new[] { Payload }, new[] { 1.0 }, name: ImgPayload).WithTitle(Payload);
        var html = figure.ToHtml();
        Assert.DoesNotContain("<img", html);
        // one script of its own; the first chart of a test process may also carry the session's inline plotly.js
        var embedded = html.Contains(NotebookPlotly.EmbedMarker, StringComparison.Ordinal) ? 1 : 0;
        Assert.Equal(1, PlotlyJsTests.CountOccurrences(html, "<script") - embedded);
        Assert.DoesNotContain(Payload, figure.ToFullHtml());
    }
}
