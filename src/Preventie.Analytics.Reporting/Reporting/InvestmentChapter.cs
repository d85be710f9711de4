using Preventie.Analytics.Analysis;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Evidence;
using Preventie.Analytics.Optimisation;
using Preventie.Analytics.Portfolio;
using Preventie.Analytics.Uncertainty;
using Preventie.Analytics.ValueOfInformation;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// The council chapter "Waar investeren?" of an <see cref="InvestmentAdvice"/>, and its tables (also shown by notebook
/// 05): the candidates, the activities without data, the chosen portfolio, the net benefit per payer, the frontier, the
/// marginal euro and the value of better information (EVPI/EVPPI). Every table says which inputs are assumptions. The
/// chapter is the document <c>waar-investeren.html</c> (<see cref="InvestmentDocument"/>); the overview shows its
/// <see cref="Summary"/> and links to it (<see cref="OverviewInvestmentChapter"/>), the scenario reports do not repeat it.
/// Absent when the run made no advice. The method (draws, seed, solver, EVPPI metamodel with its R²) goes to "Verantwoording" (<see cref="MethodBlocks"/>).
/// </summary>
public sealed class InvestmentChapter : IReportChapter<ScenarioAnalysis>, IReportChapter<BatchAnalysis>
{
    /// <summary>The chapter's heading.</summary>
    public const string Heading = "Waar investeren?";

    /// <inheritdoc />
    public ReportSection? Build(ScenarioAnalysis analysis) => analysis.Investment is { } advice ? Section(advice) : null;

    /// <inheritdoc />
    public ReportSection? Build(BatchAnalysis analysis) => analysis.Investment is { } advice ? Section(advice) : null;

    /// <inheritdoc />
    public IEnumerable<IReportBlock> Method(ScenarioAnalysis analysis) => analysis.Investment is { } advice ? MethodBlocks(advice) : [];

    /// <inheritdoc />
    public IEnumerable<IReportBlock> Method(BatchAnalysis analysis) => analysis.Investment is { } advice ? MethodBlocks(advice) : [];

    /// <summary>
    /// The chapter's method for "Verantwoording", in Dutch with its technical terms: the shared draws and seed, the
    /// optimiser, the EVPPI by regression and, when computed, the tables of the EVPPI with the R² of the metamodel.
    /// </summary>
    public static IEnumerable<IReportBlock> MethodBlocks(InvestmentAdvice advice)
    {
        var o = advice.Result.Options;
        yield return new ReportParagraph(
            $"Waar investeren ('{Heading}'): elke activiteit is op elke schaal doorgerekend op dezelfde {DutchFormat.Count(o.Draws, "trekking", "trekkingen")} " +
            $"(startwaarde van het toeval, seed, {o.Seed}); 'doorgerekende mogelijkheden' zijn die trekkingen. Een wiskundige optimalisatie (OR-Tools, solver SCIP) " +
            "kiest de schalen binnen budget en voorwaarden; de gekozen portefeuille wordt daarna als geheel in het model doorgerekend, zodat samenhang meetelt. " +
            "'De waarde van betere informatie' is de EVPI (alle onzekerheid samen) en de EVPPI (één groep of parameter), geschat volgens Strong, Oakley en Brennan (2014) " +
            "met een regressiemodel (metamodel, ML.NET FastTree) over de trekkingen. De R² van dat metamodel toont hoe goed de schatting is: dicht bij 1 is goed, " +
            "dicht bij 0 betekent dat de waarde onzeker is.");
        if (advice.Evppi is { } v)
        {
            yield return EvppiGroupTable(v);
            yield return EvppiParameterTable(v);
        }
    }

