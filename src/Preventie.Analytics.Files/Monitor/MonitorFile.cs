using Preventie.Analytics.Wijken;
using Preventie.Analytics.Formatting;
using System.Globalization;
using System.Text.RegularExpressions;
using Preventie.Analytics.Input;
using Preventie.Analytics.Population;

namespace Preventie.Analytics.Monitor;

/// <summary>
/// Reads a monitor file in CBS StatLine style — a long table, one figure per row — from CSV or .xlsx:
/// <code>
/// perioden;regio;indicator;leeftijd;waarde;bron
/// 2023;GM0150;wmo_maatwerk_clienten;65-79;1.935;...
/// 2024*;GM0150;wmo_maatwerk_clienten;totaal;7445;...
/// </code>
/// Columns: <c>perioden</c> (alias periode, jaar), <c>regio</c> (regiocode, gemeente), <c>indicator</c> (onderwerp),
/// <c>leeftijd</c> (optional; "totaal" or a band such as 65-79), <c>waarde</c> (aantal) and optionally <c>bron</c>.
/// <para><b>Values</b>: "." or "x" = unknown or suppressed by the publisher (kept as missing, never fitted);
/// "-" = nil (0); counts are whole numbers (thousands dots allowed: "1.935").</para>
/// <para><b>Validation rules</b> (all errors at once, Dutch, with row numbers):</para>
/// <list type="number">
/// <item>unknown indicator (not in the catalog), unknown or malformed region, a region other than the expected one;</item>
/// <item>unknown age band, or a band the indicator is not reported for (e.g. jeugdhulp for 65-79);</item>
/// <item>non-numeric, negative or (for counts) non-whole values;</item>
/// <item>half-year, quarter or month periods ("2019HJ01"): refused, the model counts per calendar year;</item>
/// <item>duplicate keys (period year, region, indicator, band) — including the same year once provisional
/// ("2024*") and once final ("2024"): keep only the final figure;</item>
/// <item>periods out of order: within one series (indicator × region × band) the rows must run forward in time;</item>
/// <item>provisional versus final: within a series, provisional figures may only be the latest years — a final
/// figure for a year after a provisional one is refused (it means an old provisional figure was never replaced).
/// Different indicators may be at different stages (CBS publishes tables at different moments).</item>
/// <item>plausibility: no figure above <see cref="MaxCount"/> (more than the Netherlands has inhabitants); a
/// population of 0 is refused (the model needs people in every band); a count of another indicator may not exceed the
/// population of its band and year (for a total: the total population) when the file gives that population.</item>
/// </list>
/// Legal but unusual figures give Dutch <see cref="MonitorData.Warnings"/>: a population that changes by more than
/// 25% from one year to the next, or a count above half its band's population.
/// </summary>
public static partial class MonitorFile
{
    /// <summary>Largest count accepted: more would exceed the population of the Netherlands (about 18 million).</summary>
    public const double MaxCount = 20_000_000;

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial Regex ThousandsDots();

