using System.Globalization;
using Preventie.Analytics.Input;

namespace Preventie.Analytics.Population;

/// <summary>
/// Reads <c>leeftijdsklassen.csv</c> of a model directory: <c>code;van;tot_en_met;naam;bron</c>, one band per row,
/// youngest first (<c>van</c>/<c>tot_en_met</c> in whole years, <c>tot_en_met</c> empty for the open oldest band;
/// <c>naam</c> optional, default "4 t/m 12 jaar"). The rules of <see cref="AgeBandSet.Problems"/>, and that the oldest
/// band is open (a closed last band such as <c>80;84</c> is refused, not read as 80+), are reported with
/// file, row, column and value; all errors at once.
/// </summary>
public static class AgeBandFile
{
    /// <summary>The band file's name in a model folder (<c>leeftijdsklassen.csv</c>).</summary>
    public const string FileName = Model.ModelFileNames.Bands;

    /// <summary>Reads and validates the band file; a missing file is a Dutch error telling where to copy it from.</summary>
    public static AgeBandSet Read(string path)
    {
        if (!File.Exists(path))
            throw new DataValidationException(new DataError(path, null, null, null,
                $"het bestand {FileName} ontbreekt in de modelmap: het legt de leeftijdsklassen van het model vast. Kopieer het uit data/parameters/{FileName} en pas het zo nodig aan"));
        var t = TableReader.Read(path, ["code"], ["van"], ["tot_en_met", "totenmet", "tm"]);
        var errors = new ErrorCollector(path);
        int? cCode = t.IndexOf("code"), cMin = t.IndexOf("van"), cMax = t.IndexOf("tot_en_met", "totenmet", "tm"), cName = t.IndexOf("naam", "label");
        var rows = new List<(int Row, string Code, int MinAge, int? MaxAge, string Label)>();
        foreach (var row in t.Rows)
        {
            var code = row.Get(cCode);
            var minText = row.Get(cMin);
            var maxText = row.Get(cMax);
            var min = Age(minText);
            if (min is null) errors.Add(row.Number, "van", minText, AgeMessage(minText, "verwacht bijv. 0, 18 of 65"));
            int? max = null;
            if (maxText.Length > 0)
            {
                max = Age(maxText);
                if (max is null) errors.Add(row.Number, "tot_en_met", maxText, AgeMessage(maxText, "verwacht bijv. 17 of 64; leeg voor de open oudste klasse"));
            }
            if (min is null || (maxText.Length > 0 && max is null)) continue;
            var name = row.Get(cName);
            rows.Add((row.Number, code, min.Value, max, name.Length == 0 ? AgeBand.DefaultLabel(min.Value, max) : name));
        }
        if (!errors.HasErrors)
        {
            if (rows.Count == 0) errors.Add(null, "code", null, "er is geen enkele leeftijdsklasse: een model heeft minstens één klasse nodig, beginnend bij 0 jaar");
            else
                foreach (var p in AgeBandSet.Problems(rows.Select(r => (r.Code, r.MinAge, r.MaxAge)).ToList()))
                    errors.Add(rows[p.Position].Row, p.Field, p.Value, p.Message);
            // a closed oldest band would silently behave as open (nobody ages out of it): the rule is stated instead
            if (!errors.HasErrors && rows[^1].MaxAge is { } oldest)
                errors.Add(rows[^1].Row, "tot_en_met", oldest.ToString(CultureInfo.InvariantCulture),
                    $"de oudste (laatste) leeftijdsklasse moet open zijn (tot_en_met leeg, bijv. '{rows[^1].MinAge}+'): het model telt iedereen vanaf {rows[^1].MinAge} jaar mee tot het overlijden, ook na {oldest} jaar");
        }
        errors.ThrowIfAny();
        return new AgeBandSet(rows.Select((r, i) => new AgeBand(i, r.Code.Trim(), r.MinAge, r.MaxAge, r.Label)));
    }

    private static string AgeMessage(string text, string example) =>
        long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? $"onwaarschijnlijke leeftijd: een leeftijdsgrens ligt tussen 0 en 150 jaar ({example})"
            : $"geen leeftijd in hele jaren ({example})";

    private static int? Age(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 150 ? n : null;
}
