using Preventie.Analytics.Analysis;
using Preventie.Analytics.Monitor;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// The "illustratief" banner of a scenario's figures, decided the way the council report decides it: the wijk figures
/// (<see cref="WijkComparison.IsIllustrative"/>, whose chapter shows <see cref="WijkSet.IllustrativeNote"/>) and the
/// monitor data the model was calibrated on (the model version says "illustratieve monitorcijfers",
/// <see cref="MonitorData.IllustrativeNotice"/>). With a wijk file the city figures are the sum over the wijken, so every
/// amount rests on them.
/// </summary>
public static class IllustrativeBanner
{
    /// <summary>What is illustrative in <paramref name="analysis"/>, as the Dutch notes the full report uses; empty when nothing is.</summary>
    public static IReadOnlyList<string> Notes(ScenarioAnalysis analysis)
    {
        var notes = new List<string>();
        if (analysis.Wijken?.IsIllustrative == true) notes.Add(WijkSet.IllustrativeNote);
        if (analysis.Metadata.Model?.Calibration?.Monitor.Any(m => m.Illustrative) == true)
            notes.Add($"Let op: het model is gekalibreerd op monitorcijfers die {MonitorData.IllustrativeNotice} zijn.");
        return notes;
    }

    /// <summary>True while a figure of <paramref name="analysis"/> rests on illustrative data.</summary>
    public static bool IsIllustrative(ScenarioAnalysis analysis) => Notes(analysis).Count > 0;

    /// <summary>
    /// "ILLUSTRATIEF — Let op: de wijkcijfers zijn illustratief, geen echte Deventer-cijfers. Lees de bedragen als
    /// voorbeeld, niet als begrotingsbedrag." for every page, or null when nothing is illustrative.
    /// </summary>
    public static string? Text(ScenarioAnalysis analysis) => Text(Notes(analysis));

    /// <summary>The banner of the whole set: what is illustrative in any of its scenarios, each note once; null when nothing is.</summary>
    public static string? Text(BatchAnalysis batch) => Text(batch.Scenarios.SelectMany(Notes).Distinct(StringComparer.Ordinal).ToList());

    private static string? Text(IReadOnlyList<string> notes) => notes.Count == 0 ? null
        : "ILLUSTRATIEF — " + string.Join(" ", notes) + " Lees de bedragen als voorbeeld, niet als begrotingsbedrag.";
}
