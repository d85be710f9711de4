using Preventie.Analytics.Input;

namespace Preventie.Analytics.Model;

/// <summary>
/// Plain-Dutch descriptions of model parameters for readers ("Effect wijkpilot: maatwerk naar voorliggend" for
/// <c>effect_wijkpilot_route</c>), from the optional <c>omschrijvingen.csv</c> (<c>naam;omschrijving</c>) in the model
/// directory. A parameter without a description is shown by its name with spaces for underscores.
/// </summary>
public sealed class ParameterDescriptions
{
    /// <summary>The file name in the model directory.</summary>
    public const string FileName = "omschrijvingen.csv";

    private readonly IReadOnlyDictionary<string, string> _descriptions;

    /// <summary>Descriptions by parameter name.</summary>
    public ParameterDescriptions(IReadOnlyDictionary<string, string> descriptions) => _descriptions = descriptions;

    /// <summary>No descriptions: every parameter is shown by its name.</summary>
    public static ParameterDescriptions None { get; } = new(new Dictionary<string, string>());

    /// <summary>The descriptions in <paramref name="modelDirectory"/>/omschrijvingen.csv, or <see cref="None"/> when there is no such file.</summary>
    /// <exception cref="DataValidationException">The file lacks its columns or names a parameter twice (Dutch).</exception>
    public static ParameterDescriptions Load(string? modelDirectory)
    {
        var path = modelDirectory is null ? null : Path.Combine(modelDirectory, FileName);
        if (path is null || !File.Exists(path)) return None;
        var table = TableReader.Read(path, new[] { "naam" }, new[] { "omschrijving" });
        var (name, text) = (table.IndexOf("naam"), table.IndexOf("omschrijving"));
        var errors = new ErrorCollector(path);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var key = row.Get(name).Trim();
            var description = row.Get(text).Trim();
            if (key.Length == 0 || description.Length == 0) errors.Add(row.Number, key.Length == 0 ? "naam" : "omschrijving", "", "naam en omschrijving zijn allebei nodig");
            else if (!map.TryAdd(key, description)) errors.Add(row.Number, "naam", key, "deze parameter staat er al eerder in");
        }
        errors.ThrowIfAny();
        return new ParameterDescriptions(map);
    }

    /// <summary>The description of parameter <paramref name="name"/>, or its name with spaces for underscores.</summary>
    public string For(string name) =>
        _descriptions.TryGetValue(name, out var description) ? description : name.Replace('_', ' ');
}
