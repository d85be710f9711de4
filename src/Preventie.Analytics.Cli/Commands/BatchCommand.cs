using Preventie.Analytics.Analysis;
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
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Uncertainty;
using Spectre.Console;

namespace Preventie.Analytics.Cli.Commands;

/// <summary>
/// <c>preventie batch [--out dir] [--psa N] [--seed s] [--cdn] [--parameters dir] [--scenarios dir] [--basis file]
/// [--inventory file] [--published file] [--mapping file]</c> (alias <c>alles</c>): the yearly rerun in one go on the data in
/// <c>data/</c>. It checks the inventory, runs every scenario in the scenario folder against the baseline and writes, per
/// scenario, the council report (HTML and Excel) and the results (CSV and JSON), plus an overview page of all scenarios.
/// The output folder is replaced only when everything succeeded.
/// </summary>
public static class BatchCommand
{
    /// <summary>Default output folder, relative to the current directory.</summary>
    public const string DefaultOut = "out/raadsrapportage";

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
        AtomicOutput.EnsureWritable(request.OutDir, "--out");
        var (modelDir, root) = SimulateCommand.LocateModel(request.ModelDir);
        var data = root is null ? Path.GetDirectoryName(Path.GetFullPath(modelDir))! : Path.Combine(root, "data");
        var scenarioDir = request.ScenarioDir ?? Path.Combine(data, "scenarios");
        var basisFile = Path.Combine(scenarioDir, request.BasisFile);
        var inventoryFile = request.InventoryFile ?? Path.Combine(data, "inventory", "deventer-2022-extract.csv");
        var publishedFile = request.PublishedFile ?? Path.Combine(data, "inventory", "deventer-2022-published.csv");
        var mappingFile = request.MappingFile ?? Path.Combine(data, "inventory", "doelen-mapping.csv");
        var wijkFile = WijkOption.ForBatch(request.WijkFile, data);
        WijkOption.CheckIndicators(wijkFile, request.WijkIndicatorFile);

        var errors = new ErrorCollector(scenarioDir);
        if (!Directory.Exists(scenarioDir)) errors.Add(null, "--scenarios", scenarioDir, $"scenariomap niet gevonden (gezocht: {Path.GetFullPath(scenarioDir)})");
        else if (!File.Exists(basisFile)) errors.Add(null, "--basis", request.BasisFile, "basisscenario niet gevonden in de scenariomap");
        errors.ThrowIfAny();
        var pilots = Directory.GetFiles(scenarioDir, "*.yaml").Order(StringComparer.Ordinal)
            .Where(f => !string.Equals(Path.GetFileName(f), request.BasisFile, StringComparison.OrdinalIgnoreCase)).ToList();
        if (pilots.Count == 0)
            throw new DataValidationException(new DataError(scenarioDir, null, null, null, "geen pilotscenario's (*.yaml naast het basisscenario) gevonden"));

        // every input checked before anything is computed; all bad scenarios (and a bad inventory) reported at once
        var inventory = CheckInputs(modelDir, basisFile, pilots, inventoryFile);
        var wijkModel = wijkFile is null ? null : Wijken.WijkModel.Load(modelDir, wijkFile, request.WijkIndicatorFile);
        var plotly = ChoosePlotly(request.Cdn, console);
        var summary = InventorySummary.Create(inventory,
            File.Exists(publishedFile) ? PublishedFigures.Load(publishedFile) : null,
            File.Exists(mappingFile) ? GoalMapping.Load(mappingFile) : null);
        console.MarkupLine($"Inventaris: {DutchFormat.Count(summary.Pivot.Total.Count, "activiteit", "activiteiten")}, {DutchFormat.Count(summary.QualityFindings.Count, "datakwaliteitsbevinding", "datakwaliteitsbevindingen")}, " +
                           $"{DutchFormat.Count(summary.PublishedFindings.Count, "tegenstrijdigheid", "tegenstrijdigheden")} in de gepubliceerde cijfers.");

        var investment = Investment(request, modelDir, scenarioDir, inventoryFile, Path.Combine(data, "evidence"), console);
        var options = new CouncilReportOptions(request.PsaDraws > 0 ? request.PsaDraws : null, request.Seed, DateTimeOffset.Now, inventory, Investment: investment);
        var runs = new List<(string Slug, ScenarioComparison Comparison, ReportDocument Report, PsaResult? Psa, Wijken.WijkComparison? PerWijk)>();
        var inputFiles = new List<string>();
        void RunAll(Action<string> started, Action done)
        {
            foreach (var file in pilots)
            {
                started(Path.GetFileNameWithoutExtension(file));
                var pair = ScenarioPair.Load(modelDir, file, basisFile);
                CommandErrors.PrintWarnings(pair.Warnings);
                var perWijk = wijkModel is null ? null : Wijken.WijkComparison.Load(wijkModel, file, basisFile, options.PsaDraws, (ulong)request.Seed);
                if (perWijk is not null) CommandErrors.PrintWarnings(perWijk.Warnings);
                var comparison = perWijk?.CityComparison ?? pair.Compare(); // with wijken the city = the sum over the wijken
                var inputs = CouncilReport.InputFiles(comparison, modelDir).Append(Path.GetFullPath(inventoryFile)).ToList();
                if (perWijk?.InputFile is { } wf) inputs.Add(wf);
                if (perWijk?.ParameterInputFile is { } wp) inputs.Add(wp);
                if (perWijk?.NeedInputFile is { } wi) inputs.Add(wi);
                if (perWijk?.MigrationInputFile is { } wm) inputs.Add(wm);
                inputFiles.AddRange(inputs.Where(f => !inputFiles.Contains(f)));
                (PsaResult Psa, OneWayResult OneWay)? uncertainty = options.PsaDraws is null ? null : CouncilReport.RunUncertainty(comparison, options);
                runs.Add((Path.GetFileNameWithoutExtension(file), comparison, CouncilReport.Build(comparison, inputs, options with { Wijken = perWijk }, uncertainty), uncertainty?.Psa, perWijk));
                done();
            }
        }

