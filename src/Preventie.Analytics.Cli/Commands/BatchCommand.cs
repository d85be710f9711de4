using Preventie.Analytics.Html;
using Preventie.Analytics.Plausibility;
using Preventie.Analytics.Calibration;
using Preventie.Analytics.Wijken;
using Preventie.Analytics.Formatting;
using System.CommandLine;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Input;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Model;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Optimisation;
using Preventie.Analytics.Portfolio;
using Preventie.Analytics.Output;
using Preventie.Analytics.Analysis;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Uncertainty;
using Spectre.Console;

namespace Preventie.Analytics.Cli.Commands;

/// <summary>
/// <c>preventie batch [--out dir] [--psa N] [--seed s] [--cdn] [--parameters dir] [--scenarios dir] [--basis file]
/// [--inventory file] [--published file] [--mapping file]</c> (alias <c>alles</c>): the yearly rerun in one go on the data in
/// <c>data/</c>. It checks the inventory, runs every scenario in the scenario folder against the baseline and writes, per
/// scenario, the council report (HTML, PDF and Excel; the bijlage), its raadsversie (HTML and PDF) and the results (CSV and
/// JSON), plus the raadsversie of the whole set (HTML and PDF), an overview of all scenarios (HTML and Excel) and "Waar
/// investeren?" as its own document (HTML, PDF, Excel and JSON).
/// The output folder is replaced only when everything succeeded.
/// </summary>
public static class BatchCommand
{
    /// <summary>Default output folder, relative to the current directory.</summary>
    public const string DefaultOut = "out/raadsrapportage";

    /// <summary>Builds the <c>batch</c> command (alias <c>alles</c>) with its options and action.</summary>
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out", "-o", "--uitvoer") { Description = $"Uitvoermap (standaard {DefaultOut})", DefaultValueFactory = _ => new DirectoryInfo(DefaultOut) };
        var psa = new Option<int>("--psa", "--trekkingen") { Description = "Trekkingen voor de onzekerheidsanalyse per scenario (standaard 1000; 0 = geen)", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Startwaarde van het toeval (zelfde seed, zelfde uitkomst)", DefaultValueFactory = _ => 20240101 };
        var cdn = new Option<bool>("--cdn") { Description = "Laad plotly.js van internet in plaats van het in te bedden" };
        var noPdf = new Option<bool>("--zonder-pdf", "--no-pdf") { Description = "Sla de PDF-versie van de rapporten over (standaard komt naast elk rapport.html een rapport.pdf; nodig: chromium)" };
        var parameters = new Option<DirectoryInfo?>("--parameters", "-p", "--modelmap") { Description = "Modelmap (standaard data/parameters; of de map model/ van een monitorupdate: het gekalibreerde model)" };
        var scenarios = new Option<DirectoryInfo?>("--scenarios") { Description = "Map met scenario's (standaard data/scenarios)" };
        var basis = new Option<string>("--basis") { Description = "Het basisscenario in die map", DefaultValueFactory = _ => "basis.yaml" };
        var inventory = new Option<FileInfo?>("--inventory", "--inventaris") { Description = "Inventaris (standaard data/inventory/deventer-2022-extract.csv)" };
        var published = new Option<FileInfo?>("--published", "--gepubliceerd") { Description = "Gepubliceerde draaitabellen (standaard data/inventory/deventer-2022-published.csv)" };
        var mapping = new Option<FileInfo?>("--mapping", "--koppeling") { Description = "Koppeling oude → nieuwe doelen (standaard data/inventory/doelen-mapping.csv)" };
        var wijken = WijkOption.Create("standaard data/wijken/wijken.csv als die bestaat; 'geen' = zonder wijken");
        var indicators = WijkOption.CreateIndicators();

        var cmd = new Command("batch", "Herbereken alles op de gegevens in data/: inventaris, alle scenario's tegen het basisscenario, raadsrapporten en een overzicht.");
        cmd.Aliases.Add("alles");
        foreach (var o in new Option[] { output, psa, seed, cdn, noPdf, parameters, scenarios, basis, inventory, published, mapping, wijken, indicators }) cmd.Options.Add(o);
        cmd.SetAction(pr => CommandErrors.Run(() => Execute(new BatchRequest(
            pr.GetValue(output)!.ToString(), pr.GetValue(psa), pr.GetValue(seed), pr.GetValue(cdn),
            pr.GetValue(parameters)?.ToString(), pr.GetValue(scenarios)?.ToString(), pr.GetValue(basis)!,
            pr.GetValue(inventory)?.ToString(), pr.GetValue(published)?.ToString(), pr.GetValue(mapping)?.ToString(), pr.GetValue(wijken)?.ToString(), !pr.GetValue(noPdf),
            pr.GetValue(indicators)?.ToString()), UserConsole.For(Console.Out))));
        return cmd;
    }

