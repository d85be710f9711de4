using System.Net;
using System.Text;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Inventory;

/// <summary>
/// Everything the analysts want to see about an inventory in one object: the pivot per goal, the data-quality
/// findings and, when published figures are given, the reconciliation. Renders as HTML in notebooks
/// (every data string escaped) and as plain Dutch text.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class InventorySummary : IHtmlRenderable
{
    private InventorySummary(PreventionInventory inventory, PublishedFigures? published, GoalMapping? mapping)
    {
        Inventory = inventory;
        Published = published;
        Mapping = mapping;
        Pivot = InventoryPivot.Compute(inventory);
        QualityFindings = DataQualityReport.Analyse(inventory);
        PublishedFindings = published is null ? [] : Reconciliation.CheckInternal(published);
        ComparisonFindings = published is null ? [] : Reconciliation.CompareWithInventory(published, inventory);
    }

    /// <summary>Computes the summary; <paramref name="published"/> and <paramref name="mapping"/> are optional.</summary>
    public static InventorySummary Create(PreventionInventory inventory, PublishedFigures? published = null, GoalMapping? mapping = null) =>
        new(inventory, published, mapping);

    public PreventionInventory Inventory { get; }
    public PublishedFigures? Published { get; }
    public GoalMapping? Mapping { get; }
    public InventoryPivot Pivot { get; }

    /// <summary>Findings of <see cref="DataQualityReport.Analyse"/>.</summary>
    public IReadOnlyList<Finding> QualityFindings { get; }

    /// <summary>Internal inconsistencies of the published figures (<see cref="Reconciliation.CheckInternal"/>).</summary>
    public IReadOnlyList<Finding> PublishedFindings { get; }

    /// <summary>Differences between the published figures and this inventory (<see cref="Reconciliation.CompareWithInventory"/>).</summary>
    public IReadOnlyList<Finding> ComparisonFindings { get; }

    /// <summary>All findings: data quality, then published inconsistencies, then comparison.</summary>
    public IReadOnlyList<Finding> AllFindings => QualityFindings.Concat(PublishedFindings).Concat(ComparisonFindings).ToList();

    /// <summary>Rows of the goal pivot: label, slice; the four old goals then "geen doel".</summary>
    public IReadOnlyList<(string Key, string Label, PivotSlice Slice)> GoalRows =>
        OldGoals.All.Select(g => (g.Key(), g.DutchLabel(), Pivot.ByOldGoal[g]))
            .Append(("geen", "Geen doelstelling", Pivot.WithoutGoal)).ToList();

    public string ToHtml()
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? string.Empty);
        var sb = new StringBuilder();
        sb.Append("<div class=\"preventie-inventaris\">");
        sb.Append("<h3>Inventaris preventie-activiteiten</h3>");
        sb.Append("<p>Bron: ").Append(E(Path.GetFileName(Inventory.Source))).Append(" — ")
          .Append(DutchFormat.Number(Pivot.Total.Count)).Append(" activiteiten.</p>");

        sb.Append("<table><thead><tr><th>Doelstelling</th><th>Activiteiten</th>");
        foreach (var f in PreventionForms.All) sb.Append("<th>").Append(E(f.DutchLabel())).Append("</th>");
        foreach (var f in Financings.All) sb.Append("<th>").Append(E("financiering " + f.DutchLabel())).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var (_, label, slice) in GoalRows)
        {
            sb.Append("<tr><td>").Append(E(label)).Append("</td><td>").Append(slice.Count).Append("</td>");
            foreach (var f in PreventionForms.All) sb.Append("<td>").Append(slice.ByForm[f]).Append("</td>");
            foreach (var f in Financings.All)
                sb.Append("<td>").Append(slice.ByFinancing[f]).Append(" (").Append(E(DutchFormat.Percent(slice.FinancingShare(f), 0))).Append(")</td>");
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>");

        if (Mapping is not null)
        {
            sb.Append("<p>Nieuwe doelen").Append(Mapping.RestsOnAssumptions ? " (koppeling is een aanname)" : "").Append(": ");
            sb.Append(string.Join(", ", Pivot.ByNewGoal(Mapping).Select(kv => E(kv.Key.DutchLabel()) + " " + kv.Value)));
            sb.Append("</p>");
        }

        sb.Append("<h4>Activiteiten</h4><table><thead><tr><th>Nr</th><th>Naam</th><th>Doelen</th><th>Vorm</th><th>Doelgroep</th><th>Opmerkingen</th></tr></thead><tbody>");
        foreach (var a in Inventory.Activities)
        {
            sb.Append("<tr><td>").Append(a.Number?.ToString() ?? "").Append("</td><td>").Append(E(a.Name)).Append("</td><td>")
              .Append(E(string.Join(", ", a.OldGoals.OrderBy(g => g).Select(g => g.Key())))).Append("</td><td>")
              .Append(E(a.Form.DutchLabel())).Append("</td><td>").Append(E(a.TargetGroupText)).Append("</td><td>")
              .Append(E(a.Remarks)).Append("</td></tr>");
        }
        sb.Append("</tbody></table>");

        AppendFindings(sb, "Datakwaliteit", QualityFindings);
        if (Published is not null)
        {
            AppendFindings(sb, "Tegenstrijdigheden in de gepubliceerde cijfers", PublishedFindings);
            AppendFindings(sb, "Verschillen tussen gepubliceerde cijfers en deze inventaris", ComparisonFindings);
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

    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Inventaris {Path.GetFileName(Inventory.Source)}: {DutchFormat.Number(Pivot.Total.Count)} activiteiten");
        foreach (var (_, label, slice) in GoalRows)
            sb.AppendLine($"  {label}: {slice.Count} ({string.Join(", ", PreventionForms.All.Select(f => $"{f.DutchLabel()} {slice.ByForm[f]}"))})");
        sb.AppendLine($"Bevindingen: {AllFindings.Count}");
        return sb.ToString();
    }
}
