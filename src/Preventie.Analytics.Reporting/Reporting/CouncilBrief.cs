using System.Collections.Immutable;
using Preventie.Analytics.Analysis;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// The raadsversie: a short council brief of one scenario against its comparator (2–4 printed pages), built only from
/// the analysis (<see cref="ScenarioAnalysis"/>): the conclusion in one sentence with its probability and range, who
/// pays and who gains per payer and per municipal budget, break-even as a probability, the three assumptions that
/// matter most, and a pointer to the full council report (<see cref="CouncilReport"/>) as its appendix. While a figure
/// rests on illustrative data, every page carries the <see cref="IllustrativeBanner"/>. Nothing is computed here.
/// <code>
/// var analysis = AnalysisRunner.Run("data/parameters", "data/scenarios/wijkpilot.yaml", "data/scenarios/basis.yaml", new AnalysisOptions(PsaDraws: 1000));
/// CouncilBrief.Build(analysis).Save("raadsversie.html");
/// </code>
/// </summary>
public static class CouncilBrief
{
    /// <summary>The file name <c>batch</c> writes in each scenario's folder (and <c>.pdf</c> beside it).</summary>
    public const string FileName = "raadsversie.html";

    /// <summary>
    /// The chapters of the raadsversie, in order: In één zin, Wie betaalt wie wint, Terugverdienen, De aannames die het
    /// meest uitmaken, Meer weten (pointing to <c>rapport.html</c>, the bijlage), Begrippen (short). Pass a changed list to
    /// <see cref="Build(ScenarioAnalysis, IEnumerable{IReportChapter{ScenarioAnalysis}})"/> to change it.
    /// </summary>
    public static ImmutableList<IReportChapter<ScenarioAnalysis>> Chapters { get; } = ChaptersFor(BriefAppendixChapter.DefaultAppendixFile);

    /// <summary>The shipped chapters with the last one pointing to <paramref name="appendixFile"/> (the full report, relative to the raadsversie).</summary>
    public static ImmutableList<IReportChapter<ScenarioAnalysis>> ChaptersFor(string appendixFile) =>
    [
        new BriefHeadlineChapter(),
        new BriefPayersChapter(),
        new BriefBreakEvenChapter(),
        new BriefAssumptionsChapter(),
        new BriefAppendixChapter(appendixFile),
        new GlossaryChapter(full: false),
    ];

    /// <summary>The raadsversie of <paramref name="analysis"/>, pointing to the full report at <paramref name="appendixFile"/>.</summary>
    public static CouncilBriefDocument Build(ScenarioAnalysis analysis, string appendixFile = BriefAppendixChapter.DefaultAppendixFile) =>
        Build(analysis, ChaptersFor(appendixFile));

    /// <summary>The raadsversie of <paramref name="analysis"/> with <paramref name="chapters"/> in their order.</summary>
    public static CouncilBriefDocument Build(ScenarioAnalysis analysis, IEnumerable<IReportChapter<ScenarioAnalysis>> chapters)
    {
        var comparison = analysis.Comparison;
        var s = comparison.Scenario;
        return new CouncilBriefDocument($"Raadsversie: wat levert '{s.ScenarioName}' op, en voor wie?",
                $"Scenario '{s.ScenarioName}' vergeleken met '{comparison.Comparator.ScenarioName}', {comparison.Years[0]}–{comparison.Years[^1]}.",
                IllustrativeBanner.Text(analysis), analysis.Metadata)
            .WithChapters(analysis, chapters);
    }
}
