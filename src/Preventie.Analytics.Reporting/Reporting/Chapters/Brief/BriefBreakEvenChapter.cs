using Preventie.Analytics.Analysis;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// Raadsversie, chapter 3 "Terugverdienen": first the chance that the municipality earns its investment back within the
/// council term (from the uncertainty analysis), then, as secondary, the year of the calculation with the starting
/// values (the comparison's break-even year); without an uncertainty analysis, that the chance was not computed.
/// </summary>
public sealed class BriefBreakEvenChapter : IReportChapter<ScenarioAnalysis>
{
    /// <summary>The chapter's heading.</summary>
    public const string Heading = "Terugverdienen";

    /// <inheritdoc />
    public ReportSection? Build(ScenarioAnalysis analysis)
    {
        var comparison = analysis.Comparison;
        var gem = comparison.Gemeente;
        var section = new ReportSection(Heading).With(new ReportHeadline(Chance(analysis)));
        if (analysis.Psa is { } psa && !psa.Total.IsUninvolved)
            section = section.WithParagraph($"Voor alle betalers samen is die kans {DutchFormat.Percent(psa.Total.BreakEvenInTerm, 0)}.");
        var year = gem.BreakEvenYear is { } y
            ? $"Met de uitgangswaarden van de berekening, zonder onzekerheid, is de investering van de gemeente terugverdiend in {y}."
            : gem.IsUninvolved
                ? "De gemeente merkt financieel niets van dit scenario."
                : $"Met de uitgangswaarden van de berekening, zonder onzekerheid, verdient de gemeente haar investering niet terug vóór eind {comparison.Years[^1]}.";
        return section.WithParagraph(year + $" Wat terugverdiend precies betekent, staat onder '{CouncilGlossary.Heading}'.");
    }

    /// <summary>
    /// "Kans dat de gemeente binnen de raadsperiode 2026–2030 terugverdient: 61%." from the uncertainty analysis; without
    /// one, that this chance was not computed (the council term of the default settings).
    /// </summary>
    public static string Chance(ScenarioAnalysis analysis)
    {
        if (analysis.Psa is { } psa)
            return $"Kans dat de gemeente binnen de raadsperiode {Term(psa.Options)} terugverdient: {DutchFormat.Percent(psa.MunicipalBreakEvenInTerm, 0)}.";
        return $"De kans dat de gemeente binnen de raadsperiode {Term(new PsaOptions())} terugverdient, is niet berekend: voor deze raadsversie is de onzekerheid niet doorgerekend.";
    }

    private static string Term(PsaOptions o) => $"{o.CouncilTermStart}–{o.CouncilTermEnd}";
}
