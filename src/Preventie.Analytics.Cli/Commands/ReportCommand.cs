using Preventie.Analytics.Html;
using Preventie.Analytics.Formatting;
using System.CommandLine;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Input;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Output;
using Preventie.Analytics.Analysis;
using Preventie.Analytics.Reporting;
using Spectre.Console;

namespace Preventie.Analytics.Cli.Commands;

/// <summary>
/// <c>preventie report --scenario &lt;file&gt; --compare &lt;file&gt; [--psa N] [--seed s] --out rapport.html [--xlsx rapport.xlsx]
/// [--raadsversie raadsversie.html] [--cdn] [--inventory file] [--parameters dir]</c> (alias <c>rapport</c>): the council
/// report as one self-contained Dutch HTML file (plotly.js inlined, works offline; <c>--cdn</c> loads it from the internet
/// instead), optionally its tables as an Excel workbook and its raadsversie (<see cref="CouncilBrief"/>, the short
/// version with the full report as its appendix; with <c>--pdf</c> also printed, beside it as <c>.pdf</c>). The analysis (<see cref="AnalysisRunner"/>) computes, <see cref="CouncilReport"/> renders;
/// nothing is written when the input is bad.
/// </summary>
public static class ReportCommand
{
    /// <summary>Builds the <c>report</c> command (alias <c>rapport</c>) with its options and action.</summary>
    public static Command Create()
    {
        var scenario = new Option<FileInfo>("--scenario", "-s") { Description = "Scenariobestand (YAML), bijv. data/scenarios/verschuiven-naar-voorliggend.yaml", Required = true };
        var compare = new Option<FileInfo>("--compare", "-c", "--vergelijk") { Description = "Vergelijkingsscenario (YAML), bijv. data/scenarios/basis.yaml", Required = true };
        var output = new Option<FileInfo>("--out", "-o", "--uitvoer") { Description = "Het rapport (HTML), bijv. rapport.html", Required = true };
        var xlsx = new Option<FileInfo?>("--xlsx") { Description = "Schrijf ook de tabellen naar dit Excelbestand" };
        var pdf = new Option<FileInfo?>("--pdf") { Description = "Druk het rapport ook af als PDF (A4, paginanummers, titelpagina); nodig: chromium (apt-get install chromium)" };
        var brief = new Option<FileInfo?>("--raadsversie") { Description = "Schrijf ook de raadsversie naar dit HTML-bestand: de korte versie voor de raad (2 tot 4 pagina's) met het rapport als bijlage; met --pdf komt er ook een PDF van naast (zelfde naam, .pdf)" };
        var psa = new Option<int?>("--psa") { Description = "Onzekerheidsanalyse met dit aantal trekkingen, bijv. 1000 (maximaal 100.000): kansen, 90%-intervallen, tornado en puntenwolk in het rapport" };
        var seed = new Option<int?>("--seed") { Description = $"Startwaarde van de toevalsgenerator voor --psa (standaard {Uncertainty.PsaOptions.DefaultSeed}); zelfde seed, zelfde rapport" };
        var cdn = new Option<bool>("--cdn") { Description = "Laad plotly.js van internet in plaats van het in te bedden (kleiner bestand, werkt niet offline)" };
        var inventory = new Option<FileInfo?>("--inventory", "--inventaris") { Description = "Inventaris van preventieactiviteiten (CSV/xlsx) voor de dekkingsgrafiek" };
        var parameters = new Option<DirectoryInfo?>("--parameters", "-p", "--modelmap") { Description = "Modelmap (standaard data/parameters in de repository; of de map model/ van een monitorupdate: het gekalibreerde model)" };
        var wijken = WijkOption.Create();
        var indicators = WijkOption.CreateIndicators();

        var cmd = new Command("report", "Maak het raadsrapport: één HTML-bestand met conclusie, grafieken, tabellen, aannamen, bronnen en verantwoording.");
        cmd.Aliases.Add("rapport");
        foreach (var o in new Option[] { scenario, compare, output, xlsx, pdf, brief, psa, seed, cdn, inventory, parameters, wijken, indicators }) cmd.Options.Add(o);
        cmd.SetAction(pr => CommandErrors.Run(() => Execute(
            pr.GetValue(scenario)!.ToString(), pr.GetValue(compare)!.ToString(), pr.GetValue(output)!.ToString(),
            pr.GetValue(xlsx)?.ToString(), pr.GetValue(pdf)?.ToString(), pr.GetValue(psa), pr.GetValue(seed), pr.GetValue(cdn),
            pr.GetValue(inventory)?.ToString(), pr.GetValue(parameters)?.ToString(), UserConsole.For(Console.Out), pr.GetValue(wijken)?.ToString(), pr.GetValue(indicators)?.ToString(), pr.GetValue(brief)?.ToString())));
        return cmd;
    }

