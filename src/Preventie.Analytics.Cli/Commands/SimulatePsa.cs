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
/// The probabilistic part of <c>preventie simulate</c>: <c>--psa &lt;N&gt;</c> (number of draws, off by default; 1,000 is a
/// good start, at most 100,000), <c>--seed &lt;s&gt;</c> (default 20240101) and <c>--threads &lt;n&gt;</c> (default: all
/// processors; does not change the numbers). Prints per-payer intervals and probabilities in Dutch, or JSON with
/// <c>--format json</c>; <c>--out</c> writes psa.json and CSV files. A progress bar goes to standard error, and only
/// when that is a terminal, so standard output stays clean.
/// </summary>
internal sealed class SimulatePsa
{
    private readonly Option<int> _draws = new("--psa", "--trekkingen")
    {
        Description = "Onzekerheidsanalyse (PSA) met dit aantal trekkingen, bijv. 1000 (maximaal 100.000); met --compare het verschil per betaler, zonder de totale kosten van het scenario",
    };

    private readonly Option<ulong> _seed = new("--seed")
    {
        Description = $"Startwaarde van de toevalsgenerator voor --psa (standaard {PsaOptions.DefaultSeed}); zelfde seed, zelfde uitkomst",
        DefaultValueFactory = _ => PsaOptions.DefaultSeed,
    };

    private readonly Option<int> _threads = new("--threads")
    {
        Description = "Aantal rekenthreads voor --psa (standaard alle processoren; de uitkomst verandert er niet door)",
    };

    /// <summary>Adds the PSA options to the <c>simulate</c> command.</summary>
    public static SimulatePsa AddTo(Command command)
    {
        var psa = new SimulatePsa();
        command.Options.Add(psa._draws);
        command.Options.Add(psa._seed);
        command.Options.Add(psa._threads);
        return psa;
    }

    /// <summary>True when <c>--psa</c> was given.</summary>
    public bool IsRequested(ParseResult parse) => parse.GetResult(_draws) is not null;

    /// <summary>The options as given on the command line.</summary>
    public PsaOptions Read(ParseResult parse) => new()
    {
        Draws = parse.GetValue(_draws),
        Seed = parse.GetValue(_seed),
        MaxDegreeOfParallelism = parse.GetValue(_threads),
    };

    internal static int Execute(string scenarioPath, string? comparePath, string? outDir, string format, string? modelDir, PsaOptions options, IAnsiConsole console,
        TextWriter? standardOutput = null)
    {
        if (options.MaxDegreeOfParallelism < 0)
            throw new DataValidationException(new DataError("opdrachtregel", null, "--threads", options.MaxDegreeOfParallelism.ToString(DutchFormat.Culture),
                "het aantal rekenthreads moet 1 of meer zijn (of laat --threads weg voor alle processoren)"));
        if (outDir is not null) AtomicOutput.EnsureWritableDirectory(outDir, "--out");
        var problems = options.Validate().ToList();
        if (problems.Count > 0) throw new DataValidationException(problems.Select(m => new DataError("--psa", null, null, options.Draws.ToString(), m)));
        var pair = SimulateCommand.LoadPair(scenarioPath, comparePath, modelDir);
        var uncertain = UncertainParameters.For(pair.Model);
        var result = RunWithProgress(pair, uncertain, options);

        if (outDir is not null) PsaExport.WriteDirectory(outDir, result, pair.Model.Version);
        if (format == "json") (standardOutput ?? Console.Out).WriteLine(PsaExport.ToJson(result, pair.Model.Version));
        else
        {
            Print(console, result);
            if (outDir is not null)
                console.MarkupLine($"[grey]Uitvoer geschreven naar {CommandErrors.Safe(Path.GetFullPath(outDir))} (psa.json, psa-betalers.csv, psa-per-jaar.csv, psa-aanvaardbaarheid.csv{(pair.Model.Version is null ? "" : ", " + SimulationExport.ModelVersionFile)}).[/]");
        }
        return 0;
    }

    private static PsaResult RunWithProgress(ScenarioPair pair, UncertainParameters uncertain, PsaOptions options) =>
        PsaProgressBar.Run(options.Draws, progress => ProbabilisticAnalysis.Run(pair, uncertain, options, progress));

