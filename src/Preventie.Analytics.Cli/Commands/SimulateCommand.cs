using Preventie.Analytics.Plausibility;
using Preventie.Analytics.Formatting;
using System.CommandLine;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Output;
using Preventie.Analytics.Population;
using Preventie.Analytics.Analysis;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Wijken;
using Spectre.Console;

namespace Preventie.Analytics.Cli.Commands;

/// <summary>
/// <c>preventie simulate --scenario &lt;file&gt; [--compare &lt;file&gt;] [--out &lt;dir&gt;] [--format table|json] [--parameters &lt;dir&gt;]</c>
/// (alias <c>simuleer</c>): runs a scenario (and comparator) on the model in data/parameters and prints a Dutch summary
/// or JSON; <c>--out</c> writes CSV and JSON atomically. With <c>--psa &lt;N&gt; [--seed &lt;s&gt;]</c> it runs a probabilistic
/// sensitivity analysis instead (see <see cref="SimulatePsa"/>).
/// </summary>
public static class SimulateCommand
{
    /// <summary>Builds the <c>simulate</c> command (alias <c>simuleer</c>) with its options and action.</summary>
    public static Command Create()
    {
        var scenario = new Option<FileInfo>("--scenario", "-s") { Description = "Scenariobestand (YAML), bijv. data/scenarios/verschuiven-naar-voorliggend.yaml", Required = true };
        var compare = new Option<FileInfo?>("--compare", "-c", "--vergelijk") { Description = "Vergelijkingsscenario (YAML), bijv. data/scenarios/basis.yaml" };
        var output = new Option<DirectoryInfo?>("--out", "-o", "--uitvoer") { Description = "Map voor CSV- en JSON-uitvoer" };
        var format = new Option<string>("--format", "-f") { Description = "Uitvoer op het scherm: table of json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var parameters = new Option<DirectoryInfo?>("--parameters", "-p", "--modelmap") { Description = "Modelmap (standaard data/parameters in de repository; of de map model/ van een monitorupdate: het gekalibreerde model)" };
        var wijken = WijkOption.Create("alleen met --compare");
        var indicators = WijkOption.CreateIndicators();

        var cmd = new Command("simulate", "Simuleer een scenario met het piramidemodel en vergelijk het met een ander scenario: kosten en baten per betaler, per jaar.");
        cmd.Aliases.Add("simuleer");
        cmd.Options.Add(scenario);
        cmd.Options.Add(compare);
        cmd.Options.Add(output);
        cmd.Options.Add(format);
        cmd.Options.Add(parameters);
        cmd.Options.Add(wijken);
        cmd.Options.Add(indicators);
        var psa = SimulatePsa.AddTo(cmd); // --psa, --seed, --threads: see SimulatePsa.cs
        cmd.SetAction(pr => CommandErrors.Run(() => psa.IsRequested(pr)
            ? SimulatePsa.Execute(pr.GetValue(scenario)!.ToString(), pr.GetValue(compare)?.ToString(), pr.GetValue(output)?.ToString(),
                pr.GetValue(format) ?? "table", pr.GetValue(parameters)?.ToString(), psa.Read(pr), UserConsole.For(Console.Out))
            : Execute(pr.GetValue(scenario)!.ToString(), pr.GetValue(compare)?.ToString(), pr.GetValue(output)?.ToString(),
                pr.GetValue(format) ?? "table", pr.GetValue(parameters)?.ToString(), UserConsole.For(Console.Out), pr.GetValue(wijken)?.ToString(), pr.GetValue(indicators)?.ToString())));
        return cmd;
    }

    internal static int Execute(string scenarioPath, string? comparePath, string? outDir, string format, string? modelDir, IAnsiConsole console, string? wijkPath = null,
        string? indicatorPath = null)
    {
        if (outDir is not null) AtomicOutput.EnsureWritableDirectory(outDir, "--out");
        if (wijkPath is not null && comparePath is null)
            throw new DataValidationException(new DataError("opdrachtregel", null, "--wijken", wijkPath, "uitkomsten per wijk vragen een vergelijkingsscenario: geef ook --compare op"));
        if (comparePath is null) return ExecuteAlone(scenarioPath, outDir, format, modelDir, console);

        var inputs = AnalysisInputs.Load(InputPaths.ForPair(modelDir, scenarioPath, comparePath, wijkPath, indicatorPath));
        var analysis = AnalysisRunner.Run(inputs, inputs.Scenarios[0], new AnalysisOptions());
        CommandErrors.PrintWarnings(analysis.Warnings);
        var comparison = analysis.Comparison; // with wijken: the city = the sum over the wijken
        if (outDir is not null) SimulationExport.WriteDirectory(outDir, analysis);
        if (format == "json") Console.Out.WriteLine(SimulationExport.ToJson(analysis));
        else PrintTable(console, comparison.Scenario, comparison);
        if (analysis.Wijken is { } perWijk && format != "json") PrintWijken(console, perWijk);
        if (outDir is not null && format != "json") console.MarkupLine($"[grey]Uitvoer geschreven naar {CommandErrors.Safe(Path.GetFullPath(outDir))} (resultaat.json, aantallen.csv, kosten.csv, betalers.csv, levensjaren.csv{(analysis.Wijken is null ? "" : ", wijken.csv")}).[/]");
        return 0;
    }

    /// <summary>One scenario without a comparator: its people and costs per year.</summary>
    private static int ExecuteAlone(string scenarioPath, string? outDir, string format, string? modelDir, IAnsiConsole console)
    {
        var (scenario, _, _) = LoadPair(scenarioPath, null, modelDir).Run();
        if (outDir is not null) SimulationExport.WriteDirectory(outDir, scenario, null, null);
        if (format == "json") Console.Out.WriteLine(SimulationExport.ToJson(scenario, null, null));
        else PrintTable(console, scenario, null);
        if (outDir is not null && format != "json") console.MarkupLine($"[grey]Uitvoer geschreven naar {CommandErrors.Safe(Path.GetFullPath(outDir))} (resultaat.json, aantallen.csv, kosten.csv).[/]");
        return 0;
    }

    private static void PrintTable(IAnsiConsole console, SimulationResult s, ScenarioComparison? cmp)
    {
        var last = s.Cycles;
        console.MarkupLine($"[bold]Scenario:[/] {CommandErrors.Safe(s.ScenarioName)}  ({s.StartYear}-{s.StartYear + s.Cycles - 1}, discontovoet {DutchFormat.Percent(s.DiscountRate, 2)})");
        var pop = new Table().AddColumns("Toestand", $"1-1-{s.StartYear}", $"1-1-{s.StartYear + last}");
        for (var st = 0; st < s.States.Count; st++)
            pop.AddRow(CommandErrors.Safe(s.States[st].Label), DutchFormat.Number(s.Count(0, st)), DutchFormat.Number(s.Count(last, st)));
        console.Write(pop);
        if (cmp is null)
        {
            var costs = new Table().AddColumns("Betaler", $"Kosten {s.StartYear}", $"Kosten {s.StartYear + last - 1}", "Totaal contant");
            foreach (var p in s.Payers.All)
                costs.AddRow(CommandErrors.Safe(p.Label), DutchFormat.Euro(s.Costs(p, 0)), DutchFormat.Euro(s.Costs(p, last - 1)), DutchFormat.Euro(s.DiscountedCosts(p)));
            console.Write(costs);
            console.MarkupLine("[grey]Geef --compare op voor kosten en baten per betaler ten opzichte van een vergelijkingsscenario.[/]");
            return;
        }

        console.MarkupLine($"[bold]Vergeleken met:[/] {CommandErrors.Safe(cmp.Comparator.ScenarioName)}");
        var t = new Table().AddColumns("Betaler", "Investering", "Besparing", "Netto", "Netto nominaal", "Per euro", "Terugverdiend");
        t.Caption("Contante waarden (eerste jaar niet verdisconteerd); nominaal = som van de jaarbedragen");
        foreach (var o in cmp.Rows)
        {
            var bold = o == cmp.Gemeente || o == cmp.Total;
            string F(string x) => bold ? $"[bold]{x}[/]" : x;
            t.AddRow(F(CommandErrors.Safe(o.Label)), F(DutchFormat.EuroCompact(o.InvestmentDiscounted)), F(DutchFormat.EuroCompact(o.SavingsDiscounted)),
                F(Color(o.NetBenefitDiscounted)), F(Color(o.NetBenefitNominal)),
                F(o.ReturnPerEuro is { } r ? DutchFormat.Euro(r, 2) : "n.v.t."),
                F(o.BreakEvenYear?.ToString() ?? (o.IsUninvolved ? "–" : "niet binnen horizon")));
        }
        console.Write(t);

        var columns = cmp.GroupsAndTotal;
        var years = new Table().AddColumns(new[] { "Jaar" }.Concat(cmp.PayerSet.Groups.Select(g => CommandErrors.Safe(g.ShortLabel))).Append("Alle betalers").ToArray());
        years.Caption("Netto baat per jaar, nominaal (begrotingsbeeld)");
        for (var i = 0; i < cmp.Years.Count; i++)
            years.AddRow(new[] { cmp.Years[i].ToString() }.Concat(columns.Select(o => Color(o.NetBenefitByYear[i]))).ToArray());
        console.Write(years);

        // wrong pocket: who pays, who saves
        var gem = cmp.Gemeente;
        console.MarkupLine("[bold]Wie betaalt, wie bespaart (contant):[/]");
        console.MarkupLine($"  Gemeente investeert {DutchFormat.Euro(gem.InvestmentDiscounted)} en bespaart {DutchFormat.Euro(gem.SavingsDiscounted)} (netto {Color(gem.NetBenefitDiscounted)}).");
        var others = cmp.PayerSet.OtherGroups.Select(g => $"{g.Label} bespaart {DutchFormat.Euro(cmp.For(g).SavingsDiscounted)}").ToList();
        if (others.Count > 0) console.MarkupLine($"  {CommandErrors.Safe(string.Join("; ", others))}.");
        var elsewhere = cmp.Total.SavingsDiscounted - gem.SavingsDiscounted;
        if (cmp.Total.SavingsDiscounted > 0)
            console.MarkupLine($"  Van alle besparingen valt {DutchFormat.Percent(Math.Max(0, elsewhere) / cmp.Total.SavingsDiscounted)} buiten de gemeente (het 'wrong pocket'-probleem).");
        console.MarkupLine($"  Zelfredzame levensjaren gewonnen: {DutchFormat.Number(cmp.SelfReliantYearsGainedDiscounted, 1)} contant ({DutchFormat.Percent(cmp.DiscountRate, 2)}), {DutchFormat.Number(cmp.SelfReliantYearsGained, 1)} onverdisconteerd.");
        var le = new Table().AddColumns("Leeftijd", "Scenario", "Vergelijking", "Verschil");
        le.Caption("Zelfredzame levensverwachting: verwachte jaren zonder ondersteuning vanaf het startjaar");
        foreach (var (band, a, b) in cmp.SelfReliantLifeExpectancy)
            le.AddRow(band.Code, DutchFormat.Number(a, 2), DutchFormat.Number(b, 2), DutchFormat.Number(a - b, 3));
        console.Write(le);
        console.MarkupLine("[bold]Aannames:[/]");
        foreach (var a in cmp.Assumptions) console.MarkupLine("  - " + CommandErrors.Safe(a));
    }

    private static void PrintWijken(IAnsiConsole console, Wijken.WijkComparison perWijk)
    {
        WijkenCommand.Print(console, perWijk.Table());
        if (perWijk.NeedNote() is { } need) console.MarkupLine(CommandErrors.Safe(need));
        if (perWijk.IsIllustrative) console.MarkupLine($"[bold]{CommandErrors.Safe(Wijken.WijkSet.IllustrativeNote)}[/]");
    }

    private static string Color(double v) => v >= 0 ? $"[green]{DutchFormat.EuroCompact(v)}[/]" : $"[red]{DutchFormat.EuroCompact(v)}[/]";

    /// <summary>
    /// Loads and compiles a scenario and (optionally) its comparator on their own (<see cref="ScenarioPair"/>; for a single
    /// scenario and the PSA of <c>simulate --psa</c>; with a comparator the analysis layer is the path) and prints its warnings on standard error; paths resolve as <see cref="ModelFiles.Resolve"/> says, the model as <see cref="ModelFiles.Locate"/>.
    /// </summary>
    internal static ScenarioPair LoadPair(string scenarioPath, string? comparePath, string? modelDir)
    {
        (modelDir, var root) = ModelFiles.Locate(modelDir);
        var pair = ScenarioPair.Load(modelDir, ModelFiles.Resolve(scenarioPath, root), comparePath is null ? null : ModelFiles.Resolve(comparePath, root));
        CommandErrors.PrintWarnings(pair.Warnings);
        return pair;
    }
}