    /// <summary>The chapter for a council report or the batch overview.</summary>
    public static ReportSection Section(InvestmentAdvice advice)
    {
        var r = advice.Result;
        var section = Summary(new ReportSection(Heading), advice)
            .WithBullets(r.Notes())
            .WithTable(PortfolioTable(r))
            .WithFigure(PortfolioCharts.Portfolio(r.Portfolio, r.Candidates.Candidates))
            .WithTable(PayerTable(r));
        if (r.Frontier.Any(p => p.Feasible))
            section = section.WithFigure(PortfolioCharts.Frontier(r.Frontier, r.Budget, r.Options.Objective), "Per budget de beste portefeuille, doorgerekend in het volledige model, met het 90%-interval.")
                .WithTable(FrontierTable(r));
        section = section.WithTable(MarginalTable(r));
        if (advice.Evppi is { } v)
        {
            section = section.WithParagraph("Wat is het waard om te weten? De waarde van betere informatie is een bovengrens voor wat een evaluatie of meting van die onzekerheid mag kosten " +
                                            "bij de keuze tussen de huidige en de gekozen portefeuille (euro voor de hele bevolking van Deventer over de horizon). " +
                                            "Hoe die waarde is geschat, hoe betrouwbaar de schatting is en de waarde per afzonderlijke parameter staan in de Verantwoording.")
                .WithTable(InformationValueGroupTable(v));
            if (v.Evpi.ContainsKey("gemeente")) section = section.WithFigure(PortfolioCharts.Evppi(v, "gemeente", "gemeente"));
        }
        if (r.Candidates.Unavailable.Count > 0) section = section.WithTable(UnavailableTable(r.Candidates));
        return section.WithParagraph("Hoe is gerekend: elke activiteit is op elke schaal in het model doorgerekend, met dezelfde doorgerekende mogelijkheden voor alle activiteiten; " +
                                     "een rekenprogramma kiest de schalen binnen budget en voorwaarden, en de gekozen portefeuille wordt daarna als geheel doorgerekend (samenhang telt mee). " +
                                     "De methode staat in de Verantwoording.");
    }

    /// <summary>
    /// The chapter's opening, also the overview's summary of it: the illustrative notice, the chosen portfolio with its
    /// expected result, 90% interval, chance to beat current policy and to break even, and what to stop; added to <paramref name="section"/>.
    /// </summary>
    public static ReportSection Summary(ReportSection section, InvestmentAdvice advice)
    {
        var r = advice.Result;
        var o = r.Options;
        var e = r.Evaluation;
        var stop = r.Stopped.Select(l => l.Activity).ToList();
        var funded = r.Funded.Select(l => $"{l.Activity} (schaal {DutchFormat.Number(l.Scale, 2)})").ToList();
        return section
            .WithIllustrativeNotice("Illustratief: kosten, bereik en effecten van de activiteiten uit de inventaris zijn aannames (data/evidence), geen metingen in Deventer.",
                IllustrativeSubject)
            .WithParagraph($"Met een budget van {DutchFormat.Euro(r.Budget)} per jaar (de huidige activiteiten kosten {DutchFormat.Euro(r.CurrentCostPerYear)}) " +
                           $"geeft deze portefeuille de grootste verwachte {o.Objective.DutchLabel()}: {string.Join(", ", funded)}. " +
                           $"Ten opzichte van het huidige beleid: gemiddeld {Value(o.Objective, e.Objective.Mean)} (90%-interval {Value(o.Objective, e.Objective.Low)} tot " +
                           $"{Value(o.Objective, e.Objective.High)}); in {DutchFormat.Percent(e.ProbabilityBeatsCurrent, 0)} van de doorgerekende mogelijkheden beter dan nu. " +
                           $"Kans dat de gemeente binnen de raadsperiode ({o.CouncilTermStart}–{o.CouncilTermEnd}) terugverdient: {DutchFormat.Percent(e.BreakEvenProbability, 0)}.")
            .WithParagraph(stop.Count == 0 ? "Geen van de huidige activiteiten hoeft te stoppen." : $"Te stoppen: {string.Join(", ", stop)}.");
    }

    /// <summary>What is illustrative in this chapter (the subject of its <see cref="ReportIllustrativeNotice"/>).</summary>
    public const string IllustrativeSubject = "kosten, bereik en effecten van de activiteiten in 'Waar investeren?'";

    /// <summary>A value of the objective as a number cell that reads as <see cref="Value"/>: a euro amount, or life-years.</summary>
    public static ReportCell ValueCell(PortfolioObjective objective, double v) =>
        objective.IsEuro() ? ReportCell.Euro(v) : ReportCell.Quantity(v, "levensjaren", Value(objective, v));

