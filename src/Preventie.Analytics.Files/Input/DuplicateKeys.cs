namespace Preventie.Analytics.Input;

/// <summary>
/// Finds rows of a model file that describe the same key (state, payer, age band, …) twice. The model adds such rows
/// up (two cost rows for the same state, payer and band double the cost), so a copied row would silently change the
/// results; instead the later row is refused with a Dutch error naming both row numbers.
/// A row that expands to several keys (a list of age bands) is reported once per earlier row it clashes with.
/// </summary>
/// <typeparam name="TKey">The key of one expanded row (e.g. state, payer and band).</typeparam>
public sealed class DuplicateKeys<TKey> where TKey : notnull
{
    private readonly Dictionary<TKey, List<(int Row, int? First, int? Last)>> _seen = new();
    private readonly HashSet<(int Row, int Earlier)> _reported = new();
    private readonly ErrorCollector _errors;

    /// <summary>Reports clashes into <paramref name="errors"/> (the collector of the file being read).</summary>
    public DuplicateKeys(ErrorCollector errors) => _errors = errors;

    /// <summary>
    /// Records <paramref name="key"/> for data row <paramref name="row"/>, optionally only for the calendar years
    /// <paramref name="firstYear"/>..<paramref name="lastYear"/> (null = unbounded). When an earlier row holds the same
    /// key for an overlapping period, an error is added at <paramref name="row"/>, column <paramref name="field"/>,
    /// value <paramref name="value"/>, saying that <paramref name="description"/> also stands in the earlier row.
    /// </summary>
    /// <returns>False when the key was already taken (the row is a duplicate).</returns>
    public bool Add(TKey key, int row, string field, string value, string description, int? firstYear = null, int? lastYear = null)
    {
        if (!_seen.TryGetValue(key, out var rows)) _seen[key] = rows = new();
        foreach (var earlier in rows)
        {
            if (earlier.Row == row) continue;
            var overlap = (earlier.First ?? int.MinValue) <= (lastYear ?? int.MaxValue) && (firstYear ?? int.MinValue) <= (earlier.Last ?? int.MaxValue);
            if (!overlap) continue;
            if (_reported.Add((row, earlier.Row)))
                _errors.Add(row, field, value,
                    $"dubbele sleutel: {description} staat ook in rij {earlier.Row}; twee rijen voor hetzelfde worden opgeteld en zouden de uitkomst stil veranderen (regel: elke combinatie staat één keer in het bestand, verwijder of voeg de rijen samen)");
            return false;
        }
        rows.Add((row, firstYear, lastYear));
        return true;
    }
}
