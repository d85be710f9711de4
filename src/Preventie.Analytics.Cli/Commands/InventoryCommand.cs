using Preventie.Analytics.Interventions;
using Preventie.Analytics.Formatting;
using System.CommandLine;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Output;
using Preventie.Analytics.Reporting;
using Spectre.Console;

namespace Preventie.Analytics.Cli.Commands;

/// <summary>
/// <c>preventie inventory &lt;file&gt; [--published &lt;file&gt;] [--mapping &lt;file&gt;] [--format table|json|xlsx] [--out &lt;path&gt;]</c>
/// (alias <c>inventaris</c>): the pivot per goal, the data-quality findings and, with <c>--published</c>, the reconciliation
/// with the published figures. Subcommand <c>inventory sjabloon &lt;out&gt;</c> writes the empty Excel template.
/// </summary>
public static class InventoryCommand
{
    /// <summary>Builds the <c>inventory</c> command (alias <c>inventaris</c>) with its <c>sjabloon</c> subcommand.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Inventaris (.csv of .xlsx), bijvoorbeeld data/inventory/deventer-2022-extract.csv" };
        var published = new Option<FileInfo?>("--published", "-p") { Description = "Gepubliceerde draaitabelcijfers om te controleren, bijvoorbeeld data/inventory/deventer-2022-published.csv" };
        var mapping = new Option<FileInfo?>("--mapping", "-m") { Description = "Koppeling oude → nieuwe doelen, bijvoorbeeld data/inventory/doelen-mapping.csv (een aanname)" };
        var format = new Option<string>("--format", "-f") { Description = "Uitvoer: table, json of xlsx", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "xlsx");
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Uitvoerbestand (verplicht bij xlsx; bij table/json optioneel)" };

        var cmd = new Command("inventory", "Inventaris van preventie-activiteiten: draaitabel per doelstelling, datakwaliteit en controle van gepubliceerde cijfers.");
        cmd.Aliases.Add("inventaris");
        cmd.Arguments.Add(file);
        cmd.Options.Add(published);
        cmd.Options.Add(mapping);
        cmd.Options.Add(format);
        cmd.Options.Add(output);
        cmd.SetAction(pr => CommandErrors.Run(() => Execute(
            pr.GetValue(file)!.ToString(),
            pr.GetValue(published)?.ToString(), pr.GetValue(mapping)?.ToString(), pr.GetValue(format) ?? "table", pr.GetValue(output)?.ToString())));

