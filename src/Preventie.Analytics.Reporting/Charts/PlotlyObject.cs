using System.Collections;
using System.Collections.Immutable;
using System.Text.Json;

namespace Preventie.Analytics.Charts;

/// <summary>
/// An immutable plotly.js attribute object (a trace, the layout, an axis, a marker…): attribute names exactly as in
/// the plotly.js schema, in insertion order. <see cref="With"/> accepts dotted paths (<c>"marker.color"</c>) and
/// returns a new object. Values are strings, numbers, booleans, nested <see cref="PlotlyObject"/>s and sequences of
/// those (including jagged arrays for a heatmap's <c>z</c>); non-finite numbers are written as <c>null</c>.
/// </summary>
public sealed class PlotlyObject
{
    private readonly ImmutableList<KeyValuePair<string, object?>> _entries;

    /// <summary>The empty object <c>{}</c>.</summary>
    public static PlotlyObject Empty { get; } = new(ImmutableList<KeyValuePair<string, object?>>.Empty);

    private PlotlyObject(ImmutableList<KeyValuePair<string, object?>> entries) => _entries = entries;

    /// <summary>The attribute names at this level, in insertion order.</summary>
    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    /// <summary>The value at a dotted <paramref name="path"/>, or null when absent.</summary>
    public object? Get(string path)
    {
        var (head, rest) = Split(path);
        var value = _entries.FirstOrDefault(e => e.Key == head).Value;
        if (rest is null) return value;
        return value is PlotlyObject child ? child.Get(rest) : null;
    }

    /// <summary>A copy with <paramref name="value"/> at the dotted <paramref name="path"/> (replacing any value there).</summary>
    public PlotlyObject With(string path, object? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var (head, rest) = Split(path);
        var index = _entries.FindIndex(e => e.Key == head);
        object? newValue = Snapshot(value);
        if (rest is not null)
        {
            var child = index >= 0 && _entries[index].Value is PlotlyObject existing ? existing : Empty;
            newValue = child.With(rest, value);
        }
        var entry = new KeyValuePair<string, object?>(head, newValue);
        return new PlotlyObject(index >= 0 ? _entries.SetItem(index, entry) : _entries.Add(entry));
    }

    /// <summary>Copies sequences so that later changes to the caller's arrays cannot change this object.</summary>
    private static object? Snapshot(object? value) => value switch
    {
        null or string or PlotlyObject => value,
        ImmutableArray<object?> => value,
        IEnumerable sequence => sequence.Cast<object?>().Select(Snapshot).ToImmutableArray(),
        _ => value,
    };

    /// <summary>A copy with every attribute of <paramref name="other"/> set on top of this one (nested objects merge).</summary>
    public PlotlyObject Merge(PlotlyObject other)
    {
        var result = this;
        foreach (var (key, value) in other._entries)
            result = value is PlotlyObject child && result.Get(key) is PlotlyObject mine
                ? result.With(key, mine.Merge(child))
                : result.With(key, value);
        return result;
    }

    /// <summary>Writes this object as JSON.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in _entries)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case double d: WriteNumber(writer, d); break;
            case float f: WriteNumber(writer, f); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case PlotlyObject o: o.WriteTo(writer); break;
            case IEnumerable sequence:
                writer.WriteStartArray();
                foreach (var item in sequence) WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"Type {value.GetType().Name} cannot be written as a plotly.js value.");
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, double d)
    {
        if (double.IsFinite(d)) writer.WriteNumberValue(d);
        else writer.WriteNullValue();
    }

    private static (string Head, string? Tail) Split(string path)
    {
        var dot = path.IndexOf('.');
        return dot < 0 ? (path, null) : (path[..dot], path[(dot + 1)..]);
    }
}
