using Preventie.Analytics.Wijken;
using Preventie.Analytics.Analysis;
using Preventie.Analytics.Plausibility;
using Preventie.Analytics.Formatting;
using System.Globalization;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Model;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Population;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.States;
using Preventie.Analytics.Uncertainty;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// The council report (raadsrapportage): a scenario against its comparator as one Dutch <see cref="ReportDocument"/>:
/// the conclusion in plain words generated from the numbers, the charts, tables per payer per year (nominal and
/// discounted), every assumption (model parameters marked <c>aanname</c> and assumed scenario values), the data sources
/// and the run metadata with the SHA-256 of every input file.
/// <code>
/// var report = CouncilReport.Create("data/parameters", "data/scenarios/verschuiven-naar-voorliggend.yaml", "data/scenarios/basis.yaml");
/// report.Save("rapport.html");           // offline: plotly.js inlined from node_modules
/// report.SaveWorkbook("rapport.xlsx");   // the tables
/// </code>
/// In a notebook: <c>CouncilReport.Build(analysis)</c> on an analysis you already have (<see cref="AnalysisRunner"/>).
/// </summary>
public static class CouncilReport
{
    /// <summary>
    /// Loads the model in <paramref name="modelDirectory"/> and both scenarios (<see cref="AnalysisInputs"/>), analyses
    /// them (<see cref="AnalysisRunner"/>) and builds the report: a convenience over the one path, for notebooks.
    /// </summary>
    /// <exception cref="Input.DataValidationException">Bad input (Dutch messages naming file, row and field).</exception>
    public static ReportDocument Create(string modelDirectory, string scenarioFile, string comparatorFile, AnalysisOptions? options = null) =>
        Build(AnalysisRunner.Run(modelDirectory, scenarioFile, comparatorFile, options ?? new AnalysisOptions()));

    /// <summary>
    /// The council report of one analysis: every number comes from <paramref name="analysis"/> (the city figures are its
    /// <see cref="ScenarioAnalysis.Comparison"/>, the sum over the wijken when there is a wijk file; the uncertainty its
    /// PSA and one-way analysis; the "Let op" items its warnings; the metadata its input hashes and model version).
    /// Nothing is computed here.
    /// </summary>
    public static ReportDocument Build(ScenarioAnalysis analysis)
    {
        var comparison = analysis.Comparison;
        var s = comparison.Scenario;
        var c = comparison.Comparator;
        var metadata = analysis.Metadata
            .WithExtra("Scenario", s.ScenarioName)
            .WithExtra("Vergeleken met", c.ScenarioName)
            .WithExtra("Jaren", $"{comparison.Years[0]}–{comparison.Years[^1]}")
            .WithExtra("Discontovoet", DutchFormat.Percent(comparison.DiscountRate, 2))
            .WithExtra("Onzekerheidsanalyse", UncertaintyStatus(analysis.Uncertainty?.Settings));

        var report = new ReportDocument($"Preventie: wat levert '{s.ScenarioName}' op, en voor wie?", metadata)
            .WithSubtitle($"Raadsrapportage. Scenario '{s.ScenarioName}' vergeleken met '{c.ScenarioName}', {comparison.Years[0]}–{comparison.Years[^1]}.")
            .WithSection(ConclusionSection(comparison));
        if (WarningSection(analysis.Warnings) is { } warnings) report = report.WithSection(warnings);
        report = report
            .WithSection(PayerSection(comparison))
            .WithSection(YearSection(comparison))
            .WithSection(PopulationSection(comparison));
        if (analysis.Wijken is { } wijken) report = report.WithSection(wijken.Section()).WithDataSource(wijken.DataSource());
        if (analysis.Inventory is { } inventory) report = report.WithSection(InventorySection(inventory));
        if (analysis.Investment is { } investment) report = report.WithSection(InvestmentChapter.Section(investment));
        report = report
            .WithSection(analysis.Uncertainty is { } u ? UncertaintySection(u.Psa, u.OneWay, analysis.Descriptions) : NoUncertaintySection())
            .WithSection(AppendixSection(comparison))
            .WithAssumptions(Assumptions(comparison));
        foreach (var source in DataSources(comparison, analysis.Inventory)) report = report.WithDataSource(source);
        return report;
    }

    /// <summary>
    /// "Let op: ongebruikelijke invoer": the legal but unusual values of the analysis (<see cref="ScenarioAnalysis.Warnings"/>,
    /// the same warnings the CLI prints); null when there are none.
    /// </summary>
    public static ReportSection? WarningSection(IReadOnlyList<Input.DataError> warnings) =>
        warnings.Count == 0 ? null : new ReportSection("Let op: ongebruikelijke invoer")
            .WithParagraph("Deze waarden zijn toegestaan, maar ongebruikelijk. Controleer ze voordat u de uitkomsten gebruikt:")
            .WithBullets(warnings.Select(w => w.ToString()));

    // ---------------------------------------------------------------- conclusion

