using Preventie.Analytics.Html;
using Preventie.Analytics.Plausibility;
using System.Globalization;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Cli;
using Xunit;

namespace Preventie.Analytics.Tests.Simulation;

/// <summary>
/// Legal but unusual scenario values give Dutch warnings (<see cref="ScenarioPlausibility"/>): each fires on a crafted
/// scenario, none fires on a plain one, the shipped scenarios give only the justified one, and the warnings reach the
/// CLI's standard error and the council report (escaped).
/// </summary>
[Collection("ReportConsole")]
public class ScenarioPlausibilityTests
{
    private const int ThisYear = 2026;

    /// <summary>A plain scenario on the default model; each argument can be made unusual.</summary>
    private static string Yaml(int start = 2024, int end = 2035, string rate = "0.0225", string reach = "{waarde: 0.3, aanname: true}",
        string effect = "{type: overgang, van: zelfredzaam, naar: tijdelijk_maatwerk, verandering: {waarde: -0.1, aanname: true}}",
        string cost = "100000", string band = "alle", string name = "Proef") =>
        $"""
        naam: Proef
        startjaar: {start}
        eindjaar: {end}
        discontovoet: {"{"}waarde: {rate}, bron: "test"{"}"}
        interventies:
          - naam: "{name}"
            doelgroep: {band}
            bereik: {reach}
            start: {start}
            kosten:
              - {"{"}betaler: gemeente_preventie, bedrag: {"{"}waarde: {cost}, aanname: true{"}"}{"}"}
            effecten:
              - {effect}
        """;

    private static IReadOnlyList<Analytics.Input.DataError> WarningsOf(string yaml, string? modelDir = null)
    {
        var path = TestModels.WriteScenario(yaml, "proef.yaml");
        var pair = ScenarioPair.Load(modelDir ?? TestModels.DefaultModelDir, path, null);
        return ScenarioPlausibility.Warnings(pair.Scenario, ThisYear);
    }

    [Fact]
    public void A_plain_scenario_gives_no_warning() => Assert.Empty(WarningsOf(Yaml()));

    public static TheoryData<string, string, string> Unusual() => new()
    {
        { Yaml(end: 2060), "eindjaar", "horizon van 37 jaar" },
        { Yaml(rate: "0"), "discontovoet", "discontovoet van 0" },
        { Yaml(rate: "0.08"), "discontovoet", "ongebruikelijk hoog" },
        { Yaml(start: 2040, end: 2050), "startjaar", "meer dan 5 jaar van 2026" },
        { Yaml(reach: "{waarde: 0.95, aanname: true}"), "interventies[Proef].bereik", "95%" },
        { Yaml(reach: "{waarde: 0, aanname: true}"), "interventies[Proef].bereik", "bereik van 0" },
        { Yaml(effect: "{type: overgang, van: zelfredzaam, naar: tijdelijk_maatwerk, verandering: {waarde: -0.6, aanname: true}}"), "interventies[Proef].effecten.verandering", "-60%" },
        { Yaml(effect: "{type: verschuiving, van: tijdelijk_maatwerk, naar: tijdelijk_voorliggend, aandeel: {waarde: 0.6, aanname: true}}"), "interventies[Proef].effecten.aandeel", "60% per jaar" },
        { Yaml(cost: "1000000000"), "interventies[Proef].kosten", "per bereikte inwoner per jaar is meer dan de duurste zorg" },
        { Yaml(effect: "{type: overgang, van: zelfredzaam, naar: tijdelijk_maatwerk, verandering: {parameter: effect_verschuiven_instroom}}"), "verdeling", "halve standaardafwijking" },
    };

    [Theory]
    [MemberData(nameof(Unusual))]
    public void Each_unusual_value_gives_its_Dutch_warning_naming_file_field_and_value(string yaml, string field, string text)
    {
        var warning = Assert.Single(WarningsOf(yaml));
        Assert.Equal(field, warning.Field);
        Assert.NotNull(warning.Value);
        Assert.Contains(text, warning.Message);
        Assert.Contains(field == "verdeling" ? "parameters.csv" : "proef.yaml", warning.ToString());
    }

