using System.Text.RegularExpressions;
using Preventie.Analytics.Analysis;
using Preventie.Analytics.Html;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Reporting;

/// <summary>
/// Plain Dutch for the council (issue 23, item 3): the full council reports (the bijlagen) and raadsversies of two shipped
/// scenarios (with draws and a wijk file), the overview of their yearly rerun, the raadsversie of the set and "Waar
/// investeren?" as its own document are rendered, stripped of HTML and
/// scripts and split by chapter (<c>&lt;h2&gt;</c>). No chapter but "Verantwoording" holds a method word (trekking,
/// EVPI, metamodel, solver names, R², PSA, seed…) or an ASCII minus in an amount; code identifiers and "seed" (the
/// source documents "seed 002") and English words (source titles) only in the appendix tables "Aannamen" and "Bronnen"
/// and in "Verantwoording"; nowhere the grammar slips of issue 23 or a UTC time.
/// </summary>
public class CouncilLanguageTests
{
    /// <summary>The chapter that explains the method: every technical term is allowed there.</summary>
    private const string MethodChapter = "Verantwoording";

    /// <summary>The data appendix: parameter codes and source names ("seed 002") are allowed there.</summary>
    private static readonly string[] DataChapters = ["Aannamen", "Bronnen"];

    private static readonly (string Rule, Regex Pattern, bool SourceName)[] Rules =
    [
        ("trekking", new Regex(@"trekking", RegexOptions.IgnoreCase), false),
        ("EVPI/EVPPI", new Regex(@"\bEVPP?I\b"), false),
        ("metamodel", new Regex(@"metamodel", RegexOptions.IgnoreCase), false),
        ("FastTree", new Regex(@"FastTree", RegexOptions.IgnoreCase), false),
        ("SCIP", new Regex(@"\bSCIP\b"), false),
        ("R²", new Regex(@"R²"), false),
        ("PSA", new Regex(@"\bPSA\b"), false),
        ("solver", new Regex(@"\bsolver\b", RegexOptions.IgnoreCase), false),
        ("wrong pocket", new Regex(@"wrong pocket", RegexOptions.IgnoreCase), false),
        ("ASCII-minteken in een bedrag", new Regex(@"€\s?-\s?\d|-\s?€\s?\d"), false),
        ("seed", new Regex(@"\bseed\b", RegexOptions.IgnoreCase), true),
        ("code-identifier", new Regex(@"\b[a-z]+_[a-z0-9_]+\b"), true),
        ("grammatica: 'Alle betalers samen komt'", new Regex(@"\bAlle betalers samen (komt|gaat|houdt|legt|speelt|heeft|merkt|wint|verliest)\b", RegexOptions.IgnoreCase), false),
        ("grammatica: 'niet geld' (geen geld)", new Regex(@"\bniet geld\b", RegexOptions.IgnoreCase), false),
        ("grootste baat die negatief is", new Regex(@"grootste (netto )?baat[^.]*€\s?[−-]"), false),
        ("UTC-tijd", new Regex(@"\bUTC\b"), false),
        ("Engels woord", new Regex(@"\b(the|and|with|payers?|savings|benefit|break-even|draws?|headline|true|false|null|NaN|Infinity)\b"), true),
    ];

    /// <summary>The language rules broken by <paramref name="text"/> in the chapter <paramref name="heading"/>, with
    /// the text around each.</summary>
    private static IEnumerable<string> Violations(string heading, string text)
    {
        if (heading == MethodChapter) yield break;
        foreach (var (rule, pattern, sourceName) in Rules)
        {
            if (sourceName && DataChapters.Contains(heading)) continue;
            foreach (Match m in pattern.Matches(text))
                yield return $"'{heading}': {rule}: …{text[Math.Max(0, m.Index - 60)..Math.Min(text.Length, m.Index + m.Length + 60)]}…";
        }
    }

    /// <summary>The visible text of each chapter of a rendered report: the header before the first <c>&lt;h2&gt;</c>
    /// ("(kop)"), then per <c>&lt;h2&gt;</c> its heading and its text.</summary>
    private static List<(string Heading, string Text)> Chapters(string html)
    {
        var parts = Regex.Split(html, @"(?=<h2[\s>])");
        var chapters = new List<(string, string)> { ("(kop)", CouncilBriefTests.VisibleText(parts[0])) };
        foreach (var part in parts.Skip(1))
        {
            var heading = CouncilBriefTests.VisibleText(Regex.Match(part, @"<h2[^>]*>(.*?)</h2>", RegexOptions.Singleline).Groups[1].Value);
            chapters.Add((heading, CouncilBriefTests.VisibleText(part)));
        }
        return chapters;
    }