    /// <summary>
    /// The conclusion in plain Dutch, generated from the numbers: who pays, who saves, the net result per payer
    /// (including Zvw and Wlz), the break-even year, self-reliant life-years, and the caveat that the effects rest on
    /// assumptions. Amounts are discounted (contant) unless the sentence says nominal, formatted with
    /// <see cref="DutchFormat.EuroCompact"/>.
    /// </summary>
    public static IReadOnlyList<string> Conclusion(ScenarioComparison comparison)
    {
        var s = comparison.Scenario;
        var c = comparison.Comparator;
        var first = comparison.Years[0];
        var last = comparison.Years[^1];
        var gem = comparison.Gemeente;
        var total = comparison.Total;
        var lines = new List<string>();

        var intro = $"Dit rapport vergelijkt het scenario '{s.ScenarioName}' met '{c.ScenarioName}' over de jaren {first} tot en met {last}.";
        if (!string.IsNullOrWhiteSpace(s.Compiled.Scenario.Description)) intro += " " + s.Compiled.Scenario.Description!.Trim();
        intro += $" Bedragen zijn contante waarden: bedragen uit latere jaren zijn teruggerekend naar {first} met een discontovoet van {DutchFormat.Percent(comparison.DiscountRate, 2)}.";
        lines.Add(intro);

        // who pays
        var pays = "Wie betaalt extra voor preventie: " + Amounts(comparison, o => o.InvestmentDiscounted, "geen enkele betaler") + ".";
        var cuts = Amounts(comparison, o => -o.InvestmentDiscounted, null);
        if (cuts.Length > 0) pays += " Minder uitgaven aan bestaande activiteiten: " + cuts + ".";
        pays += $" Per saldo investeert de gemeente {DutchFormat.EuroCompact(gem.InvestmentDiscounted)}.";
        lines.Add(pays);

        // who saves
        var saves = "Wie bespaart op zorgkosten: " + Amounts(comparison, o => o.SavingsDiscounted, "geen enkele betaler") + ".";
        var extra = Amounts(comparison, o => -o.SavingsDiscounted, null);
        if (extra.Length > 0) saves += " Meer zorgkosten: " + extra + ".";
        if (total.SavingsDiscounted > 0.5)
            saves += $" Van alle vermeden zorgkosten komt {DutchFormat.Percent(ShareOutsideMunicipality(comparison), 0)} terecht buiten de gemeente: " +
                     "de gemeente betaalt, een ander bespaart (het 'wrong pocket'-probleem).";
        lines.Add(saves);

        // net per payer incl. Zvw and Wlz
        var net = new List<string> { $"de gemeente {DutchFormat.EuroCompact(gem.NetBenefitDiscounted)}" };
        net.AddRange(comparison.PayerSet.OtherGroups.Select(g => $"{g.InSentence} {DutchFormat.EuroCompact(comparison.For(g).NetBenefitDiscounted)}"));
        lines.Add($"Netto resultaat (besparing min investering; positief = de betaler houdt geld over): {List(net)}. " +
                  $"Alle betalers samen: {DutchFormat.EuroCompact(total.NetBenefitDiscounted)}." +
                  (gem.ReturnPerEuro is { } r ? $" Elke euro die de gemeente per saldo investeert, levert haar {DutchFormat.Euro(r, 2)} aan lagere zorgkosten op." : ""));

        // break-even
        lines.Add(BreakEvenSentence("De gemeente", gem, last) + " " + BreakEvenSentence("Alle betalers samen", total, last).Replace("Alle betalers samen heeft", "Alle betalers samen hebben"));

        // self-reliant life-years
        var years = comparison.SelfReliantYearsGained;
        lines.Add(Math.Abs(years) < 0.05
            ? $"Het scenario verandert het aantal zelfredzame levensjaren niet merkbaar ({first}–{last})."
            : years > 0
                ? $"Inwoners zijn in het scenario samen {DutchFormat.Number(years, 1)} jaar langer zelfredzaam dan in de vergelijking (zelfredzame levensjaren, {first}–{last}; contant {DutchFormat.Number(comparison.SelfReliantYearsGainedDiscounted, 1)})."
                : $"Inwoners zijn in het scenario samen {DutchFormat.Number(-years, 1)} jaar minder lang zelfredzaam dan in de vergelijking (zelfredzame levensjaren, {first}–{last}; contant {DutchFormat.Number(-comparison.SelfReliantYearsGainedDiscounted, 1)}).");

        // caveat
        var model = s.Compiled.Model;
        var assumed = model.Parameters.All.Count(p => p.IsAssumption);
        lines.Add($"Let op: deze uitkomsten zijn berekend, niet gemeten. De effecten van de interventies en {assumed} van de {model.Parameters.Count} modelparameters " +
                  $"rusten op aannames; de kosten per cliënt komen uit bronnen. Welk deel van de baten bij {model.Payers.OtherGroupsInSentence("of")} terechtkomt, " +
                  "is in Nederland niet onderzocht en volgt hier uit aangenomen effecten. Het hoofdstuk Aannamen noemt elke aanname.");
        return lines;
    }

    /// <summary>
    /// "de gemeente € 4,8 mln (Wmo) en € 964.911 (Jeugdwet), de zorgverzekeraar (Zvw) € 166.139": the payers whose
    /// <paramref name="amount"/> is at least € 1, largest first, the municipal budgets together; <paramref name="none"/>
    /// (or "") when there are none.
    /// </summary>
    private static string Amounts(ScenarioComparison comparison, Func<PayerOutcome, double> amount, string? none)
    {
        var payers = comparison.PayerSet;
        var municipal = payers.OwnGroup.Members.Select(p => (Payer: p, Outcome: comparison.For(p)))
            .Where(x => amount(x.Outcome) >= 0.5).OrderByDescending(x => amount(x.Outcome)).ToList();
        var parts = new List<(double Sort, string Text)>();
        if (municipal.Count > 0)
            parts.Add((municipal.Sum(x => amount(x.Outcome)), "de gemeente " + List(municipal.Select(x => $"{DutchFormat.EuroCompact(amount(x.Outcome))} ({Budget(x.Payer)})"))));
        foreach (var p in payers.All.Where(p => !p.IsOwnBudget))
        {
            var o = comparison.For(p);
            if (amount(o) >= 0.5) parts.Add((amount(o), $"{p.InSentence} {DutchFormat.EuroCompact(amount(o))}"));
        }
        if (parts.Count == 0) return none ?? "";
        return string.Join(", ", parts.OrderByDescending(x => x.Sort).Select(x => x.Text));
    }

