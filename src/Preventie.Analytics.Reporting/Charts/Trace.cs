namespace Preventie.Analytics.Charts;

/// <summary>
/// One immutable plotly.js trace: its <see cref="Type"/> (<c>scatter</c>, <c>bar</c>, <c>heatmap</c>…) and its
/// attributes. Build traces through <see cref="Chart"/>; the <c>With…</c> methods return changed copies.
/// </summary>
public sealed class Trace
{
    internal Trace(string type, PlotlyObject attributes)
    {
        Type = type;
        Attributes = attributes.With("type", type);
    }

    /// <summary>The plotly.js trace type.</summary>
    public string Type { get; }

    /// <summary>All attributes, including <c>type</c>.</summary>
    public PlotlyObject Attributes { get; }

    /// <summary>Sets any attribute by dotted path, e.g. <c>With("marker.line.width", 1)</c>. Strings are not encoded.</summary>
    public Trace With(string path, object? value) => new(Type, Attributes.With(path, value));

    /// <summary>The legend name (HTML-encoded, see <see cref="PlotlyText"/>).</summary>
    public Trace WithName(string name) => With("name", PlotlyText.Encode(name));

    /// <summary>
    /// A plotly.js hover template such as <c>"%{x}: € %{y:,.0f}&lt;extra&gt;&lt;/extra&gt;"</c>. The template is plotly
    /// markup written by the programmer, not data: it is not encoded.
    /// </summary>
    public Trace WithHoverTemplate(string template) => With("hovertemplate", template);

    /// <summary>
    /// The trace's colour: <c>marker.color</c> for bars and points, <c>line.color</c> for lines and areas, both for
    /// lines with markers (plotly reports attributes that a trace does not use).
    /// </summary>
    public Trace WithColor(string color)
    {
        if (Type != "scatter") return With("marker.color", color);
        var mode = Attributes.Get("mode") as string ?? "lines";
        var t = mode.Contains("lines") ? With("line.color", color) : this;
        return mode.Contains("markers") ? t.With("marker.color", color) : t;
    }

    /// <summary>Traces in the same legend group toggle together.</summary>
    public Trace WithLegendGroup(string group) => With("legendgroup", PlotlyText.Encode(group));

    /// <summary>Whether the trace appears in the legend.</summary>
    public Trace WithShowLegend(bool show) => With("showlegend", show);

    /// <summary>Per-point texts shown on or beside the points (bars show them inside), also <c>%{text}</c> in hover templates.</summary>
    public Trace WithText(IEnumerable<string> texts) => With("text", PlotlyText.EncodeAll(texts));

    /// <summary>Per-point texts shown only when hovering, as <c>%{hovertext}</c> in hover templates.</summary>
    public Trace WithHoverText(IEnumerable<string> texts) => With("hovertext", PlotlyText.EncodeAll(texts));
}
