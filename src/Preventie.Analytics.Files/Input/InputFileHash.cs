
namespace Preventie.Analytics.Input;

/// <summary>An input file and the SHA-256 of its bytes, so a reader can check which data a report was made from.</summary>
public sealed record InputFileHash(string FileName, string Sha256)
{
    /// <summary>Hashes the file at <paramref name="path"/> (lower-case hex; within a run the hash of the bytes that were
    /// parsed, <see cref="SourceFiles"/>); the file name is kept without its directory.</summary>
    public static InputFileHash Compute(string path)
    {
        return new InputFileHash(Path.GetFileName(path), SourceFiles.Sha256(path));
    }
}
