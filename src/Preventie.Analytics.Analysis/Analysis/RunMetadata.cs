using Preventie.Analytics.Input;
using System.Collections.Immutable;
using System.Reflection;

namespace Preventie.Analytics.Analysis;

/// <summary>
/// How a report was made: program version, random seed, date, the model version (<see cref="Model"/>) and the SHA-256
/// of every input file, so the same inputs and seed can be shown to give the same numbers.
/// </summary>
public sealed record RunMetadata(string Version, int? Seed, DateTimeOffset CreatedAt, ImmutableList<InputFileHash> InputFiles)
{
    /// <summary>The library's version (informational version without build metadata).</summary>
    public static string LibraryVersion { get; } =
        (typeof(RunMetadata).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
         ?? typeof(RunMetadata).Assembly.GetName().Version?.ToString() ?? "onbekend").Split('+')[0];

    /// <summary>Metadata for a run on <paramref name="inputs"/> (hashed when they were read) with the library version.</summary>
    public static RunMetadata ForInputs(IEnumerable<InputFileHash> inputs, int? seed, DateTimeOffset createdAt) =>
        new(LibraryVersion, seed, createdAt, inputs.ToImmutableList());

    /// <summary>Metadata for a run on <paramref name="inputPaths"/> (hashed now) with the library version.</summary>
    public static RunMetadata ForInputs(IEnumerable<string> inputPaths, int? seed, DateTimeOffset createdAt) =>
        new(LibraryVersion, seed, createdAt, inputPaths.Select(InputFileHash.Compute).ToImmutableList());

    /// <summary>Extra lines for the metadata table (e.g. "Aantal trekkingen" → "1.000").</summary>
    public ImmutableList<KeyValuePair<string, string>> Extra { get; init; } = ImmutableList<KeyValuePair<string, string>>.Empty;

    /// <summary>
    /// The version of the model folder the report ran on: its id, and whether and on which monitor data it was
    /// calibrated. Null when the model was not read from a folder.
    /// </summary>
    public Model.ModelVersion? Model { get; init; }

    /// <summary>A copy that states <paramref name="model"/> as the model version.</summary>
    public RunMetadata WithModel(Model.ModelVersion? model) => this with { Model = model };

    /// <summary>
    /// Dutch, for the report: "1a2b3c4d5e6f — gekalibreerd op monitor-2025.csv, periode 2022–2024, …" or
    /// "… — niet gekalibreerd (standaardwaarden)"; "onbekend (niet uit een modelmap gelezen)" without a model version.
    /// </summary>
    public string ModelText => Model?.Label ?? "onbekend (niet uit een modelmap gelezen)";

    /// <summary>A copy with one extra line.</summary>
    public RunMetadata WithExtra(string label, string value) => this with { Extra = Extra.Add(new(label, value)) };
}