    /// <summary>What <c>preventie batch</c> was asked to do; null paths mean the defaults under <c>data/</c>.</summary>
    internal sealed record BatchRequest(string OutDir, int PsaDraws, int Seed, bool Cdn, string? ModelDir, string? ScenarioDir, string BasisFile,
        string? InventoryFile, string? PublishedFile, string? MappingFile, string? WijkFile = null, bool Pdf = true,
        string? WijkIndicatorFile = null);

    internal static int Execute(BatchRequest request, IAnsiConsole console)
    {
        if (request.PsaDraws < 0)
            throw new DataValidationException(new DataError("opdrachtregel", null, "--psa", request.PsaDraws.ToString(DutchFormat.Culture), "het aantal trekkingen kan niet negatief zijn"));
        AtomicOutput.EnsureWritableDirectory(request.OutDir, "--out");
        var (modelDir, root) = ModelFiles.Locate(request.ModelDir);
        var data = root is null ? Path.GetDirectoryName(Path.GetFullPath(modelDir))! : Path.Combine(root, "data");
        var wijkFile = WijkOption.ForBatch(request.WijkFile, data);
        var standard = InputPaths.ForDataFolder(data, modelDir, request.ScenarioDir, request.BasisFile);
        var paths = standard with
        {
            InventoryFile = request.InventoryFile ?? standard.InventoryFile,
            PublishedFile = request.PublishedFile ?? standard.PublishedFile,
            MappingFile = request.MappingFile ?? standard.MappingFile,
            WijkFile = wijkFile,
            WijkIndicatorFile = request.WijkIndicatorFile,
        };

        // every input read and checked once, before anything is computed; all problems reported at once
        var inputs = AnalysisInputs.Load(paths);
        var plotly = ReportPlotly.Choose(request.Cdn, console);
        var options = new AnalysisOptions(request.PsaDraws > 0 ? request.PsaDraws : null, request.Seed, DateTimeOffset.Now);
        var batch = RunWithProgress(console, inputs, options);
        CommandErrors.PrintWarnings(batch.Warnings);
        if (batch.InventorySummary is { } summary)
            console.MarkupLine($"Inventaris: {DutchFormat.Count(summary.Pivot.Total.Count, "activiteit", "activiteiten")}, {DutchFormat.Count(summary.QualityFindings.Count, "datakwaliteitsbevinding", "datakwaliteitsbevindingen")}, " +
                               $"{DutchFormat.Count(summary.PublishedFindings.Count, "tegenstrijdigheid", "tegenstrijdigheden")} in de gepubliceerde cijfers.");

        var reports = batch.Scenarios.Select(a => (Analysis: a, Report: CouncilReport.Build(a), Brief: CouncilBrief.Build(a))).ToList();
        var overview = BatchOverview.Build(batch);
        var setBrief = CouncilSetBrief.Build(batch);
        var investmentDocument = InvestmentDocument.Build(batch);

        // a PDF beside every report; without Chromium a Dutch message and the HTML reports alone
        using var pdf = ReportPdf.Session(request.Pdf, console);
        AtomicOutput.WriteDirectory(request.OutDir, dir =>
        {
            if (batch.InventorySummary is { } inventory) InventoryExport.ToWorkbook(inventory).Save(Path.Combine(dir, "inventaris.xlsx"));
            foreach (var (analysis, report, brief) in reports)
            {
                var sub = Path.Combine(dir, analysis.Slug);
                report.Save(Path.Combine(sub, "rapport.html"), plotly);
                pdf.Print(Path.Combine(sub, "rapport.html"), Path.Combine(sub, "rapport.pdf"), report.Title);
                brief.Save(Path.Combine(sub, CouncilBrief.FileName), plotly);
                pdf.Print(Path.Combine(sub, CouncilBrief.FileName), Path.Combine(sub, Path.ChangeExtension(CouncilBrief.FileName, ".pdf")), brief.Title);
                report.SaveWorkbook(Path.Combine(sub, "rapport.xlsx"));
                SimulationExport.WriteDirectory(Path.Combine(sub, "resultaten"), analysis);
            }
            setBrief.Save(Path.Combine(dir, CouncilSetBrief.FileName), plotly);
            pdf.Print(Path.Combine(dir, CouncilSetBrief.FileName), Path.Combine(dir, Path.ChangeExtension(CouncilSetBrief.FileName, ".pdf")), setBrief.Title);
            if (batch.Investment is { } investment && investmentDocument is not null)
            {
                File.WriteAllText(Path.Combine(dir, InvestmentDocument.JsonFileName), PortfolioExport.ToJson(investment));
                investmentDocument.Save(Path.Combine(dir, InvestmentDocument.FileName), plotly);
                pdf.Print(Path.Combine(dir, InvestmentDocument.FileName), Path.Combine(dir, Path.ChangeExtension(InvestmentDocument.FileName, ".pdf")), investmentDocument.Title);
                investmentDocument.SaveWorkbook(Path.Combine(dir, Path.ChangeExtension(InvestmentDocument.FileName, ".xlsx")));
            }
            overview.Save(Path.Combine(dir, BatchOverview.FileName), plotly);
            overview.SaveWorkbook(Path.Combine(dir, Path.ChangeExtension(BatchOverview.FileName, ".xlsx")));
        });

        PrintSummary(console, batch.Scenarios.Select(a => a.Comparison).ToList());
        console.MarkupLine($"Model: {Markup.Escape(batch.Metadata.ModelText)}");
        var printed = pdf.Printed > 0;
        console.MarkupLine($"Uitvoer: [blue]{Markup.Escape(Path.GetFullPath(request.OutDir))}[/] — " +
                           $"raadsversie.html{(printed ? " en raadsversie.pdf" : "")} (alle scenario's samen, voor de raad), overzicht.html, overzicht.xlsx, " +
                           (investmentDocument is null ? "" : $"waar-investeren.html{(printed ? ", waar-investeren.pdf" : "")}, waar-investeren.xlsx, waar-investeren.json, ") +
                           (batch.InventorySummary is null ? "" : "inventaris.xlsx, ") +
                           "en per scenario raadsversie.html, rapport.html (de bijlage), " + (printed ? "raadsversie.pdf, rapport.pdf, " : "") + "rapport.xlsx en resultaten/.");
        return 0;
    }

