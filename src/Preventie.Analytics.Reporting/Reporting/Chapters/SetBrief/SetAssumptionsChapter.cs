using Preventie.Analytics.Analysis;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// Raadsversie of the set, chapter 4 "De aannames die het meest uitmaken": the assumptions that are among the three
/// that matter most (<see cref="BriefAssumptionsChapter.Top"/>) in the most scenarios, ties broken by the largest swing
/// for the municipality; each in the sentence of its own raadsversie for the scenario where it matters most, with the
/// scenarios where it is in the top three. Without one-way analyses, that this was not computed.
/// </summary>
public sealed class SetAssumptionsChapter : IReportChapter<BatchAnalysis>
{
    /// <inheritdoc />
    public ReportSection? Build(BatchAnalysis analysis)
    {
        if (analysis.Scenarios.Count == 0) return null;
        var section = new ReportSection(BriefAssumptionsChapter.Heading);
        var withOneWay = analysis.Scenarios.Count(a => a.OneWay is not null);
        if (withOneWay == 0)
            return section.WithParagraph("Welke aannames het meest uitmaken, is voor deze raadsversie niet berekend: daarvoor is de onzekerheidsberekening nodig. " +
                                         "De bijlage van elk scenario noemt wel elke aanname van de berekening.");
        var top = Top(analysis);
        if (top.Count == 0)
            return section.WithParagraph("In geen enkel scenario verandert een onzekere aanname de uitkomst voor de gemeente merkbaar.");
        return section
            .WithParagraph("Deze aannames bepalen het meest wat de gemeente overhoudt: steeds één aanname op een lage en een hoge, nog aannemelijke waarde, " +
                           "de andere gelijk, in het scenario waarin zij het meest uitmaakt.")
            .WithBullets(top.Select(t => NoBreak.Amounts(
                BriefAssumptionsChapter.Sentence(t.Example, t.Row, $"in '{t.Example.Comparison.Scenario.ScenarioName}'") +
                (t.Scenarios.Count > 1 ? $" Een van de {BriefAssumptionsChapter.Count} aannames die het meest uitmaken in {Where(t.Scenarios, withOneWay)}." : ""))))
            .WithParagraph("Wie voor deze aannames betere, eigen cijfers heeft, maakt de uitkomsten het meest zeker.");
    }

    /// <summary>
    /// The parameters named: those among the top three of the most scenarios, then by their largest swing for the
    /// municipality; each with the scenario where its swing is largest (and that scenario's row) and every scenario where it is in the top three.
    /// </summary>
    public static IReadOnlyList<(ScenarioAnalysis Example, OneWayRow Row, IReadOnlyList<ScenarioAnalysis> Scenarios)> Top(BatchAnalysis analysis) =>
        analysis.Scenarios.Where(a => a.OneWay is not null)
            .SelectMany(a => BriefAssumptionsChapter.Top(a.OneWay!).Select(r => (Analysis: a, Row: r)))
            .GroupBy(x => x.Row.Parameter, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Max(x => x.Row.GemeenteSwing)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(BriefAssumptionsChapter.Count)
            .Select(g =>
            {
                var example = g.MaxBy(x => x.Row.GemeenteSwing);
                return (example.Analysis, example.Row, (IReadOnlyList<ScenarioAnalysis>)g.Select(x => x.Analysis).ToList());
            })
            .ToList();

    private static string Where(IReadOnlyList<ScenarioAnalysis> scenarios, int of) =>
        scenarios.Count == of ? $"alle {of} scenario's"
        : $"{scenarios.Count} van de {DutchFormat.Count(of, "scenario", "scenario's")}: {DutchList.Join(scenarios.Select(a => $"'{a.Comparison.Scenario.ScenarioName}'"))}";
}
