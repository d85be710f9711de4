using Preventie.Analytics.Model;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Formatting;
using System.CommandLine;
using Preventie.Analytics.Input;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Wijken;
using Spectre.Console;

namespace Preventie.Analytics.Cli.Commands;

/// <summary>
/// <c>preventie wijken behoefte|presentie</c>: the learned need per wijk (<see cref="NeedModel"/>: Poisson regression vs
/// FastTree by cross-validation, observed vs expected per wijk) and the split of the presence-team fte over the wijken
/// (<see cref="PresenceAllocation"/>, with uncertainty). Defaults: the illustrative files in data/wijken/, which the
/// output says are illustrative. Counts below 10 per wijk are suppressed.
/// </summary>
public static class WijkenCommand
{
    /// <summary>Builds the <c>wijken</c> command (alias <c>wijk</c>) with its subcommands <c>behoefte</c> and <c>presentie</c>.</summary>
    public static Command Create()
    {
        var cmd = new Command("wijken", "Behoefte per wijk (lerend model) en de verdeling van de presentieteams over de wijken.");
        cmd.Aliases.Add("wijk");
        cmd.Subcommands.Add(Need());
        cmd.Subcommands.Add(Presence());
        return cmd;
    }

    private sealed record Common(Option<FileInfo?> Areas, Option<FileInfo?> Wijken, Option<string> Target);

    private static Common AddCommon(Command cmd)
    {
        var areas = new Option<FileInfo?>("--buurten", "--gebieden") { Description = "Cijfers per buurt of wijk in de monitorindeling (regio = BU- of WK-code); standaard data/wijken/buurtindicatoren-voorbeeld.csv (illustratief)" };
        var wijken = new Option<FileInfo?>("--wijken", "--wijkbestand") { Description = "Wijkbestand; standaard data/wijken/wijken.csv (illustratief)" };
        var target = new Option<string>("--doel") { Description = "Te voorspellen gebruik (indicator), bijv. wmo_maatwerk_clienten, jeugdhulp_clienten, huishoudens_bijstand", DefaultValueFactory = _ => "wmo_maatwerk_clienten" };
        cmd.Options.Add(areas);
        cmd.Options.Add(wijken);
        cmd.Options.Add(target);
        return new Common(areas, wijken, target);
    }

    private static Command Need()
    {
        var cmd = new Command("behoefte", "Leer de behoefte per wijk uit wijkkenmerken (Poisson-regressie of FastTree, gekozen met kruisvalidatie) en toon waargenomen tegenover verwacht.");
        var c = AddCommon(cmd);
        cmd.SetAction(pr => CommandErrors.Run(() =>
        {
            var (areas, wijken, need) = Fit(pr, c);
            var console = UserConsole.For(Console.Out);
            foreach (var line in need.Summary(wijken)) console.MarkupLine(CommandErrors.Safe(line));
            Print(console, need.CrossValidationTable());
            Print(console, need.PerWijkTable(wijken));
            return 0;
        }));
        return cmd;
    }

    private static Command Presence()
    {
        var cmd = new Command("presentie", "Verdeel de fte van de presentieteams over de wijken naar behoefte en vergelijk met de verdeling van vandaag, met onzekerheid.");
        var c = AddCommon(cmd);
        var parameters = new Option<FileInfo?>("--aannames") { Description = "Aannames (indeling als parameters.csv); standaard data/wijken/presentie.csv" };
        var draws = new Option<int>("--trekkingen", "--psa") { Description = "Aantal trekkingen voor de onzekerheid (standaard 1000)", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Startwaarde van het toeval (zelfde seed, zelfde uitkomst)", DefaultValueFactory = _ => 20240101 };
        cmd.Options.Add(parameters);
        cmd.Options.Add(draws);
        cmd.Options.Add(seed);
        cmd.SetAction(pr => CommandErrors.Run(() =>
        {
            var n = pr.GetValue(draws);
            if (n is < 1 or > 100_000)
                throw new DataValidationException(new DataError("opdrachtregel", null, "--trekkingen", n.ToString(DutchFormat.Culture), "het aantal trekkingen moet tussen 1 en 100.000 liggen"));
            if (pr.GetValue(seed) < 0)
                throw new DataValidationException(new DataError("opdrachtregel", null, "--seed", pr.GetValue(seed).ToString(DutchFormat.Culture), "de seed moet 0 of groter zijn"));
            var (_, wijken, need) = Fit(pr, c);
            var file = pr.GetValue(parameters)?.ToString() ?? Path.Combine(DataDir(), "wijken", "presentie.csv");
            var result = PresenceAllocation.Run(wijken, need.PerWijk.ToDictionary(w => w.Wijk, w => w.Observed), ParameterFile.Read(file), file, n, (ulong)pr.GetValue(seed), need.Dispersion);
            var console = UserConsole.For(Console.Out);
            foreach (var line in result.Summary()) console.MarkupLine(CommandErrors.Safe(line));
            Print(console, result.Table());
            return 0;
        }));
        return cmd;
    }

    private static (IReadOnlyList<AreaIndicators> Areas, WijkSet Wijken, NeedModelResult Need) Fit(ParseResult pr, Common c)
    {
        var areaFile = pr.GetValue(c.Areas)?.ToString() ?? Path.Combine(DataDir(), "wijken", "buurtindicatoren-voorbeeld.csv");
        var wijkFile = pr.GetValue(c.Wijken)?.ToString() ?? Path.Combine(DataDir(), "wijken", "wijken.csv");
        var wijken = WijkFile.Read(wijkFile);
        var areas = AreaIndicatorFile.Read(areaFile, out var warnings);
        CommandErrors.PrintWarnings(warnings); // implausible but legal figures: shown, the run goes on
        AreaIndicatorFile.CheckWijken(areas, wijken, areaFile); // a buurt outside every wijk is refused, as simulate --wijkindicatoren does
        var need = NeedModel.Fit(areas, new NeedModelOptions { Target = pr.GetValue(c.Target) ?? "wmo_maatwerk_clienten" }, areaFile);
        return (areas, wijken, need);
    }

    private static string DataDir() => ModelFiles.Locate(null) is var (model, _) ? Path.GetDirectoryName(Path.GetFullPath(model))! : "data";

    /// <summary>A report table on the console (plain text when redirected).</summary>
    internal static void Print(IAnsiConsole console, ReportTable table)
    {
        var t = new Table().AddColumns(table.Header.Select(CommandErrors.Safe).ToArray());
        t.Caption(CommandErrors.Safe(table.Caption));
        foreach (var row in table.Rows) t.AddRow(row.Select(cell => CommandErrors.Safe(cell.Text)).ToArray());
        console.Write(t);
    }
}
