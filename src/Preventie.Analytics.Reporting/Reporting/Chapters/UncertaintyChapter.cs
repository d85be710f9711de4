using Preventie.Analytics.Analysis;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Model;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// "Hoe zeker is dit?": with draws, the analysis's PSA and one-way analysis in plain Dutch (chances, 90% intervals,
/// the value of better information, the table per payer, tornado, cloud, acceptability curves); without, the note
/// that the amounts are point estimates. The method words (trekkingen, PSA, EVPI, seed) are in <see cref="Method"/>,
/// for the appendix "Verantwoording".
/// </summary>
public sealed class UncertaintyChapter : IReportChapter<ScenarioAnalysis>
{
    /// <inheritdoc />
    public ReportSection? Build(ScenarioAnalysis analysis) =>
        analysis.Uncertainty is { } u ? Section(u.Psa, u.OneWay, analysis.Descriptions) : NoUncertaintySection();

    /// <summary>How many PSA draws needed a transition probability corrected to [0, 1], and which parameters fed it
    /// (their codes: for "Verantwoording").</summary>
    public static string ClampingSentence(PsaResult psa) => psa.ClampedDraws == 0
        ? "In geen enkele trekking hoefde een overgangskans te worden begrensd tot tussen 0 en 1."
        : $"In {DutchFormat.Number(psa.ClampedDraws)} van de {DutchFormat.Number(psa.Draws)} trekkingen ({DutchFormat.Percent(psa.ClampedShare, 1)}) moest een overgangskans worden begrensd tot tussen 0 en 1; " +
          $"betrokken parameters: {string.Join(", ", psa.ClampedParameters.OrderByDescending(c => c.Draws).Take(8).Select(c => $"{c.Parameter} ({DutchFormat.Number(c.Draws)})"))}.";

    /// <summary>The same as <see cref="ClampingSentence"/> for the chapter itself: in plain words, without parameter codes.</summary>
    public static string PlainClampingSentence(PsaResult psa) => psa.ClampedDraws == 0
        ? "In geen enkele doorrekening hoefde een overgangskans te worden begrensd tot tussen 0 en 1."
        : $"In {DutchFormat.Number(psa.ClampedDraws)} van de {DutchFormat.Number(psa.Draws)} doorrekeningen ({DutchFormat.Percent(psa.ClampedShare, 1)}) moest een overgangskans worden begrensd tot tussen 0 en 1; " +
          "welke parameters dat betrof, staat in de Verantwoording.";

    /// <inheritdoc />
    public IEnumerable<IReportBlock> Method(ScenarioAnalysis analysis) =>
        analysis.Uncertainty is { } u ? [new ReportParagraph(MethodText(u.Psa))] : [];

    /// <summary>
    /// The method of the chapter in Dutch, with its technical terms: a probabilistic sensitivity analysis (PSA) of so many
    /// draws from that seed, percentiles and chances over the draws, the EVPI, the one-way analysis and the clamping.
    /// </summary>
    public static string MethodText(PsaResult psa) =>
        $"Onzekerheid ('{Heading}'): probabilistische gevoeligheidsanalyse (PSA) met {DutchFormat.Count(psa.Draws, "trekking", "trekkingen")}, " +
        $"startwaarde van het toeval (seed) {psa.Seed}. In elke trekking krijgt elke onzekere parameter een waarde uit de verdeling die in parameters.csv " +
        "is opgegeven; scenario en vergelijking rekenen met dezelfde trekking. 'In 90% van de doorgerekende mogelijkheden' betekent: tussen het 5e en 95e " +
        "percentiel van de trekkingen; een kans is het aandeel trekkingen. 'De waarde van betere informatie' is de EVPI (expected value of perfect " +
        "information): de gemiddelde opbrengst van kiezen met volledige kennis tegenover kiezen nu, over de trekkingen. De balkgrafiek van de zwaarste " +
        "aannamen is een eenzijdige gevoeligheidsanalyse: één parameter op zijn 5e of 95e percentiel, de andere op hun gewone waarde. " + ClampingSentence(psa);

    /// <summary>The uncertainty section of a report made without draws: the amounts are point estimates.</summary>
    public static ReportSection NoUncertaintySection() =>
        new ReportSection(Heading)
            .WithParagraph("Voor dit rapport is geen onzekerheidsanalyse gemaakt; de bedragen zijn puntschattingen. " +
                           "Met preventie report … --psa 1000 rekent het model de uitkomsten duizend keer door met andere waarden voor de onzekere parameters.")
            .WithParagraph("De uitkomsten hierboven horen bij één set waarden. Omdat de effecten op aannames rusten, kunnen de werkelijke " +
                           "bedragen flink anders uitvallen; lees ze als orde van grootte en richting, niet als begrotingsbedrag.");

