using Preventie.Analytics.Analysis;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// The one glossary ("Begrippen") of the words the council reads: contante waarde, per saldo (netto baat), betaler,
/// kans, 90%-bandbreedte, terugverdiend, illustratief. Defined here once; the raadsversies show the short definitions,
/// the full report and the overview the full ones (<see cref="GlossaryChapter"/>). Kans and bandbreedte appear only when
/// the uncertainty was computed; the discount rate and the council term come from the analysis.
/// </summary>
public static class CouncilGlossary
{
    /// <summary>The heading of the glossary section.</summary>
    public const string Heading = "Begrippen";

    /// <summary>"Contante waarde: een euro in een later jaar telt iets minder zwaar mee dan een euro nu (2,25% per jaar), …"</summary>
    public static GlossaryTerm PresentValue(double discountRate) => new("Contante waarde",
        $"een euro in een later jaar telt iets minder zwaar mee dan een euro nu ({DutchFormat.Percent(discountRate, 2)} per jaar), " +
        "zodat bedragen uit verschillende jaren eerlijk op te tellen zijn. Alle bedragen zijn zo opgeteld, tenzij er iets anders staat.",
        "Het gaat dus niet om geld dat direct beschikbaar is. Het eerste jaar telt volledig mee; de tabellen per jaar geven de bedragen ook zoals ze in de begroting staan (nominaal).");

    /// <summary>"Per saldo (netto baat): de zorgkosten die wegvallen, min wat er extra aan preventie wordt uitgegeven. …"</summary>
    public static GlossaryTerm NetResult { get; } = new("Per saldo (netto baat)",
        "de zorgkosten die wegvallen, min wat er extra aan preventie wordt uitgegeven. Positief: de betaler houdt geld over; negatief: de betaler legt geld toe.",
        "Een bezuiniging op bestaande activiteiten telt als negatieve uitgave, meer zorgkosten als negatieve besparing.");

    /// <summary>"Betaler: wie de preventie betaalt of de zorgkosten draagt: …"</summary>
    public static GlossaryTerm Payer { get; } = new("Betaler",
        "wie de preventie betaalt of de zorgkosten draagt: de gemeente, met haar eigen budgetten (zoals Wmo en Jeugdwet), " +
        "en daarbuiten de zorgverzekeraar, de Wlz, het Rijk en de inwoners zelf. Alle betalers samen is de som van allemaal.",
        "Als de gemeente de preventie betaalt en een ander de besparing krijgt, valt de besparing in de verkeerde portemonnee.");

    /// <summary>"Kans: de berekening is vele keren herhaald met andere, nog aannemelijke waarden …"</summary>
    public static GlossaryTerm Chance { get; } = new("Kans",
        "de berekening is vele keren herhaald met andere, nog aannemelijke waarden voor de onzekere aannames; de kans is hoe vaak de uitkomst dan zo uitvalt.",
        "Het is een kans gegeven de aannames, geen zekerheid over de werkelijkheid: hoe ver die waarden uiteenlopen, is zelf ook een schatting.");

    /// <summary>"90%-bandbreedte: in 9 van de 10 van die herhaalde berekeningen ligt de uitkomst tussen de twee bedragen. …"</summary>
    public static GlossaryTerm Range { get; } = new("90%-bandbreedte",
        "in 9 van de 10 van die herhaalde berekeningen ligt de uitkomst tussen de twee bedragen. 'Naar verwachting' is het gemiddelde van al die berekeningen.",
        "Een brede bandbreedte die door nul gaat, betekent: het kan beide kanten op.");

    /// <summary>"Terugverdiend: vanaf dat jaar heeft de betaler, alle jaren opgeteld, meer aan zorgkosten bespaard dan …"</summary>
    public static GlossaryTerm BreakEven(PsaOptions? term) => new("Terugverdiend (terugverdienjaar)",
        "vanaf dat jaar heeft de betaler, alle jaren opgeteld, meer aan zorgkosten bespaard dan hij extra heeft uitgegeven, en dat blijft zo tot het laatste jaar van de berekening. " +
        "Hier tellen de bedragen zoals ze in de begroting staan, zonder ze terug te rekenen" +
        (term is null ? "." : $"; de kans op terugverdienen is hoe vaak dat binnen de raadsperiode {term.CouncilTermStart}–{term.CouncilTermEnd} gebeurt."),
        "Een scenario dat pas na het laatste berekende jaar terugverdient, heet 'niet terugverdiend'.");

    /// <summary>"Illustratief: een cijfer dat rust op voorbeeldgegevens of aannames, niet op metingen in Deventer. …"</summary>
    public static GlossaryTerm Illustrative { get; } = new("Illustratief",
        "een cijfer dat rust op voorbeeldgegevens of aannames, niet op metingen in Deventer. Lees zo'n bedrag als voorbeeld, niet als begrotingsbedrag.",
        "Zolang een getoond cijfer illustratief is, staat dat bovenaan elke bladzijde; de handleiding legt uit hoe de eigen cijfers van de gemeente ze vervangen.");

    /// <summary>
    /// The terms in reading order for a document whose amounts are discounted at <paramref name="discountRate"/>;
    /// <paramref name="uncertainty"/> (the options of the uncertainty analysis, null when none was made) adds kans and
    /// bandbreedte and puts the council term in "terugverdiend".
    /// </summary>
    public static IReadOnlyList<GlossaryTerm> Terms(double discountRate, PsaOptions? uncertainty)
    {
        var terms = new List<GlossaryTerm> { PresentValue(discountRate), NetResult, Payer };
        if (uncertainty is not null) terms.AddRange([Chance, Range]);
        terms.Add(BreakEven(uncertainty));
        terms.Add(Illustrative);
        return terms;
    }

    /// <summary>The terms for <paramref name="analysis"/>: its discount rate and, when computed, its uncertainty analysis.</summary>
    public static IReadOnlyList<GlossaryTerm> Terms(ScenarioAnalysis analysis) =>
        Terms(analysis.Comparison.DiscountRate, analysis.Psa?.Options);

    /// <summary>The terms for <paramref name="batch"/>: the discount rate of its scenarios and, when computed, their uncertainty analysis.</summary>
    public static IReadOnlyList<GlossaryTerm> Terms(BatchAnalysis batch) =>
        Terms(batch.Scenarios.Count > 0 ? batch.Scenarios[0].Comparison.DiscountRate : 0, batch.Scenarios.Select(a => a.Psa?.Options).FirstOrDefault(o => o is not null));

    /// <summary>The section "Begrippen" with <paramref name="terms"/>: short (raadsversie) or full (report, overview).</summary>
    public static ReportSection Section(IEnumerable<GlossaryTerm> terms, bool full) =>
        new ReportSection(Heading).WithBullets(terms.Select(t => full ? t.FullText : t.ShortText));
}
