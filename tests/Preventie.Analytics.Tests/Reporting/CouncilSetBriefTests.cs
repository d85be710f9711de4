using System.Net;
using System.Text.RegularExpressions;
using Preventie.Analytics.Analysis;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Html;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Reporting.Pdf;
using Preventie.Analytics.Tests.Charts;
using Preventie.Analytics.Tests.Simulation;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Tests.Reporting;

/// <summary>
/// The raadsversie of the whole set (<see cref="CouncilSetBrief"/>, issue 23): per scenario the same sentence as its own
/// raadsversie, the scenarios side by side from their uncertainty analyses, who pays and who gains per payer from the
/// comparisons, the assumptions that matter in the most scenarios, links to each scenario's raadsversie and bijlage, the
/// short glossary and the banner; printed on at most four A4 pages with every table cell on paper. Expected values are
/// taken from the analyses (PsaResult, ScenarioComparison, OneWayResult), not from the brief's own helpers.
/// </summary>
public class CouncilSetBriefTests
{
    private static string Data => Path.Combine(TestModels.RepoRoot, "data");

    /// <summary>All six shipped scenarios against the basis with the shipped (illustrative) wijk file and a small uncertainty analysis.</summary>
    private static readonly Lazy<BatchAnalysis> WithPsa = new(() => Run(60));
    private static readonly Lazy<BatchAnalysis> WithoutPsa = new(() => Run(null, wijken: false));

    private static BatchAnalysis Run(int? draws, bool wijken = true)
    {
        var paths = InputPaths.ForDataFolder(Data) with { WijkFile = wijken ? Path.Combine(Data, "wijken", "wijken.csv") : null, InventoryFile = null, EvidenceDirectory = null };
        return AnalysisRunner.RunBatch(AnalysisInputs.Load(paths),
            new AnalysisOptions(draws, 7, new DateTimeOffset(2026, 3, 5, 10, 0, 0, TimeSpan.Zero), Investment: false));
    }

    private static string Plain(string text) => text.Replace('\u00A0', ' ');

    private static IEnumerable<IReportBlock> Blocks(CouncilBriefDocument brief, string heading) => brief.Sections.Single(s => s.Heading == heading).Blocks;

    [Fact]
    public void Every_scenario_has_the_sentence_of_its_own_raadsversie_and_the_headline_counts_the_gaining_ones()
    {
        var batch = WithPsa.Value;
        Assert.Equal(6, batch.Scenarios.Count);
        var brief = CouncilSetBrief.Build(batch);
        var blocks = Blocks(brief, SetHeadlineChapter.Heading).ToList();
        var gaining = batch.Scenarios.Count(a => a.Psa!.Gemeente.NetBenefit.Mean >= 0.5);
        Assert.StartsWith($"Van de 6 scenario's houdt de gemeente er bij {gaining} naar verwachting per saldo geld aan over", Plain(blocks.OfType<ReportHeadline>().Single().Text));
        var bullets = blocks.OfType<ReportBulletList>().Single().Items.Select(Plain).ToList();
        var html = CouncilBriefTests.VisibleText(brief.ToFullHtml(PlotlyScriptSource.Cdn));
        foreach (var (analysis, bullet) in batch.Scenarios.Zip(bullets))
        {
            var g = analysis.Psa!.Gemeente.NetBenefit;
            var own = Plain(Blocks(CouncilBrief.Build(analysis), BriefHeadlineChapter.Heading).OfType<ReportHeadline>().Single().Text);
            // the same generated sentence as the scenario's own raadsversie, after its name
            Assert.Equal($"{analysis.Comparison.Scenario.ScenarioName}: {char.ToLowerInvariant(own[0])}{own[1..]}", bullet);
            // and its numbers are the PSA's: mean (by sign), 5th and 95th percentile, chance
            Assert.Contains(g.Mean >= 0.5 ? $"houdt de gemeente {DutchFormat.Amount(g.Mean)} over" : $"legt de gemeente {DutchFormat.Amount(-g.Mean)} toe", bullet);
            Assert.Contains($"90%-bandbreedte {DutchFormat.Amount(g.Low)} tot {DutchFormat.Amount(g.High)}", bullet);
            Assert.EndsWith($"is {DutchFormat.Percent(g.ProbabilityPositive, 0)}.", bullet);
            Assert.Contains(bullet, html);
        }
    }

