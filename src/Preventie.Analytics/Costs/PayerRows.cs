namespace Preventie.Analytics.Costs;

/// <summary>
/// The rows of every comparison result (the deterministic <see cref="Simulation.ScenarioComparison"/>, the PSA, the
/// one-way analysis and the optimiser all use the same rows, filled by <see cref="Simulation.ComparisonLedger"/>):
/// index 0…P−1 the payers in file order; <see cref="Gemeente"/> = P the own-budget group together (code = its group
/// code, e.g. "gemeente"); then every other group with more than one payer; <see cref="Total"/> (the last) all payers.
/// A group of one payer has no row of its own: it is that payer's row (<see cref="Of"/>).
/// </summary>
public sealed class PayerRows
{
    private readonly PayerGroup?[] _groups;
    private readonly int[] _aggregateOf;

    internal PayerRows(PayerSet payers)
    {
        Payers = payers;
        var aggregates = payers.Groups.Where(g => g.IsOwnBudget || g.Members.Count > 1).ToList();
        Gemeente = payers.Count;
        Total = payers.Count + aggregates.Count;
        Count = Total + 1;
        _groups = new PayerGroup?[Count];
        for (var a = 0; a < aggregates.Count; a++) _groups[Gemeente + a] = aggregates[a];
        _aggregateOf = payers.All.Select(p => Array.FindIndex(_groups, g => g is not null && g.Members.Contains(p))).ToArray();
    }

    /// <summary>The model's payers: rows 0…P−1, in file order.</summary>
    public PayerSet Payers { get; }

    /// <summary>Number of rows: payers + aggregate groups + total.</summary>
    public int Count { get; }

    /// <summary>Index of the own-budget group ("gemeente").</summary>
    public int Gemeente { get; }

    /// <summary>Index of the row "totaal" (all payers, summed in payer order).</summary>
    public int Total { get; }

    /// <summary>The aggregate row a payer is added to besides the total, or −1 (a group of one that is not the own budget).</summary>
    public int AggregateOf(int payer) => _aggregateOf[payer];

    /// <summary>Code of a row: a payer code, a group code (e.g. "gemeente") or "totaal".</summary>
    public string Code(int row) => row == Total ? "totaal" : _groups[row]?.Code ?? Payers[row].Code;

    /// <summary>Dutch label of a row, e.g. "Gemeente – Wmo", "Gemeente (totaal)", "Alle betalers".</summary>
    public string Label(int row) => row == Total ? "Alle betalers" : _groups[row] is { } g ? g.Label + " (totaal)" : Payers[row].Label;

    /// <summary>The row of a group: its aggregate row, or the payer's row for a group of one payer.</summary>
    public int Of(PayerGroup group)
    {
        if (group.Members.Count == 1 && !group.IsOwnBudget) return group.Members[0].Index;
        var row = Array.FindIndex(_groups, g => g is not null && string.Equals(g.Code, group.Code, StringComparison.OrdinalIgnoreCase));
        return row >= 0 ? row : throw new ArgumentException($"Payer group '{group.Code}' is not a group of this payer set.", nameof(group));
    }

    /// <summary>The row with this code, or −1.</summary>
    public int IndexOf(string code)
    {
        for (var r = 0; r < Count; r++)
            if (string.Equals(Code(r), code, StringComparison.OrdinalIgnoreCase)) return r;
        return -1;
    }

    /// <summary>True when the row is one payer (not a group or the total).</summary>
    public bool IsPayer(int row) => row < Payers.Count;
}
