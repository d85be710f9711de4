using System.Text;
using Preventie.Analytics.Calibration;
using Preventie.Analytics.Model;
using Preventie.Analytics.Monitor;
using Preventie.Analytics.Population;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Monitor;

/// <summary>Paths of the shipped monitor data and throw-away temp files.</summary>
internal static class MonitorTestFiles
{
    public static string RepoRoot => TestModels.RepoRoot;

    public static string Example => Path.Combine(RepoRoot, "data", "monitor", "monitor-voorbeeld-2022-2024.csv");
    public static string PreviousExample => Path.Combine(RepoRoot, "data", "monitor", "monitor-voorbeeld-2021-2023.csv");
    public static string PreviousRun => Path.Combine(RepoRoot, "data", "monitor", "vorige-run");
    public static string Indicators => Path.Combine(RepoRoot, IndicatorCatalog.DefaultPath);
    public static string CalibrationFile => Path.Combine(RepoRoot, CalibrationSpec.DefaultPath);
    public static string ModelDirectory => TestModels.DefaultModelDir;
    public static string ScenarioDirectory => TestModels.ScenarioDir;
    public static string Baseline => Path.Combine(ScenarioDirectory, "basis.yaml");

    public static IndicatorCatalog Catalog() => IndicatorCatalog.Load(Indicators, AgeBandFile.Read(Path.Combine(TestModels.DefaultModelDir, AgeBandFile.FileName)));
    public static ModelDefinition Model() => ModelFiles.Load(ModelDirectory);

    public static MonitorUpdateRequest Request(string monitorFile, string? previous = null) => new()
    {
        MonitorFile = monitorFile,
        PreviousRun = previous,
        ModelDirectory = ModelDirectory,
        ScenarioDirectory = ScenarioDirectory,
        IndicatorFile = Indicators,
        CalibrationFile = CalibrationFile,
        Now = new DateTime(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc),
    };

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "preventie-mon-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static string WriteCsv(string fileName, string text)
    {
        var path = Path.Combine(TempDir(), fileName);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
