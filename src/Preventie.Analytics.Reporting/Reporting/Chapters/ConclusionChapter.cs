using Preventie.Analytics.Analysis;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// "Conclusie": the key points and the conclusion in plain Dutch, generated from the analysis's comparison (who pays,
/// who saves, the net result per payer, break-even, self-reliant life-years, the caveat that effects are assumptions).
/// </summary>
public sealed class ConclusionChapter : IReportChapter<ScenarioAnalysis>
{
    /// <inheritdoc />
    public ReportSection? Build(ScenarioAnalysis analysis)
    {
        var comparison = analysis.Comparison;
        var lines = Conclusion(comparison);
        var section = new ReportSection("Conclusie");
        // the headline carries its chance and range when the uncertainty was computed (the raadsversie's sentence)
        if (analysis.Psa is not null) section = section.With(new ReportHeadline(BriefHeadlineChapter.Headline(analysis)));
        section = section.WithBullets(KeyPoints(comparison, analysis.Psa));
        foreach (var line in lines) section = section.WithParagraph(line);
        return section;
    }

    /// <summary>
    /// The conclusion in plain Dutch, generated from the numbers: who pays, who saves, the net result per payer
    /// (including Zvw and Wlz), the break-even year, self-reliant life-years, and the caveat that the effects rest on
    /// assumptions. Amounts are discounted (contante waarde) unless the sentence says nominal, formatted with
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
        var changes = ScenarioChangeText.Describe(s, c);
        if (changes.Length > 0) intro += " " + changes;
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
            saves += $" Van alle vermeden zorgkosten komt {DutchFormat.Percent(comparison.SavingsShareOutsideMunicipality, 0)} terecht buiten de gemeente: " +
                     "de gemeente betaalt, een ander bespaart (de besparing valt in de verkeerde portemonnee).";
        lines.Add(saves);

        // net per payer incl. Zvw and Wlz
        var net = new List<string> { $"de gemeente {DutchFormat.EuroCompact(gem.NetBenefitDiscounted)}" };
        net.AddRange(comparison.PayerSet.OtherGroups.Select(g => $"{g.InSentence} {DutchFormat.EuroCompact(comparison.For(g).NetBenefitDiscounted)}"));
        lines.Add($"Netto resultaat (besparing min investering; positief = de betaler houdt geld over): {DutchList.Join(net)}. " +
                  $"Alle betalers samen: {DutchFormat.EuroCompact(total.NetBenefitDiscounted)}." +
                  (gem.ReturnPerEuro is { } r ? $" Elke euro die de gemeente per saldo investeert, levert haar {DutchFormat.Euro(r, 2)} aan lagere zorgkosten op." : ""));

