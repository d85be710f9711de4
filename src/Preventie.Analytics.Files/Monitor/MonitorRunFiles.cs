namespace Preventie.Analytics.Monitor;

/// <summary>The names of the files in a monitor run folder, written by the monitor update and read back as the previous
/// run (<see cref="PreviousRun"/>).</summary>
public static class MonitorRunFiles
{
    /// <summary>The results per scenario, payer and indicator.</summary>
    public const string ResultsJson = "resultaten.json";
}
