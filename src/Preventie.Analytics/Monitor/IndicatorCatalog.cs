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

    /// <summary>A catalog of <paramref name="indicators"/> over the model's <paramref name="bands"/>, read from <paramref name="file"/> (null when built in memory).</summary>
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

}
