using Preventie.Analytics.Input;

namespace Preventie.Analytics.Model;

/// <summary>
/// Reads the <see cref="ModelVersion"/> of a model folder from disk: hashes its model files and reads its
/// <see cref="ModelManifest.FileName"/>, if any. <see cref="ModelFiles.Load"/> calls it for every model it loads; within a run
/// the hashes are those of the bytes that were parsed (<see cref="SourceFiles"/>).
/// </summary>
public static class ModelFolderVersion
{
    /// <summary>
    /// The version of the model folder <paramref name="directory"/>: its id (see <see cref="ModelVersion"/>) and, when the folder holds
    /// <see cref="ModelManifest.FileName"/>, its calibration record (a Dutch error when that file is unreadable).
    /// </summary>
    public static ModelVersion Read(string directory)
    {
        var (id, files) = Compute(directory);
        var manifest = ModelManifest.ReadIfPresent(directory);
        return new ModelVersion(id, files, manifest?.Calibration, manifest?.ModelVersion);
    }

    /// <summary>The id and the hashed files of <paramref name="directory"/> (see <see cref="ModelVersion"/>).</summary>
    public static (string Id, IReadOnlyList<ModelFileHash> Files) Compute(string directory)
    {
        var files = ModelFileNames(directory)
            .Select(name => new ModelFileHash(name, SourceFiles.Sha256(Path.Combine(directory, name))))
            .ToList();
        return (ModelVersion.IdOf(files), files);
    }

    /// <summary>The names of the files that make up the model in <paramref name="directory"/>: every <c>*.csv</c> except lock and hidden files.</summary>
    public static IReadOnlyList<string> ModelFileNames(string directory) =>
        Directory.GetFiles(directory, "*.csv")
            .Select(Path.GetFileName)
            .Where(n => n is not null && !n.StartsWith("~$", StringComparison.Ordinal) && !n.StartsWith('.') && n.EndsWith(".csv", StringComparison.Ordinal))
            .Select(n => n!)
            .Order(StringComparer.Ordinal)
            .ToList();
}
