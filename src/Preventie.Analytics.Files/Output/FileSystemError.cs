namespace Preventie.Analytics.Output;

/// <summary>
/// What went wrong on the file system, in plain Dutch, from the system's exception: a full disk, missing rights, a
/// read-only file system, a file where a folder should be… The system's own message is English (and names temporary
/// files), so it is never shown; the error code decides. On Linux and macOS <see cref="Exception.HResult"/> of an
/// <see cref="IOException"/> is the <c>errno</c> (28 = no space left on device); on Windows it is <c>0x8007xxxx</c>
/// with the Win32 error in the low word (0x70 = disk full).
/// </summary>
public static class FileSystemError
{
    /// <summary>The Dutch reason for <paramref name="ex"/>, without the system's English text, e.g. "de schijf is vol";
    /// <paramref name="reading"/> when a file was being read (missing rights then mean no read access).</summary>
    public static string Describe(Exception ex, bool reading = false) => ex switch
    {
        UnauthorizedAccessException => reading
            ? "geen leesrechten op het bestand of de map"
            : "geen schrijfrechten op de map (of de map is alleen-lezen)",
        PathTooLongException => "het pad of de bestandsnaam is te lang",
        DirectoryNotFoundException => reading ? "de map bestaat niet" : "de map bestaat niet en kon niet worden aangemaakt",
        FileNotFoundException => "het bestand bestaat niet (meer)",
        IOException io when io.Message.StartsWith("er staat een bestand", StringComparison.Ordinal) => io.Message,
        IOException io => ByCode(io.HResult),
        _ => "fout bij lezen of schrijven",
    };

    /// <summary>
    /// The Dutch reason for the <see cref="Exception.HResult"/> of an <see cref="IOException"/>: a Win32 error as
    /// <c>0x8007xxxx</c> (Windows), or a plain <c>errno</c> (Linux, macOS); any other code (.NET's own) has no known reason.
    /// </summary>
    internal static string ByCode(int hresult)
    {
        var code = hresult & 0xFFFF;
        if ((uint)hresult >> 16 == 0x8007)
            return code switch
            {
                0x70 or 0x27 => "de schijf is vol",
                0x05 or 0x13 => "geen schrijfrechten op de map (of de schijf is alleen-lezen)",
                0x20 or 0x21 => "het bestand is in gebruik door een ander programma (bijvoorbeeld Excel); sluit het en probeer opnieuw",
                0x50 or 0xB7 => "er staat al een bestand met die naam",
                0x6F or 0xCE => "het pad of de bestandsnaam is te lang",
                _ => $"fout bij lezen of schrijven (systeemfoutcode {code})",
            };
        if (hresult is <= 0 or > 0xFFFF) return "fout bij lezen of schrijven";
        return code switch
        {
            28 => "de schijf is vol",
            122 => "de schijfruimte (het quotum) is op",
            30 => "het bestandssysteem is alleen-lezen",
            13 or 1 => "geen schrijfrechten op de map",
            27 => "het bestand wordt te groot voor het bestandssysteem",
            20 => "een deel van het pad is een bestand, geen map",
            21 => "er staat een map met die naam, geen bestand",
            17 => "er staat al een bestand met die naam",
            36 => "het pad of de bestandsnaam is te lang",
            5 => "de schijf gaf een lees- of schrijffout (is de schijf of de netwerkmap nog bereikbaar?)",
            _ => $"fout bij lezen of schrijven (systeemfoutcode {code})",
        };
    }
}
