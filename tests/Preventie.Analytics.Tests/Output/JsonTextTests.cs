using Preventie.Analytics.Input;
using Preventie.Analytics.Output;
using Xunit;

namespace Preventie.Analytics.Tests.Output;

/// <summary>No non-finite number is ever written to JSON: <see cref="JsonText.Build"/> refuses it in Dutch, naming the file and the field before it.</summary>
public class JsonTextTests
{
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_non_finite_number_is_refused_in_Dutch_naming_file_and_field(double value)
    {
        var ex = Assert.Throws<DataValidationException>(() => JsonText.Build(w =>
        {
            w.WriteStartObject();
            w.WriteString("scenario", "proef");
            w.WriteNumber("discontovoet", 0.0225);
            w.WriteNumber("netto_baat", value);
            w.WriteEndObject();
        }, "resultaat.json"));
        var e = Assert.Single(ex.Errors);
        Assert.Equal("resultaat.json, kolom 'na discontovoet', waarde 'NaN of oneindig': een berekende waarde is geen eindig getal en kan niet als JSON worden geschreven; " +
                     "meestal komt dat door een extreme waarde in de invoer (controleer discontovoet, kosten en aantallen). Er is niets weggeschreven.", e.ToString());
    }

    [Fact]
    public void A_non_finite_array_value_is_refused_too_and_finite_numbers_are_written_exactly()
    {
        Assert.Throws<DataValidationException>(() => JsonText.Build(w =>
        {
            w.WriteStartArray();
            w.WriteNumberValue(1.0 / 0.0);
            w.WriteEndArray();
        }));
        var text = JsonText.Build(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("x", 0.1 + 0.2);
            w.WriteEndObject();
        });
        Assert.Equal(0.1 + 0.2, System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("x").GetDouble());
    }
}
