using Preventie.Analytics.Costs;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Batch;

/// <summary><c>preventie batch</c> (the yearly rerun) through the real command line.</summary>
[Collection("ReportConsole")]
public class BatchCommandTests
{
    private static string TempDir() => Directory.CreateTempSubdirectory("preventie-batch-").FullName;

    [Fact]
    public void Batch_writes_a_report_and_results_for_every_pilot_and_an_overview()
    {
        var outDir = Path.Combine(TempDir(), "uit");
        var (exit, output, error) = Cli.CommandLine.Run("batch", "--out", outDir, "--psa", "0", "--cdn", "--zonder-pdf");
        Assert.True(exit == 0, error + output);

        var pilots = Directory.GetFiles(TestModels.ScenarioDir, "*.yaml").Select(Path.GetFileNameWithoutExtension)
            .Where(n => n != "basis").ToList();
        Assert.Equal(6, pilots.Count);
        foreach (var slug in pilots)
        {
            foreach (var f in new[] { "rapport.html", "raadsversie.html", "rapport.xlsx", "resultaten/betalers.csv", "resultaten/resultaat.json" })
                Assert.True(File.Exists(Path.Combine(outDir, slug!, f)), $"{slug}/{f} missing");
        }
        Assert.True(File.Exists(Path.Combine(outDir, "inventaris.xlsx")));
        // issue 23: the raadsversie of the whole set at the top, named in the console summary; without draws no "Waar investeren?"
        Assert.Equal(["inventaris.xlsx", "overzicht.html", "overzicht.xlsx", "raadsversie.html"],
            Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("raadsversie.html(allescenario'ssamen,voorderaad)", System.Text.RegularExpressions.Regex.Replace(output, @"\s+", ""));
        var setBrief = File.ReadAllText(Path.Combine(outDir, "raadsversie.html"));
        foreach (var slug in pilots)
        {
            Assert.Contains($"<a href=\"{slug}/raadsversie.html\">raadsversie</a>", setBrief);
            Assert.Contains($"<a href=\"{slug}/rapport.html\">bijlage (volledig rapport)</a>", setBrief);
        }
        var overview = File.ReadAllText(Path.Combine(outDir, "overzicht.html"));
        Assert.Contains("Preventiescenario&#39;s: overzicht voor de raad", overview);
        foreach (var slug in pilots) Assert.Contains($"{slug}/rapport.html", overview);
        // issue 23: each scenario's raadsversie, linked from the overview, with the full report as its appendix
        foreach (var slug in pilots) Assert.Contains($"<a href=\"{slug}/raadsversie.html\">raadsversie</a>", overview);
        Assert.Contains("<a href=\"raadsversie.html\">raadsversie.html</a>", overview);
        Assert.Contains("<a href=\"rapport.html\">rapport.html</a>", File.ReadAllText(Path.Combine(outDir, "wijkpilot", "raadsversie.html")));
        // issue 11: the overview listed "geen aannamen/bronnen" while most parameters are assumptions
        Assert.DoesNotContain("Er zijn geen aannamen opgegeven", overview);
        Assert.DoesNotContain("Er zijn geen bronnen opgegeven", overview);
        var assumed = File.ReadLines(Path.Combine(TestModels.DefaultModelDir, "parameters.csv")).Skip(1)
            .Where(l => !l.StartsWith('#')).Select(l => l.Split(';')).Where(c => c.Length > 4 && c[4] == "ja").Select(c => c[0]).ToList();
        Assert.True(assumed.Count > 10);
        foreach (var name in assumed) Assert.Contains($"<td>{name}</td>", overview);
        Assert.Contains("Inventaris: 23 activiteiten", output);
        // the shipped warnings (ScenarioPlausibilityTests; the wijkpilot's wijkaandeel): printed once each, in its scenario's report and in the overview
        Assert.Contains("2 waarschuwingen (toegestaan, maar ongebruikelijk):", error);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(error, "parameter 'effect_verschuiven_instroom'"));
        Assert.Contains("Toegestane, maar ongebruikelijke invoer", overview);
        Assert.Contains("parameter &#39;effect_verschuiven_instroom&#39;", overview);
        Assert.Contains("Let op: ongebruikelijke invoer", File.ReadAllText(Path.Combine(outDir, "verschuiven-naar-voorliggend", "rapport.html")));
        Assert.DoesNotContain("Let op: ongebruikelijke invoer", File.ReadAllText(Path.Combine(outDir, "jonge-kind", "rapport.html")));
        // with the shipped wijk file (the batch default) the wijkpilot's wijkaandeel differs from its wijken's share of
        // inhabitants: that warning is printed, and shown in the wijkpilot's report and in the overview
        Assert.Contains("het wijkaandeel van 'Wijkpilot'", error);
        var wijkpilot = File.ReadAllText(Path.Combine(outDir, "wijkpilot", "rapport.html"));
        Assert.Contains("Let op: ongebruikelijke invoer", wijkpilot);
        Assert.Contains("het wijkaandeel van &#39;Wijkpilot&#39;", wijkpilot);
        Assert.Contains("het wijkaandeel van &#39;Wijkpilot&#39;", overview);
        foreach (var other in new[] { "investeringsfonds", "presentie-versus-toegang", "stoppen-en-opschalen" })
            Assert.DoesNotContain("Let op: ongebruikelijke invoer", File.ReadAllText(Path.Combine(outDir, other, "rapport.html")));
        // issue 23: the shipped wijk file is illustrative and the city figures are sums over its wijken, so every sheet of
        // the overview and of each report says so at the top; the first sheet names why
        foreach (var xlsx in pilots.Select(p => Path.Combine(outDir, p!, "rapport.xlsx")).Prepend(Path.Combine(outDir, "overzicht.xlsx")))
        {
            var sheets = Reporting.WorkbookContent.Read(xlsx);
            Assert.Equal("Over dit bestand", sheets[0].Name);
            Assert.All(sheets, s => Assert.StartsWith("Illustratief: ", s.Text(2, 0)));
            Assert.All(sheets, s => Assert.Contains(WijkChapter.IllustrativeSubject, s.Text(2, 0)));
            Assert.StartsWith("ja: de wijkcijfers", sheets[0].Text(sheets[0].RowOf("Illustratief"), 1));
            Assert.Equal(20240101, sheets[0].At(sheets[0].RowOf("Seed (startwaarde van het toeval)"), 1)!.Number);
        }
        // no temporary folders are left next to the output
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(outDir)!, ".*.tmp"));
    }

    [Fact]
    public void Batch_with_a_broken_scenario_writes_nothing_and_keeps_the_previous_output()
    {
        var root = TempDir();
        var scenarios = Path.Combine(root, "scenarios");
        Directory.CreateDirectory(scenarios);
        File.Copy(Path.Combine(TestModels.ScenarioDir, "basis.yaml"), Path.Combine(scenarios, "basis.yaml"));
        File.Copy(Path.Combine(TestModels.ScenarioDir, "wijkpilot.yaml"), Path.Combine(scenarios, "wijkpilot.yaml"));
        File.WriteAllText(Path.Combine(scenarios, "kapot.yaml"), "naam: Kapot\nbasis: basis.yaml\ninterventies:\n  - naam: X\n    doelgroep: alle\n    bereik: {waarde: 1.5, aanname: true}\n");
        var outDir = Path.Combine(root, "uit");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "vorige-run.txt"), "blijft staan");

        var (exit, _, error) = Cli.CommandLine.Run("batch", "--out", outDir, "--psa", "0", "--cdn", "--scenarios", scenarios);

        Assert.Equal(2, exit);
        Assert.Contains("kapot.yaml", error);
        Assert.Contains("Er is niets weggeschreven.", error);
        Assert.Equal(new[] { "vorige-run.txt" }, Directory.GetFileSystemEntries(outDir).Select(Path.GetFileName));
    }

    [Fact]
    public void Batch_rejects_a_missing_scenario_folder_in_dutch()
    {
        var (exit, _, error) = Cli.CommandLine.Run("batch", "--out", Path.Combine(TempDir(), "uit"), "--scenarios", "/bestaat/niet");
        Assert.Equal(2, exit);
        Assert.Contains("scenariomap niet gevonden", error);
    }

    [Fact]
    public void Overview_tables_split_net_benefit_over_payer_groups_that_add_up_to_the_total()
    {
        var (_, _, a) = ScenarioPair.Load(TestModels.DefaultModelDir, Path.Combine(TestModels.ScenarioDir, "wijkpilot.yaml"), Path.Combine(TestModels.ScenarioDir, "basis.yaml")).Run();
        var (_, _, b) = ScenarioPair.Load(TestModels.DefaultModelDir, Path.Combine(TestModels.ScenarioDir, "jonge-kind.yaml"), Path.Combine(TestModels.ScenarioDir, "basis.yaml")).Run();
        var table = ScenarioOverview.NetBenefitTable(new[] { a!, b! });
        Assert.Equal(2, table.Rows.Count);
        foreach (var (row, cmp) in table.Rows.Zip(new[] { a!, b! }))
        {
            // columns: scenario, investment gemeente, gemeente, zvw, wlz, rijk, inwoners, total (the groups of betalers.csv)
            var gemeente = row[2].Value!.Value;
            var zvw = row[3].Value!.Value;
            var wlz = row[4].Value!.Value;
            var rijk = row[5].Value!.Value;
            var inwoners = row[6].Value!.Value;
            Assert.Equal(cmp.For(TestPayers.Zvw).NetBenefitDiscounted, zvw);
            Assert.Equal(cmp.For(TestPayers.Wlz).NetBenefitDiscounted, wlz);
            Assert.Equal(cmp.For(TestPayers.Rijk).NetBenefitDiscounted, rijk);
            Assert.Equal(cmp.For(TestPayers.Inwoners).NetBenefitDiscounted, inwoners);
            // the five groups cover all eight payers exactly once
            Assert.Equal(TestPayers.Deventer.OwnGroup.Members.Sum(p => cmp.For(p).NetBenefitDiscounted), gemeente, 6);
            Assert.Equal(row[7].Value!.Value, gemeente + zvw + wlz + rijk + inwoners, 6);
        }
        var chart = ScenarioOverview.NetBenefitChart(new[] { a!, b! }).ToJson();
        Assert.Contains("\"orientation\":\"h\"", chart);
    }
}
