using System.Text.Json;
using System.Text.Json.Serialization;
using Preventie.Analytics.Input;
using Preventie.Analytics.Output;
using Xunit;

namespace Preventie.Analytics.Tests.Output;

/// <summary>A small record shape for <see cref="JsonTextTests"/>: a number at the top, in an array of objects and in a number array.</summary>
public sealed record JsonTextSample(
    [property: JsonPropertyName("scenario")] string Scenario,
    [property: JsonPropertyName("discontovoet")] double DiscountRate,
    [property: JsonPropertyName("betalers")] IReadOnlyList<JsonTextSampleRow> Rows,
    [property: JsonPropertyName("reeks")] IReadOnlyList<double> Series,
    [property: JsonPropertyName("leeg"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Absent = null);

/// <summary>One row of <see cref="JsonTextSample"/>.</summary>
public sealed record JsonTextSampleRow(
    [property: JsonPropertyName("betaler")] string Payer,
    [property: JsonPropertyName("netto_baat")] double NetBenefit);

/// <summary>Metadata of <see cref="JsonTextSample"/>.</summary>
[JsonSerializable(typeof(JsonTextSample))]
public sealed partial class JsonTextSampleContext : JsonSerializerContext;

/// <summary>
/// No non-finite number is ever written to JSON: <see cref="JsonText.Serialize{T}"/> refuses it in Dutch, naming the
/// file and the field by its path; finite numbers are written exactly as the JSON writer writes them.
/// </summary>
public class JsonTextTests
{
    private static JsonTextSample Sample(double topLevel = 0.0225, double inRow = -12.5, double inSeries = 3) =>
        new("proef", topLevel, [new("gemeente", 1), new("zvw", inRow)], [1, inSeries]);

    private static string Expected(string field) =>
        $"resultaat.json, kolom '{field}', waarde 'NaN of oneindig': een berekende waarde is geen eindig getal en kan niet als JSON worden geschreven; " +
        "meestal komt dat door een extreme waarde in de invoer (controleer discontovoet, kosten en aantallen). Er is niets weggeschreven.";

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_non_finite_number_is_refused_in_Dutch_naming_file_and_field(double value)
    {
        var top = Assert.Throws<DataValidationException>(() => JsonText.Serialize(Sample(topLevel: value), JsonTextSampleContext.Default, "resultaat.json"));
        Assert.Equal(Expected("discontovoet"), Assert.Single(top.Errors).ToString());
        var row = Assert.Throws<DataValidationException>(() => JsonText.Serialize(Sample(inRow: value), JsonTextSampleContext.Default, "resultaat.json"));
        Assert.Equal(Expected("betalers[1].netto_baat"), Assert.Single(row.Errors).ToString());
        var series = Assert.Throws<DataValidationException>(() => JsonText.Serialize(Sample(inSeries: value), JsonTextSampleContext.Default, "resultaat.json"));
        Assert.Equal(Expected("reeks[1]"), Assert.Single(series.Errors).ToString());
        var optional = Assert.Throws<DataValidationException>(() =>
            JsonText.Serialize(Sample() with { Absent = value }, JsonTextSampleContext.Default, "resultaat.json"));
        Assert.Equal(Expected("leeg"), Assert.Single(optional.Errors).ToString());
    }

    [Fact]
    public void Finite_numbers_are_written_as_the_json_writer_writes_them_and_read_back_exactly()
    {
        var sample = new JsonTextSample("proef – één", 0.1 + 0.2, [new("gemeente", 1e-5)], [12345678901234.5, -0.0], null);
        var text = JsonText.Serialize(sample, JsonTextSampleContext.Default);

        // The reference: the same object written token by token with the writer settings the exports always used.
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("scenario", "proef – één");
            w.WriteNumber("discontovoet", 0.1 + 0.2);
            w.WriteStartArray("betalers");
            w.WriteStartObject();
            w.WriteString("betaler", "gemeente");
            w.WriteNumber("netto_baat", 1e-5);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartArray("reeks");
            w.WriteNumberValue(12345678901234.5);
            w.WriteNumberValue(-0.0);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        Assert.Equal(System.Text.Encoding.UTF8.GetString(ms.ToArray()), text);
        Assert.Contains("één", text);

        var back = JsonSerializer.Deserialize(text, JsonTextSampleContext.Default.JsonTextSample)!;
        Assert.Equal(0.1 + 0.2, back.DiscountRate);
        Assert.Equal(1e-5, back.Rows[0].NetBenefit);
        Assert.Equal([12345678901234.5, -0.0], back.Series);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("{\n  \"a\": ", "a")]
    [InlineData("{\"a\": [1, {\"b\": [", "a[1].b[0]")]
    [InlineData("{\"a\": [1, {\"b\": [2, 3,", "a[1].b[2]")]
    [InlineData("{\"a\": [1, {\"b\": [2, 3", "a[1].b[2]")]
    [InlineData("{\"a\": [\"x\"", "a[1]")]
    [InlineData("{\"a\": {\"x\": 1}, \"c\": [[], [", "c[1][0]")]
    public void The_path_of_the_refused_value_follows_from_the_text_written_before_it(string written, string? path) =>
        Assert.Equal(path, JsonText.PathOfNextValue(System.Text.Encoding.UTF8.GetBytes(written)));
}