    /// <summary>Loads and validates <paramref name="path"/> against <paramref name="catalog"/>.</summary>
    /// <param name="path">A .csv or .xlsx file.</param>
    /// <param name="catalog">The indicator list (see <see cref="IndicatorCatalog"/>).</param>
    /// <param name="expectedRegion">The municipality the file must be about (default Deventer, GM0150).</param>
    public static MonitorData Load(string path, IndicatorCatalog catalog, string expectedRegion = RegionCode.Deventer)
    {
        var t = TableReader.Read(path, ["perioden", "periode", "jaar"], ["regio", "regiocode", "gemeente", "regios"],
            ["indicator", "onderwerp"], ["waarde", "aantal"]);
        int? cPeriod = t.IndexOf("perioden", "periode", "jaar"), cRegion = t.IndexOf("regio", "regiocode", "gemeente", "regios"),
            cIndicator = t.IndexOf("indicator", "onderwerp"), cBand = t.IndexOf("leeftijd", "leeftijdsgroep", "leeftijdsklasse"),
            cValue = t.IndexOf("waarde", "aantal"), cSource = t.IndexOf("bron");
        string H(int? c, string fallback) => c is { } i ? t.HeaderAt(i) : fallback;
        var fPeriod = H(cPeriod, "perioden"); var fRegion = H(cRegion, "regio"); var fIndicator = H(cIndicator, "indicator");
        var fBand = H(cBand, "leeftijd"); var fValue = H(cValue, "waarde");

        var errors = new ErrorCollector(path);
        var observations = new List<MonitorObservation>();
        foreach (var row in t.Rows)
        {
            var ok = true;
            var periodText = row.Get(cPeriod);
            var period = MonitorPeriod.TryParse(periodText, out var periodError);
            if (period is null) { errors.Add(row.Number, fPeriod, periodText, periodError!); ok = false; }
            else if (!period.Value.IsYear)
            {
                errors.Add(row.Number, fPeriod, periodText,
                    $"{period.Value.SubPeriodKind}cijfers worden niet gebruikt: het model rekent per kalenderjaar. Gebruik het jaarcijfer (bijv. {period.Value.Year}) uit StatLine.");
                ok = false;
            }

            var regionText = row.Get(cRegion);
            var region = RegionCode.TryNormalize(regionText);
            if (region is null) { errors.Add(row.Number, fRegion, regionText, "onbekende regio (verwacht een CBS-regiocode zoals GM0150)"); ok = false; }
            else if (region != expectedRegion && !(RegionCode.WijkOf(region) is not null && RegionCode.MunicipalityOf(region) == expectedRegion))
            {
                errors.Add(row.Number, fRegion, regionText, $"andere regio dan {RegionCode.Describe(expectedRegion)}: een monitorbestand hoort bij één gemeente (wijk- en buurtcodes van die gemeente mogen ook)");
                ok = false;
            }

            var indicatorText = row.Get(cIndicator);
            var indicator = catalog.Find(indicatorText);
            if (indicator is null) { errors.Add(row.Number, fIndicator, indicatorText, $"onbekende indicator (geldig: {catalog.ValidCodes}; de lijst staat in {Path.GetFileName(catalog.File ?? IndicatorCatalog.DefaultPath)})"); ok = false; }

            var bandText = row.Get(cBand);
            AgeBand? band = null;
            if (!IsTotal(bandText))
            {
                if (!catalog.Bands.TryParse(bandText, out var b))
                {
                    errors.Add(row.Number, fBand, bandText, $"onbekende leeftijdsgroep (geldig: totaal, {catalog.Bands.ValidCodes}; de leeftijdsklassen van het model)");
                    ok = false;
                }
                else if (indicator is not null && !indicator.Bands.Contains(b))
                {
                    errors.Add(row.Number, fBand, bandText, $"indicator '{indicator.Code}' wordt niet per leeftijdsgroep {b.Code} gerapporteerd (wel: totaal, {string.Join(", ", indicator.Bands.Select(x => x.Code))})");
                    ok = false;
                }
                else band = b;
            }

            var valueText = row.Get(cValue);
            var value = ParseValue(valueText, out var valueError);
            if (valueError is not null) { errors.Add(row.Number, fValue, valueText, valueError); ok = false; }

            if (!ok) continue;
            var source = row.Get(cSource);
            observations.Add(new MonitorObservation(row.Number, period!.Value, region!, indicator!, band, value, source.Length == 0 ? null : source));
        }

        CheckSeries(errors, observations, fPeriod);
        var warnings = CheckPlausibility(errors, observations, fValue, catalog.Bands);
        if (errors.HasErrors) throw new DataValidationException(errors.Errors.OrderBy(e => e.Row ?? 0).ToList());
        // wijk (WK) and buurt (BU) rows are kept apart: the city calibration uses the municipality's rows only
        var areas = observations.Where(o => o.Region != expectedRegion).ToList();
        observations = observations.Where(o => o.Region == expectedRegion).ToList();
        if (observations.Count == 0)
            throw new DataValidationException(new DataError(path, null, null, null,
                areas.Count == 0 ? "het bestand bevat geen cijfers" : $"het bestand bevat alleen wijk- of buurtcijfers; de monitorupdate heeft ook de cijfers van de gemeente ({expectedRegion}) nodig"));

        var illustrative = observations.Any(o => o.Source?.Contains("illustratief", StringComparison.OrdinalIgnoreCase) == true)
                           || CommentSaysIllustrative(t);
        return new MonitorData(path, expectedRegion, observations, illustrative, catalog.Bands, warnings, areas);
    }