    /// <summary>Runs the analysis with a progress bar per step (on a terminal) or a line per step (in a log).</summary>
    private static BatchAnalysis RunWithProgress(IAnsiConsole console, AnalysisInputs inputs, AnalysisOptions options)
    {
        var steps = inputs.Scenarios.Count + (options.HasPsa && inputs.Evidence is not null ? 1 : 0);
        if (!console.Profile.Capabilities.Interactive)
            return AnalysisRunner.RunBatch(inputs, options, new AnalysisProgress(Step: step => console.WriteLine($"{step} wordt doorgerekend…"),
                Detail: detail => console.WriteLine($"  {detail}…")));
        BatchAnalysis? batch = null;
        console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("Doorrekenen", maxValue: steps);
                var current = "";
                batch = AnalysisRunner.RunBatch(inputs, options, new AnalysisProgress(
                    Step: step => task.Description = Markup.Escape(current = step), StepDone: () => task.Increment(1),
                    Detail: detail => task.Description = Markup.Escape($"{current} — {detail}")));
            });
        return batch!;
    }

    private static void PrintSummary(IAnsiConsole console, IReadOnlyList<ScenarioComparison> comparisons)
    {
        var table = new Table().Title("Netto baat per betaler (contant) ten opzichte van het basisscenario").Border(TableBorder.Rounded);
        table.AddColumn("Scenario");
        var groups = comparisons.Count == 0 ? [] : comparisons[0].PayerSet.Groups;
        foreach (var h in groups.Select(g => g.ShortLabel).Append("Alle betalers").Append("Terugverdiend (gemeente)")) table.AddColumn(new TableColumn(Markup.Escape(h)).RightAligned());
        foreach (var c in comparisons)
            table.AddRow(new[] { Markup.Escape(c.Scenario.ScenarioName) }.Concat(c.GroupsAndTotal.Select(o => DutchFormat.EuroCompact(o.NetBenefitDiscounted)))
                .Append(c.Gemeente.BreakEvenYear?.ToString() ?? "niet binnen horizon").ToArray());
        console.Write(table);
    }
}
