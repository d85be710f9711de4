namespace Preventie.Analytics.Costs;

/// <summary>
/// Who pays: one row of the model's payer file (<c>betalers.csv</c>, see <c>PayerFile</c>), e.g. the
/// municipality's Wmo budget, the health insurers (Zvw), the long-term care fund (Wlz). <see cref="Index"/> is the
/// payer's position in the model's <see cref="PayerSet"/> and in every result array's payer dimension.
/// </summary>
/// <param name="Index">Position in the file (0-based): the payer dimension of results.</param>
/// <param name="Code">Code used in data files and exports, e.g. <c>gemeente_wmo</c>.</param>
/// <param name="Label">Dutch label, e.g. "Gemeente – Wmo".</param>
/// <param name="ShortLabel">Short Dutch label for narrow table columns, e.g. "Wmo".</param>
/// <param name="InSentence">How a sentence names the payer, e.g. "de zorgverzekeraar (Zvw)", "het Rijk".</param>
/// <param name="LawOrBudget">The law or budget the money comes from, e.g. "Wmo 2015".</param>
/// <param name="Group">Code of the payer's group, e.g. <c>gemeente</c>: the payers of one pocket.</param>
/// <param name="GroupLabel">Dutch label of the group, e.g. "Gemeente".</param>
/// <param name="IsOwnBudget">True for the decision maker's own budgets (the municipality); the others are "elders",
/// where a saving is a wrong-pocket effect.</param>
/// <param name="Colour">Chart colour (<c>#rrggbb</c>), or null for the palette by position.</param>
/// <param name="Source">Where the payer's law/budget is described.</param>
public sealed record Payer(int Index, string Code, string Label, string ShortLabel, string InSentence, string LawOrBudget, string Group, string GroupLabel,
    bool IsOwnBudget, string? Colour = null, string? Source = null)
{
    /// <summary>The payer's code, e.g. "zvw".</summary>
    public override string ToString() => Code;
}

/// <summary>A group of payers reported together (one pocket), e.g. "gemeente" = the four municipal budgets.</summary>
/// <param name="Code">Group code (<see cref="Payer.Group"/>).</param>
/// <param name="Label">Dutch label (<see cref="Payer.GroupLabel"/>).</param>
/// <param name="IsOwnBudget">True for the decision maker's own group.</param>
/// <param name="Members">The payers of the group, in payer order.</param>
public sealed record PayerGroup(string Code, string Label, bool IsOwnBudget, IReadOnlyList<Payer> Members)
{
    /// <summary>Column header: the payer's short label for a group of one ("Zvw"), else the group's label ("Gemeente").</summary>
    public string ShortLabel => Members.Count == 1 ? Members[0].ShortLabel : Label;

    /// <summary>The name in a sentence: the payer's for a group of one ("de zorgverzekeraar (Zvw)"), else the label.</summary>
    public string InSentence => Members.Count == 1 ? Members[0].InSentence : Label;
}