    private static bool IsTotal(string text) =>
        ColumnName.Normalize(text) is "" or "totaal" or "total" or "alle" or "alleleeftijden" or "totaalleeftijd" or "t001040";

    /// <summary>Parses a value cell: "." / "x" → null (unknown), "-" → 0, else a non-negative whole number.</summary>
    private static double? ParseValue(string text, out string? error)
    {
        error = null;
        var s = text.Trim();
        if (s is "." or "x" or "X") return null;
        if (s is "-") return 0;
        if (s.Length == 0) { error = "waarde ontbreekt (gebruik '.' voor onbekend of geheim)"; return null; }
        double v;
        if (ThousandsDots().IsMatch(s)) v = double.Parse(s.Replace(".", string.Empty), CultureInfo.InvariantCulture);
        else if (!DutchNumber.TryParse(s, out v)) { error = "geen getal (gebruik '.' voor onbekend of geheim)"; return null; }
        if (v < 0) { error = "een aantal kan niet negatief zijn"; return null; }
        if (!(v <= MaxCount)) { error = $"onwaarschijnlijk groot: meer dan {DutchFormat.Number(MaxCount)} (meer dan Nederland inwoners heeft); controleer de eenheid en de scheidingstekens"; return null; }
        if (Math.Abs(v - Math.Round(v)) > 1e-9) { error = "een aantal moet een geheel getal zijn"; return null; }
        return v;
    }

    /// <summary>Population of 0, counts above their band's population (errors); jumps and large shares (warnings).</summary>
    private static List<string> CheckPlausibility(ErrorCollector errors, List<MonitorObservation> observations, string valueField, AgeBandSet bandSet)
    {
        var warnings = new List<string>();
        var population = observations.Where(o => o.Indicator.IsPopulation && o.Value is not null)
            .GroupBy(o => (o.Region, o.Band, o.Year)).ToDictionary(g => g.Key, g => g.First());
        static string At(MonitorObservation o) => RegionCode.WijkOf(o.Region) is null ? "" : $"{o.Region}, ";
        foreach (var p in population.Values.Where(p => p.Value == 0 && RegionCode.WijkOf(p.Region) is null)) // a buurt may have nobody
            errors.Add(p.Row, valueField, "0", $"een bevolking van 0 ({p.BandCode}, {p.Year}) kan niet: het model heeft inwoners nodig om mee te rekenen. Gebruik '.' als het cijfer onbekend is");
        MonitorObservation? PopulationOf(string region, AgeBand? band, int year)
        {
            if (population.TryGetValue((region, band, year), out var p)) return p;
            return null;
        }
        double? TotalPopulation(string region, int year)
        {
            if (PopulationOf(region, null, year) is { } t) return t.Value;
            var bands = bandSet.Select(b => PopulationOf(region, b, year)).ToList();
            return bands.All(b => b is not null) ? bands.Sum(b => b!.Value) : null;
        }
        foreach (var o in observations.Where(o => !o.Indicator.IsPopulation && o.Value is > 0))
        {
            var pop = o.Band is null ? TotalPopulation(o.Region, o.Year) : PopulationOf(o.Region, o.Band, o.Year)?.Value;
            if (pop is not { } n || n <= 0) continue;
            if (o.Value > n)
                errors.Add(o.Row, valueField, o.Value!.Value.ToString("0", CultureInfo.InvariantCulture),
                    $"{At(o)}meer {o.Indicator.Unit} ({o.Indicator.Code}) dan inwoners in leeftijdsgroep {o.BandCode} in {o.Year} ({n:0}): controleer de leeftijdsgroep en de eenheid");
            else if (o.Value > n / 2)
                warnings.Add($"{At(o)}{o.Indicator.Code}, {o.BandCode}, {o.Year} (rij {o.Row}): {o.Value:0} is meer dan de helft van de {n:0} inwoners; ongebruikelijk, controleer het cijfer.");
        }
        foreach (var series in population.Values.GroupBy(p => (p.Region, p.Band)))
        {
            MonitorObservation? previous = null;
            foreach (var p in series.OrderBy(p => p.Year))
            {
                if (previous is { Value: > 0 } && p.Year == previous.Year + 1 && Math.Abs(p.Value!.Value / previous.Value!.Value - 1) > 0.25)
                    warnings.Add($"{At(p)}bevolking {p.BandCode}: van {previous.Value:0} in {previous.Year} naar {p.Value:0} in {p.Year} (rij {p.Row}), een verandering van meer dan 25% in één jaar; ongebruikelijk, controleer het cijfer.");
                previous = p;
            }
        }
        return warnings;
    }

