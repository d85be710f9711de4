using Preventie.Analytics.Html;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Preventie.Analytics.Output;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Charts;

/// <summary>
/// An immutable plotly.js figure: <c>data</c> (the traces), <c>layout</c> and <c>config</c>, exactly as plotly.js
/// expects them. Create one with <see cref="Chart"/> and refine it fluently:
/// <code>Chart.Line(years, costs, name: "Gemeente").WithTitle("Kosten").WithYAxis("Kosten", tickPrefix: "€ ")</code>
/// Every <c>With…</c> method returns a new figure. Dutch number formatting: <c>layout.separators</c> is
/// <c>",."</c> (decimal comma, thousands dot) and <c>config.locale</c> is <c>nl</c>.
/// </summary>
[Display.TypeFormatterSource]
public sealed partial class Figure : IHtmlRenderable
{
    /// <summary>Height in pixels of a chart whose layout sets none.</summary>
    public const int DefaultHeight = 450;

    /// <summary>Layout every figure starts with: Dutch separators, readable font, margins that fit long labels.</summary>
    public static PlotlyObject DefaultLayout { get; } = PlotlyObject.Empty
        .With("separators", ",.")
        .With("font.family", "'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif")
        .With("font.size", 13)
        .With("margin.t", 60)
        .With("margin.l", 50)     // narrow side margins: automargin widens them for tick labels, colour bars and legends
        .With("margin.r", 30)
        .With("xaxis.automargin", true)
        .With("yaxis.automargin", true)
        .With("hoverlabel.namelength", -1);

    /// <summary>
    /// Config every figure starts with: Dutch locale, no plotly logo, resizes with its container, and no
    /// "Share chart" button (plotly.js 4 shows one by default; it uploads the chart to Plotly Cloud).
    /// </summary>
    public static PlotlyObject DefaultConfig { get; } = PlotlyObject.Empty
        .With("locale", PlotlyLocale.Name)
        .With("displaylogo", false)
        .With("responsive", true)
        .With("showSendToCloud", false);

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>A figure with the given traces and the default layout and config.</summary>
    public Figure(IEnumerable<Trace> traces) : this(traces.ToImmutableList(), DefaultLayout, DefaultConfig) { }

    private Figure(ImmutableList<Trace> traces, PlotlyObject layout, PlotlyObject config)
    {
        Traces = traces;
        Layout = layout;
        Config = config;
    }

    /// <summary>plotly.js <c>data</c>.</summary>
    public ImmutableList<Trace> Traces { get; }

    /// <summary>plotly.js <c>layout</c>.</summary>
    public PlotlyObject Layout { get; }

    /// <summary>plotly.js <c>config</c>.</summary>
    public PlotlyObject Config { get; }

    /// <summary>Sets any layout attribute by dotted path, e.g. <c>WithLayout("xaxis.dtick", 1)</c>. Strings are not encoded.</summary>
    public Figure WithLayout(string path, object? value) => new(Traces, Layout.With(path, value), Config);

    /// <summary>Sets any config attribute by dotted path.</summary>
    public Figure WithConfig(string path, object? value) => new(Traces, Layout, Config.With(path, value));

    /// <summary>A copy with <paramref name="change"/> applied to every trace.</summary>
    public Figure WithTraces(Func<Trace, Trace> change) => new(Traces.Select(change).ToImmutableList(), Layout, Config);

    /// <summary>A copy with more traces; layouts merge with <paramref name="others"/>' settings on top.</summary>
    public Figure Combine(params Figure[] others) =>
        others.Aggregate(this, (acc, f) => new Figure(acc.Traces.AddRange(f.Traces), acc.Layout.Merge(f.Layout), acc.Config.Merge(f.Config)));

    /// <summary>Height in pixels of the strip at the top of a chart where plotly shows its toolbar; the title starts below it.</summary>
    public const int ToolbarStrip = 32;

    /// <summary>Height in pixels of one title line (plotly's title font of 17 pixels with its line spacing).</summary>
    public const int TitleLineHeight = 24;

    /// <summary>Longest title line in characters: a title this long fits a chart printed on A4 (680 pixels wide).</summary>
    public const int TitleLineLength = 60;

    /// <summary>
    /// The chart title (HTML-encoded), wrapped at word boundaries into lines of at most <see cref="TitleLineLength"/>
    /// characters so that it is never cut off on a narrow screen or on paper; the top margin grows with the lines.
    /// </summary>
    public Figure WithTitle(string title)
    {
        var lines = WrapTitle(title);
        var top = Layout.Get("margin.t") is int t ? t : 60;
        // the title hangs below the toolbar's strip at the top of the chart (plotly shows the toolbar there on hover)
        return WithLayout("title.text", string.Join("<br>", lines.Select(PlotlyText.Encode)))
            .WithLayout("title.yref", "container").WithLayout("title.y", 1).WithLayout("title.yanchor", "top")
            // plotly anchors a multi-line title by its first line and lets the others rise above it: pad for them too
            .WithLayout("title.pad.t", ToolbarStrip + TitleLineHeight * (lines.Count - 1))
            .WithLayout("margin.t", Math.Max(top, ToolbarStrip + 20 + TitleLineHeight * lines.Count));
    }