    [Fact]
    public void Comparison_table_holds_each_scenarios_range_chances_and_break_even_chance()
    {
        var batch = WithPsa.Value;
        var table = Blocks(CouncilSetBrief.Build(batch), SetComparisonChapter.Heading).OfType<ReportTable>().Single();
        Assert.Equal(batch.Scenarios.Count, table.Rows.Count);
        var term = batch.Scenarios[0].Psa!.Options;
        Assert.Contains($"Kans terugverdiend {term.CouncilTermStart}–{term.CouncilTermEnd}", table.Header);
        foreach (var (a, row) in batch.Scenarios.Zip(table.Rows))
        {
            var psa = a.Psa!;
            Assert.Equal(a.Comparison.Scenario.ScenarioName, row[0].Text);
            Assert.Equal(psa.Gemeente.NetBenefit.Mean, row[1].Value);
            Assert.Equal((psa.Gemeente.NetBenefit.Low, psa.Gemeente.NetBenefit.High), row[2].Range);
            Assert.Equal(psa.Gemeente.NetBenefit.ProbabilityPositive, row[3].Value);
            Assert.Equal(psa.Gemeente.BreakEvenInTerm, row[4].Value);
            Assert.Equal(psa.Total.NetBenefit.Mean, row[5].Value);
        }
        // without an uncertainty analysis: the calculated amounts and the break-even year, no chance, no range
        var plain = WithoutPsa.Value;
        var simple = Blocks(CouncilSetBrief.Build(plain), SetComparisonChapter.Heading).OfType<ReportTable>().Single();
        Assert.Equal(["Scenario", "Gemeente per saldo", "Alle betalers per saldo", "Gemeente terugverdiend in"], simple.Header.ToList());
        foreach (var (a, row) in plain.Scenarios.Zip(simple.Rows))
        {
            Assert.Equal(a.Comparison.Gemeente.NetBenefitDiscounted, row[1].Value);
            Assert.Equal(a.Comparison.Total.NetBenefitDiscounted, row[2].Value);
        }
        var text = CouncilBriefTests.VisibleText(CouncilSetBrief.Build(plain).ToFullHtml(PlotlyScriptSource.Cdn));
        Assert.DoesNotContain("90%-bandbreedte", text);
        Assert.DoesNotContain("Kans", text);
        Assert.Contains("hoe zeker dat is, is niet berekend", text);
    }

    [Fact]
    public void Payers_table_splits_each_scenario_over_the_payer_groups_and_names_the_shifts_inside_the_municipality()
    {
        var batch = WithPsa.Value;
        var brief = CouncilSetBrief.Build(batch);
        var blocks = Blocks(brief, SetPayersChapter.Heading).ToList();
        var table = blocks.OfType<ReportTable>().First();
        var groups = batch.Scenarios[0].Comparison.PayerSet.Groups;
        Assert.Equal(groups.Count + 2, table.Header.Count());
        foreach (var (a, row) in batch.Scenarios.Zip(table.Rows))
        {
            for (var i = 0; i < groups.Count; i++) Assert.Equal(a.Comparison.For(groups[i]).NetBenefitDiscounted, row[i + 1].Value);
            // the groups add up to all payers
            Assert.Equal(a.Comparison.Total.NetBenefitDiscounted, row[groups.Count + 1].Value!.Value, 6);
            Assert.Equal(row[groups.Count + 1].Value!.Value, Enumerable.Range(1, groups.Count).Sum(i => row[i].Value!.Value), 3);
        }
        // per municipal budget, so the shifts the municipal total hides show; the scenarios whose budgets move both ways are named
        var budgets = blocks.OfType<ReportTable>().Last();
        var members = batch.Scenarios[0].Comparison.PayerSet.OwnGroup.Members;
        Assert.Equal(members.Count + 1, budgets.Header.Count());
        var shifting = new List<string>();
        foreach (var (a, row) in batch.Scenarios.Zip(budgets.Rows))
        {
            var nets = members.Select(p => a.Comparison.For(p).NetBenefitDiscounted).ToList();
            for (var i = 0; i < nets.Count; i++) Assert.Equal(nets[i], row[i + 1].Value);
            Assert.Equal(a.Comparison.Gemeente.NetBenefitDiscounted, nets.Sum(), 3);
            var threshold = Math.Max(1000, 0.01 * nets.Max(n => Math.Abs(n)));
            if (nets.Any(n => n >= threshold) && nets.Any(n => n <= -threshold)) shifting.Add(a.Comparison.Scenario.ScenarioName);
        }
        Assert.NotEmpty(shifting);
        var sentence = blocks.OfType<ReportParagraph>().Single(p => p.Text.Contains("verschuift geld tussen de budgetten", StringComparison.Ordinal)).Text;
        if (shifting.Count == batch.Scenarios.Count) Assert.StartsWith("In elk scenario", sentence);
        else foreach (var a in batch.Scenarios) Assert.Equal(shifting.Contains(a.Comparison.Scenario.ScenarioName), sentence.Contains($"'{a.Comparison.Scenario.ScenarioName}'"));
    }

