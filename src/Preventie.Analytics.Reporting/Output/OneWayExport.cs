using Preventie.Analytics.Formatting;
using System.Text;
using Preventie.Analytics.Output.Records;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Output;

/// <summary>
/// Writes a <see cref="OneWayResult"/> (tornado data) as CSV for Dutch Excel (<c>;</c>, decimal comma, UTF-8 with BOM)
/// and JSON; <see cref="WriteDirectory"/> writes <c>gevoeligheid.csv</c> and <c>gevoeligheid.json</c> atomically.
/// </summary>
public static class OneWayExport
{
    /// <summary>
    /// Writes <c>gevoeligheid.csv</c> (<see cref="ToCsv"/>) and <c>gevoeligheid.json</c> (<see cref="ToJson"/>) into
    /// <paramref name="directory"/>; nothing half-written on failure.
    /// </summary>
    public static void WriteDirectory(string directory, OneWayResult result) =>
        AtomicOutput.WriteDirectory(directory, tmp =>
        {
            File.WriteAllText(Path.Combine(tmp, "gevoeligheid.csv"), ToCsv(result), new UTF8Encoding(true));
            File.WriteAllText(Path.Combine(tmp, "gevoeligheid.json"), ToJson(result), new UTF8Encoding(false));
        });

    private static string N(double v) => v.ToString("0.##", DutchFormat.Culture);
    private static string V(double v) => v.ToString("0.##########", DutchFormat.Culture);

    /// <summary>
    /// Ranked by municipal effect, with the rank for all payers too:
    /// <c>rang_gemeente;rang_totaal;parameter;puntwaarde;laag;hoog;gemeente_laag;gemeente_hoog;gemeente_uitslag;totaal_laag;totaal_hoog;totaal_uitslag;grenzen</c>.
    /// </summary>
    public static string ToCsv(OneWayResult r)
    {
        var totalRank = r.RankedByTotal.Select((row, i) => (row.Parameter, i)).ToDictionary(t => t.Parameter, t => t.i + 1);
        var sb = new StringBuilder("rang_gemeente;rang_totaal;parameter;puntwaarde;laag;hoog;gemeente_laag;gemeente_hoog;gemeente_uitslag;totaal_laag;totaal_hoog;totaal_uitslag;grenzen\n");
        var rank = 0;
        foreach (var row in r.RankedByGemeente)
            sb.Append(++rank).Append(';').Append(totalRank[row.Parameter]).Append(';').Append(CsvCell.Text(row.Parameter)).Append(';').Append(V(row.PointValue)).Append(';')
              .Append(V(row.Low)).Append(';').Append(V(row.High)).Append(';').Append(N(row.GemeenteAtLow)).Append(';').Append(N(row.GemeenteAtHigh)).Append(';')
              .Append(N(row.GemeenteSwing)).Append(';').Append(N(row.TotalAtLow)).Append(';').Append(N(row.TotalAtHigh)).Append(';').Append(N(row.TotalSwing)).Append(';')
              .Append(CsvCell.Text(row.Distribution)).Append('\n');
        return sb.ToString();
    }

    /// <summary>Base values and the rows ranked by municipal and by total effect (<see cref="OneWayJson"/>).</summary>
    public static string ToJson(OneWayResult r) => JsonText.Serialize(OneWayJson.From(r), OneWayJsonContext.Default, "gevoeligheid.json");
}
