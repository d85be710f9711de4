using System.Collections;
using System.Reflection;

namespace Preventie.Analytics.Notebooks;

/// <summary>
/// Turns a displayed value into a Jupyter MIME bundle the way the .NET Interactive kernel does for our types:
/// <c>text/plain</c> always, and <c>text/html</c> when the value's type (or a base type) carries an attribute
/// named <c>TypeFormatterSourceAttribute</c>. The attribute is matched by name and its formatter source is
/// called by convention (<c>CreateTypeFormatters()</c>, formatters with <c>MimeType</c> and
/// <c>Format(object, TextWriter)</c>), so the kernel and this runner share one code path in our library.
/// </summary>
public static class DisplayFormatter
{
    public const string PlainText = "text/plain";
    public const string Html = "text/html";
    private const string AttributeName = "TypeFormatterSourceAttribute";
    private const int MaxListedItems = 20;

    /// <summary>The MIME bundle for <paramref name="value"/> (text/plain first, then text/html when available).</summary>
    public static IReadOnlyDictionary<string, string> Format(object? value)
    {
        var bundle = new Dictionary<string, string>(StringComparer.Ordinal);
        if (value is null)
        {
            bundle[PlainText] = "<null>";
            return bundle;
        }

        string? plain = null;
        foreach (var formatter in ConventionFormatters(value.GetType()))
        {
            var mime = formatter.GetType().GetProperty("MimeType")?.GetValue(formatter) as string;
            if (mime is not (Html or PlainText) || bundle.ContainsKey(mime)) continue;
            var text = Invoke(formatter, value);
            if (text is null) continue;
            if (mime == Html) bundle[Html] = text;
            else plain = text;
        }

        var ordered = new Dictionary<string, string>(StringComparer.Ordinal) { [PlainText] = plain ?? PlainTextOf(value) };
        if (bundle.TryGetValue(Html, out var html)) ordered[Html] = html;
        return ordered;
    }

    /// <summary>Plain text as the kernel shows it: strings as-is, sequences as a short list, else ToString().</summary>
    public static string PlainTextOf(object value)
    {
        if (value is string s) return s;
        if (value is IEnumerable sequence && value.GetType().GetMethod("ToString", Type.EmptyTypes)?.DeclaringType == typeof(object))
        {
            var items = sequence.Cast<object?>().Take(MaxListedItems + 1).ToList();
            var shown = items.Take(MaxListedItems).Select(i => i is null ? "<null>" : i.ToString());
            return "[" + string.Join(", ", shown) + (items.Count > MaxListedItems ? ", …" : string.Empty) + "]";
        }
        return value.ToString() ?? string.Empty;
    }

    private static IEnumerable<object> ConventionFormatters(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            foreach (var attribute in t.GetCustomAttributes(inherit: false))
            {
                if (attribute.GetType().Name != AttributeName) continue;
                if (attribute.GetType().GetProperty("FormatterSourceType")?.GetValue(attribute) is not Type sourceType) continue;
                var source = Activator.CreateInstance(sourceType);
                var create = sourceType.GetMethod("CreateTypeFormatters", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
                if (source is null || create?.Invoke(source, null) is not IEnumerable formatters) continue;
                foreach (var formatter in formatters)
                    if (formatter is not null) yield return formatter;
            }
        }
    }

    private static string? Invoke(object formatter, object value)
    {
        var format = formatter.GetType().GetMethod("Format", new[] { typeof(object), typeof(TextWriter) });
        if (format is null) return null;
        using var writer = new StringWriter(Reporting.DutchFormat.Culture);
        var handled = format.Invoke(formatter, new object[] { value, writer });
        return handled is false ? null : writer.ToString();
    }
}
