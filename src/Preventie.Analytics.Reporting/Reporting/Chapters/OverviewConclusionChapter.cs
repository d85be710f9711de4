using Preventie.Analytics.Analysis;
using Preventie.Analytics.Formatting;

namespace Preventie.Analytics.Reporting;

/// <summary>"Conclusie" of the overview: how many scenarios leave the municipality better off, which does best for the
/// municipality and which for all payers together, each with its chance and range when the uncertainty was computed,
/// and where the raadsversie of the whole set and of each scenario is. Every sentence is generated from the batch's analyses.</summary>
public sealed class OverviewConclusionChapter : IReportChapter<BatchAnalysis>
{
    /// <inheritdoc />
    public ReportSection? Build(BatchAnalysis analysis)
    {
        var runs = analysis.Scenarios;
        if (runs.Count == 0) return null;
        var bestMunicipal = runs.MaxBy(Municipal)!;
        var bestTotal = runs.MaxBy(Total)!;
        var expected = runs.Any(a => a.Psa is not null) ? "naar verwachting " : "volgens de berekening ";
        var section = new ReportSection("Conclusie")
            .WithParagraph(Summary(analysis))
            .WithParagraph($"Het gunstigst voor de gemeente is '{bestMunicipal.Comparison.Scenario.ScenarioName}': {Lowercase(BriefHeadlineChapter.Headline(bestMunicipal))}");
        if (!ReferenceEquals(bestTotal, bestMunicipal))
            section = section.WithParagraph($"Voor alle betalers samen (de gemeente, {runs[0].Comparison.PayerSet.OtherGroupsInSentence("en")}) is '{bestTotal.Comparison.Scenario.ScenarioName}' het gunstigst: " +
                                            $"{expected}{BriefHeadlineChapter.AllPayersResult(Total(bestTotal))}" +
                                            (bestTotal.Psa is { } p ? $"; de kans dat zij er samen per saldo op vooruitgaan is {DutchFormat.Percent(p.Total.NetBenefit.ProbabilityPositive, 0)}." : "."));
        var elsewhere = runs.Where(a => a.Comparison.Total.SavingsDiscounted > 0.5
                                        && a.Comparison.Gemeente.SavingsDiscounted < 0.5 * a.Comparison.Total.SavingsDiscounted).ToList();
        if (elsewhere.Count > 0)
            section = section.WithParagraph($"Bij {DutchList.Join(elsewhere.Select(a => $"'{a.Comparison.Scenario.ScenarioName}'"))} landt meer dan de helft van de besparing buiten de gemeente " +
                                            $"(bij {runs[0].Comparison.PayerSet.OtherGroupsInSentence("of")}): de gemeente betaalt, anderen besparen.");
        return section.With(new ReportLinkParagraph(new ReportLinkLine("Kort voor de raad: de raadsversie van alle scenario's samen",
            [new ReportLink(CouncilSetBrief.FileName, CouncilSetBrief.FileName)], " (", "), 2 tot 4 bladzijden. Per scenario staan hieronder de raadsversie en de bijlage (het volledige rapport).")));
    }

    /// <summary>The municipality's expected net result of <paramref name="a"/>: the mean of its uncertainty analysis, else the calculated (discounted) one.</summary>
    public static double Municipal(ScenarioAnalysis a) => a.Psa?.Gemeente.NetBenefit.Mean ?? a.Comparison.Gemeente.NetBenefitDiscounted;

    /// <summary>All payers' expected net result of <paramref name="a"/>, as <see cref="Municipal"/>.</summary>
    public static double Total(ScenarioAnalysis a) => a.Psa?.Total.NetBenefit.Mean ?? a.Comparison.Total.NetBenefitDiscounted;

    /// <summary>
    /// "Van de 6 scenario's houdt de gemeente er bij 2 naar verwachting per saldo geld aan over (contante waarde over
    /// 2026–2035, vergeleken met 'Basis')." for a batch with at least one scenario.
    /// </summary>
    public static string Summary(BatchAnalysis analysis)
    {
        var runs = analysis.Scenarios;
        var gaining = runs.Count(a => Municipal(a) >= 0.5);
        var expected = runs.Any(a => a.Psa is not null) ? "naar verwachting " : "volgens de berekening ";
        return $"Van de {DutchFormat.Count(runs.Count, "scenario", "scenario's")} houdt de gemeente er bij {gaining} {expected}per saldo geld aan over " +
               $"(contante waarde over {runs[0].Comparison.Years[0]}–{runs[0].Comparison.Years[^1]}, vergeleken met '{runs[0].Comparison.Comparator.ScenarioName}').";
    }

    /// <summary>The sentence with its first letter in lower case, to follow a colon.</summary>
    internal static string Lowercase(string sentence) => sentence.Length == 0 ? sentence : char.ToLowerInvariant(sentence[0]) + sentence[1..];
}