    /// <summary>A value of the objective in words (euro or life-years).</summary>
    public static string Value(PortfolioObjective objective, double v) =>
        objective.IsEuro() ? DutchFormat.Euro(v) : DutchFormat.Number(v) + " levensjaren";

    /// <summary>
    /// Every activity the optimiser could choose: where it comes from, cost per year, current and maximum scale (or on/off),
    /// recognition level, and whether its figures are assumptions.
    /// </summary>
    public static ReportTable CandidatesTable(CandidateSet set) =>
        new ReportTable($"{set.Candidates.Count} kandidaten", "Activiteit", "Herkomst", "Kosten per jaar", "Schaal nu", "Maximale schaal", "Erkenning", "Aanname")
            .WithRows(set.Candidates.Select(c => new ReportCell[] {
                c.Name, c.OriginLabel, ReportCell.Euro(c.CostPerYear), ReportCell.Number(c.CurrentScale, 0),
                c.OnOff ? "aan/uit" : ReportCell.Number(c.MaxScale, 2), c.Level is { } l ? l.DutchLabel() : "uit scenario", c.IsAssumption ? "ja" : "nee" }))
            .WithSheetName("Kandidaten");

    /// <summary>The inventory activities left out of the advice because data are missing, with what is missing.</summary>
    public static ReportTable UnavailableTable(CandidateSet set) =>
        new ReportTable("Activiteiten uit de inventaris zonder gegevens (niet meegenomen)", "Activiteit", "Wat ontbreekt")
            .WithRows(set.Unavailable.Select(u => new ReportCell[] { u.Activity, u.MissingText }))
            .WithSheetName("Activiteiten zonder gegevens");

    /// <summary>
    /// The chosen portfolio: per activity that runs now or in the advice, the current and the chosen scale (1 = current
    /// size) and the cost per year, most expensive first.
    /// </summary>
    public static ReportTable PortfolioTable(PortfolioResult r) =>
        new ReportTable("Gekozen portefeuille (schaal 1 = huidige omvang)", "Activiteit", "Herkomst", "Schaal nu", "Schaal gekozen", "Kosten per jaar", "Aanname")
            .WithRows(r.Portfolio.Where(l => l.Scale > 0 || l.CurrentScale > 0).OrderByDescending(l => l.CostPerYear).ThenBy(l => l.Activity, StringComparer.Ordinal)
                .Select(l => new ReportCell[] {
                    l.Activity, l.OriginLabel, ReportCell.Number(l.CurrentScale, 2), ReportCell.Number(l.Scale, 2), ReportCell.Euro(l.CostPerYear), l.IsAssumption ? "ja" : "nee" }))
            .WithSheetName("Gekozen portefeuille");

    /// <summary>
    /// Per payer, the expected discounted net benefit of the chosen portfolio against current policy, with the 5th and
    /// 95th percentile over the draws.
    /// </summary>
    public static ReportTable PayerTable(PortfolioResult r) =>
        new ReportTable("Verwachte netto baat van de gekozen portefeuille t.o.v. huidig beleid, contant", "Betaler", "Gemiddeld", "5e percentiel", "95e percentiel")
            .WithRows(Enumerable.Range(0, r.Candidates.Model.Payers.Rows.Count).Select(g => new ReportCell[] {
                r.Candidates.Model.Payers.Rows.Label(g), ReportCell.Euro(r.Evaluation.NetBenefitByGroup[g].Mean), ReportCell.Euro(r.Evaluation.NetBenefitByGroup[g].Low),
                ReportCell.Euro(r.Evaluation.NetBenefitByGroup[g].High) }))
            .WithSheetName("Portefeuille per betaler");

    /// <summary>
    /// The frontier: per budget, the best portfolio's spending and its objective (mean, 5th and 95th percentile);
    /// "niet haalbaar" when no portfolio fits that budget.
    /// </summary>
    public static ReportTable FrontierTable(PortfolioResult r) =>
        new ReportTable("Grens: beste portefeuille per budget", "Budget per jaar", "Besteed", "Gemiddeld", "5e percentiel", "95e percentiel")
            .WithRows(r.Frontier.Select(p => p.Feasible
                ? new ReportCell[] { ReportCell.Euro(p.Budget), ReportCell.Euro(p.CostPerYear), ValueCell(r.Options.Objective, p.Mean), ValueCell(r.Options.Objective, p.P5), ValueCell(r.Options.Objective, p.P95) }
                : new ReportCell[] { ReportCell.Euro(p.Budget), "niet haalbaar", "", "", "" }))
            .WithSheetName("Beste portefeuille per budget");

