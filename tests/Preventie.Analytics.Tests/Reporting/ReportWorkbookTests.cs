using Preventie.Analytics.Quantities;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Preventie.Analytics.Analysis;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Model;
using Preventie.Analytics.Optimisation;
using Preventie.Analytics.Output;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Portfolio;
using Preventie.Analytics.Tests.Simulation;
using static Preventie.Analytics.Tests.CouncilReportSamples;

namespace Preventie.Analytics.Tests.Reporting;

/// <summary>
/// Issue 23, part 4: the council workbook (<c>rapport.xlsx</c>, <c>overzicht.xlsx</c>) read back with OpenXml: whole-word
/// sheet names, amounts as numbers equal to the analysis, the "Over dit bestand" sheet, the illustrative banner iff
/// illustrative, and no formulas from data texts.
/// </summary>
public partial class ReportWorkbookTests
{
    private const string Minus = "\u2212";

    /// <summary>The pilot with 200 draws (seed 1): its analysis, its report, and the workbook read back.</summary>
    private static readonly Lazy<(ScenarioAnalysis Analysis, ReportDocument Report, IReadOnlyList<StoredSheet> Sheets)> Pilot = new(() =>
    {
        var analysis = AnalysisRunner.Run(TestModels.DefaultModelDir, PilotFile, BasisFile, FixedDate with { PsaDraws = 200, Seed = 1 });
        var report = CouncilReport.Build(analysis);
        return (analysis, report, Written(report));
    });

