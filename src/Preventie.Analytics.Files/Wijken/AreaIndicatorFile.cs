using Preventie.Analytics.Formatting;
using Preventie.Analytics.Input;
using Preventie.Analytics.Monitor;

namespace Preventie.Analytics.Wijken;

/// <summary>
/// Reads indicators per wijk or buurt in the monitor layout (CBS StatLine style, as <see cref="MonitorFile"/>):
/// <c>perioden;regio;indicator;leeftijd;waarde;bron</c> with <c>WK</c> or <c>BU</c> region codes of one municipality and
/// <c>leeftijd</c> = <c>totaal</c>. Indicators are free codes (e.g. <c>bevolking</c>, <c>aandeel_65plus</c>,
/// <c>wmo_maatwerk_clienten</c>); the need model says which it needs. "." or "x" = unknown (left out). Only the latest
/// period of each area and indicator is used. The meaning of each indicator (unit, range; counts at most the area's
/// population) is declared once in <see cref="AreaIndicatorColumn"/>: absurd values are refused, implausible but legal
/// ones warned. All errors are reported at once.
/// </summary>
public static class AreaIndicatorFile
{
    /// <summary>Reads and validates the indicator file at <paramref name="path"/>: one entry per area with its latest values; every error at once as a <see cref="DataValidationException"/>.
    /// For callers that show no warnings (tests, notebooks); a command uses <see cref="Read(string, out IReadOnlyList{DataError})"/>.</summary>
    public static IReadOnlyList<AreaIndicators> Read(string path) => Read(path, out _);

