using System.Collections.Immutable;
using Preventie.Analytics.Analysis;
using Preventie.Analytics.Formatting;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// Raadsversie, chapter 5 "Meer weten": where the full calculation is (the council report as the appendix, linked), the
/// unusual input the appendix lists when there is any. The words used are explained under "Begrippen" (<see cref="GlossaryChapter"/>).
/// </summary>
/// <param name="appendixFile">The full report, relative to the raadsversie (e.g. <c>rapport.html</c>).</param>
public sealed class BriefAppendixChapter(string appendixFile = BriefAppendixChapter.DefaultAppendixFile) : IReportChapter<ScenarioAnalysis>
{
    /// <summary>The full report beside the raadsversie, as <c>batch</c> writes it.</summary>
    public const string DefaultAppendixFile = "rapport.html";

    /// <summary>The chapter's heading.</summary>
    public const string Heading = "Meer weten";

    /// <summary>The full report the chapter points to.</summary>
    public string AppendixFile { get; } = appendixFile;

    /// <summary>
    /// "De volledige berekening staat in de bijlage (rapport.html): …", with the file name as the link to it.
    /// </summary>
    public ReportLinkLine Pointer => new("De volledige berekening staat in de bijlage", [new ReportLink(AppendixFile, AppendixFile)], " (",
        "): de bedragen per jaar en per betaler, de gevolgen voor de inwoners, hoe zeker de uitkomsten zijn, elke aanname met haar waarde, " +
        "de bronnen en hoe de berekening is gemaakt.");

    /// <inheritdoc />
    public ReportSection? Build(ScenarioAnalysis analysis)
    {
        var section = new ReportSection(Heading).With(new ReportLinkParagraph(Pointer));
        if (analysis.Warnings.Count > 0)
            section = section.WithParagraph($"Let op: bij de invoer van deze berekening {(analysis.Warnings.Count == 1 ? "is" : "zijn")} " +
                                            $"{DutchFormat.Count(analysis.Warnings.Count, "ongebruikelijke waarde", "ongebruikelijke waarden")} gemeld. " +
                                            "Die zijn toegestaan; de bijlage noemt ze onder 'Let op'.");
        return section;
    }
}
