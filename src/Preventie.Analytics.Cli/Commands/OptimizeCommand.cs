using Preventie.Analytics.Quantities;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Formatting;
using System.CommandLine;
using Preventie.Analytics.Calibration;
using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Optimisation;
using Preventie.Analytics.Output;
using Preventie.Analytics.Portfolio;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Uncertainty;
using Spectre.Console;

namespace Preventie.Analytics.Cli.Commands;

/// <summary>
/// <c>preventie optimize</c> (alias <c>optimaliseer</c>): the best portfolio of prevention activities under a yearly
/// budget (candidates: the scenarios' interventions and the inventory activities with evidence), the efficient frontier,
/// the marginal return per activity, what to stop, and the EVPPI of the choice. See <see cref="PortfolioOptimiser"/>.
/// </summary>
public static class OptimizeCommand
{
    /// <summary>Builds the <c>optimize</c> command (alias <c>optimaliseer</c>) with its options and action.</summary>
    public static Command Create()
    {
        var budget = new Option<string?>("--budget") { Description = "Budget per jaar voor de activiteiten in euro (standaard: wat de huidige activiteiten kosten)" };
        var shift = new Option<string?>("--verschuiving", "--shift") { Description = "Bedrag per jaar dat van maatwerk naar preventie gaat; komt bij het budget" };
        var objective = new Option<string>("--objective", "--doel") { Description = "Wat gemaximaliseerd wordt: alle-betalers, gemeente of levensjaren", DefaultValueFactory = _ => "alle-betalers" };
        var breakEven = new Option<string?>("--min-break-even-probability", "--min-kans-terugverdienen") { Description = "Minimale kans dat de gemeente binnen de raadsperiode 2026-2030 terugverdient (0-1, bijv. 0,5)" };
        var floors = new Option<string[]>("--floor", "--ondergrens") { Description = "Ondergrens van de verwachte netto baat van een betaler: betaler=bedrag (bijv. zvw=0); herhaalbaar", AllowMultipleArgumentsPerToken = true };
        var must = new Option<string[]>("--must-fund", "--behouden") { Description = "Activiteit die moet blijven (naam); herhaalbaar", AllowMultipleArgumentsPerToken = true };
        var legal = new Option<bool>("--wettelijke-taken-mogen-stoppen") { Description = "Sta toe dat wettelijke taken (data/evidence/wettelijke-taken.csv, bijv. vroegsignalering schulden) kleiner worden of stoppen; standaard blijven ze minstens op hun huidige omvang" };
        var maxScale = new Option<string[]>("--max-scale", "--max-schaal") { Description = "Maximale schaal van een activiteit: naam=schaal (1 = huidige omvang); herhaalbaar", AllowMultipleArgumentsPerToken = true };
        var onOff = new Option<bool>("--on-off", "--aan-uit") { Description = "Elke activiteit alleen aan of uit (schaal 0 of 1)" };
        var psa = new Option<int>("--psa") { Description = "Aantal trekkingen (standaard 1.000)", DefaultValueFactory = _ => 1000 };
        var seed = new Option<ulong>("--seed") { Description = "Startgetal van de trekkingen", DefaultValueFactory = _ => PsaOptions.DefaultSeed };
        var threads = new Option<int>("--threads") { Description = "Aantal threads (0 = alle); verandert de uitkomst niet" };
        var format = new Option<string>("--format", "-f") { Description = "Uitvoer op het scherm: table of json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var output = new Option<DirectoryInfo?>("--out", "-o", "--uitvoer") { Description = "Map voor optimalisatie.json" };
        var noEvppi = new Option<bool>("--zonder-evppi", "--no-evppi") { Description = "Sla de EVPPI over (sneller)" };
        var parameters = new Option<DirectoryInfo?>("--parameters", "-p") { Description = "Modelmap (standaard data/parameters)" };
        var scenarios = new Option<DirectoryInfo?>("--scenarios") { Description = "Scenariomap (standaard data/scenarios); basis.yaml is het huidige beleid" };
        var inventory = new Option<FileInfo?>("--inventory", "--inventaris") { Description = "Inventaris (standaard data/inventory/deventer-2022-extract.csv)" };
        var evidence = new Option<DirectoryInfo?>("--evidence", "--onderbouwing") { Description = "Map met effecten.csv en kandidaten.csv (standaard data/evidence)" };

        var cmd = new Command("optimize", "Waar investeren: de beste portefeuille van preventieactiviteiten binnen een budget, de grens budget → opbrengst, de meeropbrengst per activiteit, wat te stoppen, en welke onzekerheid het meten waard is (EVPPI).");
        cmd.Aliases.Add("optimaliseer");
        foreach (var o in new Option[] { budget, shift, objective, breakEven, floors, must, legal, maxScale, onOff, psa, seed, threads, format, output, noEvppi, parameters, scenarios, inventory, evidence })
            cmd.Options.Add(o);
        cmd.SetAction(pr => CommandErrors.Run(() =>
        {
            var floorTexts = pr.GetValue(floors) ?? [];
            // the floors name payers or groups of the model's betalers.csv
            var rows = floorTexts.Length == 0 ? null
                : PayerFile.Read(Path.Combine(ModelFiles.Locate(pr.GetValue(parameters)?.ToString()).Item1, PayerFile.FileName)).Rows;
            var options = ParseOptions(pr.GetValue(budget), pr.GetValue(shift), pr.GetValue(objective)!, pr.GetValue(breakEven), floorTexts,
                pr.GetValue(must) ?? [], pr.GetValue(maxScale) ?? [], pr.GetValue(onOff), pr.GetValue(psa), pr.GetValue(seed), pr.GetValue(threads), !pr.GetValue(noEvppi), rows)
                with { AllowStoppingLegalTasks = pr.GetValue(legal) };
            return Execute(options, pr.GetValue(format) ?? "table", pr.GetValue(output)?.ToString(), pr.GetValue(parameters)?.ToString(),
                pr.GetValue(scenarios)?.ToString(), pr.GetValue(inventory)?.ToString(), pr.GetValue(evidence)?.ToString(), UserConsole.For(Console.Out));
        }));
        return cmd;
    }

    /// <summary>Parses the options; all problems at once in Dutch (exit 2). <paramref name="rows"/>: the model's payer
    /// rows, which the floors name (needed when there are floors).</summary>
    internal static OptimisationOptions ParseOptions(string? budget, string? shift, string objective, string? breakEven, IReadOnlyList<string> floors,
        IReadOnlyList<string> must, IReadOnlyList<string> maxScale, bool onOff, int draws, ulong seed, int threads, bool evppi, PayerRows? rows = null)
    {
        if (floors.Count > 0 && rows is null) throw new ArgumentException("The payer rows are needed to parse floors.", nameof(rows));
        var errors = new ErrorCollector("optimaliseer");
        double? Amount(string? text, string field)
        {
            if (text is null) return null;
            if (DutchNumber.TryParse(text, out var v) && double.IsFinite(v)) return v;
            errors.Add(null, field, text, "verwacht een bedrag in euro, bijv. 1000000 of 1.000.000");
            return null;
        }
        var b = Amount(budget, "--budget");
        var s = Amount(shift, "--verschuiving") ?? 0;
        if (!PortfolioObjectives.TryParse(objective, out var obj)) errors.Add(null, "--objective", objective, $"onbekend doel (geldig: {PortfolioObjectives.ValidText})");
        var p = 0.0;
        if (breakEven is not null)
        {
            var t = breakEven.Trim().TrimEnd('%');
            if (!DutchNumber.TryParse(t, out p)) errors.Add(null, "--min-break-even-probability", breakEven, "verwacht een kans tussen 0 en 1, bijv. 0,5");
            else if (breakEven.Trim().EndsWith('%')) p /= 100;
            if (p < 0 || p > 1) errors.Add(null, "--min-break-even-probability", breakEven, "de kans moet tussen 0 en 1 liggen");
        }
        var floorMap = new Dictionary<int, Money>();
        foreach (var f in floors)
        {
            var eq = f.IndexOf('=');
            var code = eq > 0 ? f[..eq].Trim() : f;
            var g = rows!.IndexOf(code);
            if (eq <= 0 || g < 0 || !DutchNumber.TryParse(f[(eq + 1)..], out var v))
                errors.Add(null, "--floor", f, $"verwacht betaler=bedrag; betalers: {string.Join(", ", Enumerable.Range(0, rows.Count).Select(rows.Code))}");
            else if (!double.IsFinite(v)) errors.Add(null, "--floor", f, "verwacht een bedrag in euro");
            else floorMap[g] = new Money(v);
        }
        var maxMap = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in maxScale)
        {
            var eq = m.LastIndexOf('=');
            if (eq <= 0 || !DutchNumber.TryParse(m[(eq + 1)..], out var v)) errors.Add(null, "--max-scale", m, "verwacht naam=schaal, bijv. \"Wel Thuis=1,5\"");
            else maxMap[m[..eq].Trim()] = v;
        }
        if (threads < 0)
            errors.Add(null, "--threads", threads.ToString(DutchFormat.Culture), "het aantal rekenthreads moet 0 (alle processoren) of meer zijn");
        errors.ThrowIfAny();
        return new OptimisationOptions
        {
            Budget = b is { } amount ? new Money(amount) : null, ShiftFromMaatwerk = new Money(s), Objective = obj,
            MinBreakEvenProbability = Probability.IsValid(p) ? new Probability(p) : Probability.Zero, PayerFloors = floorMap, MustFund = must.ToList(),
            MaxScale = maxMap, OnOffOnly = onOff, Draws = draws, Seed = seed, MaxDegreeOfParallelism = threads, ComputeEvppi = evppi,
        };
    }