    /// <summary>As <see cref="Read(string)"/>, with the legal but implausible values (<see cref="AreaIndicatorColumn.Warning"/>,
    /// <see cref="AreaIndicatorColumn.CountWarning"/>) in <paramref name="warnings"/>, to be shown to the user.</summary>
    public static IReadOnlyList<AreaIndicators> Read(string path, out IReadOnlyList<DataError> warnings)
    {
        var t = TableReader.Read(path, ["perioden", "periode", "jaar"], ["regio", "regiocode"], ["indicator"], ["waarde"]);
        var errors = new ErrorCollector(path);
        var latest = new Dictionary<(string Region, string Indicator), (int Year, double? Value, string Source, int Row)>();
        var firstRow = new Dictionary<string, int>();
        var texts = new Dictionary<(string Region, string Indicator), (string Indicator, string Value)>(); // as written, for messages
        string? municipality = null;
        foreach (var row in t.Rows)
        {
            var periodText = row.Get(t.IndexOf("perioden", "periode", "jaar")).Trim();
            var yearText = periodText.TrimEnd('*');
            if (yearText.EndsWith("JJ00", StringComparison.OrdinalIgnoreCase)) yearText = yearText[..^4];
            if (!int.TryParse(yearText, out var year) || year is < 1900 or > 2200) { errors.Add(row.Number, "perioden", periodText, "geen jaar (verwacht bijv. 2023 of 2024*)"); continue; }
            var regionText = row.Get(t.IndexOf("regio", "regiocode"));
            var region = RegionCode.TryNormalize(regionText);
            if (region is null || RegionCode.WijkOf(region) is null) { errors.Add(row.Number, "regio", regionText, "geen wijk- of buurtcode (verwacht WK + 6 cijfers of BU + 8 cijfers, bijv. WK015005)"); continue; }
            if ((municipality ??= RegionCode.MunicipalityOf(region)) != RegionCode.MunicipalityOf(region))
            { errors.Add(row.Number, "regio", regionText, $"andere gemeente dan {municipality}: een wijkbestand hoort bij één gemeente"); continue; }
            var age = row.Get(t.IndexOf("leeftijd")).Trim();
            if (age.Length > 0 && !age.Equals("totaal", StringComparison.OrdinalIgnoreCase)) { errors.Add(row.Number, "leeftijd", age, "per wijk of buurt wordt alleen 'totaal' gelezen"); continue; }
            var indicator = ColumnName.Normalize(row.Get(t.IndexOf("indicator")));
            if (indicator.Length == 0) { errors.Add(row.Number, "indicator", "", "indicator ontbreekt"); continue; }
            var valueText = row.Get(t.IndexOf("waarde")).Trim();
            double? value = null;
            if (valueText is "." or "x" or "X") value = null;
            else if (valueText == "-") value = 0;
            else if (DutchNumber.TryParse(valueText, out var v) && v >= 0 && double.IsFinite(v)) value = v;
            else { errors.Add(row.Number, "waarde", valueText, "geen getal van 0 of meer ('.' = onbekend)"); continue; }
            var indicatorText = row.Get(t.IndexOf("indicator")).Trim();
            if (value is { } checkedValue && AreaIndicatorColumn.For(indicator).Refusal(indicatorText, checkedValue) is { } refusal)
            { errors.Add(row.Number, "waarde", valueText, refusal); continue; }
            var key = (region, indicator);
            if (latest.TryGetValue(key, out var prev))
            {
                if (prev.Year == year) { errors.Add(row.Number, "regio", regionText, $"dubbele sleutel: {region}, {indicator}, {year} staat ook in rij {prev.Row}"); continue; }
                if (prev.Year > year) continue;
            }
            firstRow.TryAdd(region, row.Number);
            latest[key] = (year, value, row.Get(t.IndexOf("bron")).Trim(), row.Number);
            texts[key] = (indicatorText, valueText);
        }
        if (t.Rows.Count == 0) errors.Add(null, null, null, "het bestand bevat geen cijfers");
        var found = new ErrorCollector(path);
        if (!errors.HasErrors) CheckMeaning(latest, texts, errors, found);
        errors.ThrowIfAny();
        warnings = found.Errors;
        return latest.GroupBy(kv => kv.Key.Region).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AreaIndicators(g.Key, RegionCode.WijkOf(g.Key)!,
                g.Where(kv => kv.Value.Value is not null).ToDictionary(kv => kv.Key.Indicator, kv => kv.Value.Value!.Value),
                g.ToDictionary(kv => kv.Key.Indicator, kv => kv.Value.Source)) { Row = firstRow[g.Key] })
            .ToList();
    }

    /// <summary>The meaning of the latest values (<see cref="AreaIndicatorColumn"/>): counts at most the area's population,
    /// disjoint age shares together at most 1 (refused); implausible values warned.</summary>
    private static void CheckMeaning(Dictionary<(string Region, string Indicator), (int Year, double? Value, string Source, int Row)> latest,
        Dictionary<(string Region, string Indicator), (string Indicator, string Value)> texts, ErrorCollector errors, ErrorCollector warnings)
    {
        foreach (var (key, (_, value, _, row)) in latest.OrderBy(kv => kv.Value.Row))
        {
            if (value is not { } v) continue;
            var (name, text) = texts[key];
            var column = AreaIndicatorColumn.For(name);
            if (column.Warning(name, v) is { } warning) warnings.Add(row, "waarde", text, warning);
            if (!ReferenceEquals(column, AreaIndicatorColumn.Count)
                || !latest.TryGetValue((key.Region, AreaIndicatorColumn.PopulationCode), out var population) || population.Value is not { } inhabitants) continue;
            if (AreaIndicatorColumn.CountRefusal(name, v, inhabitants) is { } refusal) errors.Add(row, "waarde", text, refusal);
            else if (AreaIndicatorColumn.CountWarning(name, v, inhabitants) is { } high) warnings.Add(row, "waarde", text, high);
        }
        foreach (var region in latest.Keys.Select(k => k.Region).Distinct().Order(StringComparer.Ordinal))
        {
            var shares = AreaIndicatorColumn.DisjointShares.Where(s => latest.TryGetValue((region, s), out var x) && x.Value is not null)
                .Select(s => (Key: (region, s), latest[(region, s)].Value!.Value, latest[(region, s)].Row)).ToList();
            if (shares.Count < 2 || shares.Sum(s => s.Value) <= 1 + 1e-9) continue;
            var last = shares.MaxBy(s => s.Row);
            errors.Add(last.Row, "waarde", texts[last.Key].Value,
                $"{string.Join(" + ", shares.Select(s => $"{texts[s.Key].Indicator} ({DutchFormat.Number(s.Value, 3)})"))} = {DutchFormat.Number(shares.Sum(s => s.Value), 3)} in {region} (regel: leeftijdsgroepen die elkaar uitsluiten zijn samen hoogstens 1)");
        }
    }

    /// <summary>Refuses areas that lie in no wijk of <paramref name="wijken"/> (a Dutch error per area, naming file, row
    /// and region code): their figures would otherwise be silently dropped from the wijk results.</summary>
    public static void CheckWijken(IReadOnlyList<AreaIndicators> areas, WijkSet wijken, string file)
    {
        var errors = new ErrorCollector(file);
        foreach (var a in areas.Where(a => wijken.IndexOf(a.Wijk) < 0))
            errors.Add(a.Row == 0 ? null : a.Row, "regio", a.Region, wijken.UnknownAreaMessage(a.Region));
        errors.ThrowIfAny();
    }
}
