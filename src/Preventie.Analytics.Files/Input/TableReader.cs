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
            throw new DataValidationException(new DataError(path, null, null, null, $"bestand niet gevonden (gezocht: {Path.GetFullPath(path)})"));

        var ext = Path.GetExtension(path).ToLowerInvariant();
        List<RawRow> rows = ext switch
        {
            ".xlsx" or ".xlsm" or ".xls" => ReadExcel(path),
            _ => ReadCsv(path),
        };
        var comments = rows.Where(r => r.Cells.Count > 0 && r.Cells[0].TrimStart('\uFEFF', ' ').StartsWith('#'))
            .Select(r => new RawRow(r.Number, [string.Join(';', r.Cells).TrimEnd(';')])).ToList();
        rows = rows.Where(r => r.Cells.Any(c => c.Length > 0) && !r.Cells[0].StartsWith('#')).ToList();
        if (rows.Count == 0)
            throw new DataValidationException(new DataError(path, null, null, null, "het bestand is leeg"));

        var required = requiredColumns.Select(c => c.Select(ColumnName.Normalize).ToArray()).ToArray();
        for (var i = 0; i < Math.Min(HeaderSearchRows, rows.Count); i++)
        {
            var keys = rows[i].Cells.Select(ColumnName.Normalize).ToHashSet();
            if (required.All(alts => alts.Any(keys.Contains)))
                return CheckRowWidths(new RawTable(path, rows[i].Number, rows[i].Cells, rows.Skip(i + 1).ToList()) { Comments = comments });
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

    /// <summary>Free-text columns where a <c>;</c> inside the text is the likely cause of extra cells.</summary>
    private static readonly string[] NoteColumns = ["bron", "bronnen", "toelichting", "opmerking", "opmerkingen", "notitie"];

    /// <summary>
    /// Refuses rows with filled cells to the right of the last named column, all such rows at once, instead of
    /// silently dropping those values (often a separator too many, e.g. a decimal written with <c>;</c>). When the last
    /// column is a free-text note (<see cref="NoteColumns"/>, e.g. <c>bron</c>), the cause is almost always a <c>;</c>
    /// inside an unquoted text: the message names that column and says to put the text in quotes. Such texts were once
    /// joined back silently; that guess could hide a real extra value, and Excel's own CSV export quotes these cells.
    /// </summary>
    private static RawTable CheckRowWidths(RawTable table)
    {
        var width = table.Headers.Count;
        while (width > 0 && table.Headers[width - 1].Length == 0) width--;
        var lastIsNote = width > 0 && NoteColumns.Contains(ColumnName.Normalize(table.Headers[width - 1]));
        var errors = new ErrorCollector(table.File);
        foreach (var row in table.Rows)
        {
            var last = row.Cells.ToList().FindLastIndex(c => c.Length > 0);
            if (last < width) continue;
            var extra = string.Join(" | ", row.Cells.Skip(width).Where(c => c.Length > 0));
            if (lastIsNote)
                errors.Add(row.Number, table.Headers[width - 1], extra,
                    $"de tekst in de laatste kolom '{table.Headers[width - 1]}' bevat een scheidingsteken (;) zonder aanhalingstekens, zodat de rij {last + 1} velden heeft " +
                    $"en de kopregel {width} kolommen. Zet de hele tekst tussen aanhalingstekens (\"…; …\"), of vervang de ; in de tekst door een komma.");
            else
                errors.Add(row.Number, null, extra,
                    $"de rij heeft {last + 1} velden, de kopregel {width} kolommen: extra waarden rechts van de laatste kolom " +
                    $"'{table.Headers[width - 1]}' (een scheidingsteken te veel, of een kolom zonder naam). Haal ze weg, zet de tekst tussen aanhalingstekens of geef de kolom een naam.");
        }
        errors.ThrowIfAny();
        return table;
    }

    private static List<RawRow> ReadCsv(string path)
    {
        var bytes = SourceFiles.ReadAllBytes(path);
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

        CheckQuotes(path, text, delimiter[0], CountOutsideQuotes(firstLine, delimiter[0]));

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
            throw new DataValidationException(new DataError(path, ex.LineNumber > 0 ? (int)ex.LineNumber : null, null, null,
                "ongeldige CSV-opmaak: de rij kan niet in cellen worden verdeeld (controleer aanhalingstekens en scheidingstekens)"));
        }
        return rows;
    }

    /// <summary>
    /// Refuses a quote that is never closed, or that is closed only rows later: a quoted cell that runs to the end of
    /// the file, or that spans a line which itself looks like a whole row (at least half the header's separators), would
    /// otherwise silently swallow the following rows into one cell. A genuine multi-line cell (Alt+Enter in Excel) has
    /// line breaks but not rows of separators inside it.
    /// </summary>
    private static void CheckQuotes(string path, string text, char separator, int headerSeparators)
    {
        var line = 1;
        var atFieldStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') { line++; atFieldStart = true; continue; }
            if (c == separator) { atFieldStart = true; continue; }
            if (c is ' ' or '\t' or '\r' && atFieldStart) continue;
            if (c != '"' || !atFieldStart) { atFieldStart = false; continue; }

            // a quoted field: find its closing quote
            var openLine = line;
            var rowLike = 0;
            var separatorsOnLine = 0;
            var closed = false;
            for (i++; i < text.Length; i++)
            {
                var q = text[i];
                if (q == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { i++; continue; }
                    closed = true;
                    break;
                }
                if (q == separator) separatorsOnLine++;
                else if (q == '\n')
                {
                    line++;
                    separatorsOnLine = 0;
                }
                if (line > openLine && separatorsOnLine == Math.Max(2, (headerSeparators + 1) / 2)) rowLike++;
            }
            if (!closed || rowLike > 0)
                throw new DataValidationException(new DataError(path, openLine, null, null,
                    closed
                        ? $"aanhalingsteken (\") geopend op rij {openLine} wordt pas op rij {line} gesloten; de rijen daartussen zouden in één cel verdwijnen. Sluit het aanhalingsteken of haal het weg."
                        : $"aanhalingsteken (\") geopend op rij {openLine} wordt nergens gesloten; de rijen daarna zouden in één cel verdwijnen. Sluit het aanhalingsteken of haal het weg."));
            atFieldStart = false;
        }
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
        // read from disk outside the try: what fails below is the content of the file, not the disk
        using var stream = SourceFiles.OpenRead(path);
        try
        {
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
            throw new DataValidationException(new DataError(path, null, null, null, DamagedExcel(path, ex)));
        }
        return rows;
    }

    /// <summary>
    /// Why an Excel file could not be read, in Dutch. ExcelDataReader's own messages ("Invalid file signature.",
    /// "Detected ZIP file, but not a valid OpenXml file.") are English and say nothing a user can act on, so they are not
    /// shown: a damaged file, a file that is no workbook (e.g. a CSV renamed to .xlsx) and a password all read the same
    /// to the reader, except the password.
    /// </summary>
    internal static string DamagedExcel(string path, Exception ex)
    {
        if (ex is ExcelDataReader.Exceptions.InvalidPasswordException)
            return "het Excel-bestand is met een wachtwoord beveiligd; sla het in Excel op zonder wachtwoord (Bestand > Info > Werkmap beveiligen)";
        var kind = Path.GetExtension(path).ToLowerInvariant() == ".xls" ? "Excel-bestand (.xls)" : "Excel-bestand (.xlsx)";
        return $"het bestand is geen geldig {kind} of is beschadigd. Open het in Excel en sla het opnieuw op als Excel-werkmap (.xlsx), " +
               "of lever de tabel aan als CSV UTF-8";
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
