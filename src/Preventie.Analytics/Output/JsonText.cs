using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Preventie.Analytics.Output;

/// <summary>
/// Builds indented UTF-8 JSON text with a <see cref="Utf8JsonWriter"/> (numbers invariant and round-trip exact;
/// accented Dutch letters written as they are, not as \u escapes).
/// </summary>
public static class JsonText
{
    /// <summary>Runs <paramref name="write"/> on a fresh writer and returns the text.</summary>
    public static string Build(Action<Utf8JsonWriter> write)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            write(w);
        return Encoding.UTF8.GetString(ms.ToArray());
    }
}
