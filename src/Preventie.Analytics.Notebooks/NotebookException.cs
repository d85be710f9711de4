namespace Preventie.Analytics.Notebooks;

/// <summary>
/// A notebook or a run request the runner cannot work with (unreadable file, unknown parameter, unsupported
/// magic command). The message is Dutch and meant for the analyst.
/// </summary>
public sealed class NotebookException : Exception
{
    /// <summary>A problem with the notebook itself; <paramref name="message"/> is Dutch, for the analyst.</summary>
    public NotebookException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