    [Fact]
    public void Assumptions_are_those_among_the_top_three_in_the_most_scenarios()
    {
        var batch = WithPsa.Value;
        var tops = batch.Scenarios.ToDictionary(a => a, a => a.OneWay!.RankedByGemeente.Where(r => r.GemeenteSwing >= 0.5).Take(3).Select(r => r.Parameter).ToList());
        var counts = tops.Values.SelectMany(p => p).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var bullets = Blocks(CouncilSetBrief.Build(batch), BriefAssumptionsChapter.Heading).OfType<ReportBulletList>().Single().Items.Select(Plain).ToList();
        Assert.Equal(Math.Min(3, counts.Count), bullets.Count);
        var named = new List<string>();
        foreach (var bullet in bullets)
        {
            // the parameter by its description (never its code), in the scenario where its swing is largest
            var (analysis, row) = batch.Scenarios.SelectMany(a => a.OneWay!.RankedByGemeente.Select(r => (a, r)))
                .Where(x => tops[x.a].Contains(x.r.Parameter) && bullet.StartsWith(x.a.Descriptions.For(x.r.Parameter) + " (nu ", StringComparison.Ordinal))
                .MaxBy(x => x.r.GemeenteSwing);
            Assert.NotNull(analysis);
            Assert.DoesNotContain(row.Parameter, bullet);
            Assert.Contains($"in '{analysis.Comparison.Scenario.ScenarioName}'", bullet);
            Assert.Contains(DutchFormat.Amount(Math.Abs(row.GemeenteAtLow)), bullet);
            Assert.Contains(DutchFormat.Amount(Math.Abs(row.GemeenteAtHigh)), bullet);
            named.Add(row.Parameter);
        }
        // no parameter left out is in the top three of more scenarios than one named
        var least = named.Min(p => counts[p]);
        Assert.All(counts.Where(c => !named.Contains(c.Key)), c => Assert.True(c.Value <= least, $"{c.Key} in {c.Value} scenario's, niet genoemd"));
    }

    [Fact]
    public void Brief_links_each_scenarios_raadsversie_and_bijlage_and_the_overview()
    {
        var batch = WithPsa.Value;
        var html = CouncilSetBrief.Build(batch).ToFullHtml(PlotlyScriptSource.Cdn);
        foreach (var a in batch.Scenarios)
        {
            Assert.Contains($"<a href=\"{a.Slug}/raadsversie.html\">raadsversie</a>", html);
            Assert.Contains($"<a href=\"{a.Slug}/rapport.html\">bijlage (volledig rapport)</a>", html);
        }
        Assert.Contains("<a href=\"overzicht.html\">overzicht.html</a>", html);
        // no advice in this run: no link to it
        Assert.DoesNotContain("waar-investeren.html", html);
    }

    [Fact]
    public void Banner_is_on_the_set_brief_exactly_when_a_scenario_is_illustrative()
    {
        var brief = CouncilSetBrief.Build(WithPsa.Value);
        Assert.True(brief.IsIllustrative);
        Assert.StartsWith("ILLUSTRATIEF", brief.Banner);
        Assert.Contains(WijkSet.IllustrativeNote, brief.Banner);
        Assert.Single(Regex.Matches(brief.ToFullHtml(PlotlyScriptSource.Cdn), PdfPrinter.BannerAttribute));
        var plain = CouncilSetBrief.Build(WithoutPsa.Value);
        Assert.Equal(WithoutPsa.Value.Scenarios.Any(IllustrativeBanner.IsIllustrative), plain.IsIllustrative);
        Assert.False(plain.IsIllustrative);
    }

    [Fact]
    public void One_glossary_short_in_the_raadsversies_full_in_the_report_and_overview()
    {
        var batch = WithPsa.Value;
        var terms = CouncilGlossary.Terms(batch);
        Assert.Contains(terms, t => t.Term == "Contante waarde");
        Assert.Contains(terms, t => t.Term == "Kans");
        Assert.Contains($"({DutchFormat.Percent(batch.Scenarios[0].Comparison.DiscountRate, 2)} per jaar)", terms[0].Definition);
        Assert.All(terms, t => Assert.StartsWith(t.ShortText, t.FullText));
        Assert.Contains(terms, t => t.FullText.Length > t.ShortText.Length);

        string Glossary(string html) => CouncilBriefTests.VisibleText(Regex.Match(html, "<h2>Begrippen</h2>.*?</section>", RegexOptions.Singleline).Value);
        var setBrief = Glossary(CouncilSetBrief.Build(batch).ToFullHtml(PlotlyScriptSource.Cdn));
        var scenarioBrief = Glossary(CouncilBrief.Build(batch.Scenarios[0]).ToFullHtml(PlotlyScriptSource.Cdn));
        var report = Glossary(CouncilReport.Build(batch.Scenarios[0]).ToFullHtml(PlotlyScriptSource.Cdn));
        var overview = Glossary(BatchOverview.Build(batch).ToFullHtml(PlotlyScriptSource.Cdn));
        foreach (var t in terms)
        {
            foreach (var brief in new[] { setBrief, scenarioBrief })
            {
                Assert.Contains(Plain(t.ShortText), brief);
                if (t.More is { } more) Assert.DoesNotContain(more, brief);
            }
            Assert.Contains(Plain(t.FullText), report);
            Assert.Contains(Plain(t.FullText), overview);
        }
        // without an uncertainty analysis, no kans and no bandbreedte
        Assert.DoesNotContain(CouncilGlossary.Terms(WithoutPsa.Value), t => t.Term is "Kans" or "90%-bandbreedte");
    }

