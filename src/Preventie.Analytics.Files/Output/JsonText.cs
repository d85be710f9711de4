using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Preventie.Analytics.Input;

namespace Preventie.Analytics.Output;

/// <summary>
/// Builds indented UTF-8 JSON text with a <see cref="Utf8JsonWriter"/> (numbers invariant and round-trip exact;
/// accented Dutch letters written as they are, not as \u escapes). Every JSON file the tool writes is built here.
/// <para><b>Non-finite numbers</b> (NaN, ±infinity) have no JSON form. Decision: refused, not written as null — a null
/// where a reader expects a number would pass on a wrong result silently. The writer refuses them (an English
/// <see cref="ArgumentException"/>); <see cref="Build"/> turns that into a Dutch <see cref="DataValidationException"/>
/// (exit code 2) naming the file and the last field written before it. The text is built in memory first, so nothing
/// is half-written. Numbers that may legitimately be undefined (e.g. no break-even year) are written as null by their
/// exporter on purpose, before they reach the writer.</para>
/// </summary>
public static partial class JsonText
{
    /// <summary>Runs <paramref name="write"/> on a fresh writer and returns the text; <paramref name="file"/> names the output in an error.</summary>
    /// <exception cref="DataValidationException">A number was NaN or infinite.</exception>
    public static string Build(Action<Utf8JsonWriter> write, string file = "JSON-uitvoer")
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            try
            {
                write(w);
            }
            catch (ArgumentException ex) when (ex.ParamName is null && ex.Message.Contains("JSON", StringComparison.Ordinal))
            {
                w.Flush();
                var written = Encoding.UTF8.GetString(ms.ToArray());
                var last = PropertyName().Matches(written).LastOrDefault()?.Groups[1].Value;
                throw new DataValidationException(new DataError(file, null, last is null ? null : "na " + last, "NaN of oneindig",
                    "een berekende waarde is geen eindig getal en kan niet als JSON worden geschreven; meestal komt dat door een extreme " +
                    "waarde in de invoer (controleer discontovoet, kosten en aantallen). Er is niets weggeschreven."));
            }
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    [GeneratedRegex("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:")]
    private static partial Regex PropertyName();
}