    /// <summary>The share of all avoided care costs (discounted) that lands outside the municipality.</summary>
    public static double ShareOutsideMunicipality(ScenarioComparison comparison) =>
        comparison.Total.SavingsDiscounted > 0.5
            ? Math.Max(0, comparison.Total.SavingsDiscounted - comparison.Gemeente.SavingsDiscounted) / comparison.Total.SavingsDiscounted
            : 0;

    /// <summary>The key points for the top of the report: the municipality's bill and net result, the other payers, break-even, life-years, the caveat.</summary>
    public static IReadOnlyList<string> KeyPoints(ScenarioComparison comparison)
    {
        var gem = comparison.Gemeente;
        var others = string.Join(", ", comparison.PayerSet.OtherGroups.Select(g => $"{g.Label} {DutchFormat.EuroCompact(comparison.For(g).NetBenefitDiscounted)}"));
        var years = comparison.SelfReliantYearsGained;
        return new[]
        {
            $"De gemeente investeert per saldo {DutchFormat.EuroCompact(gem.InvestmentDiscounted)} en {NetPhrase(gem.NetBenefitDiscounted)} (contant, {comparison.Years[0]}–{comparison.Years[^1]}).",
            (others.Length > 0 ? $"Netto resultaat bij de andere betalers: {others}; " : "Netto resultaat: ") +
            $"alle betalers samen {DutchFormat.EuroCompact(comparison.Total.NetBenefitDiscounted)}.",
            gem.BreakEvenYear is { } y ? $"De gemeente heeft haar investering terugverdiend in {y}." : $"De gemeente verdient haar investering niet terug vóór eind {comparison.Years[^1]}.",
            Math.Abs(years) < 0.05 ? "Het aantal zelfredzame levensjaren verandert niet merkbaar."
                : years > 0 ? $"Inwoners winnen samen {DutchFormat.Number(years, 1)} zelfredzame levensjaren ({DutchFormat.Number(comparison.SelfReliantYearsGainedDiscounted, 1)} contant)."
                : $"Inwoners verliezen samen {DutchFormat.Number(-years, 1)} zelfredzame levensjaren ({DutchFormat.Number(-comparison.SelfReliantYearsGainedDiscounted, 1)} contant).",
            "Deze uitkomsten rusten op aannames over de effecten: zie het hoofdstuk Aannamen.",
        };
    }

    /// <summary>The municipal budget's own name: "Wmo" from "Gemeente – Wmo" (the label after the group's name), else the label.</summary>
    private static string Budget(Payer p) =>
        p.Label.StartsWith(p.GroupLabel + " – ", StringComparison.Ordinal) ? p.Label[(p.GroupLabel.Length + 3)..] : p.Label;

    private static string BreakEvenSentence(string who, PayerOutcome outcome, CalendarYear lastYear) =>
        outcome.BreakEvenYear is { } y
            ? $"{who} heeft de investering terugverdiend in {y}: vanaf dat jaar is het opgetelde netto resultaat (nominaal) positief en dat blijft het tot en met {lastYear}."
            : outcome.IsUninvolved
                ? $"{who} merkt financieel niets van het scenario."
                : outcome.NetBenefitNominal < 0
                    ? $"{who} komt tot en met {lastYear} niet uit de kosten: het opgetelde netto resultaat is dan {DutchFormat.EuroCompact(outcome.NetBenefitNominal)} (nominaal)."
                    : $"{who} heeft tot en met {lastYear} geen blijvend positief opgeteld resultaat: het wisselt tussen winst en verlies.";

    /// <summary>"houdt er netto € 823.159 aan over" / "legt er netto € 367.945 op toe" / "speelt quitte".</summary>
    private static string NetPhrase(double amount) =>
        Math.Abs(amount) < 0.5 ? "speelt quitte"
        : amount > 0 ? $"houdt er netto {DutchFormat.EuroCompact(amount)} aan over"
        : $"legt er netto {DutchFormat.EuroCompact(-amount)} op toe";

