using System.Collections;
using System.Text.RegularExpressions;
using Preventie.Analytics.Input;

namespace Preventie.Analytics.Population;

/// <summary>
/// The age bands of a model, youngest first: contiguous from age 0, no gaps or overlaps, only the last band open,
/// unique codes. A model reads its set from <c>leeftijdsklassen.csv</c> (<c>AgeBandFile</c>); the engine takes
/// its band count and ageing rates (1/width per year) from it. Text naming a band ("0-3", "4 t/m 12 jaar",
/// "13 tot 18 jaar", "80+", "80 jaar en ouder", "min 9 maanden tot 4 jaar") is matched against the set's bands by
/// their code, label or age range.
/// </summary>
public sealed partial class AgeBandSet : IReadOnlyList<AgeBand>
{
    private readonly AgeBand[] _bands;

    /// <summary>Builds a set from bands whose <see cref="AgeBand.Index"/> is their position; throws when the bands break a rule.</summary>
    public AgeBandSet(IEnumerable<AgeBand> bands)
    {
        _bands = bands.ToArray();
        var problems = Problems(_bands.Select(b => (b.Code, b.MinAge, b.MaxAge)).ToList());
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems.Select(p => $"{p.Field} {p.Value}: {p.Message}")), nameof(bands));
        for (var i = 0; i < _bands.Length; i++)
            if (_bands[i].Index != i) throw new ArgumentException($"band {_bands[i].Code} has index {_bands[i].Index}, expected {i}", nameof(bands));
    }

    /// <summary>
    /// A set from the lower ages of its bands, e.g. <c>FromLowerAges(0, 18, 65)</c> gives 0-17, 18-64 and 65+ (the
    /// last band is open); codes and labels are built from the ranges.
    /// </summary>
    public static AgeBandSet FromLowerAges(params int[] minAges) =>
        new(minAges.Select((min, i) =>
        {
            int? max = i + 1 < minAges.Length ? minAges[i + 1] - 1 : null;
            return new AgeBand(i, AgeBand.DefaultCode(min, max), min, max, AgeBand.DefaultLabel(min, max));
        }));

    /// <summary>
    /// The rule violations of a list of bands in file order (contiguous from 0, youngest first, no gaps or overlaps,
    /// only the last open, unique codes), each with the position, field (<c>code</c>, <c>van</c>, <c>tot_en_met</c>),
    /// value and a Dutch message. Empty when the bands form a valid set.
    /// </summary>
    public static IReadOnlyList<(int Position, string Field, string Value, string Message)> Problems(IReadOnlyList<(string Code, int MinAge, int? MaxAge)> bands)
    {
        var problems = new List<(int, string, string, string)>();
        if (bands.Count == 0)
        {
            problems.Add((0, "code", "", "er is geen enkele leeftijdsklasse: een model heeft minstens één klasse nodig, beginnend bij 0 jaar"));
            return problems;
        }
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < bands.Count; i++)
        {
            var (code, min, max) = bands[i];
            if (string.IsNullOrWhiteSpace(code)) problems.Add((i, "code", "", "code ontbreekt"));
            else if (BandSelection.IsAll(code))
                problems.Add((i, "code", code, $"de code '{code}' kan geen leeftijdsklasse zijn: in de andere modelbestanden betekent '{code.Trim()}' alle leeftijdsklassen samen (kies bijv. '{(max is { } top ? $"{min}-{top}" : $"{min}+")}')"));
            else if (code.Contains(','))
                problems.Add((i, "code", code, "een code met een komma kan geen leeftijdsklasse zijn: een komma scheidt leeftijdsklassen in de andere modelbestanden (bijv. '0-3,4-12')"));
            else if (!codes.Add(code.Trim())) problems.Add((i, "code", code, $"de code '{code}' komt twee keer voor: elke leeftijdsklasse heeft een eigen code"));
            if (min < 0) problems.Add((i, "van", Text(min), "een leeftijd kan niet negatief zijn"));
            if (max is { } m && m < min) problems.Add((i, "tot_en_met", Text(m), $"de bovengrens {m} ligt onder de ondergrens {min}"));
            if (max is null && i < bands.Count - 1)
                problems.Add((i, "tot_en_met", "", "alleen de oudste (laatste) leeftijdsklasse mag open zijn (lege tot_en_met)"));
            if (i == 0 && min != 0)
                problems.Add((i, "van", Text(min), "de eerste (jongste) leeftijdsklasse moet bij 0 jaar beginnen"));
            if (i > 0 && bands[i - 1].MaxAge is { } previous)
            {
                if (min > previous + 1)
                    problems.Add((i, "van", Text(min), $"gat: de vorige klasse eindigt bij {previous} jaar, deze begint bij {min}; de leeftijden {previous + 1} t/m {min - 1} vallen in geen klasse (verwacht van = {previous + 1})"));
                else if (min < previous + 1)
                    problems.Add((i, "van", Text(min), $"overlap: de vorige klasse loopt tot en met {previous} jaar, deze begint al bij {min} (verwacht van = {previous + 1}; de klassen staan van jong naar oud)"));
            }
        }
        return problems;

        static string Text(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Number of bands: the length of the band dimension in the engine.</summary>
    public int Count => _bands.Length;

    /// <summary>The band at position <paramref name="index"/>, youngest first.</summary>
    public AgeBand this[int index] => _bands[index];

    /// <summary>The bands, youngest first.</summary>
    public IEnumerator<AgeBand> GetEnumerator() => ((IEnumerable<AgeBand>)_bands).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _bands.GetEnumerator();

    /// <summary>The codes, comma-separated, for Dutch error messages.</summary>
    public string ValidCodes => string.Join(", ", _bands.Select(b => b.Code));

    /// <summary>True when both sets have the same bands (codes, ages and labels).</summary>
    public bool SameBandsAs(AgeBandSet other) => _bands.SequenceEqual(other._bands);

    /// <summary>The bands sharing at least one year of age with [<paramref name="minAge"/>, <paramref name="maxAge"/>] (null = open), youngest first.</summary>
    public IReadOnlyList<AgeBand> Overlapping(int minAge, int? maxAge) => _bands.Where(b => b.Overlaps(minAge, maxAge)).ToList();

    /// <summary>The bands sharing at least one year of age with any of <paramref name="bands"/> (e.g. of another set), youngest first.</summary>
    public IReadOnlyList<AgeBand> Overlapping(IEnumerable<AgeBand> bands)
    {
        var list = bands.ToList();
        return _bands.Where(b => list.Any(o => b.Overlaps(o.MinAge, o.MaxAge))).ToList();
    }

    /// <summary>
    /// Finds the band <paramref name="text"/> names: its code or label (case, accents and spacing ignored) or its age
    /// range written as "4-12", "4 t/m 12", "4 tot 13" or "4 tot 12", "80+", "80 jaar en ouder"; pregnancy spellings
    /// ("min 9 maanden tot 4 jaar", "zwangerschap-3") name the youngest band.
    /// </summary>
    public bool TryParse(string? text, out AgeBand band)
    {
        band = null!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var trimmed = text.Trim();
        var key = ColumnName.Normalize(text);
        foreach (var b in _bands)
            if (string.Equals(b.Code, trimmed, StringComparison.OrdinalIgnoreCase) || ColumnName.Normalize(b.Label) == key) { band = b; return true; }

        if (key.Contains("9maanden") || key.Contains("zwangerschap") || key.StartsWith("pregnancy") || key.StartsWith("min9"))
        {
            band = _bands[0];
            return true;
        }

        var numbers = Digits().Matches(text).Select(m => int.TryParse(m.Value, out var n) ? n : -1).ToArray(); // -1: too large to be an age
        if (numbers.Length == 0 || numbers[0] < 0) return false;
        var open = text.Contains('+') || key.Contains("ouder") || key.Contains("plus") || numbers.Length == 1;
        if (open)
        {
            var last = _bands[^1];
            if (last.IsOpen && last.MinAge == numbers[0]) { band = last; return true; }
            return false;
        }
        var exclusive = key.Contains("tot") && !key.Contains("totm") && !key.Contains("totenmet");
        foreach (var b in _bands)
        {
            if (b.MinAge != numbers[0] || b.MaxAge is not { } max) continue;
            // "4-12", "4 t/m 12" give the inclusive maximum; "4 tot 13" may give the exclusive one.
            if (numbers[1] == max || (exclusive && numbers[1] == max + 1)) { band = b; return true; }
        }
        return false;
    }

    /// <summary>
    /// Reads an age range written as "18-27", "18 t/m 27", "13 tot 18" (exclusive upper age), "80+" or "80 jaar en
    /// ouder" (open), or a pregnancy spelling ("min 9 maanden tot 4 jaar" = 0 t/m 3); whole years.
    /// </summary>
    public static bool TryParseRange(string? text, out int minAge, out int? maxAge)
    {
        minAge = 0; maxAge = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var key = ColumnName.Normalize(text);
        var numbers = Digits().Matches(text).Select(m => int.TryParse(m.Value, out var n) ? n : -1).ToArray();
        if (numbers.Length == 0 || numbers.Any(n => n < 0)) return false;
        var exclusive = key.Contains("tot") && !key.Contains("totm") && !key.Contains("totenmet");
        if (key.Contains("9maanden") || key.Contains("zwangerschap") || key.StartsWith("pregnancy") || key.StartsWith("min9"))
        {
            maxAge = numbers[^1] - (exclusive ? 1 : 0);
            return maxAge >= 0;
        }
        minAge = numbers[0];
        if (text.Contains('+') || key.Contains("ouder") || key.Contains("plus") || numbers.Length == 1) return numbers.Length == 1;
        if (numbers.Length != 2) return false;
        maxAge = numbers[1] - (exclusive ? 1 : 0);
        return maxAge >= minAge;
    }

    /// <summary>The bands whose ages all lie within the union of <paramref name="ranges"/> (null upper age = open), youngest first.</summary>
    public IReadOnlyList<AgeBand> Within(IEnumerable<(int MinAge, int? MaxAge)> ranges)
    {
        var list = ranges.ToList();
        return _bands.Where(b =>
        {
            // walk up from the band's lowest age through the ranges that cover it
            var age = b.MinAge;
            while (true)
            {
                var cover = list.Where(r => r.MinAge <= age && (r.MaxAge is null || r.MaxAge >= age)).ToList();
                if (cover.Count == 0) return false;
                if (cover.Any(r => r.MaxAge is null)) return true;
                var reach = cover.Max(r => r.MaxAge!.Value);
                if (b.MaxAge is { } max && reach >= max) return true;
                age = reach + 1;
            }
        }).ToList();
    }

    /// <summary>Dutch message for text that names no band of the set.</summary>
    public string UnknownMessage(string? text) => $"onbekende leeftijdsgroep '{text}' (geldig: {ValidCodes})";

    /// <summary>Parses or throws <see cref="FormatException"/> with a Dutch message listing the valid bands.</summary>
    public AgeBand Parse(string? text) => TryParse(text, out var band) ? band : throw new FormatException(UnknownMessage(text));

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
