using Preventie.Analytics.Html;
using Preventie.Analytics.Formatting;
using System.Security.Cryptography;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Model;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.States;
using Preventie.Analytics.Tests.Simulation;
using static Preventie.Analytics.Tests.CouncilReportSamples;

namespace Preventie.Analytics.Tests.Reporting;

/// <summary>The council report on the shipped pilot: its words and tables against the comparison's numbers.</summary>
public class CouncilReportTests
{
    private static readonly Lazy<(ReportDocument Report, ScenarioComparison Comparison)> PilotRun = new(() =>
    {
        var (_, _, cmp) = ScenarioPair.Load(TestModels.DefaultModelDir, PilotFile, BasisFile).Run();
        return (Pilot(), cmp!);
    });

    private static ScenarioComparison Cmp => PilotRun.Value.Comparison;
    private static ReportDocument Report => PilotRun.Value.Report;

    private static string Conclusion() => string.Join("\n", Report.Sections[0].Blocks.Select(b => b switch
    {
        ReportParagraph p => p.Text,
        ReportBulletList l => string.Join("\n", l.Items),
        _ => "",
    }));

    [Fact]
    public void Conclusion_states_the_comparisons_numbers()
    {
        var text = Conclusion();
        var gem = Cmp.Gemeente;
        Assert.Contains($"De gemeente investeert per saldo {DutchFormat.EuroCompact(gem.InvestmentDiscounted)}", text);
        Assert.Contains($"de gemeente {DutchFormat.EuroCompact(gem.NetBenefitDiscounted)}", text);
        Assert.Contains($"de zorgverzekeraar (Zvw) {DutchFormat.EuroCompact(Cmp.For(TestPayers.Zvw).NetBenefitDiscounted)}", text);
        Assert.Contains($"de Wlz (zorgkantoor) {DutchFormat.EuroCompact(Cmp.For(TestPayers.Wlz).NetBenefitDiscounted)}", text);
        Assert.Contains($"het Rijk {DutchFormat.EuroCompact(Cmp.For(TestPayers.Rijk).NetBenefitDiscounted)}", text);
        Assert.Contains($"de inwoners {DutchFormat.EuroCompact(Cmp.For(TestPayers.Inwoners).NetBenefitDiscounted)}", text);
        Assert.Contains($"Alle betalers samen: {DutchFormat.EuroCompact(Cmp.Total.NetBenefitDiscounted)}", text);
        // who pays: each municipal budget that invests, with its amount
        foreach (var p in TestPayers.Deventer.All.Where(p => p.IsOwnBudget && Cmp.For(p).InvestmentDiscounted > 0.5))
            Assert.Contains(DutchFormat.EuroCompact(Cmp.For(p).InvestmentDiscounted) + " (" + p.Label["Gemeente – ".Length..] + ")", text);
        // the wrong pocket: share of savings outside the municipality, computed here
        var outside = (Cmp.Total.SavingsDiscounted - gem.SavingsDiscounted) / Cmp.Total.SavingsDiscounted;
        Assert.Contains($"komt {DutchFormat.Percent(outside, 0)} terecht buiten de gemeente", text);
        // break-even and life-years
        Assert.NotNull(gem.BreakEvenYear);
        Assert.Contains($"terugverdiend in {gem.BreakEvenYear}", text);
        var years = Cmp.SelfReliantYearsGained;
        Assert.Contains(DutchFormat.Number(Math.Abs(years), 1) + (years < 0 ? " jaar minder lang zelfredzaam" : " jaar langer zelfredzaam"), text);
        Assert.Contains($"{ReturnText(gem)} aan lagere zorgkosten", text);
        // the caveat, with the model's own count of assumed parameters
        var model = Cmp.Scenario.Compiled.Model;
        Assert.Contains($"{model.Parameters.All.Count(p => p.IsAssumption)} van de {model.Parameters.Count} modelparameters rusten op aannames", text);
    }

    private static string ReturnText(PayerOutcome o) => DutchFormat.Euro(o.SavingsDiscounted / o.InvestmentDiscounted, 2);

