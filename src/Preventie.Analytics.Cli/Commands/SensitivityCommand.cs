using Preventie.Analytics.Formatting;
using System.CommandLine;
using Preventie.Analytics.Input;
using Preventie.Analytics.Output;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Uncertainty;
using Spectre.Console;

namespace Preventie.Analytics.Cli.Commands;

/// <summary>
/// <c>preventie sensitivity --scenario &lt;file&gt; --compare &lt;file&gt; [--bereik naam=laag:hoog]… [--top N]
/// [--format table|json|csv] [--out &lt;dir&gt;] [--parameters &lt;dir&gt;]</c> (alias <c>gevoeligheid</c>): one-way
/// sensitivity analysis — every parameter with a distribution at its 5th and 95th percentile (or the given bounds),
/// ranked by its effect on the municipality's and the total net benefit (tornado data).
/// </summary>
public static class SensitivityCommand
{
    /// <summary>Builds the <c>sensitivity</c> command (alias <c>gevoeligheid</c>) with its options and action.</summary>
    public static Command Create()
    {
        var scenario = new Option<FileInfo>("--scenario", "-s") { Description = "Scenariobestand (YAML)", Required = true };
        var compare = new Option<FileInfo?>("--compare", "-c", "--vergelijk") { Description = "Vergelijkingsscenario (YAML), bijv. data/scenarios/basis.yaml", Required = true };
        var bounds = new Option<string[]>("--bereik", "--bounds")
        {
            Description = "Eigen grenzen voor een parameter: naam=laag:hoog (bijv. discontovoet=0:0,04); herhaalbaar",
            AllowMultipleArgumentsPerToken = true,
        };
        var top = new Option<int>("--top") { Description = "Aantal parameters in de tabel (standaard 15; de bestanden bevatten alle)", DefaultValueFactory = _ => 15 };
        var format = new Option<string>("--format", "-f") { Description = "Uitvoer op het scherm: table, json of csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var output = new Option<DirectoryInfo?>("--out", "-o", "--uitvoer") { Description = "Map voor gevoeligheid.csv en gevoeligheid.json" };
        var parameters = new Option<DirectoryInfo?>("--parameters", "-p") { Description = "Modelmap (standaard data/parameters in de repository)" };

        var cmd = new Command("sensitivity", "Eenzijdige gevoeligheidsanalyse: elke onzekere parameter op zijn 5e en 95e percentiel, gerangschikt naar effect op de netto baat van gemeente en alle betalers (tornado).");
        cmd.Aliases.Add("gevoeligheid");
        foreach (var o in new Option[] { scenario, compare, bounds, top, format, output, parameters }) cmd.Options.Add(o);
        cmd.SetAction(pr => CommandErrors.Run(() => Execute(
            pr.GetValue(scenario)!.ToString(), pr.GetValue(compare)?.ToString(), pr.GetValue(bounds) ?? [], pr.GetValue(top),
            pr.GetValue(format) ?? "table", pr.GetValue(output)?.ToString(), pr.GetValue(parameters)?.ToString(), UserConsole.For(Console.Out))));
        return cmd;
    }

    internal static int Execute(string scenarioPath, string? comparePath, IReadOnlyList<string> boundTexts, int top, string format, string? outDir,
        string? modelDir, IAnsiConsole console, TextWriter? standardOutput = null)
    {
        var stdout = standardOutput ?? Console.Out;
        if (top < 1)
            throw new DataValidationException(new DataError("opdrachtregel", null, "--top", top.ToString(DutchFormat.Culture),
                "het aantal parameters in de tabel moet een geheel getal van minstens 1 zijn (standaard 15)"));
        if (outDir is not null) AtomicOutput.EnsureWritableDirectory(outDir, "--out");
        var bounds = ParseBounds(boundTexts);
        var pair = SimulateCommand.LoadPair(scenarioPath, comparePath, modelDir);
        var result = OneWaySensitivity.Run(pair.Scenario, pair.RequireComparator("--compare"), UncertainParameters.For(pair.Model), bounds);
        if (outDir is not null) OneWayExport.WriteDirectory(outDir, result);
        switch (format)
        {
            case "json": stdout.WriteLine(OneWayExport.ToJson(result)); break;
            case "csv": stdout.Write(OneWayExport.ToCsv(result)); break;
            default:
                Print(console, result, top);
                if (outDir is not null)
                    console.MarkupLine($"[grey]Uitvoer geschreven naar {CommandErrors.Safe(Path.GetFullPath(outDir))} (gevoeligheid.csv, gevoeligheid.json).[/]");
                break;
        }
        return 0;
    }

    /// <summary>Parses <c>naam=laag:hoog</c> entries (Dutch numbers allowed); all errors at once.</summary>
    internal static Dictionary<string, (double Low, double High)> ParseBounds(IReadOnlyList<string> texts)
    {
        var errors = new ErrorCollector("--bereik");
        var result = new Dictionary<string, (double, double)>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in texts)
        {
            var eq = text.IndexOf('=');
            var colon = eq < 0 ? -1 : text.IndexOf(':', eq + 1);
            if (eq <= 0 || colon < 0 || !DutchNumber.TryParse(text[(eq + 1)..colon], out var low) || !DutchNumber.TryParse(text[(colon + 1)..], out var high))
            {
                errors.Add(null, null, text, "verwacht naam=laag:hoog, bijv. discontovoet=0:0,04");
                continue;
            }
            result[text[..eq].Trim()] = (low, high);
        }
        errors.ThrowIfAny();
        return result;
    }

    private static void Print(IAnsiConsole console, OneWayResult r, int top)
    {
        console.MarkupLine($"[bold]Eenzijdige gevoeligheidsanalyse:[/] {CommandErrors.Safe(r.ScenarioName)} ten opzichte van {CommandErrors.Safe(r.ComparatorName)}");
        console.MarkupLine($"Netto baat (contant) bij de puntschattingen: gemeente {DutchFormat.Euro(r.BaseGemeente)}, alle betalers {DutchFormat.Euro(r.BaseTotal)}.");
        Table(console, "Gemeente", r.RankedByGemeente.Take(top), row => (row.GemeenteAtLow, row.GemeenteAtHigh, row.GemeenteSwing));
        Table(console, "Alle betalers", r.RankedByTotal.Take(top), row => (row.TotalAtLow, row.TotalAtHigh, row.TotalSwing));
        if (r.Rows.Count > top)
            console.MarkupLine($"[grey]{r.Rows.Count - top} parameters met minder effect niet getoond; gebruik --top of --out voor alle {r.Rows.Count}.[/]");
        console.MarkupLine("[grey]Laag/hoog = 5e/95e percentiel van de verdeling in parameters.csv (aandelen van een Dirichlet-groep: de andere aandelen schalen mee), of de grenzen van --bereik.[/]");
    }

    private static void Table(IAnsiConsole console, string who, IEnumerable<OneWayRow> rows, Func<OneWayRow, (double Low, double High, double Swing)> pick)
    {
        var t = new Table().AddColumns("#", "Parameter", "Laag", "Hoog", "Netto baat bij laag", "Netto baat bij hoog", "Uitslag");
        t.Caption($"{who}: gerangschikt naar uitslag (tornado)");
        var i = 0;
        foreach (var row in rows)
        {
            var (lo, hi, swing) = pick(row);
            t.AddRow((++i).ToString(), CommandErrors.Safe(row.Parameter), DutchFormat.Number(row.Low, 4), DutchFormat.Number(row.High, 4),
                DutchFormat.Euro(lo), DutchFormat.Euro(hi), DutchFormat.Euro(swing));
        }
        console.Write(t);
    }
}
