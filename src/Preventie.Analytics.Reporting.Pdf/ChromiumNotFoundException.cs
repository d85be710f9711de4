namespace Preventie.Analytics.Reporting.Pdf;

/// <summary>No Chromium to print with; the Dutch message says how to install it.</summary>
public sealed class ChromiumNotFoundException : Exception
{
    /// <summary>No Chromium was found at any of the <paramref name="tried"/> paths; the message says how to install it or point to it.</summary>
    public ChromiumNotFoundException(IEnumerable<string> tried)
        : base("Geen PDF gemaakt: de browser Chromium is niet gevonden (gezocht: " + string.Join(", ", tried) + "). " +
               "Installeer hem met 'sudo apt-get install chromium' (Debian/Ubuntu), of geef het pad naar chromium of chrome in de " +
               $"omgevingsvariabele {PdfPrinter.ChromiumVariable}.")
    {
    }
}
