using Preventie.Analytics.Model;
using System.Text.RegularExpressions;
using Preventie.Analytics.Input;

namespace Preventie.Analytics.Costs;

/// <summary>
/// Reads <c>betalers.csv</c> of a model directory:
/// <c>code;naam;kort;in_zin;wet_of_budget;groep;groepnaam;eigen_begroting;kleur;bron</c> (<c>kort</c>: short label for
/// narrow columns, <c>in_zin</c>: the name in a sentence such as "de zorgverzekeraar (Zvw)", <c>kleur</c> and <c>bron</c>
/// optional; <c>kort</c> and <c>in_zin</c> default to <c>naam</c>). One row per payer, in report order; the row order is the payer index of every result.
/// <c>groep</c> bundles payers into one pocket (e.g. the four municipal budgets into <c>gemeente</c>);
/// <c>eigen_begroting=ja</c> marks the decision maker's own budgets (all in one group), the others are "elders"
/// (the wrong pocket). Rules, reported in Dutch with file, row, column and value: codes present and unique (and not
/// <c>totaal</c>), labels present, <c>eigen_begroting</c> ja/nee, <c>kleur</c> as <c>#rrggbb</c>, at least one own
/// budget, one group for all own budgets, one name per group, and a group of several payers whose code is not also a
/// payer's code.
/// </summary>
public static partial class PayerFile
{
    /// <summary>The payer file's name in a model folder (<c>betalers.csv</c>).</summary>
    public const string FileName = ModelFileNames.Payers;

    /// <summary>Reads and validates the payer file at <paramref name="path"/>; every error at once as a <see cref="DataValidationException"/>.</summary>
    public static PayerSet Read(string path)
    {
        if (!File.Exists(path))
            throw new DataValidationException(new DataError(path, null, null, null,
                $"bestand niet gevonden: het model heeft een betalersbestand nodig; kopieer {FileName} uit data/parameters naar deze modelmap en pas het zo nodig aan"));
        var t = TableReader.Read(path, ["code"], ["naam"], ["wet_of_budget", "wet", "budget"], ["groep"], ["groepnaam"], ["eigen_begroting"]);
        var errors = new ErrorCollector(path);
        var cCode = t.IndexOf("code"); var cName = t.IndexOf("naam"); var cShort = t.IndexOf("kort"); var cSentence = t.IndexOf("in_zin"); var cLaw = t.IndexOf("wet_of_budget", "wet", "budget");
        var cGroup = t.IndexOf("groep"); var cGroupName = t.IndexOf("groepnaam"); var cOwn = t.IndexOf("eigen_begroting");
        var cColour = t.IndexOf("kleur"); var cSource = t.IndexOf("bron");
        var payers = new List<Payer>();
        foreach (var row in t.Rows)
        {
            var code = row.Get(cCode);
            var ok = true;
            if (code.Length == 0) { errors.Add(row.Number, "code", null, "code ontbreekt"); ok = false; }
            else if (ColumnName.Matches(code, "totaal")) { errors.Add(row.Number, "code", code, "'totaal' is gereserveerd voor alle betalers samen"); ok = false; }
            else if (payers.Any(p => ColumnName.Matches(p.Code, code))) { errors.Add(row.Number, "code", code, "deze betaler komt twee keer voor"); ok = false; }
            foreach (var (column, field) in new[] { (cName, "naam"), (cLaw, "wet_of_budget"), (cGroup, "groep"), (cGroupName, "groepnaam") })
                if (row.Get(column).Length == 0) { errors.Add(row.Number, field, null, $"{field} ontbreekt"); ok = false; }
            var ownText = row.Get(cOwn);
            var own = ColumnName.Normalize(ownText) switch { "ja" => true, "nee" => false, _ => (bool?)null };
            if (own is null) { errors.Add(row.Number, "eigen_begroting", ownText, "verwacht ja of nee"); ok = false; }
            var colour = row.Get(cColour);
            if (colour.Length > 0 && !Colour().IsMatch(colour)) { errors.Add(row.Number, "kleur", colour, "verwacht een kleur als #rrggbb (bijv. #0b5394)"); ok = false; }
            if (!ok) continue;
            var name = row.Get(cName);
            var shortLabel = row.Get(cShort);
            var inSentence = row.Get(cSentence);
            payers.Add(new Payer(payers.Count, code, name, shortLabel.Length == 0 ? name : shortLabel, inSentence.Length == 0 ? name : inSentence, row.Get(cLaw), row.Get(cGroup), row.Get(cGroupName),
                own!.Value, colour.Length == 0 ? null : colour, row.Get(cSource) is { Length: > 0 } s ? s : null));
        }
        errors.ThrowIfAny();
        if (PayerSet.RuleViolation(payers) is { } violation) errors.Add(null, "eigen_begroting", null, violation);
        errors.ThrowIfAny();
        return new PayerSet(payers);
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Colour();
}
