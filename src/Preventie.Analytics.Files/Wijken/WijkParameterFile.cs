using Preventie.Analytics.Input;
using Preventie.Analytics.Parameters;

namespace Preventie.Analytics.Wijken;

/// <summary>
/// Reads per-wijk parameter values (<c>data/wijken/wijkparameters.csv</c>): the format of <c>parameters.csv</c>
/// (<see cref="ParameterFile"/>: naam;waarde;eenheid;bron;aanname;verdeling;p1;p2;p3;…) with names
/// <c>parameter@wijk</c>, e.g. <c>route_tijdelijk_voorliggend@Rivierenwijk</c>. In that wijk the value replaces the
/// city's parameter in every model file expression (population, start shares, transitions, costs); with a distribution
/// it varies in the PSA on its own. Without a row a wijk keeps the city's value. Errors (unknown parameter or wijk,
/// a malformed name, besides every check of <see cref="ParameterFile"/>) name file, row, field and value.
/// </summary>
public static class WijkParameterFile
{
    /// <summary>The file name looked for beside the wijk file.</summary>
    public const string DefaultName = "wijkparameters.csv";

    /// <summary>Reads and validates the per-wijk values at <paramref name="path"/> against the <paramref name="city"/> parameters and the <paramref name="wijken"/>; every error at once as a <see cref="DataValidationException"/>.</summary>
    public static IReadOnlyList<WijkParameter> Read(string path, ParameterSet city, WijkSet wijken)
    {
        var table = ParameterFile.ReadTable(path);
        var parameters = ParameterFile.Read(table);
        var rowOf = table.Rows.GroupBy(r => r.Get(table.IndexOf("naam", "name"))).ToDictionary(g => g.Key, g => g.First().Number);
        var errors = new ErrorCollector(path);
        var list = new List<WijkParameter>();
        foreach (var p in parameters.All)
        {
            var row = rowOf.GetValueOrDefault(p.Name);
            var at = p.Name.LastIndexOf('@');
            if (at <= 0 || at == p.Name.Length - 1) { errors.Add(row, "naam", p.Name, "verwacht parameter@wijk, bijv. route_tijdelijk_voorliggend@Rivierenwijk"); continue; }
            var baseName = p.Name[..at].Trim();
            var wijkName = p.Name[(at + 1)..].Trim();
            var baseIndex = city.IndexOf(baseName);
            var wijk = wijken.IndexOf(wijkName);
            if (baseIndex < 0) errors.Add(row, "naam", p.Name, $"onbekende modelparameter '{baseName}' (zie data/parameters/parameters.csv)");
            if (wijk < 0) errors.Add(row, "naam", p.Name, wijken.UnknownMessage(wijkName));
            if (baseIndex >= 0 && wijk >= 0) list.Add(new WijkParameter(wijk, baseIndex, p));
        }
        errors.ThrowIfAny();
        return list;
    }
}
