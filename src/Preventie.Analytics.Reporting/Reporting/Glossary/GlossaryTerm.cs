namespace Preventie.Analytics.Reporting;

/// <summary>
/// One word the council reads, defined once (<see cref="CouncilGlossary"/>): the short definition the raadsversies show
/// and, for the full report and the overview, what more there is to say.
/// </summary>
/// <param name="Term">The word as the reader sees it, e.g. "Contante waarde".</param>
/// <param name="Definition">The short definition, one or two sentences.</param>
/// <param name="More">What the full report and the overview add, or null.</param>
public sealed record GlossaryTerm(string Term, string Definition, string? More = null)
{
    /// <summary>"Contante waarde: een euro in een later jaar telt …" for the raadsversies.</summary>
    public string ShortText => $"{Term}: {Definition}";

    /// <summary>The short text followed by <see cref="More"/>, for the full report and the overview.</summary>
    public string FullText => More is null ? ShortText : $"{ShortText} {More}";
}
