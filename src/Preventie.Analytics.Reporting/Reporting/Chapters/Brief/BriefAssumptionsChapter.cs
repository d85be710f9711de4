using Preventie.Analytics.Analysis;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// Raadsversie, chapter 4 "De aannames die het meest uitmaken": the three parameters at the top of the analysis's
/// one-way sensitivity for the municipality (<see cref="OneWayResult.RankedByGemeente"/>), each by its plain-Dutch
/// description with its starting, low and high value and what the municipality keeps or pays at the low and the high
/// value; without a one-way analysis, that it was not computed.
/// </summary>
public sealed class BriefAssumptionsChapter : IReportChapter<ScenarioAnalysis>
{
    /// <summary>The chapter's heading.</summary>
    public const string Heading = "De aannames die het meest uitmaken";

    /// <summary>How many assumptions the chapter names.</summary>
    public const int Count = 3;

    /// <inheritdoc />
    public ReportSection? Build(ScenarioAnalysis analysis)
    {
        var section = new ReportSection(Heading);
        if (analysis.OneWay is not { } oneWay)
            return section.WithParagraph("Welke aannames het meest uitmaken, is voor deze raadsversie niet berekend: daarvoor is de onzekerheidsberekening nodig. " +
                                         "De bijlage noemt wel elke aanname van de berekening.");
        var top = Top(oneWay);
        if (top.Count == 0)
            return section.WithParagraph("Geen enkele onzekere aanname verandert de uitkomst voor de gemeente merkbaar.");
        return section
            .WithParagraph(NoBreak.Amounts($"Deze aannames bepalen het meest wat de gemeente overhoudt. Met alle aannames op hun uitgangswaarde {BriefHeadlineChapter.MunicipalResult(oneWay.BaseGemeente)}. " +
                           "Hieronder staat steeds één aanname op een lage en op een hoge, nog aannemelijke waarde; de andere blijven gelijk."))
            .WithBullets(top.Select(r => NoBreak.Amounts(Sentence(analysis, r))))
            .WithParagraph("Wie voor deze aannames betere, eigen cijfers heeft, maakt de uitkomst het meest zeker. De bijlage noemt alle aannames.");
    }

    /// <summary>The rows the chapter names: the first <see cref="Count"/> of <see cref="OneWayResult.RankedByGemeente"/> that change the municipal result by at least € 1.</summary>
    public static IReadOnlyList<OneWayRow> Top(OneWayResult oneWay) =>
        oneWay.RankedByGemeente.Where(r => r.GemeenteSwing >= 0.5).Take(Count).ToList();

    /// <summary>
    /// "Kans van tijdelijke naar blijvende ondersteuning (nu 3,5% per jaar): bij 2,0% houdt de gemeente € 2,1 mln over,
    /// bij 5,1% legt de gemeente € 0,4 mln toe."; with <paramref name="where"/> ("in 'Wijkpilot'") after the colon.
    /// </summary>
    public static string Sentence(ScenarioAnalysis analysis, OneWayRow row, string? where = null)
    {
        var parameters = analysis.Model.Parameters;
        var index = parameters.IndexOf(row.Parameter);
        var unit = index >= 0 ? parameters[index].Unit : null;
        return $"{analysis.Descriptions.For(row.Parameter)} (nu {ParameterValueText.WithUnit(row.PointValue, unit)}): {(where is null ? "" : where + " ")}" +
               $"bij {ParameterValueText.Value(row.Low, unit)} {BriefHeadlineChapter.MunicipalResult(row.GemeenteAtLow)}, " +
               $"bij {ParameterValueText.Value(row.High, unit)} {BriefHeadlineChapter.MunicipalResult(row.GemeenteAtHigh)}.";
    }
}
