using Preventie.Analytics.Analysis;
using Preventie.Analytics.Formatting;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// Raadsversie, chapter 1 "In één zin": the conclusion as one sentence with its probability and range, generated from
/// the analysis (the municipality's expected net result, its 90% band and the chance of a net gain from the uncertainty
/// analysis); without one, the amount of the calculation and the plain statement that its uncertainty was not computed.
/// Then what the scenario is, and that the amounts are a "contante waarde" (explained under "Begrippen").
/// </summary>
public sealed class BriefHeadlineChapter : IReportChapter<ScenarioAnalysis>
{
    /// <summary>The chapter's heading.</summary>
    public const string Heading = "In één zin";

    /// <inheritdoc />
    public ReportSection? Build(ScenarioAnalysis analysis)
    {
        var comparison = analysis.Comparison;
        var s = comparison.Scenario;
        var section = new ReportSection(Heading).With(new ReportHeadline(NoBreak.Amounts(Headline(analysis))));
        if (!string.IsNullOrWhiteSpace(s.Compiled.Scenario.Description)) section = section.WithParagraph("Het scenario: " + s.Compiled.Scenario.Description!.Trim());
        return section.WithParagraph(PresentValueNote(comparison.Years[0], comparison.Years[^1]));
    }

    /// <summary>
    /// "Alle bedragen zijn opgeteld over 2026–2035 als contante waarde; wat dat betekent, staat onder 'Begrippen'.": the
    /// definition itself is the glossary's (<see cref="CouncilGlossary.PresentValue"/>).
    /// </summary>
    public static string PresentValueNote(Timeline.CalendarYear firstYear, Timeline.CalendarYear lastYear) =>
        $"Alle bedragen zijn opgeteld over {firstYear}–{lastYear} als contante waarde; wat dat betekent, staat onder '{CouncilGlossary.Heading}'.";

    /// <summary>
    /// The one sentence: "Naar verwachting houdt de gemeente € 1,4 mln over (90%-bandbreedte € −4,7 mln tot € 14,3 mln);
    /// de kans dat de gemeente er per saldo op vooruitgaat is 54%." from the uncertainty analysis (mean, 5th and 95th
    /// percentile, share of positive outcomes of the municipality's net result); without it, the calculated net result
    /// and "Hoe zeker dat is, is niet berekend".
    /// </summary>
    public static string Headline(ScenarioAnalysis analysis)
    {
        if (analysis.Psa is { } psa)
        {
            var g = psa.Gemeente.NetBenefit;
            return $"Naar verwachting {MunicipalResult(g.Mean)} (90%-bandbreedte {DutchFormat.Amount(g.Low)} tot {DutchFormat.Amount(g.High)}); " +
                   $"de kans dat de gemeente er per saldo op vooruitgaat is {DutchFormat.Percent(g.ProbabilityPositive, 0)}.";
        }
        return $"Volgens de berekening {MunicipalResult(analysis.Comparison.Gemeente.NetBenefitDiscounted)}; " +
               "hoe zeker dat is, is niet berekend: er is geen kans en geen bandbreedte bekend, dus lees het bedrag als orde van grootte.";
    }

    /// <summary>"houden alle betalers samen € 1,4 mln over", "leggen alle betalers samen € 0,3 mln toe" or "spelen alle betalers samen quitte".</summary>
    public static string AllPayersResult(double net) => net switch
    {
        >= 0.5 => $"houden alle betalers samen {DutchFormat.Amount(net)} over",
        <= -0.5 => $"leggen alle betalers samen {DutchFormat.Amount(-net)} toe",
        _ => "spelen alle betalers samen quitte",
    };

    /// <summary>"houdt de gemeente € 1,4 mln over", "legt de gemeente € 0,3 mln toe" or "speelt de gemeente quitte".</summary>
    public static string MunicipalResult(double net) => net switch
    {
        >= 0.5 => $"houdt de gemeente {DutchFormat.Amount(net)} over",
        <= -0.5 => $"legt de gemeente {DutchFormat.Amount(-net)} toe",
        _ => "speelt de gemeente quitte",
    };
}
