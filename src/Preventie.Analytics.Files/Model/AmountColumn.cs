using System.Globalization;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Input;
using Preventie.Analytics.Parameters;

namespace Preventie.Analytics.Model;

/// <summary>
/// The meaning of a <c>bedrag</c> column (<c>kosten.csv</c>, <c>overgangskosten.csv</c>): an amount in euro per person,
/// checked for every row. An amount is 0 or more and below <see cref="Absurd"/>; it refers to parameters measured in
/// euro (a probability, share or count is not an amount); and a number written in the file itself needs a source or the
/// assumption flag, like a parameter does (optional columns <c>bron</c> and <c>aanname</c>).
/// </summary>
public static class AmountColumn
{
    /// <summary>Ten million euro per person: no care cost of the social domain comes near it (a Wlz place costs about
    /// € 85.000 a year); above it a value is a typing or unit error and is refused.</summary>
    public const double Absurd = 10_000_000;

    /// <summary>Checks the amount <paramref name="amount"/> of <paramref name="row"/> in column <paramref name="column"/>
    /// (<paramref name="what"/> names it for the reader, e.g. "kosten per persoon per jaar"); adds a Dutch error naming the
    /// broken rule and returns false when it fails.</summary>
    public static bool Check(ErrorCollector errors, RawRow row, RawTable table, string column, ValueExpression amount, ParameterSet parameters,
        double[] vector, string what)
    {
        var text = row.Get(table.IndexOf(column));
        var value = amount.Evaluate(vector);
        if (!(value >= 0) || !double.IsFinite(value))
        {
            errors.Add(row.Number, column, text,
                $"{what} moeten 0 of meer zijn (nu {value.ToString(CultureInfo.InvariantCulture)}): een negatief bedrag keert elke besparing om");
            return false;
        }
        if (value > Absurd)
        {
            errors.Add(row.Number, column, text,
                $"{what} van {DutchFormat.Euro(value)} per persoon is onmogelijk groot (meer dan {DutchFormat.Euro(Absurd)}): controleer de eenheid (euro, niet eurocent of duizenden)");
            return false;
        }
        var units = amount.ParameterIndices.Select(i => parameters[i]).Where(p => !string.IsNullOrWhiteSpace(p.Unit)).ToList();
        if (units.Count > 0 && !units.Any(IsEuro))
        {
            var p = units[0];
            errors.Add(row.Number, column, text,
                $"parameter '{p.Name}' is een {p.Unit.Trim()}, geen bedrag: verwijs naar een parameter in euro (eenheid 'euro per …' in {ModelFileNames.Parameters})");
            return false;
        }
        if (amount.IsConstant && value != 0 && !HasSource(row, table))
        {
            errors.Add(row.Number, column, text,
                $"een bedrag dat als getal in het bestand staat heeft een bron nodig: zet het als parameter met bron (of aanname) in {ModelFileNames.Parameters} en verwijs ernaar, of vul de kolommen 'bron' of 'aanname' (ja) van deze rij");
            return false;
        }
        return true;
    }

    private static bool IsEuro(Parameter p) => ColumnName.Normalize(p.Unit).Contains("euro", StringComparison.Ordinal);

    private static bool HasSource(RawRow row, RawTable table) =>
        row.Get(table.IndexOf("bron", "source")).Trim().Length > 0
        || row.Get(table.IndexOf("aanname", "assumption")).Trim().ToLowerInvariant() is "ja" or "yes" or "true" or "1";
}
