using Preventie.Analytics.Input;
using Preventie.Analytics.Population;

namespace Preventie.Analytics.Monitor;

/// <summary>
/// The editable list of monitor indicators, read from <c>data/monitor/indicatoren.csv</c>:
/// <c>code;label;eenheid;leeftijden;toestanden;meetmoment;kalibreren;bron</c>.
/// <list type="bullet">
/// <item><c>leeftijden</c>: "alle" or comma-separated bands ("0-3,4-12,13-17") of the model's band set; a "totaal" row
/// is always allowed. When the parts are age ranges that are not bands of the set (the shipped list names the Deventer
/// bands, a model may have others), the indicator may be reported for every band of the set lying wholly within their
/// union (so "18-27,28-44,45-64,65-79,80+" gives 18-64 and 65+ for bands 0-17, 18-64, 65+).</item>
/// <item><c>toestanden</c>: model states whose people the indicator counts (comma-separated, "levend" = all living
/// states); empty when the model has no equivalent.</item>
/// <item><c>meetmoment</c>: "jaargemiddelde" (clients during the year) or "1 januari" (a stock, e.g. population).</item>
/// <item><c>kalibreren</c>: ja/nee — whether the indicator enters the calibration objective.</item>
/// </list>
/// Codes and labels match tolerantly (case, accents, spaces), so a monitor file may use either.
/// </summary>
public sealed class IndicatorCatalog
{
    /// <summary>The shipped catalog, relative to the repository root.</summary>
    public static readonly string DefaultPath = Path.Combine("data", "monitor", "indicatoren.csv");

    /// <summary>Pseudo state name meaning "every living state".</summary>
    public const string AllLiving = "levend";

    private readonly Dictionary<string, MonitorIndicator> _byKey;

    public IndicatorCatalog(IEnumerable<MonitorIndicator> indicators, AgeBandSet bands, string? file = null)
    {
        Bands = bands;
        All = indicators.ToList();
        File = file;
        _byKey = new Dictionary<string, MonitorIndicator>();
        foreach (var i in All)
        {
            _byKey.TryAdd(ColumnName.Normalize(i.Code), i);
            _byKey.TryAdd(ColumnName.Normalize(i.Label), i);
        }
    }

    /// <summary>The model's age bands the indicators and monitor files are read against.</summary>
    public AgeBandSet Bands { get; }

    /// <summary>Indicators in file order.</summary>
    public IReadOnlyList<MonitorIndicator> All { get; }

    /// <summary>The file the catalog was read from, if any.</summary>
    public string? File { get; }

    /// <summary>Finds an indicator by code or label (tolerant), or null.</summary>
    public MonitorIndicator? Find(string? codeOrLabel) =>
        _byKey.TryGetValue(ColumnName.Normalize(codeOrLabel), out var i) ? i : null;

    /// <summary>Dutch list of the valid codes, for error messages.</summary>
    public string ValidCodes => string.Join(", ", All.Select(i => i.Code));

    /// <summary>Reads and validates a catalog file against the model's age bands (<see cref="Model.ModelDefinition.Bands"/>); all errors at once.</summary>
    public static IndicatorCatalog Load(string path, AgeBandSet bands)
    {
        var t = TableReader.Read(path, ["code"], ["label", "omschrijving"], ["eenheid"], ["leeftijden", "leeftijd"], ["toestanden"], ["meetmoment"], ["kalibreren"]);
        var errors = new ErrorCollector(path);
        var list = new List<MonitorIndicator>();
        var seen = new HashSet<string>();
        foreach (var row in t.Rows)
        {
            var code = row.Get(t.IndexOf("code"));
            if (code.Length == 0) { errors.Add(row.Number, "code", null, "code ontbreekt"); continue; }
            if (!seen.Add(ColumnName.Normalize(code))) errors.Add(row.Number, "code", code, "deze indicator komt twee keer voor");
            var label = row.Get(t.IndexOf("label", "omschrijving"));
            if (label.Length == 0) errors.Add(row.Number, "label", null, "label ontbreekt");
            var bandText = row.Get(t.IndexOf("leeftijden", "leeftijd"));
            var indicatorBands = IndicatorBands(bandText, bands, out var bandError);
            if (indicatorBands is null) errors.Add(row.Number, "leeftijden", bandText, bandError!);
            var states = row.Get(t.IndexOf("toestanden")).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var momentText = row.Get(t.IndexOf("meetmoment"));
            MeasurementMoment moment;
            switch (ColumnName.Normalize(momentText))
            {
                case "jaargemiddelde" or "gemiddeld" or "jaar": moment = MeasurementMoment.YearAverage; break;
                case "1januari" or "peildatum" or "stand": moment = MeasurementMoment.FirstOfJanuary; break;
                default: errors.Add(row.Number, "meetmoment", momentText, "onbekend meetmoment (geldig: jaargemiddelde, 1 januari)"); moment = default; break;
            }
            var calText = row.Get(t.IndexOf("kalibreren"));
            var calibrate = ColumnName.Normalize(calText) is "ja" or "yes" or "true" or "1";
            if (!calibrate && ColumnName.Normalize(calText) is not ("nee" or "no" or "false" or "0" or ""))
                errors.Add(row.Number, "kalibreren", calText, "verwacht ja of nee");
            if (calibrate && states.Length == 0)
                errors.Add(row.Number, "kalibreren", calText, "kalibreren kan alleen als 'toestanden' zegt welke modeltoestanden de indicator telt");
            var source = row.Get(t.IndexOf("bron"));
            if (indicatorBands is not null)
                list.Add(new MonitorIndicator(code, label, row.Get(t.IndexOf("eenheid")), indicatorBands, states, moment, calibrate, source.Length == 0 ? null : source));
        }
        errors.ThrowIfAny();
        return new IndicatorCatalog(list, bands, path);
    }

    /// <summary>The bands of <paramref name="bands"/> named by <paramref name="text"/>, or those lying within the age ranges it lists.</summary>
    private static AgeBand[]? IndicatorBands(string text, AgeBandSet bands, out string? error)
    {
        var named = BandSelection.TryParse(text, bands, out error);
        if (named is not null) return named;
        var ranges = new List<(int, int?)>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!AgeBandSet.TryParseRange(part, out var min, out var max)) return null;
            ranges.Add((min, max));
        }
        var within = bands.Within(ranges);
        if (within.Count > 0) { error = null; return within.ToArray(); }
        error = $"geen leeftijdsklasse van het model valt helemaal binnen '{text}' (klassen: {bands.ValidCodes})";
        return null;
    }
}
