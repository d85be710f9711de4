using System.Text.Json.Serialization;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Output.Records;

/// <summary><c>gevoeligheid.json</c> (<c>preventie sensitivity --format json</c>): the one-way sensitivity analysis.</summary>
/// <param name="Scenario">Name of the scenario.</param>
/// <param name="Comparator">Name of the comparator.</param>
/// <param name="BaseMunicipality">Municipal discounted net benefit at the point values.</param>
/// <param name="BaseTotal">Discounted net benefit of all payers at the point values.</param>
/// <param name="ByMunicipality">The rows, largest municipal effect first.</param>
/// <param name="ByTotal">The rows, largest effect on all payers first.</param>
public sealed record OneWayJson(
    [property: JsonPropertyName("scenario")] string Scenario,
    [property: JsonPropertyName("vergelijking")] string Comparator,
    [property: JsonPropertyName("basis_gemeente")] double BaseMunicipality,
    [property: JsonPropertyName("basis_totaal")] double BaseTotal,
    [property: JsonPropertyName("gemeente")] IReadOnlyList<OneWayRowJson> ByMunicipality,
    [property: JsonPropertyName("totaal")] IReadOnlyList<OneWayRowJson> ByTotal)
{
    /// <summary>The record of <paramref name="r"/>.</summary>
    public static OneWayJson From(OneWayResult r) => new(r.ScenarioName, r.ComparatorName, r.BaseGemeente, r.BaseTotal,
        r.RankedByGemeente.Select(OneWayRowJson.From).ToList(), r.RankedByTotal.Select(OneWayRowJson.From).ToList());
}

/// <summary>One parameter moved alone to its low and high value (<see cref="OneWayRow"/>).</summary>
/// <param name="Parameter">Parameter name.</param>
/// <param name="PointValue">Its point value.</param>
/// <param name="Low">The low value used.</param>
/// <param name="High">The high value used.</param>
/// <param name="MunicipalityAtLow">Municipal net benefit at the low value.</param>
/// <param name="MunicipalityAtHigh">Municipal net benefit at the high value.</param>
/// <param name="TotalAtLow">Net benefit of all payers at the low value.</param>
/// <param name="TotalAtHigh">Net benefit of all payers at the high value.</param>
/// <param name="Bounds">Dutch description of where the bounds come from.</param>
public sealed record OneWayRowJson(
    [property: JsonPropertyName("parameter")] string Parameter,
    [property: JsonPropertyName("puntwaarde")] double PointValue,
    [property: JsonPropertyName("laag")] double Low,
    [property: JsonPropertyName("hoog")] double High,
    [property: JsonPropertyName("gemeente_laag")] double MunicipalityAtLow,
    [property: JsonPropertyName("gemeente_hoog")] double MunicipalityAtHigh,
    [property: JsonPropertyName("totaal_laag")] double TotalAtLow,
    [property: JsonPropertyName("totaal_hoog")] double TotalAtHigh,
    [property: JsonPropertyName("grenzen")] string Bounds)
{
    /// <summary>The record of <paramref name="row"/>.</summary>
    public static OneWayRowJson From(OneWayRow row) => new(row.Parameter, row.PointValue, row.Low, row.High, row.GemeenteAtLow,
        row.GemeenteAtHigh, row.TotalAtLow, row.TotalAtHigh, row.Distribution);
}

/// <summary>Source-generated serialisation metadata of <see cref="OneWayJson"/> (used through <see cref="JsonText"/>).</summary>
[JsonSerializable(typeof(OneWayJson))]
public sealed partial class OneWayJsonContext : JsonSerializerContext;