    /// <summary>Loads the candidates (model, scenarios, inventory, evidence table) with the repository defaults.</summary>
    internal static (CandidateSet Set, CalibrationSpec? Calibration) LoadCandidates(string? modelDir, string? scenarioDir, string? inventoryPath, string? evidenceDir)
    {
        (modelDir, var root) = ModelFiles.Locate(modelDir);
        var data = root is null ? null : Path.Combine(root, "data");
        scenarioDir ??= data is null ? "data/scenarios" : Path.Combine(data, "scenarios");
        inventoryPath ??= data is null ? null : Path.Combine(data, "inventory", "deventer-2022-extract.csv");
        evidenceDir ??= data is null ? null : Path.Combine(data, "evidence");
        if (!Directory.Exists(scenarioDir))
            throw new DataValidationException(new DataError(scenarioDir, null, "--scenarios", null, "scenariomap niet gevonden"));
        if (evidenceDir is not null && !Directory.Exists(evidenceDir))
            throw new DataValidationException(new DataError(evidenceDir, null, "--evidence", null, "map met de onderbouwing (effecten.csv, kandidaten.csv) niet gevonden"));
        var set = CandidateSet.Load(modelDir, scenarioDir, null, inventoryPath, evidenceDir);
        var calibrationPath = data is null ? null : Path.Combine(data, "monitor", "kalibratie.csv");
        var calibration = calibrationPath is not null && File.Exists(calibrationPath) ? CalibrationSpec.Load(calibrationPath, set.Model) : null;
        return (set, calibration);
    }

