using System.Collections.Immutable;
using Preventie.Analytics.Analysis;
using Preventie.Analytics.Formatting;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// The raadsversie of the whole set (<c>raadsversie.html</c> at the top of the batch output, 2–4 printed pages), built
/// only from the <see cref="BatchAnalysis"/>: the conclusion of every scenario in the same generated sentence as its own
/// raadsversie (<see cref="BriefHeadlineChapter.Headline"/>), the scenarios side by side with range, chance and
/// break-even as a chance, who pays and who gains per payer, the assumptions that matter most across the set, links to
/// each scenario's raadsversie and bijlage (full report), to the overview and to "Waar investeren?", and the short
/// glossary. While a figure rests on illustrative data, every page carries the <see cref="IllustrativeBanner"/>.
/// <code>
/// var batch = AnalysisRunner.RunBatch(AnalysisInputs.Load(InputPaths.ForDataFolder("data")), new AnalysisOptions(PsaDraws: 1000));
/// CouncilSetBrief.Build(batch).Save("raadsversie.html");
/// </code>
/// </summary>
public static class CouncilSetBrief
{
    /// <summary>The file name <c>batch</c> writes at the top of its output folder (and <c>.pdf</c> beside it).</summary>
    public const string FileName = CouncilBrief.FileName;

    /// <summary>
    /// The chapters, in order: In één zin per scenario, De scenario's naast elkaar, Wie betaalt, wie wint, De aannames
    /// die het meest uitmaken, Meer weten (the links), Begrippen (short).
    /// </summary>
    public static ImmutableList<IReportChapter<BatchAnalysis>> Chapters { get; } =
    [
        new SetHeadlineChapter(),
        new SetComparisonChapter(),
        new SetPayersChapter(),
        new SetAssumptionsChapter(),
        new SetLinksChapter(),
        new GlossaryChapter(full: false),
    ];

    /// <summary>The raadsversie of the whole set with the shipped <see cref="Chapters"/>.</summary>
    public static CouncilBriefDocument Build(BatchAnalysis batch) => Build(batch, Chapters);

    /// <summary>The raadsversie of the whole set with <paramref name="chapters"/> in their order.</summary>
    public static CouncilBriefDocument Build(BatchAnalysis batch, IEnumerable<IReportChapter<BatchAnalysis>> chapters)
    {
        var subtitle = batch.Scenarios.Count == 0 ? null
            : $"{DutchFormat.Count(batch.Scenarios.Count, "scenario", "scenario's")} vergeleken met '{batch.Scenarios[0].Comparison.Comparator.ScenarioName}', " +
              $"{batch.Scenarios[0].Comparison.Years[0]}–{batch.Scenarios[0].Comparison.Years[^1]}.";
        return new CouncilBriefDocument("Raadsversie: wat leveren de preventiescenario's op, en voor wie?", subtitle, IllustrativeBanner.Text(batch), batch.Metadata)
            .WithChapters(batch, chapters);
    }
}
