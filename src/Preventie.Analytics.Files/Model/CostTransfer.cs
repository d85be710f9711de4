using Preventie.Analytics.Costs;
using Preventie.Analytics.Input;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Population;
using Preventie.Analytics.States;

namespace Preventie.Analytics.Model;

/// <summary>
/// The optional <c>ontvanger</c> column of <c>kosten.csv</c>: a row with a receiver is a <b>transfer</b> between payers,
/// not a use of resources — an own contribution (eigen bijdrage) that residents pay towards care the municipality (Wmo)
/// or the Wlz fund pays for in full. The <c>betaler</c> pays the amount and the receiver's spending falls by the same
/// amount, so every payer's row shows who pays what, and all payers together count the real resource use once (the
/// MKBA convention: transfers are not costs or savings to society).
/// </summary>
public static class CostTransfer
{
    /// <summary>The column's name in <c>kosten.csv</c>.</summary>
    public const string Column = "ontvanger";

    /// <summary>The receiver named in <paramref name="row"/>, or null when the file has no such column or the cell is empty
    /// (an ordinary cost). An unknown payer, or the payer itself as receiver, is an error (Dutch) and gives an invalid receiver.</summary>
    public static Receiver? Read(ErrorCollector errors, RawRow row, RawTable table, PayerSet payers, string payerText)
    {
        var text = row.Get(table.IndexOf(Column)).Trim();
        if (text.Length == 0) return null;
        if (!payers.TryParse(text, out var receiver))
        {
            errors.Add(row.Number, Column, text, payers.UnknownMessage);
            return Receiver.Refused;
        }
        if (payers.TryParse(payerText, out var payer) && payer.Index == receiver.Index)
        {
            errors.Add(row.Number, Column, text, "een betaler kan geen eigen bijdrage aan zichzelf betalen: de ontvanger moet een andere betaler zijn");
            return Receiver.Refused;
        }
        return new Receiver(receiver);
    }

    /// <summary>What the receiver's spending changes by: minus the amount paid.</summary>
    public static ValueExpression Received(ValueExpression amount) => amount.Affine(0, -1);

    /// <summary>
    /// A receiver must spend at least what it receives on the same state and age band: otherwise the own contribution
    /// is larger than the care it contributes to, and the receiver would earn on every client. Adds a Dutch error per
    /// cell where that happens (at the point values).
    /// </summary>
    public static void CheckCovered(ErrorCollector errors, IReadOnlyList<StateCost> costs, IReadOnlyList<ModelState> states, AgeBandSet bands, double[] vector)
    {
        var uncovered = costs.GroupBy(c => (c.State, c.Band, c.Payer.Index))
            .Where(cell => cell.Sum(c => c.AmountPerPerson.Evaluate(vector)) < -1e-9)
            .Select(cell => cell.First(c => c.AmountPerPerson.Evaluate(vector) < 0));
        // one message per row, payer and state, naming every age band where it happens
        foreach (var g in uncovered.GroupBy(c => (c.Row, c.Payer.Code, c.State)).OrderBy(g => g.Key.Row))
            errors.Add(g.Key.Row, Column, g.Key.Code,
                $"de eigen bijdrage aan {g.Key.Code} in toestand '{states[g.Key.State].Name}' (leeftijdsgroep {string.Join(", ", g.Select(c => bands[(int)c.Band].Code))}) " +
                $"is groter dan wat {g.Key.Code} daar aan zorg betaalt: een eigen bijdrage dekt een deel van de kosten, nooit meer");
    }

    /// <summary>A receiver read from a row.</summary>
    /// <param name="Payer">The receiving payer; null when the cell was refused (the row is then left out and the load fails).</param>
    public sealed record Receiver(Payer? Payer)
    {
        /// <summary>A refused cell.</summary>
        public static Receiver Refused { get; } = new((Payer?)null);

        /// <summary>True when the receiver was accepted.</summary>
        public bool IsValid => Payer is not null;
    }
}
