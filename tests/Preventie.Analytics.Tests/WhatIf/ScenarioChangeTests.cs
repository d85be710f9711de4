using Preventie.Analytics.Analysis;
using Preventie.Analytics.Input;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.WhatIf;

/// <summary>
/// A "wat als" (<see cref="ScenarioChange"/>) gives, to the cent, what the same change written into the scenario files
/// gives: the edited YAML goes through the file reader, the change through <c>adjust</c>; both through the one analysis.
/// </summary>
public sealed class ScenarioChangeTests : IDisposable
{
    private const string Pilot = "verschuiven-naar-voorliggend.yaml";
    private readonly string _dir = Directory.CreateTempSubdirectory("preventie-watals-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A copy of the shipped scenario folder with <paramref name="edits"/> (file, old text, new text) made.</summary>
    private InputPaths Scenarios(string name, params (string File, string Old, string New)[] edits)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, name)).FullName;
        foreach (var file in Directory.GetFiles(TestModels.ScenarioDir, "*.yaml")) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        foreach (var (file, old, replacement) in edits)
        {
            var path = Path.Combine(folder, file);
            var text = File.ReadAllText(path);
            Assert.True(text.Contains(old, StringComparison.Ordinal), $"{file} bevat '{old}' niet: de test past niet meer bij het scenario");
            File.WriteAllText(path, text.Replace(old, replacement, StringComparison.Ordinal));
        }
        return new InputPaths(TestModels.DefaultModelDir, folder, Path.Combine(folder, "basis.yaml"));
    }

    private static ScenarioComparison Edited(InputPaths paths, string scenarioFile)
    {
        var inputs = AnalysisInputs.Load(paths);
        return AnalysisRunner.Run(inputs, inputs.Scenarios.Single(s => Path.GetFileName(s.File) == scenarioFile), new AnalysisOptions(Investment: false)).Comparison;
    }

    /// <summary>Every payer row, every year: the same amounts to the cent and the same break-even years.</summary>
    private static void AssertSameToTheCent(ScenarioComparison expected, ScenarioComparison actual)
    {
        Assert.Equal(expected.Rows.Select(r => r.Label), actual.Rows.Select(r => r.Label));
        for (var i = 0; i < expected.Rows.Count; i++)
        {
            var (e, a) = (expected.Rows[i], actual.Rows[i]);
            Assert.Equal(e.InvestmentDiscounted, a.InvestmentDiscounted, 0.005);
            Assert.Equal(e.SavingsDiscounted, a.SavingsDiscounted, 0.005);
            Assert.Equal(e.NetBenefitNominal, a.NetBenefitNominal, 0.005);
            Assert.Equal(e.BreakEvenYear, a.BreakEvenYear);
            for (var t = 0; t < e.InvestmentByYear.Length; t++)
            {
                Assert.Equal(e.InvestmentByYear[t], a.InvestmentByYear[t], 0.005);
                Assert.Equal(e.SavingsByYear[t], a.SavingsByYear[t], 0.005);
            }
        }
        Assert.Equal(expected.SelfReliantYearsGained, actual.SelfReliantYearsGained, 1e-6);
    }

    /// <summary>The change moved the result: otherwise "equal to the edited YAML" would prove nothing.</summary>
    private static void AssertMoved(WhatIfResult result) =>
        Assert.True(Math.Abs(result.Changed.Comparison.Total.NetBenefitDiscounted - result.Original.Comparison.Total.NetBenefitDiscounted) > 1_000,
            "de wat-als veranderde de uitkomst niet");

    [Fact]
    public void Half_the_reach_equals_the_scenario_file_with_half_the_reach()
    {
        var result = new ScenarioChange("Voorliggende voorzieningen").WithReachFactor(0.5).Run(AnalysisInputs.Load(Scenarios("bestand")), Pilot);

        var edited = Edited(Scenarios("bewerkt", (Pilot, "bereik: {parameter: bereik_verschuiven}", "bereik: {parameter: 0.5*bereik_verschuiven}")), Pilot);
        AssertSameToTheCent(edited, result.Changed.Comparison);
        AssertMoved(result);
        AssertSameToTheCent(Edited(Scenarios("ongewijzigd"), Pilot), result.Original.Comparison);
    }

    [Fact]
    public void Effect_and_cost_factors_equal_the_scenario_file_with_those_effects_and_amounts()
    {
        var change = new ScenarioChange("voorliggende voorzieningen").WithEffectFactor(2).WithCostFactor(1.2);
        var result = change.Run(AnalysisInputs.Load(Scenarios("bestand")), Pilot);

        var edited = Edited(Scenarios("bewerkt",
            (Pilot, "aandeel: {parameter: effect_verschuiving_route}", "aandeel: {parameter: 2*effect_verschuiving_route}"),
            (Pilot, "verandering: {parameter: effect_verschuiven_instroom}", "verandering: {parameter: 2*effect_verschuiven_instroom}"),
            (Pilot, "bedrag: {waarde: 500000,", "bedrag: {waarde: 600000,"),
            (Pilot, "bedrag: {waarde: 100000,", "bedrag: {waarde: 120000,")), Pilot);
        AssertSameToTheCent(edited, result.Changed.Comparison);
        AssertMoved(result);
        Assert.Equal("'voorliggende voorzieningen': effect × 2, kosten × 1,2", change.Describe());
    }

    [Fact]
    public void A_later_start_moves_the_funded_period_along_as_the_edited_file_does()
    {
        const string fund = "investeringsfonds.yaml";
        var result = new ScenarioChange("Investeringsfonds Preventie").WithStartYear(2026).Run(AnalysisInputs.Load(Scenarios("bestand")), fund);

        var edited = Edited(Scenarios("bewerkt", (fund, "start: 2024\n    eind: 2025", "start: 2026\n    eind: 2027")), fund);
        AssertSameToTheCent(edited, result.Changed.Comparison);
        AssertMoved(result);
    }

    [Fact]
    public void An_intervention_of_the_basis_changes_in_the_basis_too()
    {
        // the pilot inherits it from the basis: with half the effect on both sides, as when basis.yaml is edited
        var result = new ScenarioChange("Vroegsignalering schulden").WithEffectFactor(0).Run(AnalysisInputs.Load(Scenarios("bestand")), Pilot);

        var edited = Edited(Scenarios("bewerkt", ("basis.yaml", "verandering: {parameter: effect_vroegsignalering_schulden}", "verandering: {parameter: 0*effect_vroegsignalering_schulden}")), Pilot);
        AssertSameToTheCent(edited, result.Changed.Comparison);
        Assert.All(result.Changed.Comparison.Comparator.Compiled.Scenario.Interventions.Single(i => i.Name == "Vroegsignalering schulden").Effects,
            e => Assert.Equal(0, e.Size.Expression.Constant));
    }

    [Fact]
    public void No_change_gives_the_scenario_as_in_its_files()
    {
        var inputs = AnalysisInputs.Load(Scenarios("bestand"), s => s with { EndYear = new global::Preventie.Analytics.Timeline.CalendarYear(2030) });
        var result = new ScenarioChange("Voorliggende voorzieningen").Run(inputs, Pilot);

        // the original's adjustment (a notebook's end year) is repeated
        Assert.Equal(2030, result.Changed.Comparison.Years[^1].Value);
        AssertSameToTheCent(result.Original.Comparison, result.Changed.Comparison);
        Assert.Equal("'Voorliggende voorzieningen': niets veranderd", result.Change.Describe());
    }

    [Fact]
    public void A_change_the_model_cannot_take_is_refused_in_Dutch_naming_file_intervention_and_value()
    {
        var paths = Scenarios("bestand");
        var inputs = AnalysisInputs.Load(paths);

        // bereik_verschuiven is 0,25: times 5 is more than everyone
        var reach = Assert.Single(Assert.Throws<DataValidationException>(() => new ScenarioChange("Voorliggende voorzieningen").WithReachFactor(5).Run(inputs, Pilot)).Errors);
        Assert.Equal(Pilot, Path.GetFileName(reach.File));
        Assert.Equal("interventies[Voorliggende voorzieningen].bereik", reach.Field);
        Assert.Equal("5*bereik_verschuiven", reach.Value);
        Assert.Equal("wat als: het bereik wordt 1,250; een bereik moet tussen 0 en 1 liggen", reach.Message);

        var unknown = Assert.Single(Assert.Throws<DataValidationException>(() => new ScenarioChange("Voorliggende voorziening").WithReachFactor(0.5).Run(inputs, Pilot)).Errors);
        Assert.Equal("Voorliggende voorziening", unknown.Value);
        Assert.StartsWith("geen scenario heeft een interventie met deze naam; wel: ", unknown.Message);
        Assert.Contains("Voorliggende voorzieningen", unknown.Message);

        var negative = Assert.Throws<DataValidationException>(() => new ScenarioChange("Voorliggende voorzieningen").WithCostFactor(-1).WithReachFactor(double.NaN).Run(inputs, Pilot)).Errors;
        Assert.Equal(new[] { "bereikfactor", "kostenfactor" }, negative.Select(e => e.Field));

        var start = Assert.Single(Assert.Throws<DataValidationException>(() => new ScenarioChange("Voorliggende voorzieningen").WithStartYear(2040).Run(inputs, Pilot)).Errors);
        Assert.Equal("wat als: het startjaar moet binnen de jaren van het scenario liggen (2024–2035)", start.Message);

        var missing = Assert.Single(Assert.Throws<DataValidationException>(() => new ScenarioChange("Voorliggende voorzieningen").Run(inputs, "bestaat-niet.yaml")).Errors);
        Assert.StartsWith("dit scenario staat niet in de scenariomap; wel: ", missing.Message);
    }

    [Fact]
    public void The_headline_table_and_chart_show_both_numbers()
    {
        var result = new ScenarioChange("Voorliggende voorzieningen").WithReachFactor(0.5).Run(AnalysisInputs.Load(Scenarios("bestand")), Pilot);
        var before = result.Original.Comparison;
        var after = result.Changed.Comparison;

        var headline = result.Headline();
        Assert.StartsWith("Wat als 'Voorliggende voorzieningen': bereik × 0,5 — in 'Verschuiven naar voorliggend' (2024–2035, contant): de gemeente ", headline);
        Assert.Contains($"(zoals in het bestand: {Formatting.DutchFormat.Euro(before.Gemeente.NetBenefitDiscounted)})", headline);
        Assert.Contains($"alle betalers samen {Formatting.DutchFormat.Euro(after.Total.NetBenefitDiscounted)} (was {Formatting.DutchFormat.Euro(before.Total.NetBenefitDiscounted)})", headline);

        var table = result.PayerTable();
        Assert.Equal(after.Rows.Count, table.Rows.Count);
        var total = table.Rows.Single(r => r[0].Text == after.Total.Label);
        Assert.Equal(Formatting.DutchFormat.Euro(after.Total.NetBenefitDiscounted - before.Total.NetBenefitDiscounted), total[3].Text);

        var chart = result.Chart();
        Assert.Equal(new[] { "Zoals in het bestand", "Wat als" }, chart.Traces.Select(t => t.Attributes.Get("name") as string));
        Assert.Contains("<div class=\"wat-als\">", result.ToHtml());
    }

    [Fact]
    public void With_a_wijk_file_every_wijk_equals_the_edited_file_and_the_city_row_is_the_payer_table()
    {
        const string pilot = "wijkpilot.yaml";
        InputPaths WithWijken(InputPaths paths) => paths with
        {
            WijkFile = Path.Combine(TestModels.RepoRoot, "data", "wijken", "wijken.csv"),
            WijkIndicatorFile = Path.Combine(TestModels.RepoRoot, "data", "wijken", "buurtindicatoren-voorbeeld.csv"),
        };
        var result = new ScenarioChange("Wijkpilot").WithEffectFactor(0.5).Run(AnalysisInputs.Load(WithWijken(Scenarios("bestand"))), pilot);

        var inputs = AnalysisInputs.Load(WithWijken(Scenarios("bewerkt",
            (pilot, "verandering: {parameter: effect_wijkpilot_instroom}", "verandering: {parameter: 0.5*effect_wijkpilot_instroom}"),
            (pilot, "aandeel: {parameter: effect_wijkpilot_route}", "aandeel: {parameter: 0.5*effect_wijkpilot_route}"))));
        var edited = AnalysisRunner.Run(inputs, inputs.Scenarios.Single(s => Path.GetFileName(s.File) == pilot), new AnalysisOptions(Investment: false));
        var (expected, actual) = (edited.Wijken!, result.Changed.Wijken!);
        Assert.Equal(expected.Rows.Select(r => r.Wijk), actual.Rows.Select(r => r.Wijk));
        for (var i = 0; i < expected.Rows.Count; i++)
        {
            Assert.Equal(expected.Rows[i].NetMunicipality, actual.Rows[i].NetMunicipality, 0.005);
            Assert.Equal(expected.Rows[i].NetTotal, actual.Rows[i].NetTotal, 0.005);
        }
        // the pilot works in two wijken: halving its effect moves those and leaves a wijk without the pilot nearly alone
        var moved = actual.Rows.Zip(result.Original.Wijken!.Rows).Select(p => Math.Abs(p.First.NetTotal - p.Second.NetTotal)).ToList();
        Assert.True(moved.Max() > 1_000, "de wat-als veranderde geen enkele wijk");

        var table = result.WijkTable()!;
        Assert.Equal(expected.Rows.Count + 1, table.Rows.Count);
        var city = table.Rows[^1];
        Assert.Equal(Formatting.DutchFormat.Euro(result.Changed.Comparison.Gemeente.NetBenefitDiscounted), city[2].Text);
        Assert.Equal(Formatting.DutchFormat.Euro(result.Original.Comparison.Gemeente.NetBenefitDiscounted), city[1].Text);
        Assert.Equal(Formatting.DutchFormat.Euro(result.Changed.Comparison.Total.NetBenefitDiscounted), city[5].Text);
        Assert.Contains("Wat als per wijk", result.ToHtml());
        Assert.Null(new ScenarioChange("Voorliggende voorzieningen").WithReachFactor(0.5).Run(AnalysisInputs.Load(Scenarios("zonder")), Pilot).WijkTable());
    }
}
