using Preventie.Analytics.Interventions;
using System.Net;
using System.Text;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Inventory;

namespace Preventie.Analytics.Reporting;

/// <summary>Renders <see cref="InventorySummary"/> (tables, charts, HTML): the result computes, this formats.</summary>
public static class InventoryRendering
{
    /// <summary>
    /// The inventory as Dutch HTML: source and number of activities, the activities per goal by prevention form and
    /// financing, the new goals when a mapping is given, the list of activities, and the data-quality findings (plus the
    /// contradictions with and differences from the published figures, when those were given).
    /// </summary>
    public static string ToHtml(this InventorySummary summary)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? string.Empty);
        var sb = new StringBuilder();
        sb.Append("<div class=\"preventie-inventaris\">");
        sb.Append("<h3>Inventaris preventie-activiteiten</h3>");
        sb.Append("<p>Bron: ").Append(E(Path.GetFileName(summary.Inventory.Source))).Append(" — ")
          .Append(DutchFormat.Number(summary.Pivot.Total.Count)).Append(" activiteiten.</p>");

        sb.Append("<table><thead><tr><th>Doelstelling</th><th>Activiteiten</th>");
        foreach (var f in PreventionForms.All) sb.Append("<th>").Append(E(f.DutchLabel())).Append("</th>");
        foreach (var f in Financings.All) sb.Append("<th>").Append(E("financiering " + f.DutchLabel())).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var (_, label, slice) in summary.GoalRows)
        {
            sb.Append("<tr><td>").Append(E(label)).Append("</td><td>").Append(slice.Count).Append("</td>");
            foreach (var f in PreventionForms.All) sb.Append("<td>").Append(slice.ByForm[f]).Append("</td>");
            foreach (var f in Financings.All)
                sb.Append("<td>").Append(slice.ByFinancing[f]).Append(" (").Append(E(DutchFormat.Percent(slice.FinancingShare(f), 0))).Append(")</td>");
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>");

        if (summary.Mapping is not null)
        {
            sb.Append("<p>Nieuwe doelen").Append(summary.Mapping.RestsOnAssumptions ? " (koppeling is een aanname)" : "").Append(": ");
            sb.Append(string.Join(", ", summary.Pivot.ByNewGoal(summary.Mapping).Select(kv => E(kv.Key.DutchLabel()) + " " + kv.Value)));
            sb.Append("</p>");
        }

        sb.Append("<h4>Activiteiten</h4><table><thead><tr><th>Nr</th><th>Naam</th><th>Doelen</th><th>Vorm</th><th>Doelgroep</th><th>Opmerkingen</th></tr></thead><tbody>");
        foreach (var a in summary.Inventory.Activities)
        {
            sb.Append("<tr><td>").Append(a.Number?.ToString() ?? "").Append("</td><td>").Append(E(a.Name)).Append("</td><td>")
              .Append(E(string.Join(", ", a.OldGoals.OrderBy(g => g).Select(g => g.Key())))).Append("</td><td>")
              .Append(E(a.Form.DutchLabel())).Append("</td><td>").Append(E(a.TargetGroupText)).Append("</td><td>")
              .Append(E(a.Remarks)).Append("</td></tr>");
        }
        sb.Append("</tbody></table>");

        AppendFindings(sb, "Datakwaliteit", summary.QualityFindings);
        if (summary.Published is not null)
        {
            AppendFindings(sb, "Tegenstrijdigheden in de gepubliceerde cijfers", summary.PublishedFindings);
            AppendFindings(sb, "Verschillen tussen gepubliceerde cijfers en deze inventaris", summary.ComparisonFindings);
        }
        sb.Append("</div>");
        return sb.ToString();
    }

    private static void AppendFindings(StringBuilder sb, string title, IReadOnlyList<Finding> findings)
    {
        sb.Append("<h4>").Append(WebUtility.HtmlEncode(title)).Append(" (").Append(findings.Count).Append(")</h4>");
        if (findings.Count == 0) { sb.Append("<p>Geen bevindingen.</p>"); return; }
        sb.Append("<ul>");
        foreach (var f in findings)
        {
            sb.Append("<li><code>").Append(WebUtility.HtmlEncode(f.Kind)).Append("</code> ").Append(WebUtility.HtmlEncode(f.Message));
            if (!string.IsNullOrEmpty(f.SourceLine)) sb.Append(" <small>(bronregel ").Append(WebUtility.HtmlEncode(f.SourceLine)).Append(")</small>");
            sb.Append("</li>");
        }
        sb.Append("</ul>");
    }
}