    internal static int Execute(OptimisationOptions options, string format, string? outDir, string? modelDir, string? scenarioDir, string? inventoryPath,
        string? evidenceDir, IAnsiConsole console, TextWriter? standardOutput = null)
    {
        var stdout = standardOutput ?? Console.Out;
        // a read-only or file-valued --out is refused before the (long) optimisation, as batch does
        if (outDir is not null && File.Exists(outDir))
            throw new DataValidationException(new DataError("opdrachtregel", null, "--out", Path.GetFullPath(outDir),
                "dit is een bestaand bestand; --out is de map voor optimalisatie.json (kies een map)"));
        if (outDir is not null) AtomicOutput.EnsureWritable(outDir, "--out");
        var (set, calibration) = LoadCandidates(modelDir, scenarioDir, inventoryPath, evidenceDir);
        var advice = InvestmentAdvice.Run(set, options, calibration,
            format == "json" ? null : step => console.MarkupLine($"[grey]… {CommandErrors.Safe(step)}[/]"));
        if (outDir is not null) PortfolioExport.WriteDirectory(outDir, advice);
        if (format == "json") stdout.WriteLine(PortfolioExport.ToJson(advice));
        else
        {
            Print(console, advice);
            if (outDir is not null) console.MarkupLine($"[grey]Uitvoer geschreven naar {CommandErrors.Safe(Path.GetFullPath(outDir))} (optimalisatie.json).[/]");
        }
        return 0;
    }

