using Preventie.Analytics.Model;
using Preventie.Analytics.Input;

namespace Preventie.Analytics.Costs;

/// <summary>
/// The model's payers in file order (<c>ModelDefinition.Payers</c>, read from <c>betalers.csv</c>), with lookup
/// by code and the grouping used in summaries: the own-budget group first (the municipality, reported as "gemeente"),
/// then the other groups ("elders") in file order. <see cref="Rows"/> are the rows of every comparison result.
/// </summary>
public sealed class PayerSet
{
    private readonly Dictionary<string, Payer> _byCode;

    /// <summary>Builds a set; the payers' <see cref="Payer.Index"/> must be 0, 1, 2…, codes unique, at least one own
    /// budget and all own budgets in one group that holds no other payer. <c>PayerFile</c> checks the same rules
    /// with Dutch messages before it gets here.</summary>
    public PayerSet(IEnumerable<Payer> payers)
    {
        All = payers.ToList();
        if (All.Count == 0) throw new ArgumentException("A payer set needs at least one payer.");
        for (var i = 0; i < All.Count; i++)
            if (All[i].Index != i) throw new ArgumentException($"Payer '{All[i].Code}' has index {All[i].Index}, expected {i}.");
        _byCode = new Dictionary<string, Payer>();
        foreach (var p in All)
            if (!_byCode.TryAdd(ColumnName.Normalize(p.Code), p)) throw new ArgumentException($"Payer code '{p.Code}' occurs twice.");
        if (RuleViolation(All) is { } violation) throw new ArgumentException(violation);

        var groups = All.GroupBy(p => ColumnName.Normalize(p.Group))
            .Select(g => new PayerGroup(g.First().Group, g.First().GroupLabel, g.First().IsOwnBudget, g.ToList()))
            .ToList();
        Groups = groups.Where(g => g.IsOwnBudget).Concat(groups.Where(g => !g.IsOwnBudget)).ToList();
        Rows = new PayerRows(this);
    }

    /// <summary>All payers in file order (= report order and result index).</summary>
    public IReadOnlyList<Payer> All { get; }

    /// <summary>Number of payers: the length of the payer dimension in result arrays.</summary>
    public int Count => All.Count;

    /// <summary>The payer at position <paramref name="index"/> of the payer dimension.</summary>
    public Payer this[int index] => All[index];

    /// <summary>The payer with this code (case and accents ignored); throws with <see cref="UnknownMessage"/> when none.</summary>
    public Payer this[string code] => TryParse(code, out var p) ? p : throw new KeyNotFoundException($"{UnknownMessage}: '{code}'");

    /// <summary>The groups in summary order: the own-budget group first, then the other groups in file order.</summary>
    public IReadOnlyList<PayerGroup> Groups { get; }

    /// <summary>The decision maker's own group (the municipality).</summary>
    public PayerGroup OwnGroup => Groups[0];

    /// <summary>The groups other than the own budget: where a saving is a wrong-pocket effect.</summary>
    public IEnumerable<PayerGroup> OtherGroups => Groups.Skip(1);

    /// <summary>The rows of every comparison result: payers, then aggregate groups, then the total.</summary>
    public PayerRows Rows { get; }

    /// <summary>The payer's index, after checking that it is a payer of this set (same code at that place).</summary>
    public int IndexOf(Payer payer) =>
        payer.Index < All.Count && All[payer.Index] == payer ? payer.Index
        : throw new ArgumentException($"Payer '{payer.Code}' is not a payer of this model (betalers: {string.Join(", ", All.Select(p => p.Code))}).", nameof(payer));

    /// <summary>Finds the payer with this code (case and accents ignored); false when the model has none.</summary>
    public bool TryParse(string? text, out Payer payer)
    {
        var found = _byCode.TryGetValue(ColumnName.Normalize(text), out var p);
        payer = p!;
        return found;
    }

    /// <summary>The other groups named in a Dutch sentence, e.g. "de zorgverzekeraar (Zvw), de Wlz (zorgkantoor), het Rijk
    /// of de inwoners" (with <paramref name="conjunction"/> "of" or "en"); "andere betalers" when there are none.</summary>
    public string OtherGroupsInSentence(string conjunction)
    {
        var names = OtherGroups.Select(g => g.InSentence).ToList();
        return names.Count switch
        {
            0 => "andere betalers",
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + $" {conjunction} " + names[^1],
        };
    }

    /// <summary>Dutch message for an unknown payer, listing the valid codes.</summary>
    public string UnknownMessage => $"onbekende betaler (geldig: {string.Join(", ", All.Select(p => p.Code))}; zie {ModelFileNames.Payers})";

    /// <summary>The first rule of the whole set that <paramref name="payers"/> break (Dutch), or null.</summary>
    internal static string? RuleViolation(IReadOnlyList<Payer> payers)
    {
        if (payers.Count == 0) return "het bestand noemt geen enkele betaler";
        if (!payers.Any(p => p.IsOwnBudget)) return "geen enkele betaler heeft eigen_begroting=ja: markeer de eigen begroting(en) van de gemeente";
        var ownGroups = payers.Where(p => p.IsOwnBudget).Select(p => ColumnName.Normalize(p.Group)).Distinct().ToList();
        if (ownGroups.Count > 1) return $"de betalers met eigen_begroting=ja staan in verschillende groepen ({string.Join(", ", payers.Where(p => p.IsOwnBudget).Select(p => p.Group).Distinct())}): zet ze in één groep";
        foreach (var g in payers.GroupBy(p => ColumnName.Normalize(p.Group)))
        {
            if (g.Select(p => p.IsOwnBudget).Distinct().Count() > 1)
                return $"groep '{g.First().Group}' mengt eigen begroting (ja) en andere betalers (nee): de eigen begroting is een groep op zich";
            if (g.Select(p => p.GroupLabel).Distinct().Count() > 1)
                return $"groep '{g.First().Group}' heeft verschillende groepnamen ({string.Join(", ", g.Select(p => p.GroupLabel).Distinct())}): geef elke groep één naam";
            // a group's total row carries the group code: it may equal a payer's code only when the group is that one payer
            var aggregate = g.First().IsOwnBudget || g.Count() > 1;
            if (aggregate && payers.Any(p => ColumnName.Matches(p.Code, g.First().Group) && !(g.Count() == 1 && g.First() == p)))
                return $"groep '{g.First().Group}' heeft dezelfde code als een betaler: kies voor de groep een andere code";
            if (ColumnName.Matches(g.First().Group, "totaal")) return "groep 'totaal' is gereserveerd voor alle betalers samen";
        }
        return null;
    }
}