    /// <summary>The chapter's heading, with and without draws.</summary>
    public const string Heading = "Hoe zeker is dit?";

    /// <summary>
    /// The uncertainty section for results you already have: the plain-Dutch answer (chance that the municipality comes
    /// out ahead, 90% intervals for gemeente, Zvw, Wlz and all payers, chance of break-even within the council term, the
    /// value of better information (EVPI)), the table per payer, the tornado of the municipal net benefit, the PSA cloud and the acceptability curves,
    /// and the warning that the spreads are assumptions too.
    /// </summary>
    public static ReportSection Section(PsaResult psa, OneWayResult oneWay, ParameterDescriptions? descriptions = null)
    {
        var years = $"{psa.StartYear}–{psa.StartYear + psa.Cycles - 1}";
        var gem = psa.Gemeente;
        var others = psa.Rows.Payers.OtherGroups.Select(g => $"{g.Label}: tussen {Range(psa.For(g).NetBenefit)}").ToList();
        var total = psa.Total;
        var o = psa.Options;
        var section = new ReportSection(Heading)
            .WithParagraph($"De bedragen hierboven horen bij één set waarden. Veel daarvan zijn onzeker, vooral de effecten van preventie. " +
                           $"Daarom is het model {DutchFormat.Number(psa.Draws)} keer doorgerekend, telkens met andere waarden voor de " +
                           $"{psa.UncertainParameters.Count} onzekere parameters (of groepen), gekozen binnen de spreiding die bij elke parameter is opgegeven. " +
                           "Scenario en vergelijking rekenen in elke doorrekening met dezelfde waarden, zodat alleen het verschil tussen beide telt. " +
                           $"Alle bedragen in dit hoofdstuk zijn contante waarden over {years}.")
            .WithParagraph(Verdict(gem.NetBenefit.ProbabilityPositive, total.NetBenefit.ProbabilityPositive))
            .WithBullets(new[]
            {
                $"Kans dat de gemeente er netto geld aan overhoudt: in {Pct(gem.NetBenefit.ProbabilityPositive)} van de doorgerekende mogelijkheden.",
                $"Netto resultaat van de gemeente: in 90% van de doorgerekende mogelijkheden tussen {Range(gem.NetBenefit)} (puntschatting {DutchFormat.EuroCompact(gem.PointEstimate)}).",
                others.Count > 0 ? string.Join("; ", others) + "." : null,
                $"Alle betalers samen: tussen {Range(total.NetBenefit)}; kans op een positief resultaat {Pct(total.NetBenefit.ProbabilityPositive)}.",
                $"Kans dat de gemeente haar investering binnen de raadsperiode {o.CouncilTermStart}–{o.CouncilTermEnd} terugverdient " +
                $"(uiterlijk in {o.CouncilTermEnd} blijvend quitte speelt): {Pct(psa.MunicipalBreakEvenInTerm)}.",
                $"De waarde van betere informatie (wat meer zekerheid hooguit waard is): voor alle betalers samen {DutchFormat.EuroCompact(total.Evpi)}, voor de gemeente alleen {DutchFormat.EuroCompact(gem.Evpi)}.",
                $"Zelfredzame levensjaren gewonnen: in 90% van de doorgerekende mogelijkheden tussen {DutchFormat.Number(psa.SelfReliantYearsGainedDiscounted.Low, 1)} en {DutchFormat.Number(psa.SelfReliantYearsGainedDiscounted.High, 1)} (contante waarde), " +
                $"{DutchFormat.Number(psa.SelfReliantYearsGained.Low, 1)} tot {DutchFormat.Number(psa.SelfReliantYearsGained.High, 1)} onverdisconteerd.",
                PlainClampingSentence(psa),
            }.OfType<string>())
            .WithParagraph("Een 90%-interval betekent: in 9 van de 10 doorgerekende mogelijkheden valt het netto resultaat tussen die twee bedragen; een negatief bedrag is een verlies. " +
                           "De waarde van betere informatie is wat een verkeerde keuze door onzekerheid gemiddeld kost: " +
                           "onderzoek of een proef die meer kost dan dit bedrag, loont financieel niet als het alleen om deze keuze gaat.")
            .WithTable(PsaTable(psa))
            .WithFigure(UncertaintyCharts.Tornado(TornadoBars(oneWay, descriptions), oneWay.BaseGemeente),
                "Welke aanname telt het zwaarst voor de gemeente? Per parameter het netto resultaat van de gemeente als alleen die parameter laag " +
                "(5e percentiel, oranje) of hoog (95e percentiel, blauw) is; de stippellijn is de puntschatting. De twaalf parameters met het grootste effect; " +
                "elke balk heet naar de omschrijving van de parameter (data/parameters/omschrijvingen.csv); de code uit parameters.csv staat erbij als u de muis op de balk houdt.")
            .WithFigure(UncertaintyCharts.Cloud(psa.Cloud),
                $"Elke stip is één doorgerekende mogelijkheid: rechts van de verticale lijn houdt de gemeente geld over, boven de horizontale lijn de andere betalers " +
                $"({string.Join(", ", psa.Rows.Payers.OtherGroups.Select(g => g.Label))}) samen. " +
                (psa.Cloud.Count < psa.Draws ? $"Getoond: de eerste {DutchFormat.Number(psa.Cloud.Count)} van {DutchFormat.Number(psa.Draws)} doorrekeningen." : $"Alle {DutchFormat.Number(psa.Draws)} doorrekeningen."))
            .WithFigure(UncertaintyCharts.AcceptabilityCurves(AcceptabilityCurves(psa), psa.Rows.Payers),
                "Hoeveel is een jaar waarin een inwoner zonder ondersteuning redt u waard? Links (€ 0) telt alleen geld; naar rechts telt elk gewonnen " +
                "zelfredzaam levensjaar mee voor het gekozen bedrag (contante waarde, zoals de euro's). De lijn geeft de kans dat het scenario dan loont voor die betaler. " +
                $"Hoe hoger dat bedrag, hoe meer elke lijn nadert tot de kans dat het scenario zelfredzame levensjaren oplevert: " +
                $"{Pct(psa.SelfReliantYearsGained.ProbabilityPositive)} van de doorgerekende mogelijkheden.")
            .WithParagraph("Let op: ook de spreiding zelf is een aanname. Voor de meeste effecten bestaat geen Nederlands onderzoek; de bandbreedtes in " +
                           "parameters.csv zijn schattingen van de modelmakers. Een kans van 80% betekent hier: in 80% van de doorgerekende mogelijkheden, gegeven deze aannamen — " +
                           "niet dat het in de werkelijkheid met 80% zekerheid zo uitpakt. Gebruik de kansen om scenario's en betalers te vergelijken, " +
                           "en de tornado om te zien welke aanname het eerst getoetst moet worden.");
        if (psa.ClampingIsMaterial) section = section.WithParagraph("LET OP: " + PlainClampingSentence(psa) + " Dat is meer dan 1% van de doorrekeningen: de opgegeven spreiding past niet goed bij het model; lees de kansen in dit hoofdstuk met extra voorzichtigheid.");
        return section;

        static string Pct(double p) => DutchFormat.Percent(p, 0);
        static string Verdict(double municipal, double all)
        {
            static string Chance(double p) => p switch
            {
                >= 0.95 => "vrijwel zeker geld",
                >= 0.75 => "waarschijnlijk geld",
                > 0.6 => "iets vaker wel dan geen geld",
                >= 0.4 => "ongeveer even vaak wel als geen geld",
                > 0.25 => "iets vaker geen dan wel geld",
                > 0.05 => "waarschijnlijk geen geld",
                _ => "vrijwel zeker geen geld",
            };
            return $"Kort gezegd: de gemeente houdt er {Chance(municipal)} aan over (in {DutchFormat.Percent(municipal, 0)} van de doorgerekende mogelijkheden); " +
                   $"alle betalers samen houden er {Chance(all)} aan over ({DutchFormat.Percent(all, 0)}).";
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
        return table.WithSheetName("Resultaat met onzekerheid").WithNote($"Netto resultaat = vermeden zorgkosten min extra uitgaven aan preventie, contante waarde, over {DutchFormat.Number(psa.Draws)} doorrekeningen. " +
                              "Puntschatting: de uitkomst bij de gewone waarden (zoals in de rest van het rapport). 90% van de doorgerekende uitkomsten ligt tussen het 5e en 95e percentiel. " +
                              "Kans dat het loont: het deel van de doorgerekende mogelijkheden met een positief netto resultaat.");
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
}