        var templateOut = new Argument<FileInfo>("out") { Description = "Waar het sjabloon (.xlsx) komt, bijvoorbeeld data/inventory/inventaris-sjabloon.xlsx" };
        var template = new Command("sjabloon", "Schrijft het lege Excel-sjabloon voor de volledige inventaris.");
        template.Aliases.Add("template");
        template.Arguments.Add(templateOut);
        template.SetAction(pr => CommandErrors.Run(() =>
        {
            var path = pr.GetValue(templateOut)!.ToString();
            InventoryTemplate.Save(path);
            Console.Out.WriteLine($"Sjabloon geschreven: {path}");
            return 0;
        }));
        cmd.Subcommands.Add(template);
        return cmd;
    }

    /// <summary>Runs the command; returns the exit code (input errors are thrown and handled by <see cref="CommandErrors"/>).</summary>
    public static int Execute(string file, string? publishedFile, string? mappingFile, string format, string? outPath)
    {
        if (format == "xlsx" && string.IsNullOrEmpty(outPath))
        {
            Console.Error.WriteLine("Bij --format xlsx is --out <bestand.xlsx> verplicht.");
            return CommandErrors.InputError;
        }
        // the output checked before the (for xlsx long) work: a read-only folder or a folder in the way costs no run
        if (outPath is not null) AtomicOutput.EnsureWritableFile(outPath, "--out");
        // Load everything first, so that all input errors are reported before anything is written.
        var inventory = InventoryLoader.Load(file);
        CommandErrors.PrintWarnings(inventory.Warnings);
        var published = publishedFile is null ? null : PublishedFigures.Load(publishedFile);
        var mapping = mappingFile is null ? null : GoalMapping.Load(mappingFile);
        var summary = InventorySummary.Create(inventory, published, mapping);

        switch (format)
        {
            case "json":
                var json = InventoryExport.ToJson(summary);
                if (outPath is null) Console.Out.WriteLine(json);
                else { AtomicOutput.WriteText(outPath, json + Environment.NewLine); Console.Out.WriteLine($"JSON geschreven: {outPath}"); }
                return 0;
            case "xlsx":
                InventoryExport.ToWorkbook(summary).Save(outPath!);
                Console.Out.WriteLine($"Excel-bestand geschreven: {outPath}");
                return 0;
            default:
                if (outPath is null) WriteTable(summary, Console.Out);
                else
                {
                    var sw = new StringWriter();
                    WriteTable(summary, sw);
                    AtomicOutput.WriteText(outPath, sw.ToString());
                    Console.Out.WriteLine($"Overzicht geschreven: {outPath}");
                }
                return 0;
        }
    }

    /// <summary>The readable Dutch summary (Spectre.Console tables) written to <paramref name="writer"/>.</summary>
    public static void WriteTable(InventorySummary s, TextWriter writer)
    {
        var console = UserConsole.For(writer);
        var p = s.Pivot;
        console.MarkupLine($"[bold]Inventaris preventie-activiteiten[/] — {CommandErrors.Safe(Path.GetFileName(s.Inventory.Source))}: {DutchFormat.Number(p.Total.Count)} activiteiten");
        console.WriteLine();

        var rows = s.GoalRows.Append(("totaal", "Totaal (uniek)", p.Total)).ToList();
        var goals = new Table().Title("Draaitabel per (oude) doelstelling: vorm van preventie").Border(TableBorder.Rounded);
        goals.AddColumn(new TableColumn("Doelstelling").NoWrap());
        goals.AddColumn(new TableColumn("Activiteiten").RightAligned());
        foreach (var f in PreventionForms.All) goals.AddColumn(new TableColumn(f.DutchLabel()).RightAligned());
        foreach (var (_, label, slice) in rows)
            goals.AddRow(new[] { CommandErrors.Safe(label), slice.Count.ToString() }.Concat(PreventionForms.All.Select(f => slice.ByForm[f].ToString())).ToArray());
        console.Write(goals);

        var money = new Table().Title("Financiering per doelstelling (aantal en aandeel)").Border(TableBorder.Rounded);
        money.AddColumn(new TableColumn("Doelstelling").NoWrap());
        foreach (var f in Financings.All) money.AddColumn(new TableColumn(f.DutchLabel()).RightAligned().NoWrap());
        foreach (var (_, label, slice) in rows)
            money.AddRow(new[] { CommandErrors.Safe(label) }
                .Concat(Financings.All.Select(f => $"{slice.ByFinancing[f]} ({DutchFormat.Percent(slice.FinancingShare(f), 0)})")).ToArray());
        console.Write(money);
        console.MarkupLine("[grey]Een activiteit onder twee doelstellingen telt bij beide mee; de totaalregel telt elke activiteit één keer.[/]");

        if (s.Inventory.HasTargetGroupColumn)
        {
            var groups = new Table().Title("Activiteiten per doelgroep en doelstelling").Border(TableBorder.Rounded);
            groups.AddColumn("Doelgroep");
            groups.AddColumn(new TableColumn("Totaal").RightAligned());
            foreach (var g in OldGoals.All) groups.AddColumn(new TableColumn($"doel {g.Key()}").RightAligned());
            foreach (var t in TargetGroup.All)
            {
                var slice = p.ByTargetGroup[t];
                groups.AddRow(new[] { t.DutchLabel, slice.Count.ToString() }.Concat(OldGoals.All.Select(g => slice.ByOldGoal[g].ToString())).ToArray());
            }
            console.WriteLine();
            console.Write(groups);
        }
        else
        {
            console.MarkupLine("[grey]Geen kolom leeftijdsgroepen in dit bestand: geen overzicht per doelgroep.[/]");
        }
        if (!s.Inventory.HasFinancingColumn)
            console.MarkupLine("[grey]Geen kolom financiering in dit bestand: alle financiering telt als onbekend.[/]");

        if (s.Mapping is not null)
        {
            console.WriteLine();
            var ng = p.ByNewGoal(s.Mapping);
            console.MarkupLine($"Nieuwe doelen{(s.Mapping.RestsOnAssumptions ? " [yellow](koppeling is een aanname)[/]" : "")}: "
                + string.Join(", ", ng.Select(kv => $"{kv.Key.DutchLabel()} {kv.Value}")));
        }

        WriteFindings(console, "Datakwaliteit", s.QualityFindings);
        if (s.Published is not null)
        {
            WriteFindings(console, "Tegenstrijdigheden in de gepubliceerde cijfers", s.PublishedFindings);
            WriteFindings(console, "Gepubliceerde cijfers tegenover deze inventaris", s.ComparisonFindings);
        }
        else
        {
            console.WriteLine();
            console.MarkupLine("[grey]Tip: controleer de gepubliceerde cijfers met --published data/inventory/deventer-2022-published.csv[/]");
        }
    }

    private static void WriteFindings(IAnsiConsole console, string title, IReadOnlyList<Finding> findings)
    {
        console.WriteLine();
        if (findings.Count == 0)
        {
            console.MarkupLine($"[bold]{CommandErrors.Safe(title)}[/]: geen bevindingen.");
            return;
        }
        var table = new Table().Title($"{CommandErrors.Safe(title)} ({findings.Count})").Border(TableBorder.Rounded);
        table.AddColumn("Soort");
        table.AddColumn(new TableColumn("Rij").RightAligned());
        table.AddColumn("Bevinding");
        table.AddColumn("Bronregel");
        foreach (var f in findings)
            table.AddRow(CommandErrors.Safe(f.Kind), f.Row?.ToString() ?? "", CommandErrors.Safe(f.Message), CommandErrors.Safe(f.SourceLine));
        console.Write(table);
    }
}
