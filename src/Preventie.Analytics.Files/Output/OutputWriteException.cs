namespace Preventie.Analytics.Output;

/// <summary>
/// Writing an output file or directory failed (no rights, read-only or full disk, a file in the way). The Dutch
/// <see cref="Exception.Message"/> names the real <see cref="Target"/>, never the temporary file written first; the
/// system's own (English) message stays in <see cref="Exception.InnerException"/> for the log.
/// </summary>
public sealed class OutputWriteException : IOException
{
    /// <summary>Reports that <paramref name="target"/> could not be written; <paramref name="inner"/> is the system's error.</summary>
    public OutputWriteException(string target, Exception inner)
        : base($"kan '{target}' niet schrijven: {Reason(inner)}. Er is niets half weggeschreven.", inner)
    {
        Target = target;
    }

    /// <summary>Full path of the file or directory that was to be written.</summary>
    public string Target { get; }

    private static string Reason(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "geen schrijfrechten op de map (of de map is alleen-lezen)",
        IOException io when (io.HResult & 0xFFFF) == 28 => "de schijf is vol",
        IOException io when (io.HResult & 0xFFFF) == 30 => "het bestandssysteem is alleen-lezen",
        IOException io when (io.HResult & 0xFFFF) is 13 or 1 => "geen schrijfrechten op de map",
        IOException io when io.Message.StartsWith("er staat een bestand", StringComparison.Ordinal) => io.Message,
        DirectoryNotFoundException => "de map bestaat niet en kon niet worden aangemaakt",
        _ => "fout bij schrijven (" + ex.GetType().Name + ")",
    };
}
