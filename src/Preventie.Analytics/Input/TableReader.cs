using System.Globalization;
using System.Text;
using CsvHelper;
using ExcelDataReader;

namespace Preventie.Analytics.Input;

/// <summary>
/// Reads a CSV (<c>;</c> or <c>,</c> separated, UTF-8 with or without BOM) or an Excel <c>.xlsx</c> file
/// into a <see cref="RawTable"/>.
/// <list type="bullet">
/// <item>The header row is the first row (among the first 10 non-empty rows) that holds every required column,
/// so a title row above the header in Excel is tolerated.</item>
/// <item>Empty rows and rows whose first cell starts with <c>#</c> (comments, e.g. a source note) are skipped.</item>
/// <item>Errors (missing file, empty file, not UTF-8, missing columns) are thrown as
/// <see cref="DataValidationException"/> with Dutch messages.</item>
/// </list>
/// </summary>
public static class TableReader
{
    private const int HeaderSearchRows = 10;

    // ExcelDataReader needs the legacy code pages (Windows-1252) even for .xlsx; .NET Core does not register them by default.
    static TableReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads <paramref name="path"/>; <paramref name="requiredColumns"/> locate the header row and must all be present.</summary>
    /// <param name="path">A .csv, .txt or .xlsx file.</param>
    /// <param name="requiredColumns">Each entry is one column, given as its name followed by accepted aliases.</param>
    public static RawTable Read(string path, params string[][] requiredColumns)
    {
        if (!System.IO.File.Exists(path))
            throw new DataValidationException(new DataError(path, null, null, null, "bestand niet gevonden"));

        var ext = Path.GetExtension(path).ToLowerInvariant();
        List<RawRow> rows = ext switch
        {
            ".xlsx" or ".xlsm" or ".xls" => ReadExcel(path),
            _ => ReadCsv(path),
        };
        rows = rows.Where(r => r.Cells.Any(c => c.Length > 0) && !r.Cells[0].StartsWith('#')).ToList();
        if (rows.Count == 0)
            throw new DataValidationException(new DataError(path, null, null, null, "het bestand is leeg"));

        var required = requiredColumns.Select(c => c.Select(ColumnName.Normalize).ToArray()).ToArray();
        for (var i = 0; i < Math.Min(HeaderSearchRows, rows.Count); i++)
        {
            var keys = rows[i].Cells.Select(ColumnName.Normalize).ToHashSet();
            if (required.All(alts => alts.Any(keys.Contains)))
                return new RawTable(path, rows[i].Number, rows[i].Cells, rows.Skip(i + 1).ToList());
        }

        // No header row found: report the missing columns against the first row.
        var first = rows[0].Cells.Select(ColumnName.Normalize).ToHashSet();
        var errors = new ErrorCollector(path);
        foreach (var (alts, names) in required.Zip(requiredColumns))
            if (!alts.Any(first.Contains))
                errors.Add(rows[0].Number, names[0], null,
                    $"verplichte kolom '{names[0]}' ontbreekt (gevonden kolommen: {string.Join(", ", rows[0].Cells.Where(c => c.Length > 0))})");
        if (!errors.HasErrors)
            errors.Add(null, null, null, "geen kopregel met de verplichte kolommen gevonden in de eerste 10 regels");
        errors.ThrowIfAny();
        throw new InvalidOperationException("unreachable");
    }

    private static List<RawRow> ReadCsv(string path)
    {
        var bytes = System.IO.File.ReadAllBytes(path);
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var line = 1 + bytes.Take(Math.Max(0, ex.Index)).Count(b => b == (byte)'\n');
            throw new DataValidationException(new DataError(path, line, null, null,
                "het bestand is geen geldige UTF-8-tekst (opgeslagen als ANSI/Windows-1252?). Sla het in Excel op als 'CSV UTF-8 (door lijstscheidingsteken gescheiden)'."));
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];

        var firstLine = text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')) ?? "";
        var delimiter = CountOutsideQuotes(firstLine, ';') >= CountOutsideQuotes(firstLine, ',') && firstLine.Contains(';') ? ";"
            : firstLine.Contains(',') ? "," : firstLine.Contains('\t') ? "\t" : ";";

        var options = new CsvReaderOptions
        {
            Separator = delimiter[0],
            HasHeader = false,
            SkipEmptyLines = false,
            AllowLineBreaksInQuotes = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
        };
        var rows = new List<RawRow>();
        try
        {
            using var csv = CsvReader.FromText(text, options);
            while (csv.Read())
            {
                var cells = new string[csv.FieldCount];
                for (var i = 0; i < cells.Length; i++) cells[i] = (csv.GetString(i) ?? string.Empty).Trim();
                rows.Add(new RawRow((int)csv.LineNumber, cells));
            }
        }
        catch (CsvFormatException ex)
        {
            throw new DataValidationException(new DataError(path, null, null, null, $"ongeldige CSV-opmaak ({ex.Message})"));
        }
        return rows;
    }

    private static int CountOutsideQuotes(string line, char c)
    {
        var n = 0;
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"') quoted = !quoted;
            else if (ch == c && !quoted) n++;
        }
        return n;
    }

    private static List<RawRow> ReadExcel(string path)
    {
        var rows = new List<RawRow>();
        try
        {
            using var stream = System.IO.File.Open(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var reader = ExcelReaderFactory.CreateReader(stream);
            var number = 0;
            while (reader.Read())
            {
                number++;
                var cells = new string[reader.FieldCount];
                for (var i = 0; i < reader.FieldCount; i++) cells[i] = CellText(reader.GetValue(i));
                rows.Add(new RawRow(number, cells));
            }
        }
        catch (Exception ex) when (ex is not DataValidationException)
        {
            throw new DataValidationException(new DataError(path, null, null, null,
                $"het Excel-bestand kan niet worden gelezen ({ex.Message})"));
        }
        return rows;
    }

    private static string CellText(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "ja" : "nee",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? string.Empty,
    };
}
