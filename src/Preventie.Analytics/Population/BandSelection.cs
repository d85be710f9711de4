namespace Preventie.Analytics.Population;

/// <summary>Parses the band column of model files: a band of the model's set ("4-12"), several separated by commas, or "alle".</summary>
public static class BandSelection
{
    /// <summary>True when <paramref name="text"/> selects every band ("alle", "iedereen", empty, …): a word no band
    /// code may take (<see cref="AgeBandSet.Problems"/>).</summary>
    public static bool IsAll(string? text) => Input.ColumnName.Normalize(text) is "" or "alle" or "all" or "iedereen" or "inwonersalgemeen";

    /// <summary>Returns the selected bands of <paramref name="bands"/>, or null with a Dutch message.</summary>
    public static AgeBand[]? TryParse(string? text, AgeBandSet bands, out string? error)
    {
        error = null;
        if (IsAll(text)) return bands.ToArray();
        var result = new List<AgeBand>();
        foreach (var part in text!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!bands.TryParse(part, out var b))
            {
                error = $"onbekende leeftijdsgroep '{part}' (geldig: alle, {bands.ValidCodes})";
                return null;
            }
            if (!result.Contains(b)) result.Add(b);
        }
        return result.ToArray();
    }
}
