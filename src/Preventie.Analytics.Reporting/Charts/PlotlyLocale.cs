using System.Text.Encodings.Web;
using System.Text.Json;

namespace Preventie.Analytics.Charts;

/// <summary>
/// The Dutch plotly.js locale (<c>config.locale = "nl"</c>): month and day names, date format, decimal comma and
/// thousands dot, and Dutch tooltips for the chart's toolbar. plotly.js-dist-min ships no locale files, so the
/// locale is registered inline with <c>Plotly.register</c> before the first chart is drawn.
/// </summary>
public static class PlotlyLocale
{
    /// <summary>The locale name used in <c>config.locale</c>.</summary>
    public const string Name = "nl";

    private static readonly Dictionary<string, string> Toolbar = new()
    {
        ["Autoscale"] = "Automatisch schalen",
        ["Box Select"] = "Rechthoek selecteren",
        ["Lasso Select"] = "Lasso selecteren",
        ["Click to enter Colorscale title"] = "Klik om de titel van de kleurschaal in te voeren",
        ["Click to enter Plot title"] = "Klik om de titel van de grafiek in te voeren",
        ["Click to enter X axis title"] = "Klik om de titel van de x-as in te voeren",
        ["Click to enter Y axis title"] = "Klik om de titel van de y-as in te voeren",
        ["Compare data on hover"] = "Gegevens vergelijken bij aanwijzen",
        ["Double-click on legend to isolate one trace"] = "Dubbelklik op de legenda om één reeks te tonen",
        ["Double-click to zoom back out"] = "Dubbelklik om uit te zoomen",
        ["Download plot as a png"] = "Grafiek downloaden als png",
        ["Download plot as a PNG"] = "Grafiek downloaden als png",
        ["Download plot"] = "Grafiek downloaden",
        ["Pan"] = "Verschuiven",
        ["Produced with Plotly.js"] = "Gemaakt met Plotly.js",
        ["Reset axes"] = "Assen herstellen",
        ["Reset view"] = "Weergave herstellen",
        ["Show closest data on hover"] = "Dichtstbijzijnde gegevens tonen bij aanwijzen",
        ["Snapshot succeeded"] = "Afbeelding gemaakt",
        ["Sorry, there was a problem downloading your snapshot!"] = "Helaas, het downloaden van de afbeelding is mislukt.",
        ["Taking snapshot - this may take a few seconds"] = "Afbeelding wordt gemaakt; dit kan enkele seconden duren",
        ["Toggle Spike Lines"] = "Hulplijnen aan/uit",
        ["Toggle show closest data on hover"] = "Dichtstbijzijnde gegevens aan/uit",
        ["Zoom"] = "Zoomen",
        ["Zoom in"] = "Inzoomen",
        ["Zoom out"] = "Uitzoomen",
    };

    /// <summary>The locale module: <c>{moduleType:"locale", name:"nl", dictionary:{…}, format:{…}}</c> as JSON.</summary>
    public static string ModuleJson { get; } = JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["moduleType"] = "locale",
        ["name"] = Name,
        ["dictionary"] = Toolbar,
        ["format"] = new Dictionary<string, object>
        {
            ["days"] = new[] { "zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag" },
            ["shortDays"] = new[] { "zo", "ma", "di", "wo", "do", "vr", "za" },
            ["months"] = new[] { "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december" },
            ["shortMonths"] = new[] { "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec" },
            ["date"] = "%d-%m-%Y",
            ["decimal"] = ",",
            ["thousands"] = ".",
        },
    }, new JsonSerializerOptions { Encoder = JavaScriptEncoder.Default });

    /// <summary>JavaScript that registers the locale once per page (Plotly must be loaded).</summary>
    public static string RegisterScript { get; } =
        $"if (!window.__preventiePlotlyNl) {{ Plotly.register({ModuleJson}); window.__preventiePlotlyNl = true; }}";
}