    private static void Print(IAnsiConsole console, InvestmentAdvice advice)
    {
        var r = advice.Result;
        var o = r.Options;
        string Obj(double v) => o.Objective.IsEuro() ? DutchFormat.Euro(v) : DutchFormat.Number(v, 0) + " levensjaren";
        console.MarkupLine($"[bold]Waar investeren[/] — doel: {o.Objective.DutchLabel()}, budget {DutchFormat.Euro(r.Budget)} per jaar (nu {DutchFormat.Euro(r.CurrentCostPerYear)}), {DutchFormat.Number(o.Draws)} trekkingen, seed {o.Seed}.");
        console.MarkupLine("[yellow]Let op: kosten, bereik en effecten van de activiteiten uit de inventaris zijn aannames (data/evidence), geen metingen.[/]");
        var t = new Table().AddColumns("Activiteit", "Herkomst", "Erkenning", "Schaal nu", "Schaal", "Kosten per jaar", "Aanname");
        t.Caption("Gekozen portefeuille (schaal 1 = huidige omvang; kosten = netto voor de gemeente)");
        foreach (var l in r.Portfolio.OrderByDescending(l => l.Scale).ThenBy(l => l.Activity))
            t.AddRow(CommandErrors.Safe(l.Activity), CommandErrors.Safe(l.OriginLabel), l.Level is { } lv ? Evidence.EvidenceLevels.DutchLabel(lv) : "—",
                DutchFormat.Number(l.CurrentScale, 2), DutchFormat.Number(l.Scale, 2), DutchFormat.Euro(l.CostPerYear), l.IsAssumption ? "ja" : "nee");
        console.Write(t);
        var e = r.Evaluation;
        console.MarkupLine($"Kosten {DutchFormat.Euro(e.CostPerYear)} per jaar. Ten opzichte van het huidige beleid, in het volledige model: {CommandErrors.Safe(o.Objective.DutchLabel())} gemiddeld {Obj(e.Objective.Mean)} (90%-interval {Obj(e.Objective.Low)} tot {Obj(e.Objective.High)}).");
        console.MarkupLine($"Kans dat de gekozen portefeuille beter is dan de huidige: {DutchFormat.Percent(e.ProbabilityBeatsCurrent)}; kans dat de gemeente binnen de raadsperiode ({o.CouncilTermStart}-{o.CouncilTermEnd}) terugverdient: {DutchFormat.Percent(e.BreakEvenProbability)}.");
        var stop = r.Stopped.Select(l => l.Activity).ToList();
        console.MarkupLine(stop.Count == 0 ? "Te stoppen: geen." : $"Te stoppen: {CommandErrors.Safe(string.Join(", ", stop))}.");
        foreach (var line in r.Notes()) console.MarkupLine(CommandErrors.Safe(line));
        if (r.SolverStatus != AllocationStatus.Optimal) console.MarkupLine("[yellow]De solver stopte op de tijdslimiet: de portefeuille is toegestaan maar niet bewezen optimaal.[/]");

        var f = new Table().AddColumns("Budget per jaar", "Kosten", "Gemiddeld", "5e percentiel", "95e percentiel");
        f.Caption("Grens: beste portefeuille per budget (volledig model, t.o.v. huidig beleid)");
        foreach (var p in r.Frontier)
            if (p.Feasible) f.AddRow(DutchFormat.Euro(p.Budget), DutchFormat.Euro(p.CostPerYear), Obj(p.Mean), Obj(p.P5), Obj(p.P95));
            else f.AddRow(DutchFormat.Euro(p.Budget), "niet haalbaar", "", "", "");
        console.Write(f);

        var m = new Table().AddColumns("Activiteit", "Schaal", o.Objective.IsEuro() ? "Opbrengst per extra euro" : "Levensjaren per extra € 1.000");
        m.Caption("Meeropbrengst van een extra euro per jaar (schaal +0,1 in het volledige model)");
        foreach (var x in r.Marginal)
            m.AddRow(CommandErrors.Safe(x.Activity) + (x.AboveMaximum ? " (boven maximum)" : ""), DutchFormat.Number(x.Scale, 2),
                o.Objective.IsEuro() ? DutchFormat.Euro(x.PerEuro, 2) : DutchFormat.Number(x.PerEuro * 1000, 3));
        console.Write(m);

        if (r.Candidates.Unavailable.Count > 0)
        {
            console.MarkupLine("[bold]Activiteiten zonder gegevens[/] (niet meegenomen, niets verzonnen):");
            foreach (var u in r.Candidates.Unavailable) console.MarkupLine($"  - {CommandErrors.Safe(u.Activity)}: ontbreekt {CommandErrors.Safe(u.MissingText)}");
        }
        if (advice.Evppi is { } v)
        {
            var ev = new Table().AddColumns("Betaler", "EVPI", "Parameter / groep", "EVPPI", "R² metamodel");
            ev.Caption($"Wat is het meten waard? EVPPI voor de keuze huidig ↔ gekozen, in euro voor de hele bevolking van Deventer, {r.Candidates.Current.StartYear}-{r.Candidates.Current.EndYear}");
            foreach (var (payer, evpi) in v.Evpi)
            {
                foreach (var x in v.For(payer, true).Take(5).Concat(v.For(payer, false).Take(5)))
                    ev.AddRow(payer, DutchFormat.Euro(evpi), (x.IsGroup ? "groep: " : "") + CommandErrors.Safe(x.Name), DutchFormat.Euro(x.Value), DutchFormat.Number(x.RSquared, 2));
            }
            console.Write(ev);
            console.MarkupLine("[grey]EVPPI volgens Strong, Oakley en Brennan (2014): regressie van de netto baat op de parameter(s) met boosted trees (ML.NET FastTree), voorspeld buiten de eigen helft van de trekkingen; R² ≤ 0 → EVPPI 0.[/]");
        }
    }
}
