using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Preventie.Analytics.Analysis;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Html;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Tests.Charts;
using Preventie.Analytics.Tests.Simulation;
using Preventie.Analytics.Wijken;
using static Preventie.Analytics.Tests.CouncilReportSamples;

namespace Preventie.Analytics.Tests.Reporting;

/// <summary>
/// The raadsversie (<see cref="CouncilBrief"/>): every number from the analysis (the headline from its PSA, the table
/// from its comparison, the assumptions from its one-way analysis), plain Dutch without method words, the
/// "illustratief" banner exactly when figures are illustrative, written by <c>report --raadsversie</c> and <c>batch</c>,
/// and printed on at most four A4 pages with every table cell on paper.
/// </summary>
[Collection("ReportConsole")]
public class CouncilBriefTests
{
    private static string WijkFile => Path.Combine(TestModels.RepoRoot, "data", "wijken", "wijken.csv");

    private static ScenarioAnalysis Analyse(int? draws, string? wijkFile = null)
    {
        var inputs = AnalysisInputs.Load(InputPaths.ForPair(TestModels.DefaultModelDir, PilotFile, BasisFile, wijkFile));
        return AnalysisRunner.Run(inputs, inputs.Scenarios[0], FixedDate with { PsaDraws = draws, Seed = 1 });
    }

    private static readonly Lazy<ScenarioAnalysis> WithPsa = new(() => Analyse(200));
    private static readonly Lazy<ScenarioAnalysis> WithPsaPerWijk = new(() => Analyse(100, WijkFile));
    private static readonly Lazy<ScenarioAnalysis> WithoutPsa = new(() => Analyse(null));

    /// <summary>The text as the reader gets it: no-break spaces as spaces.</summary>
    private static string Plain(string text) => text.Replace('\u00A0', ' ');

    private static IEnumerable<IReportBlock> Blocks(CouncilBriefDocument brief, string heading) =>
        brief.Sections.Single(s => s.Heading == heading).Blocks;

