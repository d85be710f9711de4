namespace Preventie.Analytics.Input;

/// <summary>
/// Thrown when an input file has one or more errors. Loaders collect <em>all</em> errors of a file before
/// throwing, so that the user can fix them in one pass; no partial result is ever returned.
/// </summary>
public sealed class DataValidationException : Exception
{
    /// <summary>Reports every error of <paramref name="errors"/> at once.</summary>
    public DataValidationException(IEnumerable<DataError> errors)
        : this(errors.ToList())
    {
    }

    /// <summary>Reports a single error.</summary>
    public DataValidationException(DataError error)
        : this(new List<DataError> { error })
    {
    }

    private DataValidationException(List<DataError> errors)
        : base(BuildMessage(errors))
    {
        if (errors.Count == 0) throw new ArgumentException("At least one error is required.", nameof(errors));
        Errors = errors;
    }

    /// <summary>All errors found, in file order.</summary>
    public IReadOnlyList<DataError> Errors { get; }

    private static string BuildMessage(List<DataError> errors)
    {
        var head = errors.Count == 1 ? "1 fout in de invoer:" : $"{errors.Count} fouten in de invoer:";
        return head + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "- " + e));
    }
}