    /// <summary>
    /// The marginal euro: per activity, what scaling it up by 0.1 from the chosen scale adds per extra euro of municipal
    /// spending (or life-years per extra € 1,000), discounted.
    /// </summary>
    public static ReportTable MarginalTable(PortfolioResult r) =>
        new ReportTable("Meeropbrengst van een extra euro (schaal +0,1, per euro extra gemeentelijke uitgaven, contant)", "Activiteit", "Schaal gekozen",
                r.Options.Objective.IsEuro() ? "Per extra euro" : "Levensjaren per extra € 1.000")
            .WithRows(r.Marginal.Select(m => new ReportCell[] {
                m.Activity + (m.AboveMaximum ? " (boven maximum)" : ""), ReportCell.Number(m.Scale, 2),
                r.Options.Objective.IsEuro() ? ReportCell.Euro(m.PerEuro, 2) : ReportCell.Number(m.PerEuro * 1000, 3) }))
            .WithSheetName("Meeropbrengst extra euro");

    /// <summary>
    /// Per payer, the value of better information about all uncertain parameters together (the EVPI) and about each
    /// parameter group with a value above zero (its EVPPI), in plain words for the chapter.
    /// </summary>
    public static ReportTable InformationValueGroupTable(EvppiResult v) =>
        new ReportTable("Waarde van betere informatie per groep", "Betaler", "Groep", "Waarde van betere informatie")
            .WithRows(GroupRows(v).Select(x => new ReportCell[] { x.PayerGroup, GroupName(x), ReportCell.Euro(x.Value) }))
            .WithSheetName("Informatiewaarde per groep");

    private static IEnumerable<EvppiEstimate> GroupRows(EvppiResult v) =>
        v.Evpi.Keys.SelectMany(b => v.For(b, true).Where(x => x.Value > 0 || x.Name == DecisionEvppi.AllParameters));

    private static IEnumerable<EvppiEstimate> ParameterRows(EvppiResult v, int top) =>
        new[] { "gemeente", "totaal" }.Where(v.Evpi.ContainsKey).SelectMany(b => v.For(b, false).Take(top));

    private static string GroupName(EvppiEstimate x) => x.Name == DecisionEvppi.AllParameters ? "alle onzekere parameters samen" : x.Name;

    /// <summary>
    /// Per payer, the EVPI (all uncertain parameters together) and the EVPPI of each parameter group with a value above
    /// zero, with the R² of the regression metamodel as a check on the estimate (for "Verantwoording").
    /// </summary>
    public static ReportTable EvppiGroupTable(EvppiResult v) =>
        new ReportTable("EVPI en EVPPI per groep, met de R² van het metamodel", "Betaler", "Groep", "EVPPI", "R² metamodel")
            .WithRows(GroupRows(v).Select(x => new ReportCell[] { x.PayerGroup, x.Name == DecisionEvppi.AllParameters ? "alle onzekere parameters (= EVPI)" : x.Name, ReportCell.Euro(x.Value), ReportCell.Number(x.RSquared, 2) }))
            .WithSheetName("EVPPI per groep (methode)");

    /// <summary>
    /// The EVPPI of single parameters, the <paramref name="top"/> largest for the municipality and for all payers, with the
    /// R² of the metamodel (for "Verantwoording").
    /// </summary>
    public static ReportTable EvppiParameterTable(EvppiResult v, int top = 10) =>
        new ReportTable($"EVPPI per parameter (de {top} grootste per betaler), met de R² van het metamodel", "Betaler", "Parameter", "EVPPI", "R² metamodel")
            .WithRows(ParameterRows(v, top).Select(x => new ReportCell[] { x.PayerGroup, x.Name, ReportCell.Euro(x.Value), ReportCell.Number(x.RSquared, 2) }))
            .WithSheetName("EVPPI per parameter (methode)");
}
