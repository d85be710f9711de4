using Preventie.Analytics.Plausibility;
using Preventie.Analytics.Input;

namespace Preventie.Analytics.Parameters;

/// <summary>
/// Reads <c>parameters.csv</c>: columns <c>naam;waarde;eenheid;bron;aanname;verdeling;p1;p2;p3;groep;toelichting</c>
/// (<c>;</c>-separated, decimal commas allowed). Every row needs a <c>bron</c> or <c>aanname</c> = ja; a distribution is
/// optional and validated (see <see cref="DistributionSpec"/>), and checked for plausibility against the parameter's unit
/// (<see cref="ParameterPlausibility"/>; a cost may be negative only with <c>negatief</c> = ja). All errors are
/// reported at once, in Dutch.
/// </summary>
public static class ParameterFile
{
    /// <summary>Reads and validates the parameter file at <paramref name="path"/>; every error at once as a <see cref="DataValidationException"/>.</summary>
    public static ParameterSet Read(string path) => Read(ReadTable(path));

    /// <summary>The raw table of a parameter file (for a reader that also needs its row numbers, read once).</summary>
    public static RawTable ReadTable(string path) =>
        TableReader.Read(path, ["naam", "name"], ["waarde", "value"], ["bron", "source"], ["aanname", "assumption"]);

    /// <summary>As <see cref="Read(string)"/> on a table already read with <see cref="ReadTable"/>.</summary>
    public static ParameterSet Read(RawTable table)
    {
        var path = table.File;
        var errors = new ErrorCollector(path);
        int? Col(string n, params string[] a) => table.IndexOf(n, a);
        var cName = Col("naam", "name"); var cValue = Col("waarde", "value"); var cUnit = Col("eenheid", "unit");
        var cSource = Col("bron", "source"); var cAssume = Col("aanname", "assumption");
        var cDist = Col("verdeling", "distribution"); var cP = new[] { Col("p1"), Col("p2"), Col("p3") };
        var cGroup = Col("groep", "group"); var cNote = Col("toelichting", "note", "omschrijving");
        var cNegative = Col("negatief", "negative", "mag_negatief");

        var result = new List<Parameter>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var name = row.Get(cName);
            if (name.Length == 0) { errors.Add(row.Number, "naam", null, "naam ontbreekt"); continue; }
            if (!seen.Add(name)) errors.Add(row.Number, "naam", name, "deze parameter komt twee keer voor");
            if (!DutchNumber.TryParse(row.Get(cValue), out var value))
                errors.Add(row.Number, "waarde", row.Get(cValue), "geen geldig getal");
            var source = row.Get(cSource);
            var assumption = IsYes(row.Get(cAssume));
            if (source.Length == 0 && !assumption)
                errors.Add(row.Number, "bron", null, "waarde zonder bron: vul 'bron' in of zet 'aanname' op ja");

            DistributionSpec? dist = null;
            var distText = row.Get(cDist);
            if (distText.Length > 0)
            {
                if (!DistributionSpec.TryParseKind(distText, out var kind, out var byMeanSd))
                    errors.Add(row.Number, "verdeling", distText, "onbekende verdeling (geldig: beta, gamma, lognormaal, normaal, driehoek, uniform, dirichlet; beta, gamma, lognormaal en normaal ook met gemiddelde en sd: beta_gem_sd, …)");
                else
                {
                    var args = new List<double>();
                    for (var i = 0; i < DistributionSpec.ArgumentCount(kind); i++)
                    {
                        var t = row.Get(cP[i]);
                        if (DutchNumber.TryParse(t, out var v)) args.Add(v);
                        else errors.Add(row.Number, $"p{i + 1}", t, "geen geldig getal voor de verdeling");
                    }
                    var group = row.Get(cGroup);
                    dist = new DistributionSpec(kind, args, group.Length == 0 ? null : group) { ByMeanSd = byMeanSd };
                    if (args.Count == DistributionSpec.ArgumentCount(kind))
                        foreach (var m in dist.Validate(value)) errors.Add(row.Number, "verdeling", distText, m);
                }
            }
            var unit = row.Get(cUnit);
            var note = row.Get(cNote);
            var parameter = new Parameter(name, value, unit, source.Length == 0 ? null : source, assumption, dist, note.Length == 0 ? null : note)
            {
                MayBeNegative = IsYes(row.Get(cNegative)),
            };
            if (!errors.Errors.Any(e => e.Row == row.Number))
                foreach (var (field, message) in ParameterPlausibility.Problems(parameter))
                    errors.Add(row.Number, field, field == "waarde" ? row.Get(cValue) : distText, message);
            result.Add(parameter);
        }
        errors.ThrowIfAny();
        return new ParameterSet(result);
    }

    /// <summary>"ja", "yes", "true", "1", "x" count as yes.</summary>
    internal static bool IsYes(string text) => ColumnName.Normalize(text) is "ja" or "yes" or "true" or "1" or "x" or "waar";
}
