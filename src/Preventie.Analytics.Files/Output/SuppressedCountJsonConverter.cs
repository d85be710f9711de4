using System.Text.Json;
using System.Text.Json.Serialization;
using Preventie.Analytics.Formatting;

namespace Preventie.Analytics.Output;

/// <summary>
/// A count after the small-count rule (<see cref="SmallCountSuppression.Apply"/>) in JSON: the rounded number when it
/// may be shown, otherwise its replacement text (<c>"&lt;10"</c> or <c>"."</c>). Read back the same way.
/// </summary>
public sealed class SuppressedCountJsonConverter : JsonConverter<SuppressedCount>
{
    /// <inheritdoc/>
    public override SuppressedCount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number ? new SuppressedCount(reader.GetDouble(), null) : new SuppressedCount(null, reader.GetString());

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, SuppressedCount value, JsonSerializerOptions options)
    {
        if (value.Value is { } v) FiniteNumberJsonConverter.Instance.Write(writer, v, options);
        else writer.WriteStringValue(value.Text);
    }
}