    private static void Print(IAnsiConsole console, PsaResult r)
    {
        if (!r.HasComparator)
        {
            PrintAbsolute(console, r);
            return;
        }
        console.MarkupLine($"[bold]Onzekerheidsanalyse (PSA):[/] {CommandErrors.Safe(r.ScenarioName)} ten opzichte van {CommandErrors.Safe(r.ComparatorName!)} ({r.StartYear}-{r.StartYear + r.Cycles - 1})");
        console.MarkupLine($"{DutchFormat.Number(r.Draws)} trekkingen, seed {r.Seed}, {r.UncertainParameters.Count} onzekere parameters of groepen; discontovoet {DutchFormat.Percent(r.DiscountRate, 2)}");
        PrintClamping(console, r);

        var t = new Table().AddColumns("Betaler", "Punt-schatting", "Gemiddeld", "5e pct", "95e pct", "Kans > 0", "EVPI");
        t.Caption("Netto baat (besparing − investering), contant; 5e-95e percentiel = 90%-interval van de trekkingen");
        foreach (var g in r.Shown)
        {
            var bold = g == r.Gemeente || g == r.Total;
            string F(string x) => bold ? $"[bold]{x}[/]" : x;
            t.AddRow(F(CommandErrors.Safe(g.Label)), F(Euro(g.PointEstimate)), F(Euro(g.NetBenefit.Mean)),
                F(Euro(g.NetBenefit.Low)), F(Euro(g.NetBenefit.High)),
                F(DutchFormat.Percent(g.NetBenefit.ProbabilityPositive)), F(Euro(g.Evpi)));
        }
        console.Write(t);
        console.MarkupLine($"[bold]Kans dat de gemeente uiterlijk in {r.Options.CouncilTermEnd} quitte speelt[/] (raadsperiode {r.Options.CouncilTermStart}-{r.Options.CouncilTermEnd}: cumulatieve nominale netto baat positief en daarna niet meer negatief): {DutchFormat.Percent(r.MunicipalBreakEvenInTerm)}");

        var columns = r.GroupsAndTotal;
        var headers = r.Rows.Payers.Groups.Select(g => CommandErrors.Safe(g.ShortLabel)).Append("Alle betalers").ToList();
        var years = new Table().AddColumns(new[] { "Jaar" }.Concat(headers).ToArray());
        years.Caption("Netto baat per jaar, nominaal (begrotingsbeeld): gemiddelde [[5e; 95e percentiel]]");
        for (var i = 0; i < r.Cycles; i++)
            years.AddRow(new[] { (r.StartYear + i).ToString() }.Concat(columns.Select(g => Cell(g.NetBenefitByYear[i]))).ToArray());
        console.Write(years);

        var acc = new Table().AddColumns(new[] { "Waarde per levensjaar" }.Concat(headers).Append("EVPI alle betalers").ToArray());
        acc.Caption("Aanvaardbaarheid: kans dat netto baat + waarde × gewonnen zelfredzame levensjaren > 0");
        var values = r.Options.ValuesPerLifeYear;
        var step = Math.Max(1, values.Count / 5);
        for (var i = 0; i < values.Count; i += step)
            acc.AddRow(new[] { DutchFormat.Euro(values[i]) }.Concat(columns.Select(g => DutchFormat.Percent(g.Acceptability[i].Probability)))
                .Append(Euro(r.Total.Acceptability[i].Evpi)).ToArray());
        console.Write(acc);
        var ly = r.SelfReliantYearsGained;
        var lyd = r.SelfReliantYearsGainedDiscounted;
        console.MarkupLine($"Zelfredzame levensjaren gewonnen, contant: {DutchFormat.Number(lyd.Mean, 1)} (90%: {DutchFormat.Number(lyd.Low, 1)} tot {DutchFormat.Number(lyd.High, 1)}); onverdisconteerd: {DutchFormat.Number(ly.Mean, 1)} (90%: {DutchFormat.Number(ly.Low, 1)} tot {DutchFormat.Number(ly.High, 1)}). De aanvaardbaarheid rekent met de contante levensjaren.");
        console.MarkupLine("[grey]Scenario en vergelijking rekenen met dezelfde trekkingen. EVPI = wat het waard is alle onzekerheid weg te nemen vóór de keuze. Dezelfde seed geeft dezelfde uitkomst, ook met een ander aantal threads.[/]");
    }

    /// <summary>A PSA of one scenario without a comparator: absolute totals per payer.</summary>
    private static void PrintAbsolute(IAnsiConsole console, PsaResult r)
    {
        console.MarkupLine($"[bold]Onzekerheidsanalyse (PSA):[/] {CommandErrors.Safe(r.ScenarioName)}, zonder vergelijking: totale kosten per betaler ({r.StartYear}-{r.StartYear + r.Cycles - 1})");
        console.MarkupLine($"{DutchFormat.Number(r.Draws)} trekkingen, seed {r.Seed}, {r.UncertainParameters.Count} onzekere parameters of groepen; discontovoet {DutchFormat.Percent(r.DiscountRate, 2)}");
        PrintClamping(console, r);
        var t = new Table().AddColumns("Betaler", "Puntschatting", "Gemiddeld", "5e pct", "95e pct");
        t.Caption("Totale kosten (zorg + interventies), contant; 5e-95e percentiel = 90%-interval van de trekkingen");
        foreach (var g in r.Groups.Where(g => g.Costs is { } c && (Math.Abs(c.Mean) >= 0.5 || Math.Abs(c.Low) >= 0.5 || Math.Abs(c.High) >= 0.5)))
            t.AddRow(CommandErrors.Safe(g.Label), Euro(g.PointCosts), Euro(g.Costs!.Mean), Euro(g.Costs.Low), Euro(g.Costs.High));
        console.Write(t);
    }

    /// <summary>How many draws needed a probability corrected, and which parameters fed those probabilities.</summary>
    private static void PrintClamping(IAnsiConsole console, PsaResult r)
    {
        if (r.ClampedDraws == 0)
        {
            console.MarkupLine("[grey]In geen enkele trekking moest een kans worden begrensd tot [[0, 1]].[/]");
            return;
        }
        var text = $"In {DutchFormat.Number(r.ClampedDraws)} van de {DutchFormat.Number(r.Draws)} trekkingen ({DutchFormat.Percent(r.ClampedShare, 1)}) moest een overgangskans worden begrensd tot [[0, 1]]; betrokken parameters: " +
                   string.Join(", ", r.ClampedParameters.OrderByDescending(c => c.Draws).Select(c => $"{CommandErrors.Safe(c.Parameter)} ({DutchFormat.Number(c.Draws)})")) + ".";
        console.MarkupLine(r.ClampingIsMaterial ? $"[bold red]LET OP: {text} Dat is meer dan 1% van de trekkingen: de verdelingen passen niet goed bij het model.[/]" : $"[grey]{text}[/]");
    }

    private static string Cell(OutcomeSummary s) =>
        $"{Euro(s.Mean)} [grey][[{Euro(s.Low)}; {Euro(s.High)}]][/]";

    /// <summary>Compact euros, with rounding noise below half a euro shown as € 0 rather than "€ -0".</summary>
    private static string Euro(double v) => DutchFormat.EuroCompact(Math.Abs(v) < 0.5 ? 0 : v);
}
