using System.Globalization;
using System.Text;
using Preventie.Analytics.Input;
using Preventie.Analytics.Output;

namespace Preventie.Analytics.Parameters;

/// <summary>
/// Writes new values for some parameters into the text of a <c>parameters.csv</c> (<see cref="ParameterFile"/>),
/// changing only their rows: every other row, comment line, column and line ending stays byte for byte as it was, so
/// a diff of the two files shows exactly what changed. A changed row gets the parameter's value (round-trip exact),
/// <c>bron</c>, <c>aanname</c>, distribution (<c>verdeling</c>, <c>p1</c>–<c>p3</c>, <c>groep</c>) and
/// <c>toelichting</c>; its other cells (<c>eenheid</c>, <c>negatief</c>, …) are kept. Columns the new values need and
/// the header lacks are added at the end of the header.
/// </summary>
public static class ParameterFileUpdate
{
    private static readonly string[][] Columns =
    [
        ["naam", "name"], ["waarde", "value"], ["bron", "source"], ["aanname", "assumption"], ["verdeling", "distribution"],
        ["p1"], ["p2"], ["p3"], ["groep", "group"], ["toelichting", "note", "omschrijving"],
    ];

    /// <summary>
    /// The text of <c>parameters.csv</c> with the rows of <paramref name="changed"/> rewritten. Every changed parameter
    /// must have a row (matched by name, case-insensitive); otherwise an <see cref="ArgumentException"/>.
    /// </summary>
    public static string Apply(string text, IEnumerable<Parameter> changed)
    {
        var byName = changed.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        if (byName.Count == 0) return text;
        var records = Records(text);
        var header = records.FindIndex(r => !IsSkipped(r.Content) && IsHeader(Cells(r.Content, Separator(r.Content))));
        if (header < 0) throw new ArgumentException("parameters.csv has no header row with naam and waarde.", nameof(text));
        var separator = Separator(records[header].Content);
        var headerCells = Cells(records[header].Content, separator).Select(c => c.Value).ToList();
        var index = new int[Columns.Length];
        var added = new List<string>();
        for (var i = 0; i < Columns.Length; i++)
        {
            var keys = Columns[i].Select(ColumnName.Normalize).ToHashSet();
            index[i] = headerCells.FindIndex(h => keys.Contains(ColumnName.Normalize(h)));
            if (index[i] >= 0) continue;
            index[i] = headerCells.Count + added.Count;
            added.Add(Columns[i][0]);
        }
        var width = headerCells.Count + added.Count;
        if (added.Count > 0)
            records[header] = records[header] with { Content = records[header].Content + string.Concat(added.Select(a => separator + a)) };

        var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var r = header + 1; r < records.Count; r++)
        {
            if (IsSkipped(records[r].Content)) continue;
            var cells = Cells(records[r].Content, separator);
            var name = index[0] < cells.Count ? cells[index[0]].Value : "";
            if (!byName.TryGetValue(name, out var p)) continue;
            var raw = cells.Select(c => c.Raw).ToList();
            while (raw.Count < width) raw.Add("");
            var d = p.Distribution;
            string Arg(int i) => d is not null && i < d.Arguments.Count ? Number(d.Arguments[i], separator) : "";
            raw[index[1]] = Number(p.Value, separator);
            raw[index[2]] = Text(p.Source, separator);
            raw[index[3]] = p.IsAssumption ? "ja" : "nee";
            raw[index[4]] = d is null ? "" : KindName(d);
            raw[index[5]] = Arg(0);
            raw[index[6]] = Arg(1);
            raw[index[7]] = Arg(2);
            raw[index[8]] = Text(d?.Group, separator);
            raw[index[9]] = Text(p.Note, separator);
            records[r] = records[r] with { Content = string.Join(separator, raw) };
            done.Add(name);
        }
        var missing = byName.Keys.Where(n => !done.Contains(n)).ToList();
        if (missing.Count > 0) throw new ArgumentException($"parameters.csv has no row for {string.Join(", ", missing)}.", nameof(changed));
        var sb = new StringBuilder();
        foreach (var rec in records) sb.Append(rec.Content).Append(rec.Terminator);
        return sb.ToString();
    }

    /// <summary>The word <see cref="DistributionSpec.TryParseKind(string?, out DistributionKind, out bool)"/> reads back as the same kind (Dutch).</summary>
    public static string KindName(DistributionSpec d) => (d.Kind switch
    {
        DistributionKind.Beta => "beta",
        DistributionKind.Gamma => "gamma",
        DistributionKind.LogNormal => "lognormaal",
        DistributionKind.Normal => "normaal",
        DistributionKind.Triangular => "driehoek",
        DistributionKind.Uniform => "uniform",
        DistributionKind.Dirichlet => "dirichlet",
        _ => throw new ArgumentOutOfRangeException(nameof(d), d.Kind, null),
    }) + (d.ByMeanSd ? "_gem_sd" : "");

    /// <summary>A number that reads back to the same double: shortest round-trip form, decimal comma with <c>;</c>.</summary>
    private static string Number(double v, char separator)
    {
        var s = v.ToString("R", CultureInfo.InvariantCulture);
        return separator == ',' ? s : s.Replace('.', ',');
    }

    /// <summary>A data text as a cell for this file's separator (formula guard and quoting as <see cref="CsvCell"/>).</summary>
    private static string Text(string? text, char separator)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var cell = CsvCell.Neutralise(text);
        return cell.IndexOfAny([separator, '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
    }

    private sealed record Record(string Content, string Terminator);

    private sealed record Cell(string Raw, string Value);

    /// <summary>The file split into records at line breaks outside quotes; each keeps its own line ending.</summary>
    private static List<Record> Records(string text)
    {
        var list = new List<Record>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"') quoted = !quoted;
            else if (text[i] == '\n' && !quoted)
            {
                var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                list.Add(new Record(text[start..end], text[end..(i + 1)]));
                start = i + 1;
            }
        }
        if (start < text.Length) list.Add(new Record(text[start..], ""));
        return list;
    }

    /// <summary>A record's cells: the raw text and the value (unquoted, trimmed).</summary>
    private static List<Cell> Cells(string record, char separator)
    {
        var cells = new List<Cell>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i <= record.Length; i++)
        {
            if (i < record.Length && record[i] == '"') { quoted = !quoted; continue; }
            if (i < record.Length && (record[i] != separator || quoted)) continue;
            var raw = record[start..i];
            var value = raw.Trim();
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"') value = value[1..^1].Replace("\"\"", "\"").Trim();
            cells.Add(new Cell(raw, value));
            start = i + 1;
        }
        return cells;
    }

    private static bool IsSkipped(string record) => record.Trim().Length == 0 || record.TrimStart().StartsWith('#');

    private static bool IsHeader(List<Cell> cells)
    {
        var keys = cells.Select(c => ColumnName.Normalize(c.Value)).ToHashSet();
        return Columns[0].Any(n => keys.Contains(n)) && Columns[1].Any(n => keys.Contains(n));
    }

    /// <summary>The separator as <see cref="TableReader"/> chooses it from the header line: <c>;</c> unless <c>,</c> is more frequent.</summary>
    private static char Separator(string line)
    {
        int Count(char c)
        {
            var n = 0;
            var quoted = false;
            foreach (var x in line)
                if (x == '"') quoted = !quoted;
                else if (x == c && !quoted) n++;
            return n;
        }
        return Count(';') >= Count(',') && line.Contains(';') ? ';' : line.Contains(',') ? ',' : line.Contains('\t') ? '\t' : ';';
    }
}
