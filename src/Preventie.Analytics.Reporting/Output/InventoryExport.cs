using Preventie.Analytics.Interventions;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Output.Records;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Output;

/// <summary>The inventory summary as JSON and as an Excel workbook (the CLI's <c>inventory --format json|xlsx</c> and the
/// batch's <c>inventaris.xlsx</c>).</summary>
public static class InventoryExport
{
    /// <summary>
    /// The summary as indented JSON (<see cref="InventoryJson"/>): <c>activities</c>, <c>byOldGoal</c> ("1".."4", "geen"),
    /// <c>byForm</c> (universeel, selectief, geindiceerd, onbekend), <c>findings</c> ({kind, row, activity, message,
    /// bronregel}), plus financing, target groups, new goals and the full pivot per goal.
    /// </summary>
    public static string ToJson(InventorySummary s) => JsonText.Serialize(InventoryJson.From(s), InventoryJsonContext.Default, "inventaris.json");

    /// <summary>Sheets: Doelstellingen (pivot with shares), Doelgroepen, Activiteiten, Bevindingen.</summary>
    public static XlsxWorkbook ToWorkbook(InventorySummary s)
    {
        var wb = new XlsxWorkbook();
        var goals = wb.AddSheet("Doelstellingen", SliceHeaders("doelstelling").Concat(TargetGroup.All.Select(t => t.DutchLabel)).ToArray());
        foreach (var (_, label, slice) in s.GoalRows.Append(("totaal", "Totaal", s.Pivot.Total)))
            goals.AddRow(SliceCells(label, slice).Concat(TargetGroup.All.Select(t => (XlsxCell)slice.ByTargetGroup[t])).ToArray());

        var groups = wb.AddSheet("Doelgroepen", SliceHeaders("doelgroep").Concat(OldGoals.All.Select(g => g.DutchLabel())).ToArray());
        foreach (var t in TargetGroup.All)
        {
            var slice = s.Pivot.ByTargetGroup[t];
            groups.AddRow(SliceCells(t.DutchLabel, slice).Concat(OldGoals.All.Select(g => (XlsxCell)slice.ByOldGoal[g])).ToArray());
        }

        var acts = wb.AddSheet("Activiteiten", "rij", "nr", "naam", "beoogd effect", "doelen", "doelgroep", "vorm", "organisatie",
            "opmerkingen", "programma", "financiering", "leeftijdsgroepen", "kosten per jaar", "bereik", "bronregel");
        foreach (var a in s.Inventory.Activities)
            acts.AddRow(a.Row, XlsxCell.Of(a.Number), a.Name, a.IntendedEffect, string.Join(", ", a.OldGoals.OrderBy(g => g).Select(g => g.Key())),
                a.TargetGroupText, a.Form.DutchLabel(), a.Organisations, a.Remarks, a.Programme?.DutchLabel(), a.Financing.DutchLabel(),
                string.Join(", ", a.TargetGroups.Select(t => t.Key)), XlsxCell.Of(a.YearlyCost, XlsxNumberFormat.Euro), XlsxCell.Of(a.Reach, XlsxNumberFormat.Integer), a.SourceLine);

        var findings = wb.AddSheet("Bevindingen", "soort", "rij", "activiteit", "bevinding", "bronregel");
        foreach (var f in s.AllFindings)
            findings.AddRow(f.Kind, XlsxCell.Of(f.Row), f.Activity, f.Message, f.SourceLine);
        return wb;
    }

    /// <summary>Label, count, counts by form, counts by financing and financing shares: the columns both pivot sheets share.</summary>
    private static IEnumerable<XlsxCell> SliceCells(string label, PivotSlice slice) =>
        new XlsxCell[] { label, slice.Count }
            .Concat(PreventionForms.All.Select(f => (XlsxCell)slice.ByForm[f]))
            .Concat(Financings.All.Select(f => (XlsxCell)slice.ByFinancing[f]))
            .Concat(Financings.All.Select(f => XlsxCell.Of(slice.FinancingShare(f), XlsxNumberFormat.Percent)));

    private static IEnumerable<string> SliceHeaders(string first) =>
        new[] { first, "activiteiten" }
            .Concat(PreventionForms.All.Select(f => f.DutchLabel()))
            .Concat(Financings.All.Select(f => "financiering " + f.DutchLabel()))
            .Concat(Financings.All.Select(f => "aandeel " + f.DutchLabel()));
}
