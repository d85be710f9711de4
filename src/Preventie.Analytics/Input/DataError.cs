using System.Text;

namespace Preventie.Analytics.Input;

/// <summary>
/// One problem found in an input file, located as precisely as the file allows.
/// <see cref="ToString"/> gives the Dutch message a user reads, e.g.
/// <c>inventaris.csv, rij 7, kolom 'vorm', waarde 'preventief': onbekende vorm (verwacht: universeel, selectief, geïndiceerd of onbekend)</c>.
/// </summary>
/// <param name="File">The file name (or path) as the user gave it.</param>
/// <param name="Row">1-based row number as the user sees it in Excel or a text editor (the header is row 1 unless noted); null when the error is about the whole file.</param>
/// <param name="Field">The column or field name; null when the error is about a whole row or file.</param>
/// <param name="Value">The offending value as read; null when there is none (e.g. a missing column).</param>
/// <param name="Message">What is wrong, in Dutch.</param>
public sealed record DataError(string File, int? Row, string? Field, string? Value, string Message)
{
    /// <summary>The Dutch one-line description naming file, row, field and value.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(Path.GetFileName(File));
        if (Row is { } r) sb.Append(", rij ").Append(r);
        if (!string.IsNullOrEmpty(Field)) sb.Append(", kolom '").Append(Field).Append('\'');
        if (Value is not null) sb.Append(", waarde '").Append(Value).Append('\'');
        sb.Append(": ").Append(Message);
        return sb.ToString();
    }
}
