using Preventie.Analytics.Wijken;
using Preventie.Analytics.Formatting;
using System.CommandLine;
using Preventie.Analytics.Calibration;
using Preventie.Analytics.Input;
using Preventie.Analytics.Output;
using Preventie.Analytics.Model;
using Preventie.Analytics.Monitor;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Cli.Commands;

/// <summary>
/// <c>preventie monitor update --monitor &lt;file&gt; [--previous &lt;dir&gt;] --out &lt;dir&gt;</c> (Dutch: <c>monitor bijwerken
/// --monitor … --vorige … --uitvoer …</c>): validates the monitor file, recalibrates the baseline's rates on it, reruns
/// every scenario in data/scenarios against the baseline, and writes a run directory with a manifest, results (CSV, JSON,
/// Excel, HTML), a Dutch comparison with the previous run and <c>model/</c>: the calibrated model version, a complete
/// model folder that <c>batch</c>, <c>report</c> and <c>simulate</c> run on with <c>--parameters &lt;dir&gt;/model</c>.
/// </summary>
public static class MonitorCommand
{
    /// <summary>Builds the <c>monitor</c> command with its <c>update</c> subcommand (Dutch: <c>bijwerken</c>).</summary>
    public static Command Create()
    {
        var monitor = new Option<FileInfo>("--monitor", "-m") { Description = "Monitorbestand (CSV of xlsx, CBS-StatLine-stijl), bijv. data/monitor/monitor-voorbeeld-2022-2024.csv", Required = true };
        var previous = new Option<DirectoryInfo?>("--previous", "--vorige") { Description = "Map van de vorige run om mee te vergelijken, bijv. data/monitor/vorige-run" };
        var output = new Option<DirectoryInfo>("--out", "-o", "--uitvoer") { Description = "Map voor deze run (wordt in één keer geschreven)", Required = true };
        var parameters = new Option<DirectoryInfo?>("--parameters", "-p", "--modelmap") { Description = "Modelmap om te kalibreren (standaard data/parameters; ook de map model/ van de vorige monitorupdate)" };
        var scenarios = new Option<DirectoryInfo?>("--scenarios", "-s") { Description = "Map met scenario's (standaard data/scenarios; basis.yaml is de basis)" };
        var indicators = new Option<FileInfo?>("--indicators", "--indicatoren") { Description = "Indicatorenlijst (standaard data/monitor/indicatoren.csv)" };
        var calibration = new Option<FileInfo?>("--calibration", "--kalibratie") { Description = "Te kalibreren parameters met grenzen (standaard data/monitor/kalibratie.csv)" };
        var seed = new Option<int>("--seed") { Description = "Seed voor de extra startpunten van de optimalisatie", DefaultValueFactory = _ => 2024 };
        var threshold = new Option<int>("--threshold", "--drempel") { Description = "Aantallen onder deze drempel worden niet getoond", DefaultValueFactory = _ => SmallCountSuppression.DefaultThreshold };
        var wijken = new Option<FileInfo?>("--wijken", "--wijkbestand") { Description = "Wijkbestand voor rijen met wijk- (WK) of buurtcodes (BU) in het monitorbestand (standaard data/wijken/wijken.csv)" };
        var region = new Option<string>("--region", "--regio") { Description = "CBS-regiocode van de gemeente", DefaultValueFactory = _ => RegionCode.Deventer };

        var update = new Command("update", "Valideer nieuwe monitorcijfers, herkalibreer het model, reken alle scenario's opnieuw door en vergelijk met de vorige run.");
        update.Aliases.Add("bijwerken");
        foreach (var o in new Option[] { monitor, previous, output, parameters, scenarios, indicators, calibration, seed, threshold, region, wijken }) update.Options.Add(o);
        update.SetAction(pr => CommandErrors.Run(() =>
        {
            // defaults: the repository's data folder, found from the current directory upwards
            var data = ModelFiles.FindDataDirectory();
            string Default(string relative) => data is null ? relative : Path.Combine(Path.GetDirectoryName(data)!, relative);
            var request = new MonitorUpdateRequest
            {
                MonitorFile = pr.GetValue(monitor)!.ToString(),
                PreviousRun = pr.GetValue(previous)?.ToString(),
                ModelDirectory = pr.GetValue(parameters)?.ToString() ?? Default(Path.Combine("data", "parameters")),
                ScenarioDirectory = pr.GetValue(scenarios)?.ToString() ?? Default(Path.Combine("data", "scenarios")),
                IndicatorFile = pr.GetValue(indicators)?.ToString() ?? Default(IndicatorCatalog.DefaultPath),
                CalibrationFile = pr.GetValue(calibration)?.ToString() ?? Default(CalibrationSpec.DefaultPath),
                Seed = pr.GetValue(seed),
                SuppressionThreshold = pr.GetValue(threshold),
                Region = pr.GetValue(region) ?? RegionCode.Deventer,
                WijkFile = pr.GetValue(wijken)?.ToString(),
            };
            return Execute(request, pr.GetValue(output)!.ToString());
        }));

        var cmd = new Command("monitor", "Jaarlijkse update met de cijfers van de Monitor Sociaal Domein.");
        cmd.Subcommands.Add(update);
        return cmd;
    }