    /// <summary>The lines of a title wrapped at <see cref="TitleLineLength"/> characters.</summary>
    public static IReadOnlyList<string> WrapTitle(string title)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > TitleLineLength)
            {
                lines.Add(line);
                line = word;
            }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        lines.Add(line);
        return lines;
    }

    /// <summary>The x axis: title (HTML-encoded) and optional d3 tick format (e.g. <c>",.0f"</c>), prefix (<c>"€ "</c>) and suffix.</summary>
    public Figure WithXAxis(string? title = null, string? tickFormat = null, string? tickPrefix = null, string? tickSuffix = null,
        AxisType type = AxisType.Auto, bool reversed = false, bool? zeroLine = null) =>
        WithAxis("xaxis", title, tickFormat, tickPrefix, tickSuffix, type, reversed, zeroLine);

    /// <summary>The y axis; see <see cref="WithXAxis"/>.</summary>
    public Figure WithYAxis(string? title = null, string? tickFormat = null, string? tickPrefix = null, string? tickSuffix = null,
        AxisType type = AxisType.Auto, bool reversed = false, bool? zeroLine = null) =>
        WithAxis("yaxis", title, tickFormat, tickPrefix, tickSuffix, type, reversed, zeroLine);

    private Figure WithAxis(string axis, string? title, string? tickFormat, string? tickPrefix, string? tickSuffix,
        AxisType type, bool reversed, bool? zeroLine)
    {
        var layout = Layout;
        if (title is not null) layout = layout.With(axis + ".title.text", PlotlyText.Encode(title));
        if (tickFormat is not null) layout = layout.With(axis + ".tickformat", tickFormat);
        if (tickPrefix is not null) layout = layout.With(axis + ".tickprefix", PlotlyText.Encode(tickPrefix));
        if (tickSuffix is not null) layout = layout.With(axis + ".ticksuffix", PlotlyText.Encode(tickSuffix));
        if (type != AxisType.Auto) layout = layout.With(axis + ".type", type.ToString().ToLowerInvariant());
        if (reversed) layout = layout.With(axis + ".autorange", "reversed");
        if (zeroLine is bool z) layout = layout.With(axis + ".zeroline", z);
        return new Figure(Traces, layout, Config);
    }

    /// <summary>How bars at the same position combine (<c>layout.barmode</c>).</summary>
    public Figure WithBarMode(BarMode mode) => WithLayout("barmode", mode.ToString().ToLowerInvariant());

    /// <summary>Bottom margin in pixels of a chart with a horizontal legend: tick labels, axis title and two legend rows.</summary>
    public const int LegendBottomMargin = 130;

    /// <summary>
    /// The legend: shown or hidden, optional title, vertical at the right or horizontal along the bottom edge of the
    /// chart (anchored to the container, below the axis title, so the two never overlap however narrow the chart).
    /// </summary>
    public Figure WithLegend(bool show = true, bool horizontal = false, string? title = null)
    {
        var f = WithLayout("showlegend", show);
        if (horizontal)
        {
            var bottom = Layout.Get("margin.b") is int b ? b : 0;
            f = f.WithLayout("legend.orientation", "h").WithLayout("legend.x", 0)
                 .WithLayout("legend.yref", "container").WithLayout("legend.y", 0).WithLayout("legend.yanchor", "bottom")
                 .WithLayout("margin.b", Math.Max(bottom, LegendBottomMargin));
        }
        if (title is not null) f = f.WithLayout("legend.title.text", PlotlyText.Encode(title));
        return f;
    }

    /// <summary>Fixed size in pixels; null keeps the container's width (responsive) or the default height.</summary>
    public Figure WithSize(int? width, int? height)
    {
        var f = this;
        if (width is int w) f = f.WithLayout("width", w);
        if (height is int h) f = f.WithLayout("height", h);
        return f;
    }

    /// <summary>plotly.js <c>layout.hovermode</c>: <c>"closest"</c>, <c>"x"</c>, <c>"x unified"</c>…</summary>
    public Figure WithHoverMode(string mode) => WithLayout("hovermode", mode);

    /// <summary>The same hover template on every trace (see <see cref="Trace.WithHoverTemplate"/>).</summary>
    public Figure WithHoverTemplate(string template) => WithTraces(t => t.WithHoverTemplate(template));

    /// <summary>The figure as plotly.js JSON: <c>{"data":[…],"layout":{…},"config":{…}}</c>. Safe to embed in a
    /// <c>&lt;script&gt;</c>: <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> are written as <c>\u003C</c>, <c>\u003E</c>, <c>\u0026</c>.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            writer.WriteStartArray();
            foreach (var trace in Traces) trace.Attributes.WriteTo(writer);
            writer.WriteEndArray();
            writer.WritePropertyName("layout");
            Layout.WriteTo(writer);
            writer.WritePropertyName("config");
            Config.WriteTo(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Notebook fragment: a chart container and a script that draws it with plotly.js from the kernel session
    /// (<see cref="NotebookPlotly"/>: the local npm copy, inline in the session's first chart; never the CDN).</summary>
    public string ToHtml() => ToHtmlFragment("preventie-chart-" + Guid.NewGuid().ToString("N"), loadPlotlyIfMissing: true);

    /// <summary>
    /// A chart container with id <paramref name="elementId"/> (letters, digits, <c>-</c>, <c>_</c>) and the script that
    /// draws the figure in it. Without <paramref name="loadPlotlyIfMissing"/> the page must already load plotly.js (a
    /// report file); with it the fragment is a notebook output and takes plotly.js from <see cref="NotebookPlotly.Current"/>.
    /// </summary>
    public string ToHtmlFragment(string elementId, bool loadPlotlyIfMissing = false) =>
        ToHtmlFragment(elementId, loadPlotlyIfMissing ? NotebookPlotly.Current : null);

    /// <summary>The fragment as a notebook output of <paramref name="notebook"/>'s session, or for a page that loads
    /// plotly.js itself when <paramref name="notebook"/> is null.</summary>
    internal string ToHtmlFragment(string elementId, NotebookPlotly? notebook)
    {
        if (!SafeId().IsMatch(elementId))
            throw new ArgumentException("Element id may only contain letters, digits, '-' and '_'.", nameof(elementId));
        var height = Layout.Get("height") is int h ? h : DefaultHeight;
        var (embed, notice) = notebook?.NextChart() ?? ("", MissingPlotlyNotice);
        var sb = new StringBuilder();
        // the notice stays when plotly.js cannot be loaded (a report file: no internet for the CDN, or made without
        // npm ci; a notebook: no local copy, or a page without the session's copy)
        sb.Append(CultureInfo.InvariantCulture,
            $"<div id=\"{elementId}\" class=\"preventie-chart\" style=\"width:100%;height:{height}px\">" +
            $"<p class=\"preventie-chart-notice\" style=\"margin:0;padding:1rem;border:1px dashed #c9a227;background:#fff8e1;color:#5c4400\">{System.Net.WebUtility.HtmlEncode(notice)}</p></div>\n");
        sb.Append(embed);
        sb.Append("<script>\n(function () {\n");
        sb.Append("  var figure = ").Append(ToJson()).Append(";\n");
        sb.Append(CultureInfo.InvariantCulture, $"  var el = document.getElementById(\"{elementId}\");\n");
        sb.Append("  function draw() {\n");
        sb.Append("    if (!window.Plotly) { el.dataset.getekend = \"nee\"; return; }\n");
        sb.Append("    ").Append(PlotlyLocale.RegisterScript).Append('\n');
        sb.Append("    el.textContent = \"\";\n");
        sb.Append("    Plotly.newPlot(el, figure.data, figure.layout, figure.config)\n");
        sb.Append("      .then(function () { el.dataset.getekend = \"ja\"; }, function () { el.dataset.getekend = \"nee\"; });\n");
        sb.Append("  }\n");
        if (notebook is not null) sb.Append(NotebookPlotly.LoaderScript).Append('\n');
        sb.Append("  ").Append(notebook is not null ? "preventieLoadPlotly(draw);" : "draw();").Append("\n})();\n</script>");
        return sb.ToString();
    }

    /// <summary>What a chart area says until plotly.js draws it, and keeps saying when plotly.js cannot be loaded.</summary>
    public const string MissingPlotlyNotice =
        "Deze grafiek kon niet worden getekend: plotly.js is niet geladen. Open het bestand met een internetverbinding, " +
        "of maak het opnieuw nadat in de hoofdmap van Preventie.Analytics eenmalig npm ci is uitgevoerd (dan werkt het ook offline).";

    /// <summary>A complete HTML page with just this chart; plotly.js from <paramref name="plotly"/> (default: the CDN).</summary>
    public string ToFullHtml(PlotlyScriptSource? plotly = null, string? pageTitle = null)
    {
        var title = pageTitle ?? (Layout.Get("title.text") as string is { } t ? System.Net.WebUtility.HtmlDecode(t) : "Grafiek");
        return HtmlPage.Render(title, ToHtmlFragment("grafiek-1"), plotly ?? PlotlyScriptSource.Cdn);
    }

    /// <summary>Writes <see cref="ToFullHtml"/> to <paramref name="path"/> atomically.</summary>
    public void SaveHtml(string path, PlotlyScriptSource? plotly = null) => AtomicOutput.WriteText(path, ToFullHtml(plotly));

    /// <summary>A short text description for plain-text displays.</summary>
    public override string ToString()
    {
        var title = Layout.Get("title.text") as string;
        var kinds = string.Join(", ", Traces.Select(t => t.Type).Distinct());
        return $"Figuur{(title is null ? "" : " '" + System.Net.WebUtility.HtmlDecode(title) + "'")}: {Traces.Count} reeks(en) ({kinds})";
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex SafeId();
}
