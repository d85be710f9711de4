using System.Text;
using System.Text.Json.Nodes;

namespace Preventie.Analytics.Notebooks;

/// <summary>
/// nbformat's "multiline string": either one string or a list of lines that each keep their line ending.
/// Reading accepts both; writing uses the list form, as Jupyter does.
/// </summary>
public static class MultilineText
{
    /// <summary>The text of a multiline-string node (string, array of strings, or null → "").</summary>
    public static string Read(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return string.Empty;
            case JsonArray array:
                var sb = new StringBuilder();
                foreach (var part in array) sb.Append(part?.GetValue<string>());
                return sb.ToString();
            default:
                return node.GetValue<string>();
        }
    }

    /// <summary>The list form: one entry per line, each but the last ending in "\n".</summary>
    public static JsonArray ToLines(string text)
    {
        var array = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            array.Add(text[start..(i + 1)]);
            start = i + 1;
        }
        if (start < text.Length) array.Add(text[start..]);
        return array;
    }
}
