namespace Preventie.Analytics.Html;

/// <summary>The local copy of plotly.js (npm package plotly.js-dist-min), needed for offline reports, is missing.</summary>
public sealed class PlotlyJsNotFoundException : FileNotFoundException
{
    /// <summary>Builds the Dutch message telling the analyst to run <c>npm ci</c> or use the CDN.</summary>
    /// <param name="searchedFrom">The folders the search for <c>node_modules</c> started from, listed in the message.</param>
    public PlotlyJsNotFoundException(IEnumerable<string> searchedFrom)
        : base("plotly.js is niet gevonden (node_modules/plotly.js-dist-min/plotly.min.js), nodig voor een rapport dat " +
               "zonder internet werkt. Voer `npm ci` uit in de hoofdmap van Preventie.Analytics, of maak het rapport " +
               "met plotly.js van internet (CDN). Gezocht vanaf: " + string.Join(", ", searchedFrom.Distinct()),
            PlotlyJs.RelativePath)
    {
    }
}
