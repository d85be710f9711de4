using Preventie.Analytics.Formatting;
using Microsoft.Playwright;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Reporting.Pdf;
using Spectre.Console;

namespace Preventie.Analytics.Cli.Commands;

/// <summary>
/// The PDF step of <c>report --pdf</c> and <c>batch</c>: starts headless Chromium once and prints report HTML files.
/// When Chromium is missing or will not start, a Dutch message says how to install it and the caller goes on
/// with the HTML alone.
/// </summary>
internal static class ReportPdf
{
    /// <summary>A running printer, or null after writing why not (Dutch) to standard error.</summary>
    public static PdfPrinter? TryStart()
    {
        try
        {
            return PdfPrinter.StartAsync().GetAwaiter().GetResult();
        }
        catch (ChromiumNotFoundException ex)
        {
            Console.Error.WriteLine(ex.Message);
        }
        catch (PlaywrightException ex)
        {
            Console.Error.WriteLine($"Geen PDF gemaakt: Chromium ({PdfPrinter.FindChromium()}) start niet. " +
                                    "Herinstalleer het met 'sudo apt-get install --reinstall chromium'." + Details(ex));
        }
        return null;
    }

    /// <summary>Prints <paramref name="html"/> to <paramref name="pdf"/>; false (with a Dutch message) when printing failed.</summary>
    public static bool Print(PdfPrinter printer, string html, string pdf, string title, IAnsiConsole console)
    {
        try
        {
            var result = printer.PrintAsync(html, pdf, title).GetAwaiter().GetResult();
            if (!result.AllChartsDrawn)
                console.MarkupLine($"[yellow]Let op:[/] in {Markup.Escape(Path.GetFileName(Path.GetDirectoryName(result.Path)) + "/" + Path.GetFileName(result.Path))} " +
                                   $"{(result.Charts - result.ChartsDrawn == 1 ? "is" : "zijn")} {result.Charts - result.ChartsDrawn} van de {DutchFormat.Count(result.Charts, "grafiek", "grafieken")} niet getekend: plotly.js kon niet worden geladen " +
                                   "(zonder internet en zonder npm ci). Het PDF-bestand zegt dat bij elke grafiek.");
            return true;
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            Console.Error.WriteLine($"Geen PDF gemaakt van {html}: " +
                                    (ex is TimeoutException ? "het afdrukken duurde te lang." : "Chromium gaf een fout bij het afdrukken.") + Details(ex));
            return false;
        }
    }

    /// <summary><see cref="Print"/> one report, then stops the printer.</summary>
    public static bool PrintAndStop(PdfPrinter printer, string html, string pdf, string title, IAnsiConsole console) =>
        PrintAndStop(printer, p => Print(p, html, pdf, title, console));

    /// <summary>Runs <paramref name="print"/> (one or more <see cref="Print"/> calls), then stops the printer.</summary>
    public static bool PrintAndStop(PdfPrinter printer, Func<PdfPrinter, bool> print)
    {
        try
        {
            return print(printer);
        }
        finally
        {
            Stop(printer);
        }
    }

    /// <summary>Closes the browser.</summary>
    public static void Stop(PdfPrinter printer) => printer.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Where Chromium's own (English) message was saved for the developers, as a Dutch sentence; empty when it could not be saved.</summary>
    private static string Details(Exception ex) =>
        CommandErrors.WriteLog(ex) is { } log ? $" De melding van Chromium staat in {log}" : "";

    /// <summary>
    /// A PDF step for several reports (<c>batch</c>): one browser for all; when <paramref name="wanted"/> is false or
    /// Chromium is missing (Dutch message on standard error) <see cref="PdfSession.Print"/> does nothing.
    /// </summary>
    public static PdfSession Session(bool wanted, IAnsiConsole console)
    {
        var printer = wanted ? TryStart() : null;
        if (wanted && printer is null) Console.Error.WriteLine("De rapporten worden zonder PDF geschreven.");
        return new PdfSession(printer, console);
    }

    /// <summary>Prints reports while it lives; closes the browser when disposed.</summary>
    internal sealed class PdfSession(PdfPrinter? printer, IAnsiConsole console) : IDisposable
    {
        /// <summary>How many PDFs were written.</summary>
        public int Printed { get; private set; }

        /// <summary>Prints <paramref name="html"/> to <paramref name="pdf"/> when there is a printer.</summary>
        public void Print(string html, string pdf, string title)
        {
            if (printer is not null && ReportPdf.Print(printer, html, pdf, title, console)) Printed++;
        }

        public void Dispose()
        {
            if (printer is not null) Stop(printer);
        }
    }
}