    [Fact]
    public void A_tiny_target_group_is_warned()
    {
        var model = TestModels.CopyDefaultModel();
        var csv = Path.Combine(model, "parameters.csv");
        var lines = File.ReadAllLines(csv);
        Assert.Contains(lines, l => l.StartsWith("inwoners_0_3;4339;", StringComparison.Ordinal));
        File.WriteAllLines(csv, lines.Select(l => l.StartsWith("inwoners_0_3;", StringComparison.Ordinal) ? "inwoners_0_3;400;" + l["inwoners_0_3;4339;".Length..] : l));
        var warning = Assert.Single(WarningsOf(Yaml(band: "[0-3]"), model));
        Assert.Equal("interventies[Proef].doelgroep", warning.Field);
        Assert.Equal("400 inwoners", warning.Value);
        Assert.Empty(WarningsOf(Yaml(band: "[0-3]")));
    }

    /// <summary>
    /// The shipped scenarios, each with the basis: only verschuiven-naar-voorliggend warns, about the triangular
    /// distribution of effect_verschuiven_instroom (point value −0,02 is its mode; its mean −0,027 is what the PSA centres on).
    /// </summary>
    [Fact]
    public void Shipped_scenarios_give_only_the_justified_warning()
    {
        var basis = Path.Combine(TestModels.ScenarioDir, "basis.yaml");
        foreach (var file in Directory.GetFiles(TestModels.ScenarioDir, "*.yaml"))
        {
            var pair = ScenarioPair.Load(TestModels.DefaultModelDir, file, basis);
            var warnings = ScenarioPlausibility.Warnings(pair.Scenario, pair.Comparator, ThisYear);
            if (Path.GetFileName(file) == "verschuiven-naar-voorliggend.yaml")
                Assert.Contains("parameter 'effect_verschuiven_instroom'", Assert.Single(warnings).Message);
            else
                Assert.Empty(warnings);
        }
    }

    [Fact]
    public void The_pair_and_the_report_show_the_same_warnings_and_the_report_escapes_them()
    {
        var path = TestModels.WriteScenario(Yaml(reach: "{waarde: 0.95, aanname: true}", name: "<script>alert(1)</script>"), "proef.yaml");
        var basis = Path.Combine(TestModels.ScenarioDir, "basis.yaml");
        var pair = ScenarioPair.Load(TestModels.DefaultModelDir, path, basis);
        var warning = Assert.Single(pair.Warnings);
        var report = CouncilReport.Create(TestModels.DefaultModelDir, path, basis, new Analytics.Analysis.AnalysisOptions(CreatedAt: DateTimeOffset.Parse("2026-01-01", CultureInfo.InvariantCulture)));
        var section = Assert.Single(report.Sections, s => s.Heading == "Let op: ongebruikelijke invoer");
        // the council reads the rule and the file; file, row, field and value as the program reports them are in "Verantwoording"
        var item = Assert.Single(section.Blocks.OfType<ReportBulletList>().Single().Items);
        Assert.Equal(WarningsChapter.ReaderText(warning, Model.ParameterDescriptions.Load(TestModels.DefaultModelDir)), item);
        Assert.EndsWith($"(in {Path.GetFileName(warning.File)}" + (warning.Row is { } row ? $", rij {row})." : ")."), item);
        Assert.Contains(warning.ToString(), report.Method.OfType<ReportBulletList>().Single().Items);
        var html = report.ToFullHtml(PlotlyScriptSource.Cdn);
        Assert.Contains("Let op: ongebruikelijke invoer", html);
        Assert.Contains("kolom &#39;interventies[&lt;script&gt;alert(1)&lt;/script&gt;].bereik&#39;", html);
        Assert.DoesNotContain("<script>alert(1)", html);

        // a plain pair: no such section
        var plain = CouncilReport.Create(TestModels.DefaultModelDir, Path.Combine(TestModels.ScenarioDir, "wijkpilot.yaml"), basis, new Analytics.Analysis.AnalysisOptions());
        Assert.DoesNotContain(plain.Sections, s => s.Heading.StartsWith("Let op", StringComparison.Ordinal));
    }

    [Fact]
    public void The_command_line_prints_the_warning_on_standard_error_and_still_runs()
    {
        var path = TestModels.WriteScenario(Yaml(rate: "0.08"), "proef.yaml");
        var (exit, output, error) = CommandLine.Run("simulate", "--scenario", path, "--compare", Path.Combine(TestModels.ScenarioDir, "basis.yaml"),
            "--parameters", TestModels.DefaultModelDir);
        Assert.Equal(0, exit);
        Assert.Contains("Waarschuwing (toegestaan, maar ongebruikelijk):", error);
        Assert.Contains("proef.yaml, kolom 'discontovoet', waarde '0,08': een discontovoet van 8,00% is ongebruikelijk hoog", error);
        Assert.DoesNotContain("Waarschuwing", output);
    }
}
