using System.Security.Cryptography;

namespace Preventie.Analytics.Reporting;

/// <summary>An input file and the SHA-256 of its bytes, so a reader can check which data a report was made from.</summary>
public sealed record InputFileHash(string FileName, string Sha256)
{
    /// <summary>Hashes the file at <paramref name="path"/> (lower-case hex); the file name is kept without its directory.</summary>
    public static InputFileHash Compute(string path)
    {
        using var stream = File.OpenRead(path);
        return new InputFileHash(Path.GetFileName(path), Convert.ToHexStringLower(SHA256.HashData(stream)));
    }
}