    [Fact]
    public void Break_even_sentence_says_so_when_the_municipality_never_earns_it_back()
    {
        var scenario = Charts.DomainChartInputs.Run80Plus(cycles: 3, p: 0, costS1: 1500);
        var comparator = Charts.DomainChartInputs.Run80Plus(cycles: 3, p: 0, costS1: 1000);
        var lines = ConclusionChapter.Conclusion(ScenarioComparison.Create(scenario, comparator));
        // the scenario costs the Wmo 200 × € 500 = € 100.000 a year more care: no break-even, a net loss of € 300.000
        var pv = Enumerable.Range(0, 3).Sum(t => 100_000 / Math.Pow(1.0225, t));
        Assert.Contains(lines, l => l.Contains($"Meer zorgkosten: de gemeente {DutchFormat.EuroCompact(pv)} (Wmo)."));
        Assert.Contains(lines, l => l.Contains("Wie betaalt extra voor preventie: geen enkele betaler."));
        Assert.Contains(lines, l => l.Contains($"De gemeente komt tot en met 2026 niet uit de kosten: het opgetelde netto resultaat is dan {DutchFormat.EuroCompact(-300_000)} (nominaal)."));
    }

    [Fact]
    public void Payer_table_and_per_year_tables_hold_the_comparisons_amounts()
    {
        var table = PayersChapter.PayerSummaryTable(Cmp);
        Assert.Equal(TestPayers.Deventer.Count + 2, table.Rows.Count);
        for (var i = 0; i < TestPayers.Deventer.Count; i++)
        {
            var o = Cmp.Payers[i];
            Assert.Equal(o.Label, table.Rows[i][0].Text);
            Assert.Equal(o.InvestmentDiscounted, table.Rows[i][1].Value);
            Assert.Equal(o.SavingsDiscounted, table.Rows[i][2].Value);
            Assert.Equal(o.NetBenefitDiscounted, table.Rows[i][3].Value);
            Assert.Equal(o.NetBenefitNominal, table.Rows[i][4].Value);
        }

        var nominal = YearsChapter.NetBenefitPerYearTable(Cmp, discounted: false);
        var discounted = YearsChapter.NetBenefitPerYearTable(Cmp, discounted: true);
        var T = Cmp.Years.Count;
        Assert.Equal(T + 1, nominal.Rows.Count);
        Assert.Equal(new[] { "Jaar", "Gemeente totaal", "Zvw", "Wlz", "Rijk", "Inwoners", "Alle betalers" }, nominal.Header);
        var rate = Cmp.DiscountRate;
        for (var t = 0; t < T; t++)
        {
            Assert.Equal(Cmp.Gemeente.NetBenefitByYear[t], nominal.Rows[t][1].Value!.Value, 6);
            Assert.Equal(Cmp.Gemeente.NetBenefitByYear[t] / Math.Pow(1 + rate, t), discounted.Rows[t][1].Value!.Value, 6);
        }
        // the total rows: nominal sum, and the present value (first year undiscounted)
        Assert.Equal(Cmp.Gemeente.NetBenefitNominal, nominal.Rows[T][1].Value!.Value, 4);
        Assert.Equal(Cmp.Gemeente.NetBenefitDiscounted, discounted.Rows[T][1].Value!.Value, 4);
        Assert.Equal(Cmp.Total.NetBenefitDiscounted, discounted.Rows[T][6].Value!.Value, 4);
        Assert.Equal(Cmp.For(TestPayers.Wlz).NetBenefitDiscounted, discounted.Rows[T][3].Value!.Value, 4);

        var people = PopulationChapter.PersonYearsTable(Cmp);
        Assert.Equal(Cmp.SelfReliantYearsGained, people.Rows[0][3].Value!.Value, 9);
        Assert.Equal(Cmp.Scenario.PersonYears(NeedTier.Zelfredzaam) - Cmp.Comparator.PersonYears(NeedTier.Zelfredzaam), people.Rows[0][3].Value!.Value, 6);
    }