        if (console.Profile.Capabilities.Interactive)
            console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("Scenario's doorrekenen", maxValue: pilots.Count);
                    RunAll(slug => task.Description = $"Scenario {Markup.Escape(slug)}", () => task.Increment(1));
                });
        else
            RunAll(slug => console.WriteLine($"Scenario {slug} wordt doorgerekend…"), () => { });

        var overview = Overview(runs.Select(r => r.Comparison).ToList(), runs.Select(r => r.Slug).ToList(),
            runs.Where(r => r.Psa is not null).Select(r => (r.Comparison, r.Psa!)).ToList(), summary,
            RunMetadata.ForInputs(inputFiles, request.Seed, DateTimeOffset.Now).WithModel(runs[0].Comparison.Scenario.Compiled.Model.Version), options);
        if (investment is not null) overview = overview.WithSection(InvestmentChapter.Section(investment));

        // a PDF beside every report; without Chromium a Dutch message and the HTML reports alone
        using var pdf = ReportPdf.Session(request.Pdf, console);
        AtomicOutput.WriteDirectory(request.OutDir, dir =>
        {
            InventoryCommand.ToWorkbook(summary).Save(Path.Combine(dir, "inventaris.xlsx"));
            foreach (var (slug, comparison, report, _, perWijk) in runs)
            {
                var sub = Path.Combine(dir, slug);
                report.Save(Path.Combine(sub, "rapport.html"), plotly);
                pdf.Print(Path.Combine(sub, "rapport.html"), Path.Combine(sub, "rapport.pdf"), report.Title);
                report.SaveWorkbook(Path.Combine(sub, "rapport.xlsx"));
                SimulationExport.WriteDirectory(Path.Combine(sub, "resultaten"), comparison.Scenario, comparison.Comparator, comparison, perWijk);
            }
            if (investment is not null) File.WriteAllText(Path.Combine(dir, "waar-investeren.json"), PortfolioExport.ToJson(investment));
            overview.Save(Path.Combine(dir, "overzicht.html"), plotly);
            overview.SaveWorkbook(Path.Combine(dir, "overzicht.xlsx"));
        });

        PrintSummary(console, runs.Select(r => r.Comparison).ToList());
        console.MarkupLine($"Model: {Markup.Escape(overview.Metadata.ModelText)}");
        console.MarkupLine($"Uitvoer: [blue]{Markup.Escape(Path.GetFullPath(request.OutDir))}[/] — overzicht.html, inventaris.xlsx en per scenario rapport.html, " +
                           (pdf.Printed > 0 ? "rapport.pdf, " : "") + "rapport.xlsx en resultaten/.");
        return 0;
    }

    /// <summary>
    /// Loads the model, every scenario and the inventory, collecting the errors of all of them; throws them together.
    /// The model is loaded first: without a valid model the scenarios cannot be checked.
    /// </summary>
    private static PreventionInventory CheckInputs(string modelDir, string basisFile, IReadOnlyList<string> pilots, string inventoryFile)
    {
        var model = ModelFiles.Load(modelDir);
        var errors = new List<DataError>();
        foreach (var file in pilots.Prepend(basisFile))
            try
            {
                ScenarioCompiler.Compile(model, ScenarioFile.Load(file, model));
            }
            catch (DataValidationException ex)
            {
                errors.AddRange(ex.Errors);
            }
        PreventionInventory? inventory = null;
        try
        {
            inventory = InventoryLoader.Load(inventoryFile);
        }
        catch (DataValidationException ex)
        {
            errors.AddRange(ex.Errors);
        }
        if (errors.Count > 0) throw new DataValidationException(errors);
        return inventory!;
    }

    /// <summary>
    /// "Waar investeren" (see <see cref="OptimizeCommand"/>) on the same draws and seed as the scenario reports, when the
    /// evidence table exists and the run has a PSA; its chapter goes into every council report and the overview.
    /// </summary>
    private static InvestmentAdvice? Investment(BatchRequest request, string modelDir, string scenarioDir, string inventoryFile, string evidenceDir, IAnsiConsole console)
    {
        if (request.PsaDraws == 0 || !Directory.Exists(evidenceDir)) return null;
        console.WriteLine("Waar investeren: beste portefeuille, grens en EVPPI worden berekend…");
        var set = CandidateSet.Load(modelDir, scenarioDir, request.BasisFile, inventoryFile, evidenceDir);
        var calibrationPath = Path.Combine(Path.GetDirectoryName(evidenceDir)!, "monitor", "kalibratie.csv");
        var calibration = File.Exists(calibrationPath) ? Calibration.CalibrationSpec.Load(calibrationPath, set.Model) : null;
        return InvestmentAdvice.Run(set, new OptimisationOptions { Draws = Math.Max(10, request.PsaDraws), Seed = (ulong)request.Seed }, calibration);
    }

    /// <summary>Inline plotly.js when it is installed (offline reports); otherwise the CDN, with a Dutch warning.</summary>
    private static PlotlyScriptSource ChoosePlotly(bool cdn, IAnsiConsole console)
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

    private static ReportDocument Overview(IReadOnlyList<ScenarioComparison> comparisons, IReadOnlyList<string> slugs,
        IReadOnlyList<(ScenarioComparison, PsaResult)> uncertainty, InventorySummary summary, RunMetadata metadata, CouncilReportOptions options)
    {
        var basis = comparisons[0].Comparator;
        var sure = new ReportSection("Hoe zeker is het?");
        sure = uncertainty.Count > 0
            ? sure.WithTable(ScenarioOverview.UncertaintyTable(uncertainty))
            : sure.WithParagraph("Zonder onzekerheidsanalyse gemaakt (--psa 0): de bedragen zijn puntschattingen op basis van aannames.");
        var document = new ReportDocument("Preventiescenario's: overzicht voor de raad", metadata)
            .WithSubtitle($"{DutchFormat.Count(comparisons.Count, "scenario", "scenario's")} vergeleken met '{basis.ScenarioName}', {comparisons[0].Years[0]}–{comparisons[0].Years[^1]}.")
            .WithSection(new ReportSection("Wie betaalt, wie bespaart?")
                .WithParagraph($"Per scenario de contante netto baat per betaler: wat de gemeente, {comparisons[0].PayerSet.OtherGroupsInSentence("en")} " +
                               "per saldo winnen of verliezen ten opzichte van het basisscenario. Baten die buiten de gemeente landen, zijn het 'wrong pocket'-probleem.")
                .WithFigure(ScenarioOverview.NetBenefitChart(comparisons))
                .WithTable(ScenarioOverview.NetBenefitTable(comparisons))
                .WithTable(ScenarioOverview.BreakEvenTable(comparisons))
                .WithTable(ScenarioOverview.SavingsTable(comparisons)))
            .WithSection(sure)
            .WithSection(new ReportSection("Rapporten per scenario")
                .WithBullets(slugs.Zip(comparisons, (slug, c) => $"{slug}/rapport.html — {c.Scenario.ScenarioName}")))
            .WithSection(new ReportSection("Inventaris van preventieactiviteiten")
                .WithParagraph($"{DutchFormat.Count(summary.Pivot.Total.Count, "activiteit", "activiteiten")} in {Path.GetFileName(summary.Inventory.Source)}; " +
                               $"{DutchFormat.Count(summary.QualityFindings.Count, "bevinding", "bevindingen")} over datakwaliteit en {DutchFormat.Count(summary.PublishedFindings.Count, "tegenstrijdigheid", "tegenstrijdigheden")} " +
                               "in de gepubliceerde draaitabellen. Details: inventaris.xlsx en notebook 01-inventaris.")
                .WithFigure(InventoryCharts.Coverage(summary.Inventory)))
            .WithSection(LetOp(comparisons))
            // the overview rests on the same assumptions and sources as the scenario reports: list them once each
            .WithAssumptions(comparisons.SelectMany(CouncilReport.Assumptions).DistinctBy(a => (a.Parameter, a.Value)))
;
        return comparisons.SelectMany(c => CouncilReport.DataSources(c, options)).DistinctBy(d => (d.Name, d.Description, d.Reference))
            .Aggregate(document, (doc, source) => doc.WithDataSource(source));
    }

    /// <summary>"Let op": the assumptions, and the legal but unusual values of every scenario (the warnings each report shows).</summary>
    private static ReportSection LetOp(IReadOnlyList<ScenarioComparison> comparisons)
    {
        var section = new ReportSection("Let op")
            .WithParagraph("De effecten van de interventies en de verdeling van de baten over de betalers zijn aannames " +
                           "(data/parameters/parameters.csv, kolom aanname). Elk scenariorapport noemt ze en laat zien hoe zeker de uitkomsten zijn.");
        var warnings = comparisons.SelectMany(c => ScenarioPlausibility.Warnings(c.Scenario.Compiled, c.Comparator.Compiled)).DistinctBy(w => w.ToString()).ToList();
        return warnings.Count == 0 ? section : section
            .WithParagraph("Toegestane, maar ongebruikelijke invoer (ook genoemd in het rapport van het scenario):")
            .WithBullets(warnings.Select(w => w.ToString()));
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