    /// <summary>Duplicate keys, order within a series, and provisional-versus-final.</summary>
    private static void CheckSeries(ErrorCollector errors, List<MonitorObservation> observations, string periodField)
    {
        foreach (var series in observations.GroupBy(o => (o.Indicator.Code, o.Region, o.Band)))
        {
            var seen = new Dictionary<int, MonitorObservation>();
            MonitorObservation? previous = null;
            foreach (var o in series)
            {
                var where = $"{o.Indicator.Code}, {o.Region}, {o.BandCode}";
                if (seen.TryGetValue(o.Year, out var first))
                {
                    if (first.Period.IsProvisional != o.Period.IsProvisional)
                        errors.Add(o.Row, periodField, o.Period.ToString(),
                            $"voor {where} staat {o.Year} er zowel voorlopig als definitief in (ook rij {first.Row}): houd alleen het definitieve cijfer");
                    else
                        errors.Add(o.Row, periodField, o.Period.ToString(), $"dubbele sleutel: {o.Year} voor {where} staat ook in rij {first.Row}");
                    continue;
                }
                seen[o.Year] = o;
                if (previous is not null && o.Year < previous.Year)
                    errors.Add(o.Row, periodField, o.Period.ToString(),
                        $"perioden niet op volgorde: {o.Period} na {previous.Period} (rij {previous.Row}) voor {where}; zet de jaren oplopend");
                if (previous is null || o.Year > previous.Year) previous = o;
            }
            // provisional versus final, in time order (independent of the file order)
            MonitorObservation? firstProvisional = null;
            foreach (var o in seen.Values.OrderBy(x => x.Year))
            {
                if (o.Period.IsProvisional) { firstProvisional ??= o; continue; }
                if (firstProvisional is not null)
                    errors.Add(o.Row, periodField, o.Period.ToString(),
                        $"definitief cijfer {o.Year} na het voorlopige cijfer {firstProvisional.Period} (rij {firstProvisional.Row}) voor {o.Indicator.Code}, {o.BandCode}: vervang het voorlopige cijfer door het definitieve; alleen de laatste jaren mogen voorlopig zijn");
            }
        }
    }

    private static bool CommentSaysIllustrative(RawTable table) =>
        table.Comments.Any(c => c.Number <= 50 && c.Cells[0].Contains("illustratief", StringComparison.OrdinalIgnoreCase));
}