    [Fact]
    public void Every_assumed_parameter_and_assumed_scenario_value_is_listed()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var names = Report.Assumptions.Select(a => a.Parameter).ToList();
        foreach (var p in model.Parameters.All.Where(p => p.IsAssumption)) Assert.Contains(p.Name, names);
        foreach (var p in model.Parameters.All.Where(p => !p.IsAssumption)) Assert.DoesNotContain(p.Name, names);
        // the pilot's own assumed values (reach and effects come from assumed parameters) and basis' assumed costs
        Assert.Contains("Verschuiven naar voorliggend – Voorliggende voorzieningen: bereik", names);
        Assert.Contains("Basis (huidig beleid) – Ontmoetingsactiviteiten ouderen: kosten Gemeente – preventiebudget", names);
        Assert.DoesNotContain("Verschuiven naar voorliggend – Voorliggende voorzieningen: kosten Gemeente – Wmo", names); // sourced (Hengelo)
        var sources = Report.DataSources.Select(d => d.Name).ToList();
        foreach (var p in model.Parameters.All.Where(p => !string.IsNullOrWhiteSpace(p.Source))) Assert.Contains(p.Name, sources);
        Assert.Contains("Voorliggende voorzieningen: kosten Gemeente – Wmo", sources);
    }

    [Fact]
    public void Metadata_hashes_both_scenarios_their_parents_and_every_parameter_file()
    {
        var files = Report.Metadata.InputFiles;
        var expected = new[] { "verschuiven-naar-voorliggend.yaml", "basis.yaml" }
            .Concat(Directory.GetFiles(TestModels.DefaultModelDir).Select(Path.GetFileName).Order(StringComparer.Ordinal)!).ToList();
        Assert.Equal(expected, files.Select(f => f.FileName));
        foreach (var f in files)
        {
            var path = f.FileName.EndsWith(".yaml") ? Path.Combine(TestModels.ScenarioDir, f.FileName) : Path.Combine(TestModels.DefaultModelDir, f.FileName);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), f.Sha256);
        }
        Assert.Null(Report.Metadata.Seed);
        Assert.Contains(Report.Metadata.Extra, e => e.Key == "Onzekerheidsanalyse" && e.Value == "niet gevraagd");
    }

    private static readonly Analytics.Analysis.AnalysisOptions Psa200 = new(PsaDraws: 200, Seed: 42, CreatedAt: DateTimeOffset.UnixEpoch);

    /// <summary>The pilot report (the analysis of <see cref="Cmp"/>'s scenario pair) with <paramref name="options"/>.</summary>
    private static ReportDocument PilotReport(Analytics.Analysis.AnalysisOptions options) =>
        CouncilReport.Create(TestModels.DefaultModelDir, PilotFile, BasisFile, options);

    [Fact]
    public void Psa_section_shows_the_numbers_of_a_PSA_run_directly_with_the_same_seed()
    {
        var report = PilotReport(Psa200);
        var section = Assert.Single(report.Sections, s => s.Heading == "Hoe zeker is dit?");
        var text = string.Join(" ", section.Blocks.Select(b => b switch
        {
            ReportParagraph p => p.Text,
            ReportBulletList l => string.Join(" ", l.Items),
            _ => "",
        }));

        var model = Cmp.Scenario.Compiled.Model;
        var psa = Analytics.Uncertainty.ProbabilisticAnalysis.Run(Cmp.Scenario.Compiled, Cmp.Comparator.Compiled,
            Analytics.Uncertainty.UncertainParameters.For(model), new Analytics.Uncertainty.PsaOptions { Draws = 200, Seed = 42 });
        var gem = psa.Gemeente;
        string Range(Analytics.Uncertainty.OutcomeSummary x) => $"{DutchFormat.EuroCompact(x.Low)} en {DutchFormat.EuroCompact(x.High)}";
        string Pct(double p) => DutchFormat.Percent(p, 0);
        Assert.Contains($"Kans dat de gemeente er netto geld aan overhoudt: in {Pct(gem.NetBenefit.ProbabilityPositive)} van de doorgerekende mogelijkheden.", text);
        Assert.Contains($"Netto resultaat van de gemeente: in 90% van de doorgerekende mogelijkheden tussen {Range(gem.NetBenefit)} (puntschatting {DutchFormat.EuroCompact(Cmp.Gemeente.NetBenefitDiscounted)}).", text);
        Assert.Contains($"Zorgverzekeraar (Zvw): tussen {Range(psa.For("zvw").NetBenefit)}; Wlz (zorgkantoor): tussen {Range(psa.For("wlz").NetBenefit)}; " +
                        $"Rijk: tussen {Range(psa.For("rijk").NetBenefit)}; Inwoners: tussen {Range(psa.For("inwoners").NetBenefit)}.", text);
        Assert.Contains($"Alle betalers samen: tussen {Range(psa.Total.NetBenefit)}; kans op een positief resultaat {Pct(psa.Total.NetBenefit.ProbabilityPositive)}.", text);
        Assert.Contains($"raadsperiode 2026–2030 terugverdient (uiterlijk in 2030 blijvend quitte speelt): {Pct(psa.MunicipalBreakEvenInTerm)}.", text);
        Assert.Contains($"De waarde van betere informatie (wat meer zekerheid hooguit waard is): voor alle betalers samen {DutchFormat.EuroCompact(psa.Total.Evpi)}, voor de gemeente alleen {DutchFormat.EuroCompact(gem.Evpi)}.", text);
        Assert.Contains($"geld aan over (in {Pct(gem.NetBenefit.ProbabilityPositive)} van de doorgerekende mogelijkheden)", text);
        Assert.Contains("200 keer doorgerekend", text);
        Assert.Contains("ook de spreiding zelf is een aanname", text);
        Assert.DoesNotContain("nog niet beschikbaar", text);
        // the point estimate is the deterministic comparison's
        Assert.Equal(Cmp.Gemeente.NetBenefitDiscounted, gem.PointEstimate, 6);

        var table = Assert.Single(section.Blocks.OfType<ReportTable>());
        var shown = psa.Shown.ToList();
        Assert.Equal(shown.Count, table.Rows.Count);
        for (var i = 0; i < shown.Count; i++)
        {
            var row = table.Rows[i];
            Assert.Equal(shown[i].Label, row[0].Text);
            Assert.Equal(shown[i].PointEstimate, row[1].Value);
            Assert.Equal(shown[i].NetBenefit.Mean, row[2].Value);
            Assert.Equal(shown[i].NetBenefit.Low, row[3].Value);
            Assert.Equal(shown[i].NetBenefit.High, row[4].Value);
            Assert.Equal(shown[i].NetBenefit.ProbabilityPositive, row[5].Value);
        }
        Assert.Equal("Alle betalers", table.Rows[^1][0].Text);

        // tornado (top 12 of the one-way analysis), cloud (all 200 draws), acceptability (gemeente, Zvw, Wlz, totaal)
        Assert.Contains(section.Blocks.OfType<ReportFigure>(), f => f.Caption!.EndsWith(
            $"oplevert: {Pct(psa.SelfReliantYearsGained.ProbabilityPositive)} van de doorgerekende mogelijkheden."));
        var figures = section.Blocks.OfType<ReportFigure>().Select(f => f.Figure).ToList();
        Assert.Equal(3, figures.Count);
        var oneWay = Analytics.Uncertainty.OneWaySensitivity.Run(Cmp.Scenario.Compiled, Cmp.Comparator.Compiled,
            Analytics.Uncertainty.UncertainParameters.FromParameterSet(model.Parameters));
        var top = oneWay.RankedByGemeente.Take(12).Select(r => r.Parameter).ToList();
        Assert.Equal(12, top.Count);
        // bars by their Dutch description (omschrijvingen.csv), the code in the hover
        var descriptions = ParameterDescriptions.Load(TestModels.DefaultModelDir);
        Assert.Equal(top.Select(descriptions.For), Charts.DomainChartInputs.Texts(figures[0].Traces[0], "y"));
        Assert.Contains("Effect verschuiving: maatwerk naar voorliggend", Charts.DomainChartInputs.Texts(figures[0].Traces[0], "y"));
        Assert.All(top.Zip(Charts.DomainChartInputs.Texts(figures[0].Traces[0], "hovertext")), p => Assert.Contains($"[{p.First}]", p.Second));
        Assert.Equal(200, Charts.DomainChartInputs.Numbers(figures[1].Traces[0], "x").Length);
        Assert.Equal(new[] { "Gemeente (totaal)", "Zorgverzekeraar (Zvw)", "Wlz (zorgkantoor)", "Rijk", "Inwoners", "Alle betalers" },
            figures[2].Traces.Select(t => (string)t.Attributes.Get("name")!));
        Assert.Equal(psa.Gemeente.Acceptability.Select(a => a.Probability * 100), Charts.DomainChartInputs.Numbers(figures[2].Traces[0], "y"));

        Assert.Equal(42, report.Metadata.Seed);
        Assert.Contains(report.Metadata.Extra, e => e.Key == "Onzekerheidsanalyse" && e.Value.StartsWith("200 trekkingen (PSA), seed 42"));
    }

    [Fact]
    public void Psa_report_is_the_same_for_the_same_seed_and_differs_for_another()
    {
        var plotly = PlotlyScriptSource.Cdn;
        var first = PilotReport(Psa200).ToFullHtml(plotly);
        Assert.Equal(first, PilotReport(Psa200).ToFullHtml(plotly));
        Assert.NotEqual(first, PilotReport(Psa200 with { Seed = 43 }).ToFullHtml(plotly));
    }

    [Fact]
    public void Psa_without_seed_uses_the_documented_default_and_a_negative_seed_is_refused_in_Dutch()
    {
        var report = PilotReport(Psa200 with { Seed = null, PsaDraws = 20 });
        Assert.Equal((int)Analytics.Uncertainty.PsaOptions.DefaultSeed, report.Metadata.Seed);
        var ex = Assert.Throws<Analytics.Input.DataValidationException>(() => PilotReport(Psa200 with { Seed = -1 }));
        Assert.Contains("de seed moet 0 of groter zijn", ex.Message);
    }

    [Fact]
    public void Same_inputs_and_date_give_the_same_html()
    {
        var plotly = PlotlyScriptSource.Cdn;
        Assert.Equal(Pilot().ToFullHtml(plotly), Pilot().ToFullHtml(plotly));
    }

    [Fact]
    public void Hostile_scenario_name_and_description_are_escaped_everywhere()
    {
        var html = Hostile().ToFullHtml(PlotlyScriptSource.Cdn);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("<b>opmaak</b>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html); // headings, paragraphs, tables
        Assert.Contains("\\u0026lt;script\\u0026gt;alert(1)", html);    // chart JSON (plotly shows it as text)
        // only our own scripts: one per chart, and the CDN script tag
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script").Count;
        Assert.Equal(1 + Hostile().Sections.SelectMany(s => s.Blocks).OfType<ReportFigure>().Count(), scripts);
    }

    [Fact]
    public void Inventory_adds_the_coverage_chart_its_note_its_source_and_its_hash()
    {
        // the inventory is an input of the analysis (read once, hashed with the other input files)
        var inputs = Analytics.Analysis.AnalysisInputs.Load(Analytics.Analysis.InputPaths.ForPair(TestModels.DefaultModelDir, PilotFile, BasisFile)
            with { InventoryFile = Inventory.InventoryTestFiles.Extract });
        var report = CouncilReport.Build(Analytics.Analysis.AnalysisRunner.Run(inputs, inputs.Scenarios[0], FixedDate));
        var section = Assert.Single(report.Sections, s => s.Heading == "Het huidige preventieaanbod");
        Assert.Single(section.Blocks.OfType<ReportFigure>());
        Assert.Contains(section.Blocks.OfType<ReportParagraph>(), p => p.Text == Analytics.Charts.InventoryCharts.MissingAgeBandsNote);
        Assert.Contains(report.DataSources, d => d.Reference == "deventer-2022-extract.csv" && d.Description.StartsWith("23 activiteiten"));
        Assert.Equal("deventer-2022-extract.csv", report.Metadata.InputFiles[^1].FileName);
    }
}
