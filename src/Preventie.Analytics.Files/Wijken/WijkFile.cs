using Preventie.Analytics.Input;
using Preventie.Analytics.Monitor;

namespace Preventie.Analytics.Wijken;

/// <summary>
/// Reads a wijk file (<c>data/wijken/wijken.csv</c>; template <c>data/wijken/wijken-sjabloon.csv</c>):
/// <c>code;wijk;inwoners;aandeel_0_17;aandeel_65plus;presentieteam;bron</c>. Required: code (CBS <c>WK</c> code of one
/// municipality), wijk (unique name), inwoners (&gt; 0) and bron (a source or "illustratief"/"aanname"); the age shares are
/// optional (empty = the city's age structure) and must lie in [0, 1] with 0-17 plus 65+ below 1; presentieteam is
/// ja/nee (default ja). All errors are reported at once, naming file, row, field and value.
/// </summary>
public static class WijkFile
{
    /// <summary>Reads and validates the wijk file at <paramref name="path"/>; every error at once as a <see cref="DataValidationException"/>.</summary>
    public static WijkSet Read(string path)
    {
        var t = TableReader.Read(path, ["code"], ["wijk", "naam"], ["inwoners"], ["bron"]);
        var errors = new ErrorCollector(path);
        var wijken = new List<Wijk>();
        var names = new HashSet<string>();
        var codes = new HashSet<string>();
        string? municipality = null;
        foreach (var row in t.Rows)
        {
            var codeText = row.Get(t.IndexOf("code"));
            var code = RegionCode.TryNormalize(codeText);
            if (code is null || !RegionCode.IsWijk(code)) { errors.Add(row.Number, "code", codeText, "geen CBS-wijkcode (verwacht WK gevolgd door 6 cijfers, bijv. WK015005)"); code = null; }
            else if (!codes.Add(code)) errors.Add(row.Number, "code", codeText, "deze wijkcode staat er al eerder in");
            else if ((municipality ??= RegionCode.MunicipalityOf(code)) != RegionCode.MunicipalityOf(code))
                errors.Add(row.Number, "code", codeText, $"andere gemeente dan {municipality}: een wijkbestand hoort bij één gemeente");
            var name = row.Get(t.IndexOf("wijk", "naam")).Trim();
            if (name.Length == 0) errors.Add(row.Number, "wijk", name, "naam van de wijk ontbreekt");
            else if (!names.Add(ColumnName.Normalize(name))) errors.Add(row.Number, "wijk", name, "deze wijknaam staat er al eerder in");
            var inhText = row.Get(t.IndexOf("inwoners"));
            if (!DutchNumber.TryParse(inhText, out var inh) || inh <= 0 || !double.IsFinite(inh))
                errors.Add(row.Number, "inwoners", inhText, "aantal inwoners moet een getal groter dan 0 zijn");
            var youth = Share(errors, row, t, "aandeel_0_17");
            var elderly = Share(errors, row, t, "aandeel_65plus");
            if (youth + elderly >= 1) errors.Add(row.Number, "aandeel_65plus", row.Get(t.IndexOf("aandeel_65plus")), "aandeel 0-17 plus aandeel 65+ moet kleiner zijn dan 1");
            if ((youth is null) != (elderly is null)) errors.Add(row.Number, youth is null ? "aandeel_0_17" : "aandeel_65plus", "", "geef beide leeftijdsaandelen of geen van beide");
            var presenceText = row.Get(t.IndexOf("presentieteam")).Trim().ToLowerInvariant();
            bool? presence = presenceText switch { "" or "ja" or "j" or "1" => true, "nee" or "n" or "0" => false, _ => null };
            if (presence is null) errors.Add(row.Number, "presentieteam", presenceText, "verwacht ja of nee");
            var source = row.Get(t.IndexOf("bron")).Trim();
            if (source.Length == 0) errors.Add(row.Number, "bron", source, "bron ontbreekt: geef de herkomst van de cijfers of schrijf 'illustratief' of 'aanname'");
            if (code is not null && name.Length > 0 && inh > 0)
                wijken.Add(new Wijk(code, name, inh, youth, elderly, presence ?? true, source));
        }
        if (t.Rows.Count == 0) errors.Add(null, null, null, "het wijkbestand bevat geen wijken");
        // a share that is 0 in every wijk that gives one leaves the model's inhabitants of those ages nowhere (0 / 0)
        foreach (var (column, share, ages) in new[] { ("aandeel_0_17", (Func<Wijk, double?>)(w => w.YouthShare), "0 tot en met 17 jaar"), ("aandeel_65plus", w => w.ElderlyShare, "65 jaar en ouder") })
            if (!errors.HasErrors && wijken.Any(w => share(w) is not null) && wijken.All(w => share(w) is null or 0))
                errors.Add(null, column, "0", $"het aandeel is in elke wijk 0, maar het model heeft inwoners van {ages}: zij zouden in geen enkele wijk wonen (regel: minstens één wijk heeft een aandeel groter dan 0; laat de kolom leeg voor de leeftijdsopbouw van de stad)");
        errors.ThrowIfAny();
        return new WijkSet(wijken, path);
    }

    private static double? Share(ErrorCollector errors, RawRow row, RawTable t, string column)
    {
        var text = row.Get(t.IndexOf(column)).Trim();
        if (text.Length == 0) return null;
        if (DutchNumber.TryParse(text, out var v) && v is >= 0 and <= 1) return v;
        errors.Add(row.Number, column, text, "aandeel moet een getal tussen 0 en 1 zijn");
        return null;
    }
}
