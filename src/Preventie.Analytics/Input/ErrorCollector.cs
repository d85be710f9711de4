namespace Preventie.Analytics.Input;

/// <summary>
/// Collects <see cref="DataError"/>s while a file is read, then throws them all at once.
/// Typical use: <c>var errors = new ErrorCollector(path); ... errors.ThrowIfAny(); return result;</c>
/// </summary>
public sealed class ErrorCollector
{
    private readonly List<DataError> _errors = new();

    public ErrorCollector(string file) => File = file;

    /// <summary>The file the errors belong to.</summary>
    public string File { get; }

    public IReadOnlyList<DataError> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    public void Add(int? row, string? field, string? value, string message) =>
        _errors.Add(new DataError(File, row, field, value, message));

    public void Add(DataError error) => _errors.Add(error);

    /// <summary>Throws a <see cref="DataValidationException"/> with every collected error, if there is any.</summary>
    public void ThrowIfAny()
    {
        if (_errors.Count > 0) throw new DataValidationException(_errors);
    }
}