    internal static int Execute(string scenarioPath, string comparePath, string outPath, string? xlsxPath, string? pdfPath, int? psaDraws, int? seed,
        bool cdn, string? inventoryPath, string? modelDir, IAnsiConsole console, string? wijkPath = null,
        string? indicatorPath = null, string? briefPath = null)
    {
        var errors = new ErrorCollector("opdrachtregel");
        if (psaDraws is <= 0 or > Uncertainty.PsaOptions.MaxDraws)
            errors.Add(null, "--psa", psaDraws.Value.ToString(DutchFormat.Culture), $"het aantal trekkingen moet tussen 1 en {DutchFormat.Number(Uncertainty.PsaOptions.MaxDraws)} liggen");
        if (seed is < 0) errors.Add(null, "--seed", seed.Value.ToString(DutchFormat.Culture), "de seed moet 0 of groter zijn");
        if (!outPath.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !outPath.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            errors.Add(null, "--out", outPath, "het rapport is een HTML-bestand: geef een naam die op .html eindigt");
        if (xlsxPath is not null && !xlsxPath.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            errors.Add(null, "--xlsx", xlsxPath, "het Excelbestand moet op .xlsx eindigen");
        if (pdfPath is not null && !pdfPath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            errors.Add(null, "--pdf", pdfPath, "het PDF-bestand moet op .pdf eindigen");
        if (briefPath is not null)
        {
            if (!briefPath.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !briefPath.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
                errors.Add(null, "--raadsversie", briefPath, "de raadsversie is een HTML-bestand: geef een naam die op .html eindigt");
            else if (SamePath(briefPath, outPath))
                errors.Add(null, "--raadsversie", briefPath, "de raadsversie en het rapport (--out) moeten verschillende bestanden zijn");
            else if (pdfPath is not null && SamePath(Path.ChangeExtension(briefPath, ".pdf"), pdfPath))
                errors.Add(null, "--raadsversie", briefPath, $"de PDF van de raadsversie ({Path.ChangeExtension(briefPath, ".pdf")}) zou de PDF van het rapport (--pdf) overschrijven: kies een andere naam");
        }
        // every target checked before the (long) analysis: a read-only folder or a folder in the way costs no run
        foreach (var (option, target) in new[] { ("--out", outPath), ("--xlsx", xlsxPath), ("--pdf", pdfPath), ("--raadsversie", briefPath) })
            if (target is not null && AtomicOutput.WhyNotWritableFile(target) is { } why)
                errors.Add(null, option, Path.GetFullPath(target), why);
        errors.ThrowIfAny();

        // plotly.js first: a missing local copy stops the run before anything is computed or written
        PlotlyScriptSource plotly;
        try
        {
            plotly = cdn ? PlotlyScriptSource.Cdn : PlotlyScriptSource.Inline();
        }
        catch (PlotlyJsNotFoundException ex)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine("Met --cdn maakt u het rapport zonder lokale plotly.js (het bestand heeft dan internet nodig). Er is niets weggeschreven.");
            return CommandErrors.UnexpectedError;
        }

        var inputs = AnalysisInputs.Load(InputPaths.ForPair(modelDir, scenarioPath, comparePath, wijkPath, indicatorPath, inventoryPath));
        var options = new AnalysisOptions(psaDraws, seed, DateTimeOffset.Now);
        var analysis = options.HasPsa
            ? PsaProgressBar.Run(psaDraws!.Value, progress => AnalysisRunner.Run(inputs, inputs.Scenarios[0], options, new AnalysisProgress(PsaDraws: progress)))
            : AnalysisRunner.Run(inputs, inputs.Scenarios[0], options);
        CommandErrors.PrintWarnings(analysis.Warnings);
        var report = CouncilReport.Build(analysis);

        // the raadsversie points to the report as its appendix, by its path relative to the raadsversie
        var briefDocument = briefPath is null ? null
            : CouncilBrief.Build(analysis, Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(briefPath))!, Path.GetFullPath(outPath)).Replace('\\', '/'));

        report.Save(outPath, plotly);
        var workbook = xlsxPath is null ? null : report.ToWorkbook();
        if (xlsxPath is not null) workbook?.Save(xlsxPath);
        briefDocument?.Save(briefPath!, plotly);

        console.MarkupLine($"Rapport geschreven naar {CommandErrors.Safe(Path.GetFullPath(outPath))} ({CommandErrors.Safe(plotly.Description)}).");
        if (xlsxPath is not null && workbook is not null)
            console.MarkupLine($"Tabellen geschreven naar {CommandErrors.Safe(Path.GetFullPath(xlsxPath))} ({DutchFormat.Count(workbook.Sheets.Count, "tabblad", "tabbladen")}).");
        if (briefDocument is not null)
            console.MarkupLine($"Raadsversie geschreven naar {CommandErrors.Safe(Path.GetFullPath(briefPath!))}.");
        if (pdfPath is null) return 0;

        // the HTML is written; without Chromium the PDF is skipped with a Dutch message (exit code 1: asked for, not made)
        var briefPdf = briefPath is null ? null : Path.ChangeExtension(briefPath, ".pdf");
        var printed = ReportPdf.TryStart() is { } printer && ReportPdf.PrintAndStop(printer, p =>
            ReportPdf.Print(p, outPath, pdfPath, report.Title, console)
            && (briefDocument is null || ReportPdf.Print(p, briefPath!, briefPdf!, briefDocument.Title, console)));
        if (!printed)
        {
            Console.Error.WriteLine($"Het HTML-rapport is wel geschreven: {Path.GetFullPath(outPath)}" +
                                    (briefPath is null ? "" : $"; de raadsversie ook: {Path.GetFullPath(briefPath)}"));
            return CommandErrors.UnexpectedError;
        }
        console.MarkupLine($"PDF geschreven naar {CommandErrors.Safe(Path.GetFullPath(pdfPath))}" +
                           (briefPdf is null ? "." : $" en {CommandErrors.Safe(Path.GetFullPath(briefPdf))}."));
        return 0;
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
