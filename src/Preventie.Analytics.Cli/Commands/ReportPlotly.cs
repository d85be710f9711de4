using Preventie.Analytics.Html;
using Spectre.Console;

namespace Preventie.Analytics.Cli.Commands;

/// <summary>Which plotly.js a written report carries: the local npm copy inline (reports that work offline), or the CDN
/// when asked for or when no local copy is installed (then with a Dutch warning saying how to get one).</summary>
internal static class ReportPlotly
{
    /// <summary>Inline plotly.js when it is installed; otherwise the CDN, with a Dutch warning.</summary>
    public static PlotlyScriptSource Choose(bool cdn, IAnsiConsole console)
    {
        if (cdn) return PlotlyScriptSource.Cdn;
        try
        {
            return PlotlyScriptSource.Inline();
        }
        catch (PlotlyJsNotFoundException)
        {
            console.MarkupLine("[yellow]Let op:[/] plotly.js is niet lokaal geïnstalleerd; de rapporten laden het van internet. " +
                               "Voer eenmalig [bold]npm ci[/] uit in de hoofdmap voor rapporten die offline werken.");
            return PlotlyScriptSource.Cdn;
        }
    }
}
