using Preventie.Analytics.Simulation;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests;

/// <summary>Council reports on the shipped pilot, and on a scenario with a hostile name.</summary>
internal static class CouncilReportSamples
{
    public const string HostileName = "<script>alert(1)</script><img src=x onerror=\"window.__pwned=1\">";

    public static string PilotFile => Path.Combine(TestModels.ScenarioDir, "verschuiven-naar-voorliggend.yaml");
    public static string BasisFile => Path.Combine(TestModels.ScenarioDir, "basis.yaml");

    public static Analytics.Analysis.AnalysisOptions FixedDate { get; } =
        new(CreatedAt: new DateTimeOffset(2026, 3, 5, 10, 0, 0, TimeSpan.FromHours(1)));

    /// <summary>The pilot against the baseline on the shipped model (what <see cref="Pilot"/> reports on).</summary>
    public static Analytics.Simulation.ScenarioComparison PilotComparison() =>
        Analytics.Simulation.ScenarioPair.Load(TestModels.DefaultModelDir, PilotFile, BasisFile).Run().Item3!;

    public static ReportDocument Pilot() => CouncilReport.Create(TestModels.DefaultModelDir, PilotFile, BasisFile, FixedDate);

    /// <summary>The pilot report with a small uncertainty analysis (200 draws, seed 1): tornado, PSA cloud and acceptability curves.</summary>
    public static ReportDocument PilotWithPsa() =>
        CouncilReport.Create(TestModels.DefaultModelDir, PilotFile, BasisFile, FixedDate with { PsaDraws = 200, Seed = 1 });

    /// <summary>A temp scenario inheriting the pilot, named <see cref="HostileName"/>.</summary>
    public static string HostileScenario() =>
        TestModels.WriteScenario($"naam: '{HostileName.Replace("'", "''")}'\nbasis: '{PilotFile}'\nomschrijving: 'Omschrijving met <b>opmaak</b> & zo'\n", "vijandig.yaml");

    public static ReportDocument Hostile() => CouncilReport.Create(TestModels.DefaultModelDir, HostileScenario(), BasisFile, FixedDate);
}