    /// <summary>Three shipped scenarios against the basis with a wijk file, draws and the investment advice (the
    /// evidence folder is shipped), as the yearly rerun computes them.</summary>
    private static readonly Lazy<BatchAnalysis> Batch = new(() =>
    {
        var data = Path.Combine(TestModels.RepoRoot, "data");
        var paths = InputPaths.ForDataFolder(data) with
        {
            // jonge-kind: the municipality and all payers do not break even, so the sentences for a loss are checked too
            Scenarios = [Path.Combine(data, "scenarios", "verschuiven-naar-voorliggend.yaml"), Path.Combine(data, "scenarios", "wijkpilot.yaml"),
                         Path.Combine(data, "scenarios", "jonge-kind.yaml")],
            WijkFile = Path.Combine(data, "wijken", "wijken.csv"),
        };
        return AnalysisRunner.RunBatch(AnalysisInputs.Load(paths),
            new AnalysisOptions(PsaDraws: 60, Seed: 3, CreatedAt: new DateTimeOffset(2026, 3, 5, 10, 0, 0, TimeSpan.Zero)));
    });

    /// <summary>Every council text of the run: per scenario its report (the bijlage) and its raadsversie, then the
    /// overview, the raadsversie of the set and "Waar investeren?".</summary>
    private static IEnumerable<(string Name, List<(string Heading, string Text)> Chapters)> Reports() =>
        Batch.Value.Scenarios.Select(a => (a.Comparison.Scenario.ScenarioName, Chapters(CouncilReport.Build(a).ToFullHtml(PlotlyScriptSource.Cdn))))
            .Concat(Batch.Value.Scenarios.Select(a => ($"raadsversie {a.Comparison.Scenario.ScenarioName}", Chapters(CouncilBrief.Build(a).ToFullHtml(PlotlyScriptSource.Cdn)))))
            .Append(("overzicht", Chapters(BatchOverview.Build(Batch.Value).ToFullHtml(PlotlyScriptSource.Cdn))))
            .Append(("raadsversie", Chapters(CouncilSetBrief.Build(Batch.Value).ToFullHtml(PlotlyScriptSource.Cdn))))
            .Append(("waar-investeren", Chapters(InvestmentDocument.Build(Batch.Value)!.ToFullHtml(PlotlyScriptSource.Cdn))));