        // break-even
        lines.Add(BreakEvenSentence("De gemeente", false, gem, last) + " " + BreakEvenSentence("Alle betalers samen", true, total, last));

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
            parts.Add((municipal.Sum(x => amount(x.Outcome)), "de gemeente " + DutchList.Join(municipal.Select(x => $"{DutchFormat.EuroCompact(amount(x.Outcome))} ({Budget(x.Payer)})"))));
        foreach (var p in payers.All.Where(p => !p.IsOwnBudget))
        {
            var o = comparison.For(p);
            if (amount(o) >= 0.5) parts.Add((amount(o), $"{p.InSentence} {DutchFormat.EuroCompact(amount(o))}"));
        }
        if (parts.Count == 0) return none ?? "";
        return string.Join(", ", parts.OrderByDescending(x => x.Sort).Select(x => x.Text));
    }

    /// <summary>The key points for the top of the report: the municipality's bill and net result, the other payers, break-even, life-years, the caveat.</summary>
    /// <param name="comparison">The comparison (the figures at the point values).</param>
    /// <param name="psa">The uncertainty analysis, or null: with it, break-even is also stated as a chance.</param>
    public static IReadOnlyList<string> KeyPoints(ScenarioComparison comparison, Uncertainty.PsaResult? psa = null)
    {
        var gem = comparison.Gemeente;
        var others = string.Join(", ", comparison.PayerSet.OtherGroups.Select(g => $"{g.Label} {DutchFormat.EuroCompact(comparison.For(g).NetBenefitDiscounted)}"));
        var years = comparison.SelfReliantYearsGained;
        return new[]
        {
            $"De gemeente investeert per saldo {DutchFormat.EuroCompact(gem.InvestmentDiscounted)} en {NetPhrase(gem.NetBenefitDiscounted)} (contante waarde, {comparison.Years[0]}–{comparison.Years[^1]}" +
            (psa is null ? ")." : $", met de puntschatting van elke aanname; gemiddeld over alle doorgerekende mogelijkheden is het netto resultaat {DutchFormat.EuroCompact(psa.Gemeente.NetBenefit.Mean)})."),
            (others.Length > 0 ? $"Netto resultaat bij de andere betalers: {others}; " : "Netto resultaat: ") +
            $"alle betalers samen {DutchFormat.EuroCompact(comparison.Total.NetBenefitDiscounted)}.",
            (gem.BreakEvenYear is { } y ? $"De gemeente heeft haar investering terugverdiend in {y}" : $"De gemeente verdient haar investering niet terug vóór eind {comparison.Years[^1]}")
            + (psa is null ? "." : $" (met de verwachte waarden); de kans dat de gemeente binnen de raadsperiode {psa.Options.CouncilTermStart}–{psa.Options.CouncilTermEnd} terugverdient is {DutchFormat.Percent(psa.MunicipalBreakEvenInTerm, 0)}."),
            Math.Abs(years) < 0.05 ? "Het aantal zelfredzame levensjaren verandert niet merkbaar."
                : years > 0 ? $"Inwoners winnen samen {DutchFormat.Number(years, 1)} zelfredzame levensjaren ({DutchFormat.Number(comparison.SelfReliantYearsGainedDiscounted, 1)} in contante waarde)."
                : $"Inwoners verliezen samen {DutchFormat.Number(-years, 1)} zelfredzame levensjaren ({DutchFormat.Number(-comparison.SelfReliantYearsGainedDiscounted, 1)} in contante waarde).",
            "Deze uitkomsten rusten op aannames over de effecten: zie het hoofdstuk Aannamen.",
        };
    }

    /// <summary>The municipal budget's own name: "Wmo" from "Gemeente – Wmo" (the label after the group's name), else the label.</summary>
    private static string Budget(Payer p) =>
        p.Label.StartsWith(p.GroupLabel + " – ", StringComparison.Ordinal) ? p.Label[(p.GroupLabel.Length + 3)..] : p.Label;

    /// <summary>When <paramref name="who"/> breaks even; <paramref name="plural"/> for a plural subject ("Alle betalers samen hebben …").</summary>
    private static string BreakEvenSentence(string who, bool plural, PayerOutcome outcome, CalendarYear lastYear) =>
        outcome.BreakEvenYear is { } y
            ? $"{who} {(plural ? "hebben" : "heeft")} de investering terugverdiend in {y}: vanaf dat jaar is het opgetelde netto resultaat (nominaal) positief en dat blijft het tot en met {lastYear}."
            : outcome.IsUninvolved
                ? $"{who} {(plural ? "merken" : "merkt")} financieel niets van het scenario."
                : outcome.NetBenefitNominal < 0
                    ? $"{who} {(plural ? "komen" : "komt")} tot en met {lastYear} niet uit de kosten: het opgetelde netto resultaat is dan {DutchFormat.EuroCompact(outcome.NetBenefitNominal)} (nominaal)."
                    : $"{who} {(plural ? "hebben" : "heeft")} tot en met {lastYear} geen blijvend positief opgeteld resultaat: het wisselt tussen winst en verlies.";

    /// <summary>"houdt er netto € 823.159 aan over" / "legt er netto € 367.945 op toe" / "speelt quitte".</summary>
    private static string NetPhrase(double amount) =>
        Math.Abs(amount) < 0.5 ? "speelt quitte"
        : amount > 0 ? $"houdt er netto {DutchFormat.EuroCompact(amount)} aan over"
        : $"legt er netto {DutchFormat.EuroCompact(-amount)} op toe";
}
