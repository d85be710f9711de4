using Preventie.Analytics.Input;
using Preventie.Analytics.Population;

namespace Preventie.Analytics.Monitor;

/// <summary>
/// The editable list of monitor indicators, read from <c>data/monitor/indicatoren.csv</c>:
/// <c>code;label;eenheid;leeftijden;toestanden;meetmoment;kalibreren;bron</c>.
/// <list type="bullet">
/// <item><c>leeftijden</c>: "alle" or comma-separated bands ("0-3,4-12,13-17"); a "totaal" row is always allowed.</item>
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

    public IndicatorCatalog(IEnumerable<MonitorIndicator> indicators, string? file = null)
    {
        All = indicators.ToList();
        File = file;
        _byKey = new Dictionary<string, MonitorIndicator>();
        foreach (var i in All)
        {
            _byKey.TryAdd(ColumnName.Normalize(i.Code), i);
            _byKey.TryAdd(ColumnName.Normalize(i.Label), i);
        }
    }

    /// <summary>Indicators in file order.</summary>
    public IReadOnlyList<MonitorIndicator> All { get; }

    /// <summary>The file the catalog was read from, if any.</summary>
    public string? File { get; }

    /// <summary>Finds an indicator by code or label (tolerant), or null.</summary>
    public MonitorIndicator? Find(string? codeOrLabel) =>
        _byKey.TryGetValue(ColumnName.Normalize(codeOrLabel), out var i) ? i : null;

    /// <summary>Dutch list of the valid codes, for error messages.</summary>
    public string ValidCodes => string.Join(", ", All.Select(i => i.Code));

    /// <summary>Reads and validates a catalog file; all errors at once.</summary>
    public static IndicatorCatalog Load(string path)
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
            var bands = BandSelection.TryParse(bandText, out var bandError);
            if (bands is null) errors.Add(row.Number, "leeftijden", bandText, bandError!);
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
            if (bands is not null)
                list.Add(new MonitorIndicator(code, label, row.Get(t.IndexOf("eenheid")), bands, states, moment, calibrate, source.Length == 0 ? null : source));
        }
        errors.ThrowIfAny();
        return new IndicatorCatalog(list, path);
    }
}