    private static IReadOnlyList<StoredSheet> Written(ReportDocument report)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("preventie-werkboek-").FullName, "rapport.xlsx");
        report.SaveWorkbook(path);
        return WorkbookContent.Read(path);
    }

    private static StoredSheet Sheet(string name) => Pilot.Value.Sheets.Single(s => s.Name == name);

    private static void Amount(StoredSheet sheet, int row, int column, double expected)
    {
        var cell = sheet.At(row, column);
        Assert.True(cell?.Number is not null, $"{sheet.Name} row {row} column {column}: '{cell?.Text}' is not a number");
        Assert.Equal(expected, cell!.Number!.Value, Math.Max(1e-6, Math.Abs(expected) * 1e-12));
        Assert.Equal(DutchFormat.SpreadsheetEuro(), cell.Format);
    }

    [Fact]
    public void Sheet_names_are_the_short_whole_word_names_of_the_tables_after_the_about_sheet()
    {
        var (_, report, sheets) = Pilot.Value;
        var tables = report.Tables();
        Assert.All(tables, t => Assert.False(t.SheetName is null, $"table '{t.Caption}' has no sheet name of its own"));
        Assert.Equal(new[] { "Over dit bestand" }.Concat(tables.Select(t => t.SheetName!)), sheets.Select(s => s.Name));
        Assert.Equal(sheets.Count, sheets.Select(s => s.Name.ToLowerInvariant()).Distinct().Count());
        foreach (var (sheet, table) in sheets.Skip(1).Zip(tables))
        {
            Assert.InRange(sheet.Name.Length, 1, 31);
            Assert.True(sheet.Name.IndexOfAny("[]:*?/\\".ToCharArray()) < 0, sheet.Name);
            // not the caption cut off in the middle of a word ("Verwachte netto baat van de")
            Assert.False(table.Caption.StartsWith(sheet.Name, StringComparison.Ordinal) && table.Caption.Length > sheet.Name.Length
                         && char.IsLetterOrDigit(table.Caption[sheet.Name.Length]), $"'{sheet.Name}' cuts '{table.Caption}' mid-word");
            // the full title is the first row, the column headers follow
            Assert.Equal(table.Caption, sheet.Text(1, 0));
            Assert.Equal(table.Header.ToArray(), Enumerable.Range(0, table.Header.Length).Select(c => sheet.Text(sheet.HeaderRow, c) ?? "").ToArray());
        }
        // the appendix: scenario and comparator each their own sheet, not "Kosten per jaar – Verschuiven"
        Assert.Contains("Kosten per jaar scenario", sheets.Select(s => s.Name));
        Assert.Contains("Kosten per jaar vergelijking", sheets.Select(s => s.Name));
    }

    [Fact]
    public void Every_amount_percentage_and_count_of_the_report_is_a_number_cell_with_its_format()
    {
        var (_, report, sheets) = Pilot.Value;
        foreach (var (sheet, table) in sheets.Skip(1).Zip(report.Tables()))
        {
            var first = sheet.HeaderRow + 1;
            for (var r = 0; r < table.Rows.Count; r++)
                for (var c = 0; c < table.Header.Length; c++)
                {
                    var cell = table.Rows[r][c];
                    var stored = sheet.At(first + r, c);
                    if (cell.Value is not { } value) continue;
                    Assert.True(stored?.Number is not null, $"{sheet.Name}, {table.Header[c]}: '{stored?.Text}' is text, not a number");
                    Assert.Equal(value, stored!.Number!.Value);
                    Assert.Equal(cell.NumberFormat!.Code, stored.Format);
                }
            // and no amount or percentage anywhere in the data as text
            for (var row = first; row < first + table.Rows.Count; row++)
                foreach (var stored in sheet.Rows[row].Values.Where(s => s.Text is not null))
                    Assert.False(LooksLikeANumber().IsMatch(stored.Text!), $"{sheet.Name}: '{stored.Text}' is a number stored as text");
        }
    }

    [GeneratedRegex(@"^\s*(€\s*[−-]?\d|[−-]?\d[\d.,]*\s*(%|mln|mld)?\s*$|.*\d\s+tot\s+€)")]
    private static partial Regex LooksLikeANumber();

    [Fact]
    public void Amounts_equal_the_comparison_computed_here_not_the_report_texts()
    {
        // an independent run of the same pair, not the report's analysis
        var (_, _, comparison) = ScenarioPair.Load(TestModels.DefaultModelDir, PilotFile, BasisFile).Run();
        var cmp = comparison!;

        var payers = Sheet("Resultaat per betaler");
        foreach (var o in cmp.Rows)
        {
            var row = payers.RowOf(o.Label, payers.HeaderRow);
            Amount(payers, row, 1, o.InvestmentDiscounted);
            Amount(payers, row, 2, o.SavingsDiscounted);
            Amount(payers, row, 3, o.NetBenefitDiscounted);
            Amount(payers, row, 4, o.NetBenefitNominal);
            if (o.BreakEvenYear is { } year) Assert.Equal(year.Value, payers.At(row, 6)!.Number);
        }

        // per year, discounted: each year's net benefit times 1 / 1.0x^t, the year itself a number
        var perYear = Sheet("Netto per jaar contant");
        var columns = cmp.GroupsAndTotal;
        for (var t = 0; t < cmp.Years.Count; t++)
        {
            var row = perYear.HeaderRow + 1 + t;
            Assert.Equal(cmp.Years[t].Value, perYear.At(row, 0)!.Number);
            Assert.Equal("0", perYear.At(row, 0)!.Format);
            for (var i = 0; i < columns.Count; i++)
                Amount(perYear, row, i + 1, columns[i].NetBenefitByYear[t] / Math.Pow(1 + cmp.DiscountRate, t));
        }

        // the PSA: probabilities as numbers with a percent format, the same draws and seed recomputed
        var psa = AnalysisRunner.Run(TestModels.DefaultModelDir, PilotFile, BasisFile, FixedDate with { PsaDraws = 200, Seed = 1 }).Psa!;
        var uncertainty = Sheet("Resultaat met onzekerheid");
        foreach (var g in psa.Shown)
        {
            var row = uncertainty.RowOf(g.Label, uncertainty.HeaderRow);
            Amount(uncertainty, row, 1, g.PointEstimate);
            Amount(uncertainty, row, 3, g.NetBenefit.Low);
            Amount(uncertainty, row, 4, g.NetBenefit.High);
            Assert.Equal(g.NetBenefit.ProbabilityPositive, uncertainty.At(row, 5)!.Number);
            Assert.Equal("0%;\"" + Minus + "\"0%", uncertainty.At(row, 5)!.Format);
        }
    }

    [Fact]
    public void About_sheet_states_title_scenarios_model_version_seed_draws_date_and_input_hashes()
    {
        var (analysis, report, sheets) = Pilot.Value;
        var about = sheets[0];
        Assert.Equal("Over dit bestand", about.Name);
        Assert.Equal(report.Title, about.Text(1, 0));
        string? Value(string label) => about.Text(about.RowOf(label), 1);
        double? Number(string label) => about.At(about.RowOf(label), 1)?.Number;

        Assert.Equal(report.Title, Value("Titel"));
        Assert.Equal("Verschuiven naar voorliggend", Value("Scenario"));
        Assert.Equal(analysis.Comparison.Comparator.ScenarioName, Value("Vergeleken met"));
        Assert.Equal(1, Number("Seed (startwaarde van het toeval)"));
        Assert.Equal(200, Number("Aantal trekkingen"));
        Assert.Equal("donderdag 5 maart 2026 om 10:00 (Nederlandse tijd)", Value("Gemaakt op"));
        Assert.Equal("nee", Value("Illustratief"));

        // the model version: the SHA-256 of the "sha256sum *.csv" listing of the model folder, computed here
        var listing = string.Concat(Directory.GetFiles(TestModels.DefaultModelDir, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .Select(n => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(TestModels.DefaultModelDir, n!)))) + "  " + n + "\n"));
        var id = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(listing)));
        Assert.Equal(id, Value("Modelversie (SHA-256 van de modelbestanden)"));
        Assert.StartsWith(id[..ModelVersion.ShortLength] + " — ", Value("Modelversie"));

        // every input file with its SHA-256, the scenario files among them
        var files = about.RowOf("Invoerbestand");
        foreach (var path in new[] { PilotFile, BasisFile, Path.Combine(TestModels.DefaultModelDir, "parameters.csv") })
        {
            var row = about.RowOf(Path.GetFileName(path), files);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), about.Text(row, 1));
        }

        // what each sheet holds
        var contents = about.RowOf("Tabblad");
        foreach (var (sheet, table) in sheets.Skip(1).Zip(report.Tables()))
            Assert.Equal(table.Caption, about.Text(about.RowOf(sheet.Name, contents), 1));
    }

    [Fact]
    public void Without_illustrative_data_no_sheet_has_a_banner()
    {
        var (_, report, sheets) = Pilot.Value;
        Assert.False(report.IsIllustrative);
        Assert.Null(report.IllustrativeBanner);
        Assert.All(sheets, s => Assert.DoesNotContain(s.Rows.Values.SelectMany(r => r.Values), c => c.Text?.StartsWith("Illustratief:", StringComparison.Ordinal) == true));
        Assert.All(sheets, s => Assert.DoesNotContain(s.Rows.Values.SelectMany(r => r.Values), c => c.Filled));
    }

    [Fact]
    public void An_illustrative_notice_in_any_chapter_puts_the_banner_on_every_sheet()
    {
        var table = new ReportTable("Kosten", "Betaler", "Bedrag").WithRow("Gemeente", ReportCell.Euro(10)).WithSheetName("Kosten");
        var plain = new ReportDocument("Titel", RunMetadata.ForInputs(Array.Empty<string>(), 3, FixedDate.CreatedAt!.Value))
            .WithSection(new ReportSection("Tabellen").WithTable(table))
            .WithSection(new ReportSection("Per wijk").WithParagraph("Gewone tekst."));
        var marked = plain.WithSection(new ReportSection("Per wijk").WithIllustrativeNotice("Let op: de wijkcijfers zijn illustratief.", "de wijkcijfers"));

        Assert.False(plain.IsIllustrative);
        Assert.All(Written(plain), s => Assert.NotEqual(true, s.At(2, 0)?.Filled));

        Assert.True(marked.IsIllustrative);
        Assert.Equal(new[] { "de wijkcijfers" }, marked.IllustrativeSubjects);
        var sheets = Written(marked);
        Assert.Equal(new[] { "Over dit bestand", "Kosten" }, sheets.Select(s => s.Name));
        foreach (var sheet in sheets)
        {
            var banner = sheet.At(2, 0)!;
            Assert.Equal(marked.IllustrativeBanner, banner.Text);
            Assert.StartsWith("Illustratief: ", banner.Text);
            Assert.Contains("de wijkcijfers", banner.Text);
            Assert.True(banner.Filled && banner.Bold);
        }
        // the notice reads in HTML like any paragraph
        Assert.Contains("<p>Let op: de wijkcijfers zijn illustratief.</p>", marked.ToHtml());
    }

    [Fact]
    public void A_model_calibrated_on_illustrative_monitor_data_makes_the_report_illustrative()
    {
        ModelVersion Calibrated(bool illustrative) => new("ab" + new string('0', 62), [], new CalibrationProvenance
        {
            BaseModel = new BaseModel("data/parameters", new string('1', 64), false),
            Monitor = [new MonitorSource("data/monitor/monitor.csv", new string('2', 64), "GM0150", ["2022", "2023"], illustrative)],
            Specification = new SourceFile("data/monitor/kalibratie.csv", new string('3', 64)),
            Fit = new FitSummary(10, 2, 1, 3, new Dictionary<string, double>()),
            Created = FixedDate.CreatedAt!.Value,
            Tool = "test",
        }, "ab" + new string('0', 62));
        var table = new ReportTable("Kosten", "Betaler", "Bedrag").WithRow("Gemeente", ReportCell.Euro(10)).WithSheetName("Kosten");
        ReportDocument Report(bool illustrative) =>
            new ReportDocument("Titel", RunMetadata.ForInputs(Array.Empty<string>(), 3, FixedDate.CreatedAt!.Value).WithModel(Calibrated(illustrative)))
                .WithSection(new ReportSection("Tabellen").WithTable(table));

        Assert.False(Report(false).IsIllustrative);
        var report = Report(true);
        Assert.Equal(new[] { ReportDocument.IllustrativeMonitorSubject }, report.IllustrativeSubjects);
        Assert.All(Written(report), s => Assert.Equal(report.IllustrativeBanner, s.Text(2, 0)));
    }

    [Fact]
    public void Budget_frontier_and_investment_tables_hold_numbers_and_carry_the_banner()
    {
        var set = CandidateSetTests.Shipped();
        var result = PortfolioOptimiser.Run(set, new OptimisationOptions
        {
            Draws = 20, Seed = 4, ComputeEvppi = false, Objective = PortfolioObjective.NetBenefitMunicipality,
            Budget = new Money(1_000_000), AllowStoppingLegalTasks = true, FrontierBudgets = [new Money(400_000), new Money(1_000_000), new Money(2_000_000)],
        });
        var report = new ReportDocument("Waar investeren", RunMetadata.ForInputs(Array.Empty<string>(), 4, FixedDate.CreatedAt!.Value))
            .WithSection(InvestmentChapter.Section(new InvestmentAdvice(result, null)));
        Assert.Equal(new[] { InvestmentChapter.IllustrativeSubject }, report.IllustrativeSubjects);
        var sheets = Written(report);

        var frontier = sheets.Single(s => s.Name == "Beste portefeuille per budget");
        Assert.Equal("Grens: beste portefeuille per budget", frontier.Text(1, 0));
        var points = result.Frontier.ToList();
        Assert.Contains(points, p => p.Feasible);
        for (var i = 0; i < points.Count; i++)
        {
            var row = frontier.HeaderRow + 1 + i;
            Amount(frontier, row, 0, points[i].Budget);
            if (!points[i].Feasible)
            {
                Assert.Equal("niet haalbaar", frontier.Text(row, 1));
                continue;
            }
            Amount(frontier, row, 1, points[i].CostPerYear);
            Amount(frontier, row, 2, points[i].Mean);
            Amount(frontier, row, 3, points[i].P5);
            Amount(frontier, row, 4, points[i].P95);
        }

        var perPayer = sheets.Single(s => s.Name == "Portefeuille per betaler");
        for (var g = 0; g < result.Candidates.Model.Payers.Rows.Count; g++)
        {
            var row = perPayer.RowOf(result.Candidates.Model.Payers.Rows.Label(g), perPayer.HeaderRow);
            Amount(perPayer, row, 1, result.Evaluation.NetBenefitByGroup[g].Mean);
            Amount(perPayer, row, 2, result.Evaluation.NetBenefitByGroup[g].Low);
            Amount(perPayer, row, 3, result.Evaluation.NetBenefitByGroup[g].High);
        }

        // the investment chapter is illustrative: every sheet says so, the about sheet names why
        Assert.All(sheets, s => Assert.Equal(report.IllustrativeBanner, s.Text(2, 0)));
        Assert.Equal("ja: " + InvestmentChapter.IllustrativeSubject, sheets[0].Text(sheets[0].RowOf("Illustratief"), 1));
    }

    [Fact]
    public void Ranges_become_two_number_columns_and_texts_never_become_formulas()
    {
        var table = new ReportTable("Wijken", "Wijk", "90%-interval")
            .WithRow("=HYPERLINK(\"http://x\")", ReportCell.EuroRange(-1_200_000, 3_400_000))
            .WithRow("+31 6 1234", ReportCell.EuroRange(5, 6))
            .WithRow("-abc", "")
            .WithRow("@SUM(A1)", "")
            .WithRow("Binnenstad", "");
        Assert.Equal($"€ {Minus}1,2 mln tot € 3,4 mln", table.Rows[0][1].Text);     // HTML: one text, as before
        var path = Path.Combine(Directory.CreateTempSubdirectory("preventie-werkboek-").FullName, "t.xlsx");
        XlsxTableWriter.Write(path, [table]);
        var sheet = WorkbookContent.Read(path).Single();

        var header = sheet.HeaderRow;
        Assert.Equal(new[] { "Wijk", "90%-interval (van)", "90%-interval (tot)" }, Enumerable.Range(0, 3).Select(c => sheet.Text(header, c)));
        Assert.Equal(-1_200_000, sheet.At(header + 1, 1)!.Number);
        Assert.Equal(3_400_000, sheet.At(header + 1, 2)!.Number);
        Assert.Equal(DutchFormat.SpreadsheetEuro(), sheet.At(header + 1, 2)!.Format);
        Assert.Null(sheet.At(header + 3, 1));                                          // empty text: an empty cell

        var cells = sheet.Rows.Values.SelectMany(r => r.Values).ToList();
        Assert.DoesNotContain(cells, c => c.IsFormula);
        for (var r = 0; r < 4; r++)
        {
            var cell = sheet.At(header + 1 + r, 0)!;
            Assert.Equal(table.Rows[r][0].Text, cell.Text);                            // the text as written, no apostrophe
            Assert.True(cell.QuotePrefix, $"'{cell.Text}' could become a formula when edited");
        }
        Assert.False(sheet.At(header + 5, 0)!.QuotePrefix);
    }
}
