namespace Preventie.Analytics.Input;

/// <summary>
/// Collects <see cref="DataError"/>s while a file is read, then throws them all at once.
/// Typical use: <c>var errors = new ErrorCollector(path); ... errors.ThrowIfAny(); return result;</c>
/// </summary>
public sealed class ErrorCollector
{
    private readonly List<DataError> _errors = new();

    /// <summary>A collector for the errors of <paramref name="file"/>.</summary>
    public ErrorCollector(string file) => File = file;

    /// <summary>The file the errors belong to.</summary>
    public string File { get; }

    /// <summary>The errors collected so far, in the order found.</summary>
    public IReadOnlyList<DataError> Errors => _errors;

    /// <summary>True when at least one error was collected.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>Records an error of this file; <paramref name="row"/>, <paramref name="field"/> and <paramref name="value"/> locate it (null when not applicable), <paramref name="message"/> is the Dutch rule.</summary>
    public void Add(int? row, string? field, string? value, string message) =>
        _errors.Add(new DataError(File, row, field, value, message));

    /// <summary>Records an error already located (possibly in another file).</summary>
    public void Add(DataError error) => _errors.Add(error);

    /// <summary>Throws a <see cref="DataValidationException"/> with every collected error, if there is any.</summary>
    public void ThrowIfAny()
    {
        if (_errors.Count > 0) throw new DataValidationException(_errors);
    }
}
