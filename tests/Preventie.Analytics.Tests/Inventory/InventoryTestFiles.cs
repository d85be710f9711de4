using System.Text;

namespace Preventie.Analytics.Tests.Inventory;

/// <summary>Paths of the shipped data files and throw-away temp files for inventory tests.</summary>
internal static class InventoryTestFiles
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Extract => Path.Combine(RepoRoot, "data", "inventory", "deventer-2022-extract.csv");
    public static string Published => Path.Combine(RepoRoot, "data", "inventory", "deventer-2022-published.csv");
    public static string Mapping => Path.Combine(RepoRoot, "data", "inventory", "doelen-mapping.csv");
    public static string Template => Path.Combine(RepoRoot, "data", "inventory", "inventaris-sjabloon.xlsx");

    /// <summary>A new temp file path with the given file name (its directory is unique).</summary>
    public static string TempPath(string fileName)
    {
        var dir = Path.Combine(Path.GetTempPath(), "preventie-inv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, fileName);
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no BOM) to a new temp file named <paramref name="fileName"/>.</summary>
    public static string WriteCsv(string fileName, string text)
    {
        var path = TempPath(fileName);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Preventie.Analytics.sln"))) return dir.FullName;
        throw new InvalidOperationException("Preventie.Analytics.sln not found above the test directory.");
    }
}