    /// <summary>Runs the update and writes the run directory; input errors are thrown and handled by <see cref="CommandErrors"/>.</summary>
    public static int Execute(MonitorUpdateRequest request, string outDir)
    {
        CheckOutput(request.PreviousRun, outDir);
        var run = MonitorUpdate.Run(request);
        MonitorRunOutput.Write(outDir, run, ReportPlotly.Choose(cdn: false, UserConsole.For(Console.Out)));
        var o = Console.Out;
        foreach (var w in run.Data.Warnings) o.WriteLine("Waarschuwing: " + w);
        if (run.Wijken is { } wijken)
        {
            o.WriteLine($"Wijk- en buurtcijfers: {DutchFormat.Count(wijken.Rows.Count, "cijfer", "cijfers")} voor {DutchFormat.Count(wijken.Rows.Select(r => r.Wijk).Distinct().Count(), "wijk", "wijken")} " +
                        $"(buurten opgeteld per wijk; niet in de kalibratie van de stad); waargenomen tegenover verwacht in {MonitorRunOutput.WijkCsv} en {MonitorRunOutput.ReportHtml}.");
            foreach (var n in wijken.Notes) o.WriteLine("Let op: " + n);
        }
        o.WriteLine(run.Calibration.ToString());
        o.WriteLine("Afwijking per indicator na kalibratie (som |waargenomen − model| / som waargenomen): " +
                    string.Join(", ", run.Calibration.RelativeDeviation.Select(kv => $"{kv.Key} {DutchFormat.Percent(kv.Value)}")));
        foreach (var note in run.Calibration.IdentificationNotes) o.WriteLine("Let op: " + note);
        o.WriteLine(run.Calibration.PopulationNote);
        o.WriteLine($"{DutchFormat.Count(run.Scenarios.Count, "scenario", "scenario's")} opnieuw doorgerekend ten opzichte van '{run.Scenarios.First(s => s.VersusBaseline is null).Scenario.Name}'.");
        o.WriteLine(run.Comparison is null
            ? "Geen vorige run opgegeven (--previous): er is niets om mee te vergelijken."
            : $"Vergeleken met {run.Comparison.Previous.Directory}: {run.Comparison.Parameters.Count} parameters en {run.Comparison.Results.Count(RunComparison.Moved)} resultaten bewogen; zie {MonitorRunOutput.ComparisonMarkdown}.");
        o.WriteLine($"Run geschreven naar {Path.GetFullPath(outDir)} ({RunManifest.FileName}, {MonitorRunOutput.ResultsCsv}, {MonitorRunOutput.ResultsJson}, {MonitorRunOutput.FitCsv}, {MonitorRunOutput.ParametersCsv}, {MonitorRunOutput.ComparisonMarkdown}, {MonitorRunOutput.ReportHtml}, {MonitorRunOutput.Workbook}{(run.Wijken is null ? "" : ", " + MonitorRunOutput.WijkCsv)}, {CalibratedModelFolder.DirectoryName}/).");
        o.WriteLine(MonitorRunOutput.ModelVersionText(run, outDir) + " (bekijk eerst de kalibratie in " + MonitorRunOutput.ReportHtml + ").");
        if (run.Calibration.Warnings.Count > 0)
            o.WriteLine($"LET OP: deze kalibratie is niet te verdedigen zoals hij is ({DutchFormat.Count(run.Calibration.Warnings.Count, "waarschuwing", "waarschuwingen")}, zie hierboven en {MonitorRunOutput.ComparisonMarkdown}). " +
                        "Batch en report op dit model herhalen ze onder 'Let op'. Los de oorzaak op (monitorcijfers, modelstructuur of grenzen in kalibratie.csv) voordat u de uitkomsten aan de raad geeft.");
        return 0;
    }

    /// <summary>
    /// Before any work: the output folder must be writable and may not be the previous run (nor contain it, nor lie
    /// inside it), because the new run replaces the output folder as a whole.
    /// </summary>
    internal static void CheckOutput(string? previousRun, string outDir)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        if (previousRun is not null)
        {
            var previous = Path.TrimEndingDirectorySeparator(Path.GetFullPath(previousRun));
            static bool Within(string inner, string outer) =>
                inner.Equals(outer, StringComparison.Ordinal) || inner.StartsWith(outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            if (Within(previous, output) || Within(output, previous))
                throw new DataValidationException(new DataError("opdrachtregel", null, "--out", outDir,
                    $"--out mag niet gelijk zijn aan --previous ({previousRun}) en er niet in of omheen liggen: de nieuwe run vervangt de uitvoermap en zou de vorige run overschrijven. Kies een nieuwe map, bijv. de map van dit jaar."));
        }
        AtomicOutput.EnsureWritableDirectory(outDir, "--out");
    }
}