    private static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " en " + list[^1],
        };
    }

    private static ReportSection ConclusionSection(ScenarioComparison comparison)
    {
        var lines = Conclusion(comparison);
        var section = new ReportSection("Conclusie").WithBullets(KeyPoints(comparison));
        foreach (var line in lines) section = section.WithParagraph(line);
        return section;
    }

    // ---------------------------------------------------------------- payers

    private static ReportSection PayerSection(ScenarioComparison comparison) =>
        new ReportSection("Wie betaalt, wie bespaart")
            .WithParagraph("Per betaler: wat hij extra uitgeeft aan preventie (investering), wat hij minder kwijt is aan zorg (vermeden zorgkosten) en het verschil (netto). " +
                           "Een bezuiniging op bestaande activiteiten telt als negatieve investering; meer zorgkosten als negatieve besparing.")
            .WithFigure(PayerCharts.NetBenefitPerPayer(comparison),
                "Contante waarden over de hele looptijd. Rood omlaag: investering; groen omhoog: vermeden zorgkosten; ruit: netto.")
            .WithTable(PayerSummaryTable(comparison))
            .WithFigure(PayerCharts.CumulativeNetBenefit(comparison),
                "Opgeteld netto resultaat tot en met elk jaar (nominaal, zoals in de begroting). Waar de lijn boven nul komt en blijft, is de investering terugverdiend.");

    /// <summary>Per payer (and the municipality and all payers together): investment, savings and net, discounted and nominal, return per euro, break-even year.</summary>
    public static ReportTable PayerSummaryTable(ScenarioComparison comparison)
    {
        var table = new ReportTable("Resultaat per betaler (contant)",
            "Betaler", "Investering", "Besparing", "Netto", "Netto nominaal", "Per euro", "Terugverdiend");
        foreach (var o in comparison.Rows)
            table = table.WithRow(o.Label, ReportCell.Euro(o.InvestmentDiscounted), ReportCell.Euro(o.SavingsDiscounted),
                ReportCell.Euro(o.NetBenefitDiscounted), ReportCell.Euro(o.NetBenefitNominal),
                o.ReturnPerEuro is { } r ? ReportCell.Euro(r, 2) : "n.v.t.",
                o.BreakEvenYear?.ToString() ?? (o.IsUninvolved ? "–" : "niet binnen looptijd"));
        return table.WithNote($"Investering, besparing en netto zijn contante waarden: teruggerekend naar {comparison.Years[0]} met {DutchFormat.Percent(comparison.DiscountRate, 2)} per jaar " +
                              "(het eerste jaar telt volledig). Netto nominaal: de jaarbedragen opgeteld, zoals in de begroting. Per euro: besparing per geïnvesteerde euro. " +
                              "Terugverdiend: het eerste jaar vanaf wanneer het opgetelde netto resultaat positief is en blijft.");
    }

    // ---------------------------------------------------------------- years

    private static ReportSection YearSection(ScenarioComparison comparison) =>
        new ReportSection("Per jaar")
            .WithFigure(PayerCharts.CostsPerYear(comparison),
                "Kosten per betaler per jaar (zorg en interventies, nominaal). Doorgetrokken: scenario; gestreept: vergelijking. Let op: elke betaler heeft zijn eigen schaal.")
            .WithTable(NetBenefitPerYearTable(comparison, discounted: false))
            .WithTable(NetBenefitPerYearTable(comparison, discounted: true))
            .WithTable(MunicipalBudgetsPerYearTable(comparison));

    /// <summary>The payer groups of the per-year tables: the municipality, the other groups (Zvw, Wlz…) and all payers.</summary>
    private static IReadOnlyList<PayerOutcome> YearColumns(ScenarioComparison c) => c.GroupsAndTotal;

    /// <summary>Net benefit per year (rows) per payer group (columns), nominal or discounted, with a total row.</summary>
    public static ReportTable NetBenefitPerYearTable(ScenarioComparison comparison, bool discounted) =>
        PerYearTable(comparison, YearColumns(comparison), discounted,
            discounted ? "Netto per jaar (contant)" : "Netto per jaar (nominaal)");

    /// <summary>Net benefit per year of each municipal budget (nominal), with the municipality's total.</summary>
    public static ReportTable MunicipalBudgetsPerYearTable(ScenarioComparison comparison) =>
        PerYearTable(comparison, comparison.PayerSet.OwnGroup.Members.Select(comparison.For).Append(comparison.Gemeente).ToList(), false,
            "Gemeentebudgetten per jaar", "Netto resultaat per gemeentelijk budget per jaar (nominaal)");

    private static ReportTable PerYearTable(ScenarioComparison comparison, IReadOnlyList<PayerOutcome> columns, bool discounted, string caption,
        string notePrefix = "Netto resultaat per betaler per jaar")
    {
        var header = new[] { "Jaar" }.Concat(columns.Select(o => ColumnLabel(comparison, o))).ToArray();
        var table = new ReportTable(caption, header);
        var sums = new double[columns.Count];
        for (var t = 0; t < comparison.Years.Count; t++)
        {
            var factor = discounted ? Discounting.Factor(comparison.DiscountRate, t) : 1.0;
            var cells = new List<ReportCell> { comparison.Years[t].ToString() };
            for (var i = 0; i < columns.Count; i++)
            {
                var v = columns[i].NetBenefitByYear[t] * factor;
                sums[i] += v;
                cells.Add(ReportCell.Euro(v));
            }
            table = table.WithRow(cells.ToArray());
        }
        table = table.WithRow(new ReportCell[] { "Totaal" }.Concat(sums.Select(v => ReportCell.Euro(v))).ToArray());
        return table.WithNote(notePrefix.TrimEnd(':', ' ') + " = vermeden zorgkosten min extra uitgaven aan preventie; positief = de betaler houdt geld over." +
                              (discounted ? $" Contant: elk jaar teruggerekend naar {comparison.Years[0]} met {DutchFormat.Percent(comparison.DiscountRate, 2)} per jaar." : ""));
    }

    // ---------------------------------------------------------------- population

    private static ReportSection PopulationSection(ScenarioComparison comparison) =>
        new ReportSection("Inwoners en hun behoefte aan ondersteuning")
            .WithParagraph("Het model volgt de inwoners van jaar tot jaar: zelfredzaam, tijdelijk ondersteund of blijvend ondersteund. " +
                           "De verschillen tussen de scenario's zijn klein ten opzichte van de hele bevolking; de tabel geeft ze precies.")
            .WithFigure(PopulationCharts.Pyramid(comparison.Scenario),
                $"Scenario '{comparison.Scenario.ScenarioName}'. Links de inwoners aan het begin, rechts aan het eind van de looptijd, per leeftijdsgroep.")
            .WithFigure(PopulationCharts.NeedTiersOverTime(comparison.Scenario, comparison.Comparator),
                "Aantal inwoners per behoefte aan ondersteuning op 1 januari van elk jaar.")
            .WithTable(PersonYearsTable(comparison))
            .WithTable(LifeExpectancyTable(comparison));

    /// <summary>
    /// Zelfredzame levensverwachting per age band, scenario against comparator (see
    /// <see cref="ScenarioComparison.SelfReliantLifeExpectancy"/>), and the zelfredzame levensjaren gained over the
    /// horizon, undiscounted and discounted.
    /// </summary>
    public static ReportTable LifeExpectancyTable(ScenarioComparison comparison)
    {
        var table = new ReportTable("Zelfredzame levensverwachting per leeftijdsgroep (jaren)",
            "Leeftijd", comparison.Scenario.ScenarioName, comparison.Comparator.ScenarioName, "Verschil");
        foreach (var (band, scenario, comparator) in comparison.SelfReliantLifeExpectancy)
            table = table.WithRow(band.Code, ReportCell.Number(scenario, 2), ReportCell.Number(comparator, 2), ReportCell.Number(scenario - comparator, 3));
        return table.WithNote("Het verwachte aantal jaren zonder ondersteuning voor een inwoner uit die leeftijdsgroep, vanaf het startjaar, " +
                              "als de kansen van het scenario blijven gelden (zoals de gezonde levensverwachting). Zelfredzame levensjaren gewonnen over de looptijd: " +
                              $"{DutchFormat.Number(comparison.SelfReliantYearsGained, 1)} onverdisconteerd, {DutchFormat.Number(comparison.SelfReliantYearsGainedDiscounted, 1)} contant " +
                              $"(verdisconteerd zoals de kosten, {DutchFormat.Percent(comparison.DiscountRate, 2)}).");
    }

    /// <summary>Person-years per need tier over the horizon: scenario, comparator and difference.</summary>
    public static ReportTable PersonYearsTable(ScenarioComparison comparison)
    {
        var table = new ReportTable("Levensjaren per behoefte",
            "Behoefte", comparison.Scenario.ScenarioName, comparison.Comparator.ScenarioName, "Verschil");
        foreach (var tier in PopulationCharts.LivingTiers)
            table = table.WithRow(PopulationCharts.Capitalise(tier.DutchLabel()),
                ReportCell.Number(comparison.Scenario.PersonYears(tier), 1), ReportCell.Number(comparison.Comparator.PersonYears(tier), 1),
                ReportCell.Number(comparison.PersonYearsGained[tier], 1));
        return table.WithNote("Levensjaren over de hele looptijd: het aantal inwoners maal de tijd die zij in die toestand doorbrengen, opgeteld over alle jaren.");
    }

    // ---------------------------------------------------------------- inventory

    private static ReportSection InventorySection(Inventory.PreventionInventory inventory)
    {
        var section = new ReportSection("Het huidige preventieaanbod")
            .WithFigure(InventoryCharts.Coverage(inventory), "Aantal activiteiten per doel (en leeftijdsgroep) en vorm van preventie. Lege vakken zijn gaten in het aanbod.");
        return inventory.HasTargetGroupColumn ? section : section.WithParagraph(InventoryCharts.MissingAgeBandsNote);
    }

    // ---------------------------------------------------------------- uncertainty

    /// <summary>How many PSA draws needed a transition probability corrected to [0, 1], and which parameters fed it.</summary>
    public static string ClampingSentence(PsaResult psa) => psa.ClampedDraws == 0
        ? "In geen enkele trekking hoefde een overgangskans te worden begrensd tot tussen 0 en 1."
        : $"In {DutchFormat.Number(psa.ClampedDraws)} van de {DutchFormat.Number(psa.Draws)} trekkingen ({DutchFormat.Percent(psa.ClampedShare, 1)}) moest een overgangskans worden begrensd tot tussen 0 en 1; " +
          $"betrokken parameters: {string.Join(", ", psa.ClampedParameters.OrderByDescending(c => c.Draws).Take(8).Select(c => $"{c.Parameter} ({DutchFormat.Number(c.Draws)})"))}.";

    /// <summary>The uncertainty section of a report made without draws: the amounts are point estimates.</summary>
    public static ReportSection NoUncertaintySection() =>
        new ReportSection(UncertaintyHeading)
            .WithParagraph("Voor dit rapport is geen onzekerheidsanalyse gemaakt; de bedragen zijn puntschattingen. " +
                           "Met preventie report … --psa 1000 rekent het model de uitkomsten duizend keer door met andere waarden voor de onzekere parameters.")
            .WithParagraph("De uitkomsten hierboven horen bij één set waarden. Omdat de effecten op aannames rusten, kunnen de werkelijke " +
                           "bedragen flink anders uitvallen; lees ze als orde van grootte en richting, niet als begrotingsbedrag.");

    private const string UncertaintyHeading = "Hoe zeker is dit?";

    /// <summary>
    /// The uncertainty section for results you already have: the plain-Dutch answer (chance that the municipality comes
    /// out ahead, 90% intervals for gemeente, Zvw, Wlz and all payers, chance of break-even within the council term, the
    /// EVPI), the table per payer, the tornado of the municipal net benefit, the PSA cloud and the acceptability curves,
    /// and the warning that the spreads are assumptions too.
    /// </summary>
    public static ReportSection UncertaintySection(PsaResult psa, OneWayResult oneWay, ParameterDescriptions? descriptions = null)
    {
        var years = $"{psa.StartYear}–{psa.StartYear + psa.Cycles - 1}";
        var gem = psa.Gemeente;
        var others = psa.Rows.Payers.OtherGroups.Select(g => $"{g.Label}: tussen {Range(psa.For(g).NetBenefit)}").ToList();
        var total = psa.Total;
        var o = psa.Options;
        var section = new ReportSection(UncertaintyHeading)
            .WithParagraph($"De bedragen hierboven horen bij één set waarden. Veel daarvan zijn onzeker, vooral de effecten van preventie. " +
                           $"Daarom is het model {DutchFormat.Number(psa.Draws)} keer doorgerekend ('trekkingen'), telkens met andere waarden voor de " +
                           $"{psa.UncertainParameters.Count} onzekere parameters (of groepen), getrokken uit de spreiding die bij elke parameter is opgegeven. " +
                           "Scenario en vergelijking rekenen per trekking met dezelfde waarden, zodat alleen het verschil tussen beide telt. " +
                           $"Alle bedragen in dit hoofdstuk zijn contante waarden over {years}.")
            .WithParagraph(Verdict(gem.NetBenefit.ProbabilityPositive, total.NetBenefit.ProbabilityPositive))
            .WithBullets(new[]
            {
                $"Kans dat de gemeente er netto geld aan overhoudt: {Pct(gem.NetBenefit.ProbabilityPositive)} van de trekkingen.",
                $"Netto resultaat van de gemeente: in 90% van de trekkingen tussen {Range(gem.NetBenefit)} (puntschatting {DutchFormat.EuroCompact(gem.PointEstimate)}).",
                others.Count > 0 ? string.Join("; ", others) + "." : null,
                $"Alle betalers samen: tussen {Range(total.NetBenefit)}; kans op een positief resultaat {Pct(total.NetBenefit.ProbabilityPositive)}.",
                $"Kans dat de gemeente haar investering binnen de raadsperiode {o.CouncilTermStart}–{o.CouncilTermEnd} terugverdient " +
                $"(uiterlijk in {o.CouncilTermEnd} blijvend quitte speelt): {Pct(psa.MunicipalBreakEvenInTerm)}.",
                $"Wat meer zekerheid waard is (EVPI): voor alle betalers samen {DutchFormat.EuroCompact(total.Evpi)}, voor de gemeente alleen {DutchFormat.EuroCompact(gem.Evpi)}.",
                $"Zelfredzame levensjaren gewonnen: in 90% van de trekkingen tussen {DutchFormat.Number(psa.SelfReliantYearsGainedDiscounted.Low, 1)} en {DutchFormat.Number(psa.SelfReliantYearsGainedDiscounted.High, 1)} (contant), " +
                $"{DutchFormat.Number(psa.SelfReliantYearsGained.Low, 1)} tot {DutchFormat.Number(psa.SelfReliantYearsGained.High, 1)} onverdisconteerd.",
                ClampingSentence(psa),
            }.OfType<string>())
            .WithParagraph("Een 90%-interval betekent: in 9 van de 10 trekkingen valt het netto resultaat tussen die twee bedragen; een negatief bedrag is een verlies. " +
                           "De EVPI (verwachte waarde van volmaakte informatie) is wat een verkeerde keuze door onzekerheid gemiddeld kost: " +
                           "onderzoek of een proef die meer kost dan dit bedrag, loont financieel niet als het alleen om deze keuze gaat.")
            .WithTable(PsaTable(psa))
            .WithFigure(UncertaintyCharts.Tornado(TornadoBars(oneWay, descriptions), oneWay.BaseGemeente),
                "Welke aanname telt het zwaarst voor de gemeente? Per parameter het netto resultaat van de gemeente als alleen die parameter laag " +
                "(5e percentiel, oranje) of hoog (95e percentiel, blauw) is; de stippellijn is de puntschatting. De twaalf parameters met het grootste effect; " +
                "elke balk heet naar de omschrijving van de parameter (data/parameters/omschrijvingen.csv); de code uit parameters.csv staat erbij als u de muis op de balk houdt.")
            .WithFigure(UncertaintyCharts.Cloud(psa.Cloud),
                $"Elke stip is één trekking: rechts van de verticale lijn houdt de gemeente geld over, boven de horizontale lijn de andere betalers " +
                $"({string.Join(", ", psa.Rows.Payers.OtherGroups.Select(g => g.Label))}) samen. " +
                (psa.Cloud.Count < psa.Draws ? $"Getoond: de eerste {DutchFormat.Number(psa.Cloud.Count)} van {DutchFormat.Number(psa.Draws)} trekkingen." : $"Alle {DutchFormat.Number(psa.Draws)} trekkingen."))
            .WithFigure(UncertaintyCharts.AcceptabilityCurves(AcceptabilityCurves(psa), psa.Rows.Payers),
                "Hoeveel is een jaar waarin een inwoner zonder ondersteuning redt u waard? Links (€ 0) telt alleen geld; naar rechts telt elk gewonnen " +
                "zelfredzaam levensjaar mee voor het gekozen bedrag (contant, zoals de euro's). De lijn geeft de kans dat het scenario dan loont voor die betaler. " +
                $"Hoe hoger dat bedrag, hoe meer elke lijn nadert tot de kans dat het scenario zelfredzame levensjaren oplevert: " +
                $"{Pct(psa.SelfReliantYearsGained.ProbabilityPositive)} van de trekkingen.")
            .WithParagraph("Let op: ook de spreiding zelf is een aanname. Voor de meeste effecten bestaat geen Nederlands onderzoek; de bandbreedtes in " +
                           "parameters.csv zijn schattingen van de modelmakers. Een kans van 80% betekent hier: 80% van de trekkingen, gegeven deze aannamen — " +
                           "niet dat het in de werkelijkheid met 80% zekerheid zo uitpakt. Gebruik de kansen om scenario's en betalers te vergelijken, " +
                           "en de tornado om te zien welke aanname het eerst getoetst moet worden.");
        if (psa.ClampingIsMaterial) section = section.WithParagraph("LET OP: " + ClampingSentence(psa) + " Dat is meer dan 1% van de trekkingen: de opgegeven spreiding past niet goed bij het model; lees de kansen in dit hoofdstuk met extra voorzichtigheid.");
        return section;

        static string Pct(double p) => DutchFormat.Percent(p, 0);
        static string Verdict(double municipal, double all)
        {
            static string Chance(double p) => p switch
            {
                >= 0.95 => "vrijwel zeker",
                >= 0.75 => "waarschijnlijk",
                > 0.6 => "iets vaker wel dan niet",
                >= 0.4 => "ongeveer even vaak wel als niet",
                > 0.25 => "iets vaker niet dan wel",
                > 0.05 => "waarschijnlijk niet",
                _ => "vrijwel zeker niet",
            };
            return $"Kort gezegd: de gemeente houdt er {Chance(municipal)} geld aan over ({DutchFormat.Percent(municipal, 0)} van de trekkingen); " +
                   $"alle betalers samen {Chance(all)} ({DutchFormat.Percent(all, 0)}).";
        }
        static string Range(OutcomeSummary s) => $"{DutchFormat.EuroCompact(s.Low)} en {DutchFormat.EuroCompact(s.High)}";
    }

    /// <summary>Per payer (involved payers, the municipality, all payers): point estimate, mean, 90% interval and the chance of a positive net benefit.</summary>
    public static ReportTable PsaTable(PsaResult psa)
    {
        var table = new ReportTable("Netto resultaat per betaler, met onzekerheid", "Betaler", "Puntschatting", "Gemiddeld", "5e percentiel", "95e percentiel", "Kans dat het loont");
        foreach (var g in psa.Shown)
            table = table.WithRow(g.Label, ReportCell.Euro(g.PointEstimate), ReportCell.Euro(g.NetBenefit.Mean), ReportCell.Euro(g.NetBenefit.Low),
                ReportCell.Euro(g.NetBenefit.High), ReportCell.Percent(g.NetBenefit.ProbabilityPositive, 0));
        return table.WithNote($"Netto resultaat = vermeden zorgkosten min extra uitgaven aan preventie, contant, over {DutchFormat.Number(psa.Draws)} trekkingen (seed {psa.Seed}). " +
                              "Puntschatting: de uitkomst bij de gewone waarden (zoals in de rest van het rapport). 90% van de trekkingen ligt tussen het 5e en 95e percentiel. " +
                              "Kans dat het loont: het deel van de trekkingen met een positief netto resultaat.");
    }

    /// <summary>The acceptability curves of the municipality, each other payer group (Zvw, Wlz…) and all payers, for
    /// <see cref="UncertaintyCharts.AcceptabilityCurves"/>.</summary>
    public static IReadOnlyList<AcceptabilitySeries> AcceptabilityCurves(PsaResult psa) =>
        psa.GroupsAndTotal
            .Select(g => new AcceptabilitySeries(g.Code, g.Label, g.Acceptability.Select(a => a.ValuePerLifeYear).ToList(), g.Acceptability.Select(a => a.Probability).ToList()))
            .ToList();

    /// <summary>The municipal tornado bars of a one-way analysis: one per parameter, with its low and high value for the hover.</summary>
    public static IEnumerable<TornadoBar> TornadoBars(OneWayResult oneWay, ParameterDescriptions? descriptions = null) =>
        oneWay.Rows.Select(r => new TornadoBar((descriptions ?? ParameterDescriptions.None).For(r.Parameter), r.GemeenteAtLow, r.GemeenteAtHigh,
            ParameterValue(r.Low), ParameterValue(r.High), r.Parameter));

    private static string ParameterValue(double value) => Math.Abs(value) >= 100 ? DutchFormat.Number(value) : DutchFormat.Number(value, 4);

    private static string UncertaintyStatus(PsaOptions? psa) => psa is not null
        ? $"{DutchFormat.Count(psa.Draws, "trekking", "trekkingen")} (PSA), seed {psa.Seed}; eenzijdige gevoeligheidsanalyse op het 5e en 95e percentiel"
        : "niet gevraagd";

    // ---------------------------------------------------------------- appendix

    private static ReportSection AppendixSection(ScenarioComparison comparison) =>
        new ReportSection("Bijlage: kosten per betaler per jaar")
            .WithTable(CostsPerYearTable(comparison.Scenario))
            .WithTable(CostsPerYearTable(comparison.Comparator));

    /// <summary>Nominal costs (care plus interventions) per year (rows) per payer (columns) of one simulation.</summary>
    public static ReportTable CostsPerYearTable(SimulationResult result)
    {
        var header = new[] { "Jaar" }.Concat(result.Payers.All.Select(p => p.ShortLabel)).ToArray();
        var table = new ReportTable($"Kosten per jaar – {result.ScenarioName}", header);
        for (var t = 0; t < result.Cycles; t++)
        {
            var costs = result.Payers.All.Select(p => result.Costs(p, t)).ToArray();
            table = table.WithRow(new ReportCell[] { result.Years[t].ToString() }
                .Concat(costs.Select(v => ReportCell.Euro(v))).ToArray());
        }
        var own = result.Payers.OwnGroup.Members.Select(p => p.ShortLabel).ToList();
        return table.WithNote("Kosten per betaler per jaar, nominaal: zorgkosten en kosten van interventies samen. " +
                              (own.Count == 1 ? $"{own[0]} is de begroting van de gemeente." : $"{List(own)} zijn budgetten van de gemeente."));
    }

    /// <summary>A short column header: "Wmo", "Zvw", "Gemeente totaal", "Alle betalers".</summary>
    private static string ColumnLabel(ScenarioComparison comparison, PayerOutcome o)
    {
        var row = Enumerable.Range(0, comparison.Rows.Count).FirstOrDefault(i => ReferenceEquals(comparison.Rows[i], o), -1);
        var rows = comparison.PayerSet.Rows;
        if (row == rows.Total || row < 0) return o.Label;
        if (rows.IsPayer(row)) return comparison.PayerSet[row].ShortLabel;
        return comparison.PayerSet.Groups.First(g => rows.Of(g) == row).Label + " totaal";
    }

    // ---------------------------------------------------------------- assumptions and sources

    /// <summary>
    /// Every assumption: each model parameter marked as an assumption (<see cref="Parameter.IsAssumption"/>), then each
    /// assumed value in the scenario and the comparator (reach, neighbourhood share, effects, costs of interventions).
    /// </summary>
    public static IReadOnlyList<ReportAssumption> Assumptions(ScenarioComparison comparison)
    {
        var model = comparison.Scenario.Compiled.Model;
        var list = model.Parameters.All.Where(p => p.IsAssumption)
            .Select(p => new ReportAssumption(p.Name, FormatValue(p.Value, p.Unit), p.Note ?? p.Source ?? "aanname van de modelmakers"))
            .ToList();
        var vector = model.Parameters.DefaultVector();
        foreach (var result in new[] { comparison.Scenario, comparison.Comparator })
        {
            var scenario = result.Compiled.Scenario;
            foreach (var iv in scenario.Interventions)
            {
                var prefix = $"{scenario.Name} – {iv.Name}: ";
                void Add(string what, SourcedValue value, string unit)
                {
                    if (!value.IsAssumption) return;
                    var v = value.Expression.Evaluate(vector);
                    var rationale = value.Expression.IsConstant
                        ? "aanname in het scenariobestand"
                        : $"parameter {value.Expression.Text} (aanname)";
                    list.Add(new ReportAssumption(prefix + what, FormatValue(v, unit), rationale));
                }
                Add("bereik", iv.Reach, "aandeel");
                Add("wijkaandeel", iv.NeighbourhoodShare, "aandeel");
                foreach (var e in iv.Effects)
                    Add(e.Kind.Describe(model.States[e.From].Name, model.States[e.To].Name), e.Size, e.Kind.SizeUnit);
                foreach (var cost in iv.Costs)
                    Add($"kosten {cost.Payer.Label}", cost.AmountPerYear, "euro per jaar");
            }
        }
        return list;
    }

    /// <summary>
    /// The data sources: each model parameter with a source (value and source; "deels aanname" when the value also rests on an assumption), each sourced value in the scenarios, and the
    /// inventory file when given.
    /// </summary>
    public static IReadOnlyList<ReportDataSource> DataSources(ScenarioComparison comparison, Inventory.PreventionInventory? inventory = null)
    {
        var model = comparison.Scenario.Compiled.Model;
        var list = model.Parameters.All.Where(p => !string.IsNullOrWhiteSpace(p.Source))
            .Select(p => new ReportDataSource(p.Name, FormatValue(p.Value, p.Unit) + (p.IsAssumption ? " (deels aanname)" : ""), p.Source))
            .ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in new[] { comparison.Scenario, comparison.Comparator })
            foreach (var iv in result.Compiled.Scenario.Interventions)
                foreach (var cost in iv.Costs)
                {
                    var v = cost.AmountPerYear;
                    if (v.IsAssumption || !v.Expression.IsConstant || string.IsNullOrWhiteSpace(v.Source) || v.Source == "standaard") continue;
                    var name = $"{iv.Name}: kosten {cost.Payer.Label}";
                    if (seen.Add(name + v.Source))
                        list.Add(new ReportDataSource(name, FormatValue(v.Expression.Evaluate(model.Parameters.DefaultVector()), "euro per jaar"), v.Source));
                }
        if (inventory is not null)
            list.Add(new ReportDataSource("Inventarisatie preventieactiviteiten", $"{DutchFormat.Count(inventory.Activities.Count, "activiteit", "activiteiten")} (dekking van het aanbod)",
                Path.GetFileName(inventory.Source)));
        return list;
    }

    /// <summary>A parameter value for readers: "4.560 euro per persoon per jaar", "0,035 kans per jaar".</summary>
    private static string FormatValue(double value, string? unit)
    {
        var number = Math.Abs(value) >= 100 ? DutchFormat.Number(value) : value.ToString("#,##0.####", DutchFormat.Culture);
        return string.IsNullOrWhiteSpace(unit) ? number : number + " " + unit.Trim();
    }
}
