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
        : base($"kan '{target}' niet schrijven: {FileSystemError.Describe(inner)}. Er is niets half weggeschreven.", inner)
    {
        Target = target;
    }

    /// <summary>Full path of the file or directory that was to be written.</summary>
    public string Target { get; }
}
