using System.Net;
using System.Text;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// The result of a <see cref="OneWaySensitivity"/> analysis: the base-case net benefits and one row per parameter,
/// ranked (largest effect first) for the municipality and for all payers together.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class OneWayResult : IHtmlRenderable
{
    public OneWayResult(string scenarioName, string comparatorName, double baseGemeente, double baseTotal, IReadOnlyList<OneWayRow> rows)
    {
        ScenarioName = scenarioName;
        ComparatorName = comparatorName;
        BaseGemeente = baseGemeente;
        BaseTotal = baseTotal;
        Rows = rows;
    }

    public string ScenarioName { get; }
    public string ComparatorName { get; }

    /// <summary>Municipal discounted net benefit at the point values.</summary>
    public double BaseGemeente { get; }

    /// <summary>Discounted net benefit of all payers at the point values.</summary>
    public double BaseTotal { get; }

    /// <summary>Rows in parameter order.</summary>
    public IReadOnlyList<OneWayRow> Rows { get; }

    /// <summary>Rows by decreasing effect on the municipality (ties by name): the municipal tornado.</summary>
    public IReadOnlyList<OneWayRow> RankedByGemeente =>
        Rows.OrderByDescending(r => r.GemeenteSwing).ThenBy(r => r.Parameter, StringComparer.Ordinal).ToList();

    /// <summary>Rows by decreasing effect on all payers together: the total tornado.</summary>
    public IReadOnlyList<OneWayRow> RankedByTotal =>
        Rows.OrderByDescending(r => r.TotalSwing).ThenBy(r => r.Parameter, StringComparer.Ordinal).ToList();

    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Eenzijdige gevoeligheidsanalyse: '{ScenarioName}' ten opzichte van '{ComparatorName}'");
        sb.AppendLine($"  Basis: gemeente {DutchFormat.Euro(BaseGemeente)}, alle betalers {DutchFormat.Euro(BaseTotal)} (netto baat, contant)");
        foreach (var r in RankedByGemeente)
            sb.AppendLine($"  {r.Parameter} ({DutchFormat.Number(r.Low, 4)} – {DutchFormat.Number(r.High, 4)}): gemeente {DutchFormat.Euro(r.GemeenteAtLow)} tot {DutchFormat.Euro(r.GemeenteAtHigh)}, alle betalers {DutchFormat.Euro(r.TotalAtLow)} tot {DutchFormat.Euro(r.TotalAtHigh)}");
        return sb.ToString().TrimEnd();
    }

    /// <summary>Two ranked tables (municipality, all payers). Strings escaped.</summary>
    public string ToHtml()
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var h = new StringBuilder();
        h.Append("<div class=\"gevoeligheid\"><h3>Eenzijdige gevoeligheidsanalyse: ").Append(E(ScenarioName)).Append(" ten opzichte van ").Append(E(ComparatorName)).Append("</h3>");
        Table(h, "Gemeente", BaseGemeente, RankedByGemeente, r => (r.GemeenteAtLow, r.GemeenteAtHigh, r.GemeenteSwing));
        Table(h, "Alle betalers", BaseTotal, RankedByTotal, r => (r.TotalAtLow, r.TotalAtHigh, r.TotalSwing));
        h.Append("</div>");
        return h.ToString();

        static void Table(StringBuilder h, string who, double baseValue, IReadOnlyList<OneWayRow> rows, Func<OneWayRow, (double Low, double High, double Swing)> pick)
        {
            h.Append("<table><caption>").Append(E(who)).Append(": netto baat (contant), basis ").Append(DutchFormat.Euro(baseValue))
             .Append("</caption><thead><tr><th>parameter</th><th>laag</th><th>hoog</th><th>netto baat bij laag</th><th>netto baat bij hoog</th><th>uitslag</th><th>grenzen</th></tr></thead><tbody>");
            foreach (var r in rows)
            {
                var (lo, hi, swing) = pick(r);
                h.Append("<tr><td>").Append(E(r.Parameter)).Append("</td><td>").Append(DutchFormat.Number(r.Low, 4)).Append("</td><td>").Append(DutchFormat.Number(r.High, 4))
                 .Append("</td><td style=\"text-align:right\">").Append(DutchFormat.Euro(lo)).Append("</td><td style=\"text-align:right\">").Append(DutchFormat.Euro(hi))
                 .Append("</td><td style=\"text-align:right\">").Append(DutchFormat.Euro(swing)).Append("</td><td>").Append(E(r.Distribution)).Append("</td></tr>");
            }
            h.Append("</tbody></table>");
        }
    }
}