    /// <summary>The visible text of a page: no style, no scripts, no tags, entities decoded, no-break spaces as spaces.</summary>
    internal static string VisibleText(string html)
    {
        var text = Regex.Replace(html, "<(style|script)[^>]*>.*?</\\1>", " ", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        text = Regex.Replace(text, "</?a\\b[^>]*>", "");     // a link is part of its sentence
        text = Regex.Replace(text, "<[^>]+>", " ");
        return Plain(WebUtility.HtmlDecode(text));
    }

    /// <summary>Every text a chart shows: its title, axis titles and tick labels, trace names, bar texts and hover texts.</summary>
    private static IEnumerable<string> ChartTexts(Figure figure)
    {
        using var json = JsonDocument.Parse(figure.ToJson());
        var texts = new List<string>();
        void Walk(JsonElement e, string key)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) Walk(p.Value, p.Name); break;
                case JsonValueKind.Array: foreach (var x in e.EnumerateArray()) Walk(x, key); break;
                case JsonValueKind.String when key is "text" or "name" or "hovertext" or "ticktext" or "y":
                    texts.Add(WebUtility.HtmlDecode(e.GetString()!)); break;
            }
        }
        Walk(json.RootElement, "");
        return texts;
    }

    [Fact]
    public void Headline_states_the_psa_mean_90_percent_band_and_chance_of_a_net_gain()
    {
        var analysis = WithPsa.Value;
        var g = analysis.Psa!.Gemeente.NetBenefit;
        var brief = CouncilBrief.Build(analysis);
        var headline = Plain(Blocks(brief, BriefHeadlineChapter.Heading).OfType<ReportHeadline>().Single().Text);

        // expected from the PsaResult itself: the mean (by its sign: over or toe), the 5th and 95th percentile, the share positive
        var mean = g.Mean > 0 ? $"houdt de gemeente {DutchFormat.Amount(g.Mean)} over" : $"legt de gemeente {DutchFormat.Amount(-g.Mean)} toe";
        Assert.Equal($"Naar verwachting {mean} (90%-bandbreedte {DutchFormat.Amount(g.Low)} tot {DutchFormat.Amount(g.High)}); " +
                     $"de kans dat de gemeente er per saldo op vooruitgaat is {DutchFormat.Percent(g.ProbabilityPositive, 0)}.", headline);
        Assert.Equal(headline, BriefHeadlineChapter.Headline(analysis));
        // the numbers really are the PSA's and not the deterministic comparison's
        Assert.NotEqual(DutchFormat.Amount(Math.Abs(g.Mean)), DutchFormat.Amount(Math.Abs(analysis.Comparison.Gemeente.NetBenefitDiscounted)));
        Assert.Contains(headline, VisibleText(brief.ToFullHtml(PlotlyScriptSource.Cdn)));

        // break-even as a probability, with the deterministic year second
        var term = analysis.Psa.Options;
        var breakEven = Blocks(brief, BriefBreakEvenChapter.Heading).ToList();
        Assert.Equal($"Kans dat de gemeente binnen de raadsperiode {term.CouncilTermStart}–{term.CouncilTermEnd} terugverdient: " +
                     $"{DutchFormat.Percent(analysis.Psa.MunicipalBreakEvenInTerm, 0)}.", ((ReportHeadline)breakEven[0]).Text);
        var year = analysis.Comparison.Gemeente.BreakEvenYear;
        Assert.NotNull(year);
        Assert.Contains(breakEven.OfType<ReportParagraph>(), p => p.Text.Contains($"terugverdiend in {year}", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_an_uncertainty_analysis_the_brief_says_plainly_that_it_was_not_computed()
    {
        var analysis = WithoutPsa.Value;
        var brief = CouncilBrief.Build(analysis);
        var text = VisibleText(brief.ToFullHtml(PlotlyScriptSource.Cdn));
        var headline = Plain(Blocks(brief, BriefHeadlineChapter.Heading).OfType<ReportHeadline>().Single().Text);
        var net = analysis.Comparison.Gemeente.NetBenefitDiscounted;
        Assert.StartsWith($"Volgens de berekening {(net > 0 ? "houdt" : "legt")} de gemeente {DutchFormat.Amount(Math.Abs(net))}", headline);
        Assert.Contains("hoe zeker dat is, is niet berekend", headline);
        Assert.DoesNotContain("%", headline);
        Assert.Contains("terugverdient, is niet berekend", text);
        Assert.Contains("Welke aannames het meest uitmaken, is voor deze raadsversie niet berekend", text);
        Assert.DoesNotContain("Kans op voordeel", text);
        Assert.DoesNotContain("90%-bandbreedte", text);
    }

    [Fact]
    public void The_three_assumptions_are_the_top_three_of_the_one_way_analysis_for_the_municipality()
    {
        var analysis = WithPsa.Value;
        var ranked = analysis.OneWay!.RankedByGemeente;
        var bullets = Blocks(CouncilBrief.Build(analysis), BriefAssumptionsChapter.Heading).OfType<ReportBulletList>().Single().Items.Select(Plain).ToList();
        Assert.Equal(3, bullets.Count);
        for (var i = 0; i < 3; i++)
        {
            var row = ranked[i];
            Assert.StartsWith(analysis.Descriptions.For(row.Parameter) + " (nu ", bullets[i]);
            // the effect at the low and the high value, in that order, as amounts the municipality keeps or pays
            var atLow = DutchFormat.Amount(Math.Abs(row.GemeenteAtLow));
            var atHigh = DutchFormat.Amount(Math.Abs(row.GemeenteAtHigh));
            var lowAt = bullets[i].IndexOf(atLow, StringComparison.Ordinal);
            Assert.True(lowAt > 0, $"{atLow} not in '{bullets[i]}'");
            Assert.True(bullets[i].IndexOf(atHigh, lowAt + atLow.Length, StringComparison.Ordinal) > lowAt, $"{atHigh} not after {atLow} in '{bullets[i]}'");
            Assert.DoesNotContain(row.Parameter, bullets[i]);   // the description, never the code
        }
        Assert.True(ranked[0].GemeenteSwing >= ranked[2].GemeenteSwing && ranked[2].GemeenteSwing >= ranked[3].GemeenteSwing);
    }

    [Fact]
    public void Payers_table_shows_every_municipal_budget_and_payer_from_the_comparison_and_psa()
    {
        var analysis = WithPsa.Value;
        var comparison = analysis.Comparison;
        var table = Blocks(CouncilBrief.Build(analysis), BriefPayersChapter.Heading).OfType<ReportTable>().Single();
        var rows = table.Rows.ToDictionary(r => r[0].Text, r => r);
        foreach (var payer in comparison.PayerSet.All)
        {
            var o = comparison.For(payer);
            var row = rows[payer.Label];
            Assert.Equal(o.InvestmentDiscounted, row[1].Value);
            Assert.Equal(o.SavingsDiscounted, row[2].Value);
            Assert.Equal(o.SavingsDiscounted - o.InvestmentDiscounted, row[3].Value!.Value, 6);
            Assert.Equal(analysis.Psa!.Groups.Single(g => g.Code == payer.Code).NetBenefit.ProbabilityPositive, row[4].Value);
        }
        Assert.Equal(comparison.Gemeente.NetBenefitDiscounted, rows["Gemeente samen"][3].Value);
        Assert.Equal(comparison.Total.NetBenefitDiscounted, rows["Alle betalers samen"][3].Value);
        Assert.Equal(analysis.Psa!.Gemeente.NetBenefit.ProbabilityPositive, rows["Gemeente samen"][4].Value);
        // the pilot moves money between municipal budgets: the shift is named, with each budget's amount
        var shifts = Plain(BriefPayersChapter.Shifts(comparison)!);
        foreach (var p in comparison.PayerSet.OwnGroup.Members.Where(p => Math.Abs(comparison.For(p).NetBenefitDiscounted) >= 0.5))
            Assert.Contains(DutchFormat.Amount(Math.Abs(comparison.For(p).NetBenefitDiscounted)), shifts);
    }

    [Fact]
    public void Chart_bars_point_the_way_their_legend_says()
    {
        var analysis = WithPsa.Value;
        var figure = BriefPayersChapter.Chart(analysis);
        var rows = BriefPayersChapter.Rows(analysis.Comparison);
        var gains = figure.Traces.Single(t => (string?)t.Attributes.Get("name") == NetResultChart.GainName);
        var losses = figure.Traces.Single(t => (string?)t.Attributes.Get("name") == NetResultChart.LossName);
        Assert.Equal("h", gains.Attributes.Get("orientation"));
        static double[] Values(object? array) => ((IEnumerable<object>)array!).Select(v => Convert.ToDouble(v, CultureInfo.InvariantCulture)).ToArray();
        var x = Values(gains.Attributes.Get("x"));
        var xl = Values(losses.Attributes.Get("x"));
        var divisor = rows.Max(r => Math.Abs(r.Outcome.NetBenefitDiscounted)) >= 1e6 ? 1e6 : 1;
        Assert.Contains(rows, r => r.Outcome.NetBenefitDiscounted < 0);    // both directions occur in the pilot
        Assert.Contains(rows, r => r.Outcome.NetBenefitDiscounted > 0);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.True(x[i] >= 0 && xl[i] <= 0, $"{rows[i].Label}: rechts {x[i]}, links {xl[i]}");
            Assert.Equal(rows[i].Outcome.NetBenefitDiscounted / divisor, x[i] + xl[i], 9);
        }
        // names that are right: a "rechts" bar grows to the right, so the x axis is not reversed
        Assert.NotEqual("reversed", figure.Layout.Get("xaxis.autorange"));
        Assert.Contains("rechts", NetResultChart.GainName);
        Assert.Contains("links", NetResultChart.LossName);
    }

    [Fact]
    public void Brief_text_is_plain_Dutch_without_method_words_or_code_identifiers()
    {
        foreach (var analysis in new[] { WithPsa.Value, WithoutPsa.Value, WithPsaPerWijk.Value })
        {
            var brief = CouncilBrief.Build(analysis);
            var visible = VisibleText(brief.ToFullHtml(PlotlyScriptSource.Cdn));
            var charts = brief.Sections.SelectMany(s => s.Blocks).OfType<ReportFigure>().SelectMany(f => ChartTexts(f.Figure).Append(f.Caption ?? "")).ToList();
            Assert.NotEmpty(charts);
            var all = visible + "\n" + string.Join("\n", charts);
            foreach (var word in new[] { "trekking", "EVPI", "PSA", "metamodel", "FastTree", "SCIP", "seed", "wrong pocket", "discontovoet" })
                Assert.False(Regex.IsMatch(all, $@"\b{word}", RegexOptions.IgnoreCase), $"'{word}' in the raadsversie: {Around(all, word)}");
            // "contante waarde", explained once under "Begrippen"; never "contant" alone
            Assert.All(Regex.Matches(all, @"\bcontant\w*(\s+\w+)?", RegexOptions.IgnoreCase), m => Assert.Equal("contante waarde", m.Value.ToLowerInvariant()));
            Assert.Contains("als contante waarde; wat dat betekent, staat onder 'Begrippen'", visible);
            Assert.Single(Regex.Matches(visible, "Contante waarde: een euro in een later jaar telt iets minder zwaar mee"));
            // no code identifiers (parameter names, file columns) and one minus sign
            Assert.DoesNotMatch(@"\b[a-z]+_[a-z0-9_]+\b", all);
            Assert.DoesNotMatch(@"€\s?-\d", all);
            Assert.DoesNotMatch(@"(^|\s)-\d", visible);
        }
    }

    private static string Around(string text, string word)
    {
        var i = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        return i < 0 ? "" : text[Math.Max(0, i - 60)..Math.Min(text.Length, i + 60)];
    }

    [Fact]
    public void Banner_is_on_the_brief_exactly_when_figures_are_illustrative()
    {
        // with the shipped wijk file (illustrative) the city figures are its sum: banner with the wijk note
        var perWijk = WithPsaPerWijk.Value;
        Assert.True(perWijk.Wijken!.IsIllustrative);
        var brief = CouncilBrief.Build(perWijk);
        Assert.True(brief.IsIllustrative);
        var html = brief.ToFullHtml(PlotlyScriptSource.Cdn);
        Assert.Single(Regex.Matches(html, Analytics.Reporting.Pdf.PdfPrinter.BannerAttribute));
        Assert.Contains(WijkSet.IllustrativeNote, Plain(WebUtility.HtmlDecode(html)));
        Assert.StartsWith("ILLUSTRATIEF", brief.Banner);
        // the banner comes before the title, so it is the first thing on page 1 as well
        Assert.True(html.IndexOf(Analytics.Reporting.Pdf.PdfPrinter.BannerAttribute, StringComparison.Ordinal) < html.IndexOf("<h1>", StringComparison.Ordinal));

        // without a wijk file nothing shown is illustrative: no banner
        foreach (var analysis in new[] { WithPsa.Value, WithoutPsa.Value })
        {
            Assert.Empty(IllustrativeBanner.Notes(analysis));
            var plain = CouncilBrief.Build(analysis);
            Assert.False(plain.IsIllustrative);
            Assert.Null(plain.Banner);
            var text = plain.ToFullHtml(PlotlyScriptSource.Cdn);
            Assert.DoesNotContain(Analytics.Reporting.Pdf.PdfPrinter.BannerAttribute, text);
            Assert.DoesNotContain("ILLUSTRATIEF", text);
        }
    }

    [Fact]
    public void Brief_points_to_the_full_report_as_its_appendix()
    {
        var brief = CouncilBrief.Build(WithPsa.Value, "../rapporten/rapport wijk.html");
        var html = brief.ToFullHtml(PlotlyScriptSource.Cdn);
        Assert.Contains("<a href=\"../rapporten/rapport%20wijk.html\">../rapporten/rapport wijk.html</a>", html);
        Assert.Contains("De volledige berekening staat in de bijlage (../rapporten/rapport wijk.html)", VisibleText(html));
        Assert.Contains("De volledige berekening staat in de bijlage (rapport.html)", VisibleText(CouncilBrief.Build(WithPsa.Value).ToFullHtml(PlotlyScriptSource.Cdn)));
    }

    [Fact]
    public void Report_command_writes_the_raadsversie_beside_the_report_and_refuses_a_bad_name()
    {
        var dir = Directory.CreateTempSubdirectory("preventie-raadsversie-").FullName;
        var (html, brief) = (Path.Combine(dir, "rapport.html"), Path.Combine(dir, "kort", "raadsversie.html"));
        var (exit, output, error) = Cli.CommandLine.Run("report", "-s", PilotFile, "-c", BasisFile, "-o", html, "--raadsversie", brief, "--cdn");
        Assert.True(exit == 0, error);
        Assert.Contains("Raadsversie geschreven naar", output);
        var text = File.ReadAllText(brief);
        Assert.Contains("Raadsversie: wat levert &#39;Verschuiven naar voorliggend&#39; op, en voor wie?", text);
        Assert.Contains("<a href=\"../rapport.html\">", text);   // the report, relative to the raadsversie
        Assert.True(File.Exists(html));

        var other = Directory.CreateTempSubdirectory("preventie-raadsversie-").FullName;
        (exit, _, error) = Cli.CommandLine.Run("report", "-s", PilotFile, "-c", BasisFile, "-o", Path.Combine(other, "rapport.html"),
            "--raadsversie", Path.Combine(other, "raadsversie.pdf"), "--cdn");
        Assert.Equal(2, exit);
        Assert.Contains("--raadsversie", error);
        Assert.Contains("op .html eindigt", error);
        (exit, _, error) = Cli.CommandLine.Run("report", "-s", PilotFile, "-c", BasisFile, "-o", Path.Combine(other, "rapport.html"),
            "--raadsversie", Path.Combine(other, "rapport.html"), "--cdn");
        Assert.Equal(2, exit);
        Assert.Contains("moeten verschillende bestanden zijn", error);
        Assert.Empty(Directory.GetFiles(other));

        var help = Cli.CommandLine.Run("report", "--help").Out;
        Assert.Contains("--raadsversie", help);
        Assert.Contains("korte versie voor de raad", help);
    }

    [Fact]
    public void Overview_links_each_scenarios_raadsversie_and_report()
    {
        var paths = InputPaths.ForDataFolder(Path.Combine(TestModels.RepoRoot, "data")) with
        {
            Scenarios = [Path.Combine(TestModels.ScenarioDir, "wijkpilot.yaml"), PilotFile],
            InventoryFile = null,
            EvidenceDirectory = null,
        };
        var batch = AnalysisRunner.RunBatch(AnalysisInputs.Load(paths), new AnalysisOptions(Investment: false));
        var html = new ScenarioReportsChapter().Build(batch)!.ToHtml(new ReportRenderContext(pageLoadsPlotly: true));
        foreach (var slug in new[] { "wijkpilot", "verschuiven-naar-voorliggend" })
        {
            Assert.Contains($"<a href=\"{slug}/raadsversie.html\">raadsversie</a>", html);
            Assert.Contains($"<a href=\"{slug}/rapport.html\">", html);
        }
    }

    /// <summary>
    /// The raadsversie of a shipped scenario with an uncertainty analysis and the shipped (illustrative) wijk file,
    /// printed by <c>report --pdf --raadsversie</c>: at most 4 A4 pages, the banner at the top of every page, the headline
    /// on page 1, every table cell on paper, the chart drawn. Page images go to out/pdf-test/.
    /// </summary>
    [BrowserFact]
    public void Printed_raadsversie_has_at_most_four_pages_with_the_banner_on_each_and_every_table_cell()
    {
        BrowserTestEnvironment.Require();
        var dir = Directory.CreateTempSubdirectory("preventie-raadsversie-pdf-").FullName;
        var (html, pdf, brief) = (Path.Combine(dir, "rapport.html"), Path.Combine(dir, "rapport.pdf"), Path.Combine(dir, "raadsversie.html"));
        var (exit, output, error) = Cli.CommandLine.Run("report", "-s", PilotFile, "-c", BasisFile, "-o", html, "--pdf", pdf, "--raadsversie", brief,
            "--psa", "200", "--seed", "1", "--wijken", WijkFile);
        Assert.True(exit == 0, error + output);
        var briefPdf = Path.ChangeExtension(brief, ".pdf");
        Assert.True(File.Exists(briefPdf), output + error);

        var pages = PdfReportTests.PageCount(briefPdf);
        Assert.InRange(pages, 2, 4);
        var texts = Enumerable.Range(1, pages).Select(p => PdfReportTests.Poppler("pdftotext", "-f", $"{p}", "-l", $"{p}", briefPdf, "-")).ToList();
        var all = Squeeze(string.Concat(texts));
        var source = File.ReadAllText(brief);

        // the banner at the top of every page, once; the headline on page 1
        var banner = Regex.Match(source, $"<div[^>]*{PdfPrinterBanner}[^>]*>([^<]*)</div>").Groups[1].Value;
        Assert.StartsWith("ILLUSTRATIEF", WebUtility.HtmlDecode(banner));
        for (var p = 0; p < pages; p++)
        {
            Assert.StartsWith(Squeeze(banner), Squeeze(texts[p]));
            Assert.Single(Regex.Matches(Squeeze(texts[p]), Regex.Escape(Squeeze("ILLUSTRATIEF —"))));
            Assert.Contains($"pagina {p + 1} van {pages}", texts[p]);
        }
        var headline = Regex.Match(source, "<p class=\"kernzin\">([^<]*)</p>").Groups[1].Value;
        Assert.StartsWith("Naar verwachting", WebUtility.HtmlDecode(headline));
        Assert.Contains(Squeeze(headline), Squeeze(texts[0]));

        // every table cell (caption, headers, cells) of the written raadsversie is on paper
        var cells = Regex.Matches(source, "<(caption|th|td)[^>]*>([^<]*)</\\1>").Select(m => m.Groups[2].Value).Where(c => c.Trim().Length > 0).ToList();
        Assert.True(cells.Count > 40, $"only {cells.Count} table cells");
        foreach (var cell in cells) Assert.True(all.Contains(Squeeze(cell), StringComparison.Ordinal), $"table cell '{cell}' not printed");

        // the chart drew: its title is printed and no notice that plotly.js is missing
        Assert.Contains(Squeeze("Per saldo per betaler"), all);
        Assert.DoesNotContain(Squeeze(Figure.MissingPlotlyNotice), all);

        var images = Directory.CreateDirectory(Path.Combine(PlotlyJsTests.RepositoryRoot(), "out", "pdf-test")).FullName;
        PdfReportTests.Poppler("pdftoppm", "-r", "60", "-png", briefPdf, Path.Combine(images, "raadsversie-pagina"));
    }

    /// <summary><see cref="PdfReportTests.Squeeze"/> without hyphens: pdftotext drops a hyphen at the end of a line
    /// ("90%-" / "bandbreedte" comes back as "90%bandbreedte"). Minus signs are "−" and stay.</summary>
    private static string Squeeze(string text) => PdfReportTests.Squeeze(text).Replace("-", "", StringComparison.Ordinal);

    private const string PdfPrinterBanner = Analytics.Reporting.Pdf.PdfPrinter.BannerAttribute;
}