    [Fact]
    public void Council_chapters_are_plain_Dutch_and_the_method_is_in_Verantwoording()
    {
        Assert.NotNull(Batch.Value.Investment);
        var reports = Reports().ToList();
        Assert.Equal(2 * Batch.Value.Scenarios.Count + 3, reports.Count);
        var headings = reports.SelectMany(r => r.Chapters.Select(c => c.Heading)).ToHashSet();
        // the chapters that used method words are all rendered and checked
        foreach (var heading in new[] { "Conclusie", UncertaintyChapter.Heading, InvestmentChapter.Heading, "Per wijk", "Aannamen", "Bronnen", MethodChapter,
                                        CouncilGlossary.Heading, SetHeadlineChapter.Heading, SetComparisonChapter.Heading })
            Assert.Contains(heading, headings);

        var violations = reports.SelectMany(r => r.Chapters.SelectMany(c => Violations(c.Heading, c.Text)).Select(v => $"{r.Name}: {v}")).ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations.Take(30)));

        // the method words moved to "Verantwoording", explained: draws, seed, EVPI/EVPPI with the R² of the metamodel, the solver
        foreach (var (name, chapters) in reports.Take(Batch.Value.Scenarios.Count))
        {
            var method = Assert.Single(chapters, c => c.Heading == MethodChapter).Text;
            Assert.Contains($"probabilistische gevoeligheidsanalyse (PSA) met {Batch.Value.Options.PsaDraws} trekkingen, startwaarde van het toeval (seed) 3", method);
            Assert.Contains("EVPI (expected value of perfect information)", method);
            // "Waar investeren?" is for the whole set: its own document, not repeated in a scenario's report
            Assert.DoesNotContain(chapters, c => c.Heading == InvestmentChapter.Heading);
        }
        var investment = Assert.Single(reports, r => r.Name == "waar-investeren").Chapters;
        Assert.Contains(investment, c => c.Heading == InvestmentChapter.Heading);
        Assert.Contains("R² metamodel", Assert.Single(investment, c => c.Heading == MethodChapter).Text);
        Assert.Contains("SCIP", Assert.Single(investment, c => c.Heading == MethodChapter).Text);
        // the overview summarises it and links to it; the raadsversie of the set links to it
        var overview = Assert.Single(reports, r => r.Name == "overzicht").Chapters;
        Assert.Contains("staan in het document 'Waar investeren?' (waar-investeren.html)", Assert.Single(overview, c => c.Heading == InvestmentChapter.Heading).Text);
        Assert.Contains("staat in 'Waar investeren?' (waar-investeren.html)", Assert.Single(reports, r => r.Name == "raadsversie").Chapters.Single(c => c.Heading == SetLinksChapter.Heading).Text);
        // the plain words take their place
        var uncertainty = Assert.Single(reports[0].Chapters, c => c.Heading == UncertaintyChapter.Heading).Text;
        Assert.Contains("in 90% van de doorgerekende mogelijkheden tussen", uncertainty);
        Assert.Contains("De waarde van betere informatie", uncertainty);
        Assert.Contains("de besparing valt in de verkeerde portemonnee", Assert.Single(reports[0].Chapters, c => c.Heading == "Conclusie").Text);
    }

    [Theory]
    [InlineData("Netto resultaat van de gemeente: in 90% van de trekkingen tussen € 1 en € 2.", "trekking")]
    [InlineData("Wat meer zekerheid waard is (EVPI): € 3.", "EVPI/EVPPI")]
    [InlineData("OR-Tools (SCIP) kiest de schalen.", "SCIP")]
    [InlineData("EVPPI met R² metamodel 0,8.", "R²")]
    [InlineData("De gemeente betaalt, een ander bespaart (het 'wrong pocket'-probleem).", "wrong pocket")]
    [InlineData("Onzekerheid over 200 trekkingen (seed 20240101).", "seed")]
    [InlineData("Netto € -0,14 per euro.", "ASCII-minteken in een bedrag")]
    [InlineData("De parameter kosten_wmo_per_client telt het zwaarst.", "code-identifier")]
    [InlineData("Alle betalers samen komt er € 2 mln beter van af.", "grammatica: 'Alle betalers samen komt'")]
    [InlineData("De gemeente houdt niet geld over.", "grammatica: 'niet geld' (geen geld)")]
    [InlineData("De grootste netto baat van de pilot ligt in De Hoven (€ −42.708).", "grootste baat die negatief is")]
    [InlineData("Gemaakt op 5 maart 2026 om 09:00 UTC.", "UTC-tijd")]
    [InlineData("De net benefit per payer staat hieronder.", "Engels woord")]
    public void The_check_finds_method_words_code_and_ascii_minus(string text, string rule)
    {
        Assert.Contains(Violations("Hoe zeker is dit?", text), v => v.Contains($": {rule}: "));
        Assert.Empty(Violations(MethodChapter, text));
        // source names and parameter codes are allowed in the data appendix, method words are not
        Assert.Equal(rule is "seed" or "code-identifier" or "Engels woord", !Violations("Bronnen", text).Any(v => v.Contains($": {rule}: ")));
    }

    [Fact]
    public void The_best_wijk_is_never_a_negative_largest_gain()
    {
        var loss = WijkChapter.BestWijkSentence("De Hoven", -42_708);
        Assert.Empty(Violations("Per wijk", loss));
        Assert.Contains("het kleinste verlies is in De Hoven (€ 42.708, contante waarde)", loss.Replace('\u00A0', ' '));
        var gain = WijkChapter.BestWijkSentence("Rivierenwijk", 1_234_567);
        Assert.Empty(Violations("Per wijk", gain));
        Assert.Contains("De grootste netto baat voor alle betalers samen ligt in Rivierenwijk (€ 1,2 mln", gain.Replace('\u00A0', ' '));
    }

    [Fact]
    public void Plain_words_and_the_Dutch_minus_pass_the_check()
    {
        Assert.Empty(Violations("Hoe zeker is dit?",
            "In 90% van de doorgerekende mogelijkheden tussen € −4,7 mln en € 14,3 mln; de waarde van betere informatie is € 1,2 mln (contante waarde). " +
            "Het model is 200 keer doorgerekend; zie 2026–2030."));
    }
}
