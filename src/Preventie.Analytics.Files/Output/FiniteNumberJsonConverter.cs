using System.Text.Json;
using System.Text.Json.Serialization;

namespace Preventie.Analytics.Output;

/// <summary>
/// The guard on every number the tool writes as JSON (<see cref="JsonText"/>): a finite <see cref="double"/> is written
/// exactly as <see cref="Utf8JsonWriter.WriteNumberValue(double)"/> writes it (shortest round-trip form, e.g.
/// <c>0.30000000000000004</c>, <c>1E-05</c>); NaN and ±infinity are refused with
/// <see cref="NonFiniteNumberException"/>, which <see cref="JsonText.Serialize{T}"/> turns into the Dutch error. Reading
/// is the plain number.
/// </summary>
public sealed class FiniteNumberJsonConverter : JsonConverter<double>
{
    /// <summary>The one instance (stateless).</summary>
    public static FiniteNumberJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (!double.IsFinite(value)) throw new NonFiniteNumberException();
        writer.WriteNumberValue(value);
    }

    /// <summary>A NaN or infinite number reached the JSON writer; <see cref="JsonText.Serialize{T}"/> names the field.</summary>
    public sealed class NonFiniteNumberException() : Exception("NaN or infinity cannot be written as JSON.");
}
