using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Preventie.Analytics.Input;

namespace Preventie.Analytics.Output;

/// <summary>
/// The one place every JSON file the tool writes is serialised: a typed record (the file's shape) through
/// System.Text.Json with the metadata of a (source-generated) <see cref="System.Text.Json.Serialization.JsonSerializerContext"/>.
/// Indented UTF-8, numbers invariant and round-trip exact (as <see cref="Utf8JsonWriter.WriteNumberValue(double)"/>
/// writes them), accented Dutch letters written as they are, not as \u escapes.
/// <para><b>Non-finite numbers</b> (NaN, ±infinity) have no JSON form. Decision: refused, not written as null — a null
/// where a reader expects a number would pass on a wrong result silently. Every <see cref="double"/> goes through
/// <see cref="FiniteNumberJsonConverter"/>, and <see cref="Serialize{T}"/> turns its refusal into a Dutch
/// <see cref="DataValidationException"/> (exit code 2) naming the file and the field (its path in the JSON, e.g.
/// <c>betalers[2].netto_baat_contant</c>). The text is built in memory first, so nothing is half-written. Numbers that
/// may legitimately be undefined (e.g. no break-even year) are null in their record on purpose.</para>
/// </summary>
public static class JsonText
{
    private static readonly ConcurrentDictionary<IJsonTypeInfoResolver, JsonSerializerOptions> OptionsByResolver = new();

    /// <summary>
    /// The serialiser settings of every JSON file the tool writes, with the metadata of <paramref name="resolver"/>:
    /// indented, relaxed escaping, <see cref="FiniteNumberJsonConverter"/> for every number.
    /// </summary>
    public static JsonSerializerOptions Options(IJsonTypeInfoResolver resolver) =>
        OptionsByResolver.GetOrAdd(resolver, r =>
        {
            var options = new JsonSerializerOptions
            {
                WriteIndented = true,
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                TypeInfoResolver = r,
            };
            options.Converters.Add(FiniteNumberJsonConverter.Instance);
            options.MakeReadOnly();
            return options;
        });

    /// <summary>
    /// <paramref name="value"/> as indented JSON text, with the metadata of <paramref name="resolver"/> (the export's
    /// source-generated context); <paramref name="file"/> names the output in an error.
    /// </summary>
    /// <exception cref="DataValidationException">A number was NaN or infinite.</exception>
    public static string Serialize<T>(T value, IJsonTypeInfoResolver resolver, string file = "JSON-uitvoer")
    {
        var typeInfo = (JsonTypeInfo<T>)Options(resolver).GetTypeInfo(typeof(T));
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            try
            {
                JsonSerializer.Serialize(w, value, typeInfo);
            }
            catch (FiniteNumberJsonConverter.NonFiniteNumberException)
            {
                w.Flush();
                throw new DataValidationException(NonFinite(file, PathOfNextValue(ms.ToArray())));
            }
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>The Dutch refusal of a non-finite number in <paramref name="file"/> at <paramref name="field"/>.</summary>
    public static DataError NonFinite(string file, string? field) =>
        new(file, null, field, "NaN of oneindig",
            "een berekende waarde is geen eindig getal en kan niet als JSON worden geschreven; meestal komt dat door een extreme " +
            "waarde in de invoer (controleer discontovoet, kosten en aantallen). Er is niets weggeschreven.");

    /// <summary>
    /// The path (<c>betalers[2].netto_baat_contant</c>) of the value that would follow the partial JSON text
    /// <paramref name="written"/>: the serialiser writes a property's name before its value, so after a refused value
    /// the text ends with the name (or, in an array, with the element before it). Null at the top level.
    /// </summary>
    internal static string? PathOfNextValue(ReadOnlySpan<byte> written)
    {
        var frames = new List<(bool IsArray, string? Name, int Count)>();
        var reader = new Utf8JsonReader(written, isFinalBlock: false, state: default);
        void StartValue()
        {
            if (frames.Count > 0 && frames[^1].IsArray) frames[^1] = frames[^1] with { Count = frames[^1].Count + 1 };
        }
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    frames[^1] = frames[^1] with { Name = reader.GetString() };
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    StartValue();
                    frames.Add((reader.TokenType == JsonTokenType.StartArray, null, 0));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.RemoveAt(frames.Count - 1);
                    break;
                default:
                    StartValue();
                    break;
            }
        }
        // A number at the very end is complete (the writer wrote it whole) but the reader waits for a delimiter.
        if (!written[(int)reader.BytesConsumed..].Trim(" \t\r\n,"u8).IsEmpty) StartValue();
        var path = new StringBuilder();
        for (var i = 0; i < frames.Count; i++)
        {
            var (isArray, name, count) = frames[i];
            var last = i == frames.Count - 1;
            if (isArray) path.Append('[').Append(last ? count : count - 1).Append(']');
            else if (name is not null) path.Append(path.Length == 0 ? "" : ".").Append(name);
        }
        return path.Length == 0 ? null : path.ToString();
    }
}
