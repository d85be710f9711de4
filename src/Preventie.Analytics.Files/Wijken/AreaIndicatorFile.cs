using Preventie.Analytics.Input;
using Preventie.Analytics.Monitor;

namespace Preventie.Analytics.Wijken;

/// <summary>
/// Reads indicators per wijk or buurt in the monitor layout (CBS StatLine style, as <see cref="MonitorFile"/>):
/// <c>perioden;regio;indicator;leeftijd;waarde;bron</c> with <c>WK</c> or <c>BU</c> region codes of one municipality and
/// <c>leeftijd</c> = <c>totaal</c>. Indicators are free codes (e.g. <c>bevolking</c>, <c>aandeel_65plus</c>,
/// <c>wmo_maatwerk_clienten</c>); the need model says which it needs. "." or "x" = unknown (left out). Only the latest
/// period of each area and indicator is used. All errors are reported at once.
/// </summary>
public static class AreaIndicatorFile
{
    /// <summary>Reads and validates the indicator file at <paramref name="path"/>: one entry per area with its latest values; every error at once as a <see cref="DataValidationException"/>.</summary>
    public static IReadOnlyList<AreaIndicators> Read(string path)
    {
        var t = TableReader.Read(path, ["perioden", "periode", "jaar"], ["regio", "regiocode"], ["indicator"], ["waarde"]);
        var errors = new ErrorCollector(path);
        var latest = new Dictionary<(string Region, string Indicator), (int Year, double? Value, string Source, int Row)>();
        var firstRow = new Dictionary<string, int>();
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
            var key = (region, indicator);
            if (latest.TryGetValue(key, out var prev))
            {
                if (prev.Year == year) { errors.Add(row.Number, "regio", regionText, $"dubbele sleutel: {region}, {indicator}, {year} staat ook in rij {prev.Row}"); continue; }
                if (prev.Year > year) continue;
            }
            firstRow.TryAdd(region, row.Number);
            latest[key] = (year, value, row.Get(t.IndexOf("bron")).Trim(), row.Number);
        }
        if (t.Rows.Count == 0) errors.Add(null, null, null, "het bestand bevat geen cijfers");
        errors.ThrowIfAny();
        return latest.GroupBy(kv => kv.Key.Region).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AreaIndicators(g.Key, RegionCode.WijkOf(g.Key)!,
                g.Where(kv => kv.Value.Value is not null).ToDictionary(kv => kv.Key.Indicator, kv => kv.Value.Value!.Value),
                g.ToDictionary(kv => kv.Key.Indicator, kv => kv.Value.Source)) { Row = firstRow[g.Key] })
            .ToList();
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