    [Fact]
    public void Set_brief_text_is_plain_Dutch_without_method_words_or_code_identifiers()
    {
        foreach (var batch in new[] { WithPsa.Value, WithoutPsa.Value })
        {
            var visible = CouncilBriefTests.VisibleText(CouncilSetBrief.Build(batch).ToFullHtml(PlotlyScriptSource.Cdn));
            foreach (var word in new[] { "trekking", "EVPI", "PSA", "metamodel", "FastTree", "SCIP", "seed", "wrong pocket", "discontovoet" })
                Assert.False(Regex.IsMatch(visible, $@"\b{word}", RegexOptions.IgnoreCase), $"'{word}' in de raadsversie");
            Assert.All(Regex.Matches(visible, @"\bcontant\w*(\s+\w+)?", RegexOptions.IgnoreCase), m => Assert.Equal("contante waarde", m.Value.ToLowerInvariant()));
            Assert.DoesNotMatch(@"\b[a-z]+_[a-z0-9_]+\b", visible);
            Assert.DoesNotMatch(@"€\s?-\d", visible);
            Assert.DoesNotMatch(@"(^|\s)-\d", visible);
        }
    }

    /// <summary>
    /// The set brief of the six shipped scenarios with the shipped wijk file, printed: at most 4 A4 pages, the banner at the
    /// top of every page, the headline on page 1, every table cell on paper. Page images go to out/pdf-test/.
    /// </summary>
    [BrowserFact]
    public async Task Printed_set_brief_has_at_most_four_pages_with_the_banner_on_each_and_every_table_cell()
    {
        BrowserTestEnvironment.Require();
        var dir = Directory.CreateTempSubdirectory("preventie-raadsversie-set-").FullName;
        var (html, pdf) = (Path.Combine(dir, CouncilSetBrief.FileName), Path.Combine(dir, "raadsversie.pdf"));
        var brief = CouncilSetBrief.Build(WithPsa.Value);
        brief.Save(html);
        await using (var printer = await PdfPrinter.StartAsync(BrowserTestEnvironment.ChromiumPath))
            await printer.PrintAsync(html, pdf, brief.Title);

        var pages = PdfReportTests.PageCount(pdf);
        Assert.InRange(pages, 2, 4);
        var texts = Enumerable.Range(1, pages).Select(p => PdfReportTests.Poppler("pdftotext", "-f", $"{p}", "-l", $"{p}", pdf, "-")).ToList();
        // -raw: the text in the order chromium wrote it, so a cell that wraps in a narrow column stays together instead of
        // being interleaved with its neighbours (as the reading-order mode does)
        var all = Squeeze(PdfReportTests.Poppler("pdftotext", "-raw", pdf, "-"));
        var source = File.ReadAllText(html);
        for (var p = 0; p < pages; p++)
        {
            Assert.StartsWith(Squeeze(brief.Banner!), Squeeze(texts[p]));
            Assert.Contains($"pagina {p + 1} van {pages}", texts[p]);
        }
        var headline = Regex.Match(source, "<p class=\"kernzin\">([^<]*)</p>").Groups[1].Value;
        Assert.StartsWith("Van de 6 scenario", WebUtility.HtmlDecode(headline));
        Assert.Contains(Squeeze(headline), Squeeze(texts[0]));
        var cells = Regex.Matches(source, "<(caption|th|td)[^>]*>([^<]*)</\\1>").Select(m => m.Groups[2].Value).Where(c => c.Trim().Length > 0).ToList();
        Assert.True(cells.Count > 80, $"only {cells.Count} table cells");
        foreach (var cell in cells) Assert.True(all.Contains(Squeeze(cell), StringComparison.Ordinal), $"table cell '{cell}' not printed");
        Assert.DoesNotContain(Squeeze(Analytics.Charts.Figure.MissingPlotlyNotice), all);

        var images = Directory.CreateDirectory(Path.Combine(PlotlyJsTests.RepositoryRoot(), "out", "pdf-test")).FullName;
        PdfReportTests.Poppler("pdftoppm", "-r", "60", "-png", pdf, Path.Combine(images, "raadsversie-set-pagina"));
    }

    private static string Squeeze(string text) => PdfReportTests.Squeeze(text).Replace("-", "", StringComparison.Ordinal);
}
