using System.Text;
using Preventie.Analytics.Output;

namespace Preventie.Analytics.Tests.Input;

/// <summary>
/// Seeded mutations of a shipped input file, as a hand-editing analyst or a broken export would make them: characters
/// deleted or inserted (separators, quotes, line breaks, YAML punctuation), a cell replaced by an awkward value (empty,
/// negative, huge, NaN, a formula, an overflowing age band), lines duplicated, deleted or swapped, the file truncated,
/// invalid UTF-8 inserted. One to three mutations per case; the same seed gives the same cases.
/// </summary>
internal sealed class FileMutator
{
    private static readonly string[] Inserts = [";", ",", "\"", "\n", "\r\n", "\t", " ", "-", "9", "#", "é", ":", "[", "]", "{", "}", "*", "'", "=", "  "];

    private static readonly string[] Values =
    [
        "", "-1", "0", "1", "1,5", "0,5", "-0", "abc", "99999999999-12", "80+", "alle", "totaal", "1e308", "-1e308", "1e-320", "NaN",
        "Infinity", "=HYPERLINK(\"http://x\",\"klik\")", "@SUM(A1)", "1.234.567", "2024*", "2019HJ01", "GM9999", "ja", "nee", "x", ".",
        "100000000000000000000", "2147483648", "-2147483649", "0-3,4-12", "{parameter: onbekend}", "[a, b", "null", "~", "&anker", "*anker",
        new string('a', 5000), "gamma", "beta", "lognormaal", "1;2;3",
    ];

    private readonly Random _random;

    public FileMutator(int seed) => _random = new Random(seed);

    /// <summary>A mutated copy of <paramref name="text"/> as bytes (some mutations insert bytes that are not UTF-8).</summary>
    public byte[] Mutate(string text)
    {
        var current = text;
        byte[]? raw = null;
        var count = _random.Next(1, 4);
        for (var m = 0; m < count; m++)
        {
            switch (_random.Next(10))
            {
                case 0: current = DeleteChars(current); break;
                case 1:
                case 2: current = Insert(current, Inserts[_random.Next(Inserts.Length)]); break;
                case 3:
                case 4:
                case 5: current = ReplaceCell(current); break;
                case 6: current = Lines(current, duplicate: true); break;
                case 7: current = Lines(current, duplicate: false); break;
                case 8: current = current[..(current.Length == 0 ? 0 : _random.Next(current.Length))]; break;
                default:
                    var bytes = Encoding.UTF8.GetBytes(current).ToList();
                    bytes.Insert(_random.Next(bytes.Count + 1), (byte)_random.Next(0x80, 0x100));
                    raw = bytes.ToArray();
                    break;
            }
        }
        return raw ?? Encoding.UTF8.GetBytes(current);
    }

    /// <summary>Byte-level damage to a binary file (an .xlsx): flips, a zeroed block, or truncation.</summary>
    public byte[] Damage(byte[] bytes)
    {
        var copy = bytes.ToArray();
        switch (_random.Next(3))
        {
            case 0:
                for (var k = _random.Next(1, 8); k > 0; k--) copy[_random.Next(copy.Length)] ^= (byte)_random.Next(1, 256);
                return copy;
            case 1:
                var at = _random.Next(copy.Length);
                Array.Clear(copy, at, Math.Min(copy.Length - at, _random.Next(1, 512)));
                return copy;
            default:
                return copy[.._random.Next(copy.Length)];
        }
    }

    /// <summary>The text's rows as cells (split on <c>;</c>, quotes not interpreted): for writing a mutated table as .xlsx.</summary>
    public static List<string[]> Cells(byte[] text) =>
        Encoding.UTF8.GetString(text).Split('\n').Select(l => SplitLine(l.TrimEnd('\r'))).ToList();

    /// <summary>One CSV line split on <c>;</c> outside double quotes (a quoted cell loses its quotes, <c>""</c> is one quote), as Excel would read it.</summary>
    private static string[] SplitLine(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
            else if (c == '"' && (quoted || cell.ToString().Trim().Length == 0)) { quoted = !quoted; if (quoted) cell.Clear(); }
            else if (c == ';' && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells.ToArray();
    }

    /// <summary>Writes rows of text cells as a one-sheet workbook (first row = header), like an analyst's Excel file.</summary>
    public static void WriteXlsx(string path, IReadOnlyList<string[]> rows)
    {
        // the writer wants a rectangle: pad the header with unnamed columns and short rows with empty cells
        var width = rows.Count == 0 ? 1 : rows.Max(r => r.Length);
        string[] Pad(string[] r) => r.Concat(Enumerable.Repeat("", width - r.Length)).ToArray();
        var workbook = new XlsxWorkbook();
        var sheet = workbook.AddSheet("Blad1", rows.Count > 0 ? Pad(rows[0]) : [""]);
        foreach (var row in rows.Skip(1)) sheet.AddRow(Pad(row).Select(c => (XlsxCell)c).ToArray());
        using var stream = File.Create(path);
        workbook.WriteTo(stream);
    }

    private string DeleteChars(string s)
    {
        if (s.Length == 0) return s;
        var at = _random.Next(s.Length);
        return s.Remove(at, Math.Min(s.Length - at, _random.Next(1, 4)));
    }

    private string Insert(string s, string what) => s.Insert(_random.Next(s.Length + 1), what);

    /// <summary>Replaces the text between two separators (or a YAML value after ": ") with an awkward value.</summary>
    private string ReplaceCell(string s)
    {
        if (s.Length == 0) return Values[_random.Next(Values.Length)];
        var at = _random.Next(s.Length);
        var separators = new[] { ';', '\n', ',', ':' };
        var start = s.LastIndexOfAny(separators, at) + 1;
        var end = s.IndexOfAny(separators, at);
        if (end < 0) end = s.Length;
        if (end < start) (start, end) = (at, at);
        var value = Values[_random.Next(Values.Length)];
        return s[..start] + (s.Length > start && s[start - (start > 0 ? 1 : 0)] == ':' ? " " : "") + value + s[end..];
    }

    private string Lines(string s, bool duplicate)
    {
        var lines = s.Split('\n').ToList();
        if (lines.Count < 2) return s;
        var i = _random.Next(lines.Count);
        if (duplicate) lines.Insert(_random.Next(lines.Count + 1), lines[i]);
        else if (_random.Next(2) == 0) lines.RemoveAt(i);
        else
        {
            var j = _random.Next(lines.Count);
            (lines[i], lines[j]) = (lines[j], lines[i]);
        }
        return string.Join('\n', lines);
    }
}
